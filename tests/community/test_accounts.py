"""Sign-up, e-mail verification, sign-in and password reset (django-allauth)."""

import re

from django.core import mail

import pytest
from pytest_django.asserts import assertContains

from community.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase 42"  # noqa: S105


def _link(message):
    match = re.search(r"https?://\S+", message.body)
    assert match, message.body
    return match.group(0).replace("http://testserver", "")


def test_sign_up_sends_a_verification_email_and_confirming_signs_in(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "ada@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ada@example.org"]

    # Until the address is confirmed, the account cannot sign in.
    client.logout()
    response = client.post("/accounts/login/", {"login": "ada@example.org", "password": PASSWORD})
    assert "_auth_user_id" not in client.session

    confirm_url = _link(mail.outbox[-1])
    assert client.get(confirm_url).status_code == 200
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"  # a reformer's home on the site
    # with no profile yet, the dashboard sends a new reformer to fill one in
    assert client.get("/dashboard/")["Location"] == "/profile/"
    assert client.session["_auth_user_id"] == str(User.objects.get(email="ada@example.org").pk)


def test_sign_up_with_bad_input_keeps_what_was_typed(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "not-an-address", "password1": "short", "password2": "other"},
    )
    assert response.status_code == 200
    assertContains(response, 'value="not-an-address"')
    assert User.objects.count() == 0


def test_a_second_account_with_the_same_email_is_refused(client, reformer):
    client.post(
        "/accounts/signup/",
        {"email": reformer.email.upper(), "password1": PASSWORD, "password2": PASSWORD},
    )
    assert User.objects.filter(email__iexact=reformer.email).count() == 1


def test_sign_in_and_out(client, reformer):
    response = client.post(
        "/accounts/login/", {"login": reformer.email, "password": "correct horse battery"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(reformer.pk)
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_wrong_password_gives_a_clear_message(client, reformer):
    response = client.post("/accounts/login/", {"login": reformer.email, "password": "nope"})
    assert response.status_code == 200
    assertContains(response, "not correct")


def test_password_reset_by_email(client, reformer):
    response = client.post("/accounts/password/reset/", {"email": reformer.email})
    assert response.status_code == 302
    reset_url = _link(mail.outbox[-1])
    response = client.get(reset_url, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else reset_url
    new_password = "an even longer passphrase 43"  # noqa: S105
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    reformer.refresh_from_db()
    assert reformer.check_password(new_password)


def test_sign_up_page_is_translated(client):
    response = client.get("/fr/accounts/signup/")
    assert response.status_code == 200
    assertContains(response, 'lang="fr"')
    assertContains(response, "Inscription")


def test_account_emails_name_the_site_not_the_host(client, settings):
    client.post(
        "/accounts/signup/",
        {"email": "ada@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    (message,) = mail.outbox
    assert message.subject == "[OpenGov Commons] Please Confirm Your Email Address"
    assert "Hello from OpenGov Commons!" in message.body
    assert "testserver]" not in message.subject and "Hello from testserver" not in message.body

    settings.SITE_NAME = "Commons Lab"  # configurable: read when the e-mail is sent
    client.post("/accounts/password/reset/", {"email": "ada@example.org"})
    assert mail.outbox[-1].subject == "[Commons Lab] Password Reset Email"

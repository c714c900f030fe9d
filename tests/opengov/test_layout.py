"""The markup the phone layout relies on (tests/browser/test_page_types.py drives it in
Chromium): the header's menu button, the folding filter panels, and allauth's pages drawn
with the site's own buttons and fields (templates/allauth/elements/)."""

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.community.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_menu_button_is_hidden_until_its_script_shows_it(client):
    html = client.get("/").content.decode()
    # Without JavaScript the button stays hidden and the menu it controls stays open.
    button = re.search(r"<button[^>]*class=\"menu-button\"[^>]*>", html).group(0)
    assert 'aria-controls="site-menu"' in button and " hidden" in button
    menu = re.search(r"<div class=\"site-menu\" id=\"site-menu\"[^>]*>", html).group(0)
    assert "hidden" not in menu
    assert html.index('id="site-menu"') < html.index('aria-label="Main"')  # the nav is in it
    assert re.search(r'<script src="/static/js/menu\.js"></script>', html)


def test_the_filter_panel_folds_and_says_how_many_filters_apply(client, vocab):
    MemberFactory(name="Bogotá, Colombia", kind="local")
    unfiltered = client.get("/members/")
    assertContains(unfiltered, '<details class="filter-panel">')
    assertContains(unfiltered, "<summary>Filters</summary>", html=True)

    filtered = client.get("/members/?kind=local")
    assertContains(filtered, "<summary>Filters (1 applied)</summary>", html=True)
    assertContains(filtered, "Bogotá, Colombia")
    filtered = client.get("/members/?kind=local&region=europe")
    assertContains(filtered, "<summary>Filters (2 applied)</summary>", html=True)


def test_the_filter_panel_opens_on_a_filter_it_did_not_understand(client, vocab):
    response = client.get("/members/?kind=galactic")
    assertContains(response, '<details class="filter-panel" open>')
    assertContains(response, "Some filters were not understood")


def test_search_facets_fold_into_a_panel(client, vocab):
    response = client.get("/search/?q=contracts&type=commitment")
    assertContains(response, '<details class="filter-panel">')
    assertContains(response, "<summary>Filters (1 applied)</summary>", html=True)


def test_the_members_table_names_each_cell_for_its_stacked_layout(client, vocab):
    MemberFactory(name="Bogotá, Colombia", kind="local")
    response = client.get("/members/")
    assertContains(response, '<table class="data-table reflow">')
    for label in ("Kind", "Region", "Action plans", "Commitments"):
        assertContains(response, f'data-label="{label}"')


@pytest.mark.parametrize(
    ("url", "email_field", "button"),
    [
        ("/accounts/login/", "login", "Sign In"),
        ("/accounts/signup/", "email", "Sign Up"),
        ("/accounts/password/reset/", "email", "Reset My Password"),
    ],
)
def test_account_pages_use_the_sites_buttons_and_fields(client, url, email_field, button):
    response = client.get(url)
    assertContains(response, f'<button class="button" type="submit">{button}</button>', html=True)
    assertContains(response, '<form method="post" class="stacked-form"')
    assertContains(response, '<div class="field field-text">')  # allauth's e-mail input
    assertContains(response, f'<label for="id_{email_field}">Email</label>', html=True)
    assertNotContains(response, "<p><label")  # Django's as_p, what allauth renders alone


def test_a_sign_up_error_shows_next_to_its_field_and_keeps_the_input(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "ana@example.org", "password1": "a long passphrase 42", "password2": "other"},
    )
    assert response.status_code == 200
    assertContains(response, 'class="field field-password has-error"')
    assertContains(response, '<p class="error">You must type the same password each time.</p>')
    assertContains(response, 'value="ana@example.org"')
    assertContains(response, 'aria-describedby="id_password1_helptext"')  # Django's, kept


def test_the_email_page_draws_allauths_secondary_and_danger_buttons(client):
    client.force_login(UserFactory(email="ana@example.org"))
    response = client.get("/accounts/email/")
    assertContains(response, 'class="button button-secondary"')
    assertContains(response, 'class="button button-danger"')
    assertContains(response, '<div class="field field-radio">')

"""Sign-in limits behind the reverse proxy (issue 9, item 9). Every request reaches gunicorn
from the proxy's address; allauth must count failed sign-ins per client, from the address
the proxy reports in X-Forwarded-For, or one client's failures lock out everyone."""

from pathlib import Path

from django.test import Client

import pytest
import yaml

pytestmark = pytest.mark.django_db

PROXY = "172.18.0.5"  # the proxy container: REMOTE_ADDR of every request
ATTACKER = "203.0.113.7"
NEIGHBOUR = "198.51.100.9"
TOO_MANY = "Too many failed login attempts"
COMPOSE = Path(__file__).resolve().parents[2] / "compose.yaml"


@pytest.fixture
def behind_the_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1  # as compose.yaml sets it


def _sign_in(client, forwarded_for, email, password):
    return client.post(
        "/accounts/login/",
        {"login": email, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def _fail_many(forwarded_for_each, count=31):
    """`count` failed sign-ins on made-up accounts from one client; the responses."""
    attacker = Client()
    return [
        _sign_in(attacker, forwarded_for_each(n), f"made-up-{n}@example.org", "guess")
        for n in range(count)
    ]


def _limited(responses) -> bool:
    """allauth's two per-address limits: failed sign-ins (then the form says so) and sign-in
    requests (then 429)."""
    return TOO_MANY in responses[11].content.decode() and responses[-1].status_code == 429


def test_one_clients_failed_sign_ins_do_not_lock_out_another(behind_the_proxy, reformer):
    assert _limited(_fail_many(lambda n: ATTACKER))  # the failing client is stopped
    response = _sign_in(Client(), NEIGHBOUR, reformer.email, "correct horse battery")
    assert response.status_code == 302  # a neighbour behind the same proxy signs in


def test_a_client_cannot_escape_the_limits_by_inventing_addresses(behind_the_proxy):
    # The proxy appends the address it saw (nginx) or replaces the header (Caddy); allauth
    # counts the last address, which the client cannot choose.
    assert _limited(_fail_many(lambda n: f"10.9.8.{n}, {ATTACKER}"))


def test_compose_trusts_its_one_proxy():
    environment = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["x-app-env"]
    assert environment["ALLAUTH_TRUSTED_PROXY_COUNT"] == "${ALLAUTH_TRUSTED_PROXY_COUNT:-1}"

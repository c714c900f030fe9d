"""Two reformers connect in a real browser: Amara finds Bruno among the peers for her on her
network page, asks him with a message and the reason he was suggested; Bruno accepts on his
network page; both then see each other's e-mail on the other's profile. axe-core on the
network page, with a request awaiting an answer and with a connection."""

import re

import pytest

from tests.community.factories import ProfileFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct horse battery"


@pytest.fixture
def reformers(transactional_db):
    from community.services import vocabulary_ensure

    area = vocabulary_ensure()["areas"]["justice"]
    people = {}
    for name, email in (("Amara Okafor", "amara@example.org"), ("Bruno Lima", "bruno@example.org")):
        user = UserFactory(email=email)
        people[name] = ProfileFactory(
            user=user, display_name=name, challenge_areas=[area], share_contact=True,
            visibility="members",
        )  # fmt: skip
    return people


def _sign_in(page, email):
    from playwright.sync_api import expect

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name=re.compile("Welcome"))).to_be_visible()


def _axe(page):
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], v["help"]) for v in violations]


def test_a_peer_suggestion_becomes_a_connection_and_both_see_the_e_mail(new_context, reformers):
    from playwright.sync_api import expect

    amara = new_context().new_page()
    _sign_in(amara, "amara@example.org")
    amara.get_by_role("link", name="My network").first.click()
    peers = amara.locator("section", has=amara.get_by_role("heading", name="Peers for you"))
    expect(peers.get_by_role("link", name="Bruno Lima", exact=True)).to_be_visible()
    expect(peers.get_by_text(re.compile("shared challenge area"))).to_be_visible()
    peers.get_by_role("link", name="Ask Bruno Lima to connect").click()
    expect(
        amara.get_by_text(re.compile("Suggested to you: 1 shared challenge area"))
    ).to_be_visible()
    amara.get_by_label("A short message (optional)").fill("Shall we compare court data?")
    amara.get_by_role("button", name="Send my request").click()
    expect(amara.get_by_text("Your request is sent to Bruno Lima.")).to_be_visible()
    expect(amara.get_by_text("Your request awaits their answer.")).to_be_visible()

    bruno = new_context().new_page()
    _sign_in(bruno, "bruno@example.org")
    bruno.goto("/network/")
    expect(bruno.get_by_text("Shall we compare court data?")).to_be_visible()
    expect(bruno.get_by_text(re.compile("Why they were suggested: 1 shared"))).to_be_visible()
    _axe(bruno)
    bruno.get_by_role("button", name="Accept Amara Okafor").click()
    expect(bruno.get_by_text("You are now connected.")).to_be_visible()
    connections = bruno.locator("section", has=bruno.get_by_role("heading", name="My connections"))
    connections.get_by_role("link", name="Amara Okafor").click()
    expect(bruno.get_by_role("link", name="amara@example.org")).to_be_visible()
    bruno.goto("/network/")
    _axe(bruno)

    amara.reload()
    expect(amara.get_by_role("link", name="bruno@example.org")).to_be_visible()

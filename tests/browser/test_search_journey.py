"""A member opens their commitment, follows an "evidence for this commitment" result, then
searches the evidence and saves the search; the dashboard lists it. Real browser, real
database, indexing through the same on-commit tasks as production (eager Celery)."""

import re

import pytest

from tests.community.factories import CommitmentFactory, ProfileFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct horse battery"


@pytest.fixture
def corpus(transactional_db):
    from community.models import ChallengeArea
    from community.services import vocabulary_ensure
    from search import services

    vocabulary_ensure()
    area = ChallengeArea.objects.in_default_locale().get(slug="anti-corruption")
    mine = CommitmentFactory(
        public_id="AM9001",
        title="Beneficial ownership register for mining companies",
        description="Publish who ultimately owns every mining licence holder.",
        challenge_areas=[area],
    )
    other = CommitmentFactory(
        public_id="UA9002",
        title="Public beneficial ownership register for all companies",
        description="Every company discloses its beneficial owners in an open register.",
        challenge_areas=[area],
    )
    CommitmentFactory(
        public_id="KE9003",
        title="Court backlog statistics per station",
        description="Publish case-flow data for every court station.",
    )
    services.rebuild()
    user = UserFactory(email="member@example.org")
    ProfileFactory(user=user, display_name="Mariam Member", challenge_areas=[area])
    return {"mine": mine, "other": other, "user": user}


def test_member_follows_evidence_for_their_commitment_and_saves_a_search(page, corpus):
    from playwright.sync_api import expect

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill("member@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name=re.compile("Welcome"))).to_be_visible()

    page.goto(corpus["mine"].get_absolute_url())
    evidence = page.locator("section.evidence-for")
    expect(evidence.get_by_role("heading", name="Evidence for this commitment")).to_be_visible()
    expect(evidence.get_by_role("link", name=corpus["mine"].title)).to_have_count(0)
    evidence.get_by_role("link", name=corpus["other"].title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(corpus["other"].title)

    page.get_by_role("search").first.get_by_role("combobox").fill("beneficial ownership")
    page.keyboard.press("Enter")
    results = page.locator("ol.search-hits")
    expect(results.locator("mark").first).to_be_visible()
    expect(results.get_by_role("link", name=corpus["other"].title)).to_be_visible()

    page.get_by_label("Name this search").fill("Ownership registers")
    page.get_by_role("button", name="Save this search").click()
    expect(page.get_by_text("Search saved.")).to_be_visible()
    expect(page.get_by_role("link", name="Ownership registers")).to_be_visible()
    expect(page.get_by_role("link", name="RSS feed")).to_be_visible()

    page.goto("/dashboard/")
    expect(page.get_by_role("link", name="Ownership registers")).to_be_visible()

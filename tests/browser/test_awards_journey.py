"""A reformer nominates in a real browser: the record field suggests commitments as they
type (awards/static/awards/nominate.js fills the field's datalist from /awards/records/),
and the nomination lands in "My nominations"."""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_reformer_finds_a_commitment_by_its_title_and_nominates_it(page, live_server):
    from playwright.sync_api import expect

    from awards.models import Nomination
    from tests.awards.factories import programme_build
    from tests.community.factories import CommitmentFactory, UserFactory

    UserFactory(email="nominator@example.org")
    commitment = CommitmentFactory(public_id="KE0012", title="Open court backlog data")
    CommitmentFactory(public_id="KE0013", title="Budget hearings in every county")
    programme = programme_build()

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill("nominator@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill("correct horse battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    page.goto(programme.url)
    page.get_by_role("link", name="Nominate").click()
    page.get_by_label("Reform of the year").check()
    page.get_by_label("A commitment").check()
    record = page.get_by_role("combobox", name="Which one")
    record.press_sequentially("backlog")
    suggestion = page.locator("#award-record-suggestions option")
    expect(suggestion).to_have_count(1)
    expect(suggestion).to_have_attribute("value", "KE0012")
    record.fill(suggestion.get_attribute("value"))
    page.get_by_label("Why it deserves the award").fill("Court users now see where delays are.")
    page.get_by_role("button", name="Submit the nomination").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("My nominations")
    expect(page.get_by_role("link", name=commitment.title)).to_be_visible()
    nomination = Nomination.objects.get()
    assert (nomination.commitment, nomination.state) == (commitment, "submitted")

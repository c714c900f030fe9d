"""A member's point of contact keeps a commitment current in a real browser: ticking a
milestone done shows at once on the commitment's timeline and progress, on the challenge
area's hub (its progress roll-up) and in the API (issue 14)."""

import datetime
import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_point_of_contact_ticks_a_milestone_and_the_site_and_the_api_follow(page, live_server):
    from playwright.sync_api import expect

    from community.models import PointOfContact
    from community.services import vocabulary_ensure
    from tests.community.factories import CommitmentFactory, MilestoneFactory, UserFactory

    area = vocabulary_ensure()["areas"]["anti-corruption"]
    commitment = CommitmentFactory(
        public_id="KE0012", title="Open court backlog data", challenge_areas=[area]
    )
    first = MilestoneFactory(commitment=commitment, title="Publish the backlog monthly")
    MilestoneFactory(commitment=commitment, title="Open the case register")
    member = commitment.action_plan.member
    contact = UserFactory(email="contact@example.org")
    PointOfContact.objects.create(member=member, user=contact)

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill("contact@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill("correct horse battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    page.goto(f"/workspace/{member.slug}/commitments/{commitment.public_id}/milestones/{first.pk}/")
    page.get_by_label(re.compile(r"^[Dd]one:?$")).check()
    done_on = datetime.date.today() - datetime.timedelta(days=1)
    page.get_by_label(re.compile(r"^[Dd]one on:?$")).fill(done_on.isoformat())
    page.get_by_role("button", name=re.compile("Save")).click()

    page.goto(f"/commitments/{commitment.public_id}/")
    timeline = page.locator("section.timeline")
    expect(timeline).to_contain_text("Milestone done: Publish the backlog monthly")
    expect(page.locator("main")).to_contain_text("50")

    page.goto(f"/challenge-areas/{area.slug}/")
    expect(page.locator("main")).to_contain_text("Progress: 50")

    api = page.request.get(f"/api/v1/commitments/{commitment.public_id}/")
    assert api.ok
    milestones = {m["title"]: m["is_done"] for m in api.json()["milestones"]}
    assert milestones == {"Publish the backlog monthly": True, "Open the case register": False}

"""Staff's eligibility screen: the nominated commitment's IRM results, status and action
plan from the records, the programme's rules flagged, and a decision with its reason."""

import pytest

from awards.models import Nomination
from tests.awards.factories import NominationFactory, programme_build
from tests.community.factories import ActionPlanFactory, CommitmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def nomination():
    programme = programme_build(min_completion="substantial", plan_ended_after=2022)
    commitment = CommitmentFactory(
        action_plan=ActionPlanFactory(ogp_id="AP_KEN04", start_year=2020, end_year=2022),
        status="completed",
        irm_completion="complete",
        irm_opened_government="major",
    )
    return NominationFactory(programme=programme, commitment=commitment)


def test_the_screen_shows_the_records_and_flags_the_rules(client, staff, nomination):
    client.force_login(staff)
    response = client.get(f"/admin/awards/nominations/eligibility/{nomination.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "AP_KEN04" in page and "Completed" in page and "Major" in page
    checks = {check.rule: check.passed for check in response.context["facts"]["checks"]}
    # completion "complete" meets "at least substantial"; a plan ending in 2022 did not end
    # after 2022
    assert checks == {
        "Completion at least substantial": True,
        "Action plan ended after 2022": False,
    }
    assert "Not met" in page


def test_staff_decide_and_a_refusal_needs_a_reason(client, staff, nomination):
    client.force_login(staff)
    url = f"/admin/awards/nominations/eligibility/{nomination.pk}/"
    response = client.post(url, {"decision": "ineligible", "reason": ""})
    assert response.status_code == 400
    assert Nomination.objects.get(pk=nomination.pk).state == Nomination.State.SUBMITTED
    response = client.post(url, {"decision": "ineligible", "reason": "The plan ended in 2022."})
    assert response.status_code == 302
    nomination.refresh_from_db()
    assert nomination.state == Nomination.State.INELIGIBLE
    assert nomination.eligibility_reason == "The plan ended in 2022."

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


def _edit_data(programme, *, delete_first_category=False):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    categories = [
        {"id": c.pk, "name": c.name, "description": c.description, "ORDER": n,
         "DELETE": "on" if delete_first_category and n == 0 else ""}
        for n, c in enumerate(programme.categories.order_by("sort_order"))
    ]  # fmt: skip
    criteria = [
        {"id": c.pk, "name": c.name, "description": c.description, "weight": c.weight,
         "ORDER": n, **{f"descriptor_{s}": t for s, t in c.descriptors()}}
        for n, c in enumerate(programme.criteria.order_by("sort_order"))
    ]  # fmt: skip
    return nested_form_data(
        {
            "title": programme.title,
            "slug": programme.slug,
            "edition": programme.edition,
            "description": programme.description,
            "eligibility": programme.eligibility,
            "time_zone": programme.time_zone,
            "opens_on": "2026-03-01",
            "opens_time": "09:00",
            "closes_on": "2026-03-31",
            "closes_time": "23:59",
            "jury_closes_on": "2026-04-30",
            "jury_closes_time": "23:59",
            "min_completion": "",
            "min_opened_government": "",
            "plan_ended_after": "",
            "jurors_per_nomination": "3",
            "categories": inline_formset(categories, initial=len(categories)),
            "criteria": inline_formset(criteria, initial=len(criteria)),
            "action-publish": "publish",
        }
    )


def test_a_category_with_nominations_cannot_be_removed(client, staff, nomination):
    programme = nomination.programme
    client.force_login(staff)
    url = f"/admin/pages/{programme.pk}/edit/"
    response = client.post(url, _edit_data(programme, delete_first_category=True))
    assert response.status_code == 200  # the form again, with the reason
    assert "cannot be removed" in response.content.decode()
    assert programme.categories.count() == 2
    data = _edit_data(programme)
    data["time_zone"] = "Mars/Olympus_Mons"
    response = client.post(url, data)
    assert "is not a time zone name" in response.content.decode()
    response = client.post(url, _edit_data(programme))
    assert response.status_code == 302, response.content.decode()[-3000:]

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from community.models import Commitment
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    MemberFactory,
    MilestoneFactory,
    ProfileFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def partnership(vocab):
    """Two members in two regions with commitments in two challenge areas."""
    europe, americas = vocab["regions"]["europe"], vocab["regions"]["americas"]
    anti_corruption, justice = vocab["areas"]["anti-corruption"], vocab["areas"]["justice"]
    from community.services import country_ensure

    albania = MemberFactory(
        name="Albania", slug="albania", code="ALB",
        country=country_ensure(iso3="ALB", name="Albania", region=europe),
    )  # fmt: skip
    honduras = MemberFactory(
        name="Honduras", slug="honduras", code="HND",
        country=country_ensure(iso3="HND", name="Honduras", region=americas),
    )  # fmt: skip
    alb_plan = ActionPlanFactory(member=albania, ogp_id="AP_ALB01")
    hnd_plan = ActionPlanFactory(member=honduras, ogp_id="AP_HND01")
    registry = CommitmentFactory(
        public_id="AL0001", action_plan=alb_plan, title="Beneficial ownership register",
        challenge_areas=[anti_corruption], irm_starred=True, status=Commitment.Status.COMPLETED,
    )  # fmt: skip
    legal_aid = CommitmentFactory(
        public_id="HN0001", action_plan=hnd_plan, title="Legal aid desks in rural courts",
        challenge_areas=[justice],
    )  # fmt: skip
    contracts = CommitmentFactory(
        public_id="HN0002", action_plan=hnd_plan, title="Open contracting portal",
        challenge_areas=[anti_corruption],
    )  # fmt: skip
    return {
        "albania": albania, "honduras": honduras, "registry": registry,
        "legal_aid": legal_aid, "contracts": contracts,
    }  # fmt: skip


def test_home_page_introduces_the_platform_and_links_to_its_parts(client, partnership):
    response = client.get("/")
    assert response.status_code == 200
    for url in ("/challenge-areas/", "/members/", "/commitments/", "/reformers/"):
        assertContains(response, f'href="{url}"')
    assertContains(response, "Anti-corruption")


def test_challenge_area_list_shows_lead_areas_with_counts(client, partnership):
    response = client.get("/challenge-areas/")
    assertContains(response, "Anti-corruption")
    assertContains(response, "Public participation")
    areas = {a.slug: a for a in response.context["areas"]}
    assert areas["anti-corruption"].commitment_count == 2
    assert areas["anti-corruption"].member_count == 2
    assert len(areas) == 10


def test_challenge_area_hub_lists_its_commitments_and_filters_by_region_and_member(
    client, partnership
):
    response = client.get("/challenge-areas/anti-corruption/")
    assertContains(response, "Beneficial ownership register")
    assertContains(response, "Open contracting portal")
    assertNotContains(response, "Legal aid desks")

    response = client.get("/challenge-areas/anti-corruption/?region=europe")
    assertContains(response, "Beneficial ownership register")
    assertNotContains(response, "Open contracting portal")

    response = client.get("/challenge-areas/anti-corruption/?member=honduras")
    assertNotContains(response, "Beneficial ownership register")
    assertContains(response, "Open contracting portal")

    response = client.get("/challenge-areas/anti-corruption/?member=honduras&region=europe")
    assert list(response.context["page_obj"]) == []


def test_an_unknown_filter_value_is_reported_and_ignored(client, partnership):
    response = client.get("/challenge-areas/anti-corruption/?region=atlantis&member=nobody")
    assert response.status_code == 200
    assertContains(response, "Some filters were not understood")
    assert len(response.context["page_obj"]) == 2


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999", "1.5", "%01"])
def test_a_malformed_page_number_gives_a_real_page(client, partnership, page):
    response = client.get(f"/commitments/?page={page}")
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


def test_unknown_challenge_area_member_commitment_are_404(client, partnership):
    assert client.get("/challenge-areas/atlantis/").status_code == 404
    assert client.get("/members/atlantis/").status_code == 404
    assert client.get("/commitments/XX9999/").status_code == 404


def test_commitment_list_filters_combine(client, partnership):
    response = client.get("/commitments/?area=anti-corruption&starred=on")
    assert [c.public_id for c in response.context["page_obj"]] == ["AL0001"]
    response = client.get("/commitments/?status=completed&region=americas")
    assert list(response.context["page_obj"]) == []


def test_member_page_shows_action_plans_and_commitments(client, partnership):
    response = client.get("/members/honduras/")
    assertContains(response, "Honduras")
    assertContains(response, "Legal aid desks in rural courts")
    assertContains(response, "Open contracting portal")
    assertNotContains(response, "Beneficial ownership register")


def test_demo_plans_are_marked_as_samples_and_follow_ogps_plans(client, partnership):
    honduras = partnership["honduras"]
    sample = ActionPlanFactory(member=honduras, ogp_id="SAMPLE_AP_HND01", number=1)
    CommitmentFactory(public_id="SAMPLE-HND-001", action_plan=sample, title="Sample: open courts")
    ActionPlanFactory(member=honduras, ogp_id="AP_HND02", number=2, start_year=2023)
    assert sample.is_sample and not partnership["legal_aid"].action_plan.is_sample

    response = client.get("/members/honduras/")
    content = response.content.decode()
    headings = re.findall(r'<h2 id="plan-\d+">(.*?)</h2>', content, re.DOTALL)
    badge = '<span class="badge badge-sample"'
    # newest first; of two plans of the same years, OGP's before the demo's
    assert [badge in h for h in headings] == [False, False, True]
    assert (
        headings[1].startswith("Action plan 1 (2021–2023)")
        and headings[1] == headings[2][: len(headings[1])]
    )
    assertContains(response, badge, count=1)
    assertContains(response, ">Sample</span>", count=1)
    # and on the page of a commitment of the demo plan (not on OGP's)
    assertContains(client.get("/commitments/SAMPLE-HND-001/"), badge, count=1)
    assertNotContains(client.get("/commitments/HN0001/"), badge)


def test_member_list_filters_by_region(client, partnership):
    response = client.get("/members/?region=europe")
    assert [m.name for m in response.context["page_obj"]] == ["Albania"]


def test_commitment_page_shows_description_milestones_areas_and_irm(client, partnership):
    registry = partnership["registry"]
    registry.lead_institution = "Ministry of Justice"
    registry.irm_potential_impact = Commitment.PotentialImpact.TRANSFORMATIVE
    registry.irm_completion = Commitment.Completion.COMPLETE
    registry.save()
    MilestoneFactory(commitment=registry, title="Draft the regulation", is_done=True)

    response = client.get("/commitments/AL0001/")
    assertContains(response, "Beneficial ownership register")
    assertContains(response, "Publish every contract above a threshold")
    assertContains(response, "Draft the regulation")
    assertContains(response, "Ministry of Justice")
    assertContains(response, "Transformative")
    assertContains(response, "Complete")
    assertContains(response, "Starred by the IRM")
    assertContains(response, 'href="/challenge-areas/anti-corruption/"')


def test_commitment_identifiers_are_case_insensitive_with_one_canonical_address(
    client, partnership
):
    response = client.get("/commitments/al0001/")
    assert response.status_code == 301
    assert response["Location"] == "/commitments/AL0001/"


def test_unassessed_irm_fields_say_not_assessed(client, partnership):
    response = client.get("/commitments/HN0001/")
    assertContains(response, "Not assessed")


def test_directory_lists_public_profiles_and_hides_private_ones(client, reformer, vocab):
    ProfileFactory(display_name="Ana Public", visibility="public")
    ProfileFactory(display_name="Bea Members", visibility="members")
    ProfileFactory(display_name="Cai Private", visibility="private")

    response = client.get("/reformers/")
    assertContains(response, "Ana Public")
    assertNotContains(response, "Bea Members")
    assertNotContains(response, "Cai Private")

    client.force_login(reformer)
    response = client.get("/reformers/")
    assertContains(response, "Ana Public")
    assertContains(response, "Bea Members")
    assertNotContains(response, "Cai Private")


def test_directory_filters_by_sector_area_and_text(client, vocab):
    area = vocab["areas"]["justice"]
    ProfileFactory(display_name="Dana Judge", sector="judiciary", challenge_areas=[area])
    ProfileFactory(display_name="Eli Reporter", sector="media", organisation="Daily Ledger")
    assert [p.display_name for p in client.get("/reformers/?sector=judiciary").context[
        "page_obj"]] == ["Dana Judge"]  # fmt: skip
    assert [p.display_name for p in client.get("/reformers/?area=justice").context[
        "page_obj"]] == ["Dana Judge"]  # fmt: skip
    assert [p.display_name for p in client.get("/reformers/?q=ledger").context[
        "page_obj"]] == ["Eli Reporter"]  # fmt: skip


def test_inactive_accounts_are_not_listed(client, vocab):
    profile = ProfileFactory(display_name="Gone Away")
    profile.user.is_active = False
    profile.user.save()
    assertNotContains(client.get("/reformers/"), "Gone Away")


def test_healthz_answers(client, db):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_unknown_address_is_a_friendly_404(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assertContains(response, "Page not found", status_code=404)

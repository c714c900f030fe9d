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
    headings = [
        re.sub(r"<[^>]+>", "", h).strip()
        for h in re.findall(r'<h2 id="plan-\d+">(.*?)</h2>', content, re.DOTALL)
    ]
    badge = '<span class="badge badge-sample"'
    # oldest first; of two plans of the same years, OGP's before the demo's
    assert headings[0].startswith("Action plan 1 (2021–2023)") and "Sample" not in headings[0]
    assert headings[1].startswith("Action plan 1 (2021–2023)") and headings[1].endswith("Sample")
    assert headings[2].startswith("Action plan 2") and "Sample" not in headings[2]
    # marked in the list of plans and on its own heading, nowhere else
    assertContains(response, badge, count=2)
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


# --- connected pages: action plans, commitment, hub and member pages lead somewhere ----------
# One partnership with stories, research, a guide chapter and profiles of every visibility,
# projected into the search read model, built once for the tests below (they only read it).


def _connected_build(vocab):
    from community.services import country_ensure
    from search import services as search_services
    from tests.community.factories import UserFactory
    from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
    from tests.resources.factories import ResourceFactory
    from tests.stories.factories import StoryPageFactory, home_page, story_index

    corruption, justice = vocab["areas"]["anti-corruption"], vocab["areas"]["justice"]
    albania_country = country_ensure(iso3="ALB", name="Albania", region=vocab["regions"]["europe"])
    honduras_country = country_ensure(
        iso3="HND", name="Honduras", region=vocab["regions"]["americas"]
    )
    albania = MemberFactory(name="Albania", slug="albania", code="ALB", country=albania_country)
    honduras = MemberFactory(name="Honduras", slug="honduras", code="HND", country=honduras_country)
    # made newest first: the pages must put them in order themselves
    second = ActionPlanFactory(member=albania, ogp_id="AP_ALB02", number=2,
                               start_year=2014, end_year=2016)  # fmt: skip
    first = ActionPlanFactory(member=albania, ogp_id="AP_ALB01", number=1,
                              start_year=2012, end_year=2014)  # fmt: skip
    registry = CommitmentFactory(
        public_id="AL0001", action_plan=first, number="10", title="Beneficial ownership register",
        description="Publish the real owners of companies.", challenge_areas=[corruption],
        themes=[vocab["themes"]["anti-corruption"]],
    )  # fmt: skip
    registry.policy_areas.add("Beneficial Ownership")
    registry.save()
    CommitmentFactory(public_id="AL0002", action_plan=first, number="2",
                      title="Courts publish their rulings", challenge_areas=[justice])  # fmt: skip
    CommitmentFactory(public_id="AL0003", action_plan=first, number="1.1",
                      title="Asset declarations online", challenge_areas=[corruption])  # fmt: skip
    CommitmentFactory(public_id="AL0010", action_plan=second, number="1",
                      title="Lobbying register", challenge_areas=[corruption])  # fmt: skip
    hnd_plan = ActionPlanFactory(member=honduras, ogp_id="AP_HND01")
    CommitmentFactory(public_id="HN0001", action_plan=hnd_plan, title="Legal aid desks",
                      challenge_areas=[justice])  # fmt: skip
    CommitmentFactory(public_id="HN0002", action_plan=hnd_plan, title="Open contracting portal",
                      challenge_areas=[corruption])  # fmt: skip

    stories = story_index()
    StoryPageFactory(parent=stories, title="Tirana finds the owners", country=albania_country,
                     challenge_areas=[corruption])  # fmt: skip
    StoryPageFactory(parent=stories, title="Honduran courts open up", country=honduras_country,
                     challenge_areas=[justice])  # fmt: skip
    ResourceFactory(title="Registers people use", challenge_areas=[corruption])
    ResourceFactory(title="Courts and their data", challenge_areas=[justice])
    guide = GuideIndexPageFactory(parent=home_page())
    chapter = GuideChapterPageFactory(parent=guide, title="Fighting corruption")
    chapter.challenge_areas = [corruption]
    chapter.save_revision().publish()

    def profile(name, visibility, active=True):
        return ProfileFactory(
            display_name=name, visibility=visibility, country=albania_country,
            challenge_areas=[corruption], user=UserFactory(is_active=active),
        )  # fmt: skip

    profile("Ana Public", "public")
    profile("Bea Members", "members")
    profile("Cai Private", "private")
    profile("Dev Inactive", "public", active=False)
    search_services.rebuild()
    return {"vocab": vocab}


@pytest.fixture(scope="module")
def connected_module(request, django_db_blocker):
    from tests import shared_data

    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(_connected_build(shared_data.vocabulary()))


@pytest.fixture
def connected(connected_module, db):
    return connected_module


def _text(response) -> str:
    import html

    return html.unescape(response.content.decode())


def _between(response, start: str, end: str) -> str:
    content = _text(response)
    begin = content.index(start)
    return content[begin : content.index(end, begin)]


HIDDEN_PEOPLE = ("Cai Private", "Dev Inactive")


def test_an_action_plan_page_gives_its_facts_and_its_commitments_in_plan_order(client, connected):
    response = client.get("/action-plans/AP_ALB01/")
    assert response.status_code == 200
    page = _text(response)
    assert "Action plan 1 (2012–2014)" in page
    assert 'href="/members/albania/"' in page
    commitments = _between(response, 'id="plan-commitments-heading"', "</ol>")
    # numbered 1.1, 2, 10 by the plan: compared as numbers, not as text
    assert [commitments.index(t) for t in ("AL0003", "AL0002", "AL0001")] == sorted(
        commitments.index(t) for t in ("AL0003", "AL0002", "AL0001")
    )
    assert "AL0010" not in commitments  # the member's other plan
    summary = response.context["summary"]
    assert summary["commitments"] == 3
    assert [(area.slug, n) for area, n in summary["areas"]] == [
        ("anti-corruption", 2), ("justice", 1)
    ]  # fmt: skip
    # the member's plans, oldest first, the other one linked
    plans = _between(response, 'id="member-plans-heading"', "</ol>")
    assert plans.index("Action plan 1") < plans.index("Action plan 2")
    assert 'href="/action-plans/AP_ALB02/"' in plans


def test_an_action_plan_has_one_address_whatever_the_case_and_unknown_ones_are_404(
    client, connected
):
    response = client.get("/action-plans/ap_alb01/")
    assert response.status_code == 301
    assert response["Location"] == "/action-plans/AP_ALB01/"
    assert client.get("/action-plans/AP_NOWHERE/").status_code == 404


def test_the_member_page_lists_its_plans_oldest_first_linked_to_their_pages(client, connected):
    response = client.get("/members/albania/")
    plans = _between(response, 'id="plans-heading"', "</ol>")
    assert plans.index("/action-plans/AP_ALB01/") < plans.index("/action-plans/AP_ALB02/")
    page = _text(response)
    assert page.index('id="plan-') < page.index("AL0003") < page.index("AL0002")


def test_the_member_page_shows_its_countrys_stories_and_listed_reformers(client, connected):
    response = client.get("/members/albania/")
    stories = _between(response, 'id="country-stories-heading"', "</section>")
    assert "Tirana finds the owners" in stories
    assert "Honduran courts" not in stories
    reformers = _between(response, 'id="country-reformers-heading"', "</section>")
    assert "Ana Public" in reformers
    for hidden in ("Bea Members", *HIDDEN_PEOPLE):
        assert hidden not in reformers


def test_the_commitment_page_leads_to_its_plan_its_neighbours_and_filtered_lists(client, connected):
    response = client.get("/commitments/AL0001/")
    page = _text(response)
    assert 'href="/action-plans/AP_ALB01/"' in page
    neighbours = _between(response, 'id="plan-commitments-heading"', "</section>")
    assert neighbours.index("AL0003") < neighbours.index("AL0002")
    assert "AL0001" not in neighbours and "AL0010" not in neighbours
    assert 'href="/commitments/?theme=anti-corruption"' in page
    assert 'href="/commitments/?policy_area=beneficial-ownership"' in page
    assert "Reformers working in these areas" in page
    assert "Reformers working on this" not in page
    assert "Tirana finds the owners" in _between(response, 'id="country-stories-heading"',
                                                 "</section>")  # fmt: skip


def test_the_commitment_pages_policy_area_and_theme_links_filter_the_list(client, connected):
    listed = client.get("/commitments/?policy_area=beneficial-ownership").context["page_obj"]
    assert [c.public_id for c in listed] == ["AL0001"]
    listed = client.get("/commitments/?theme=anti-corruption").context["page_obj"]
    assert [c.public_id for c in listed] == ["AL0001"]


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_commitment_page_lists_the_countrys_reformers_the_directory_would(
    client, connected, reformer, signed_in
):
    if signed_in:
        client.force_login(reformer)
    response = client.get("/commitments/AL0001/")
    reformers = _between(response, 'id="country-reformers-heading"', "</section>")
    assert "Ana Public" in reformers
    assert ("Bea Members" in reformers) is signed_in
    for hidden in HIDDEN_PEOPLE:
        assert hidden not in _text(response)


def test_the_follow_hook_is_there_for_signed_in_readers_only(client, connected, reformer):
    hook = "community/includes/follow_hook.html"
    for url in ("/commitments/AL0001/", "/action-plans/AP_ALB01/", "/members/albania/",
                "/challenge-areas/anti-corruption/"):  # fmt: skip
        assert hook not in [t.name for t in client.get(url).templates], url
    client.force_login(reformer)
    for url in ("/commitments/AL0001/", "/action-plans/AP_ALB01/", "/members/albania/",
                "/challenge-areas/anti-corruption/"):  # fmt: skip
        assert hook in [t.name for t in client.get(url).templates], url


def test_the_hub_gathers_the_guide_stories_research_members_and_reformers(client, connected):
    response = client.get("/challenge-areas/anti-corruption/")
    assert "Fighting corruption" in _between(response, 'id="area-guide-heading"', "</section>")
    stories = _between(response, 'id="area-stories-heading"', "</section>")
    assert "Tirana finds the owners" in stories and "Honduran courts" not in stories
    research = _between(response, 'id="area-research-heading"', "</section>")
    assert "Registers people use" in research and "Courts and their data" not in research
    # members with their commitments in this area only (Albania's AL0002 is on justice)
    assert [(m.slug, m.area_commitment_count) for m in response.context["members"]] == [
        ("albania", 3), ("honduras", 1)
    ]  # fmt: skip
    members = _between(response, 'id="members-heading"', "</section>")
    assert 'href="/members/albania/"' in members and "3 commitments" in members
    assert 'href="?member=honduras#commitments-heading"' in members
    reformers = _between(response, 'id="area-reformers-heading"', "</section>")
    assert "Ana Public" in reformers
    for hidden in ("Bea Members", *HIDDEN_PEOPLE):
        assert hidden not in reformers
    assert response.context["reformer_count"] == 1


def test_the_hub_shows_community_profiles_to_the_signed_in_but_never_a_private_one(
    client, connected, reformer
):
    client.force_login(reformer)
    response = client.get("/challenge-areas/anti-corruption/")
    reformers = _between(response, 'id="area-reformers-heading"', "</section>")
    assert "Ana Public" in reformers and "Bea Members" in reformers
    for hidden in HIDDEN_PEOPLE:
        assert hidden not in _text(response)
    assert response.context["reformer_count"] == 2


def test_a_private_profiles_owner_does_not_find_it_listed_either(client, connected):
    from community.models import ReformerProfile

    owner = ReformerProfile.objects.get(display_name="Cai Private").user
    client.force_login(owner)
    for url in ("/challenge-areas/anti-corruption/", "/members/albania/", "/commitments/AL0001/"):
        assert "Cai Private" not in _text(client.get(url)), url


def test_the_commitment_list_searches_words_through_the_evidence_search(client, connected):
    # stemmed ("registers" finds "register"), other filters still apply
    listed = client.get("/commitments/?q=registers").context["page_obj"]
    assert sorted(c.public_id for c in listed) == ["AL0001", "AL0010"]
    # best match first, not the list's usual order (newest plan first: AL0010)
    listed = client.get("/commitments/?q=ownership+register").context["page_obj"]
    assert [c.public_id for c in listed][0] == "AL0001"
    listed = client.get("/commitments/?q=register&area=justice").context["page_obj"]
    assert list(listed) == []
    listed = client.get("/commitments/?q=contracting+portal").context["page_obj"]
    assert [c.public_id for c in listed][0] == "HN0002"
    response = client.get("/commitments/?q=")
    assert response.context["page_obj"].paginator.count == 6


def test_the_research_list_searches_words_through_the_evidence_search(client, connected):
    listed = client.get("/resources/?q=registers").context["page_obj"]
    assert [r.title for r in listed] == ["Registers people use"]
    listed = client.get("/resources/?q=registers&area=justice").context["page_obj"]
    assert list(listed) == []


def test_a_vague_keyword_search_lists_its_best_matches_and_says_so(client, connected, monkeypatch):
    from community.filters import KeywordFilter

    monkeypatch.setattr(KeywordFilter, "max_matches", 1)
    response = client.get("/commitments/?q=register")
    assert len(response.context["page_obj"]) == 1
    assertContains(response, "These words match 2 records: the 1 best matches are listed.")


def test_keywords_too_long_to_use_are_reported_and_ignored(client, connected):
    response = client.get("/commitments/", {"q": "x" * 201})
    assert response.status_code == 200
    assertContains(response, "Some filters were not understood")
    assert response.context["page_obj"].paginator.count == 6

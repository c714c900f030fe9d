"""Each challenge area's stored figures (community.area_stats) stay exactly what the records
give, after every kind of write that changes them, once the queued refresh has run (the
commit hooks run it here, as the outbox does in production)."""

from django.test import TestCase

import pytest

from community import area_stats, progress, selectors, services
from community.models import ChallengeAreaCount, Commitment, Milestone
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    CountryFactory,
    MemberFactory,
    MilestoneFactory,
    RegionFactory,
)
from tests.community.test_imports import as_csv, make_row

pytestmark = pytest.mark.django_db

committed = TestCase.captureOnCommitCallbacks


def _stored(area) -> area_stats.AreaFigures:
    rows = ChallengeAreaCount.objects.filter(area=area).values_list("facet", "key", "count")
    assert rows, "no figures stored for this area"
    return area_stats.AreaFigures.from_rows(rows)


def _assert_current(areas):
    live = area_stats.live([area.pk for area in areas])
    for area in areas:
        assert _stored(area) == live[area.pk], area.slug


@pytest.fixture
def areas(vocab):
    return [vocab["areas"][slug] for slug in ("anti-corruption", "justice", "climate-environment")]


def test_stored_figures_follow_every_write(vocab, areas):
    ac, justice, data = areas
    with committed(execute=True):
        plan = ActionPlanFactory(start_year=2019, end_year=2021)
        first = CommitmentFactory(
            action_plan=plan, challenge_areas=[ac, justice], status="in_progress"
        )
        second = CommitmentFactory(
            action_plan=plan, challenge_areas=[ac], irm_starred=True, irm_completion="complete"
        )
        MilestoneFactory(commitment=first, is_done=True)
        MilestoneFactory(commitment=first, is_done=False)
        other = CommitmentFactory(challenge_areas=[data], irm_completion_midterm="limited")
    _assert_current(areas)
    figures = _stored(ac)
    assert figures.total == 2
    assert figures.statuses == {"in_progress": 1, "unknown": 1}
    assert figures.progress == {(1, 2): 1, (0, 0): 1}
    assert figures.completion == {(2019, 2021, "complete"): 1}

    # a commitment's fields, a milestone, its areas
    with committed(execute=True):
        first.status = Commitment.Status.COMPLETED
        first.irm_starred = False
        first.save()
    _assert_current(areas)
    with committed(execute=True):
        Milestone.objects.filter(commitment=first, is_done=False).get().delete()
    _assert_current(areas)
    assert _stored(ac).progress == {(1, 1): 1, (0, 0): 1}
    with committed(execute=True):
        first.challenge_areas.remove(justice)  # modelcluster writes these on save()
        first.save()
        other.challenge_areas.add(ac)
        other.save()
    _assert_current(areas)
    assert _stored(justice).total == 0
    with committed(execute=True):
        justice.commitments.add(second)  # from the area's side
    _assert_current(areas)
    with committed(execute=True):
        second.challenge_areas.clear()
        second.save()
    _assert_current(areas)

    # the plan's years, the member's country, the country's region
    with committed(execute=True):
        plan.start_year, plan.end_year = 2022, 2024
        plan.save()
    _assert_current(areas)
    member = plan.member
    with committed(execute=True):
        member.country = CountryFactory()
        member.save()
    _assert_current(areas)
    with committed(execute=True):
        member.country.region = RegionFactory()
        member.country.save()
    _assert_current(areas)
    assert _stored(ac).regions == {member.country.region_id: 1, other.member.country.region_id: 1}

    # deletions: a commitment, a plan, a member (cascades)
    with committed(execute=True):
        first.delete()
    _assert_current(areas)
    with committed(execute=True):
        other.action_plan.delete()
    _assert_current(areas)
    assert _stored(ac).total == 0
    with committed(execute=True):
        CommitmentFactory(challenge_areas=[ac, data])
        member.delete()
    _assert_current(areas)
    assert _stored(ac).total == 1


def test_an_import_refreshes_the_areas_once_at_its_end(vocab):
    from community.imports import commitments_import
    from core.models import OutboxMessage

    with committed() as callbacks:
        commitments_import(
            stream=as_csv([make_row(), make_row(**{"Commitment Unique Identifier": "KE0013"})])
        )
    # the rows paused the refresh (each commits on its own): one call at the end, every area
    queued = OutboxMessage.objects.filter(task="community.tasks.area_stats_refresh")
    assert [len(message.kwargs["area_ids"]) for message in queued] == [len(vocab["areas"])]
    for callback in callbacks:
        callback()
    area = vocab["areas"]["anti-corruption"]
    assert _stored(area).total == 2
    _assert_current([area])


def test_pages_show_a_change_as_soon_as_the_refresh_ran(client, vocab):
    ac = vocab["areas"]["anti-corruption"]
    with committed(execute=True):
        commitment = CommitmentFactory(challenge_areas=[ac], status="in_progress")
    before = {area.slug: area for area in selectors.challenge_areas_with_counts()}
    assert (before["anti-corruption"].commitment_count, before["anti-corruption"].member_count) == (
        1,
        1,
    )
    with committed(execute=True):
        CommitmentFactory(challenge_areas=[ac], action_plan=commitment.action_plan)
        CommitmentFactory(challenge_areas=[ac], status="completed")
    after = {area.slug: area for area in selectors.challenge_areas_with_counts()}
    assert (after["anti-corruption"].commitment_count, after["anti-corruption"].member_count) == (
        3,
        2,
    )
    page = client.get("/challenge-areas/anti-corruption/").content.decode()
    assert "3 commitments" in page
    assert "2 members working in this area" in page


def test_an_area_never_computed_is_counted_live(vocab):
    ac = vocab["areas"]["anti-corruption"]
    CommitmentFactory(challenge_areas=[ac])  # committed never: nothing stored
    assert not ChallengeAreaCount.objects.filter(area=ac).exists()
    assert area_stats.figures_of(ac).total == 1
    counted = {area.slug: area.commitment_count for area in selectors.challenge_areas_with_counts()}
    assert counted["anti-corruption"] == 1


def test_the_refresh_of_an_area_that_is_gone_does_nothing(vocab):
    services.area_stats_refresh(area_ids=[987654])
    assert not ChallengeAreaCount.objects.exists()


@pytest.mark.parametrize(
    "counts",
    [
        {},
        {(0, 0): 3},
        {(2, 5): 1, (1, 1): 1, (0, 0): 1},
        {(1, 3): 2, (2, 3): 1, (0, 4): 5, (3, 7): 2},
    ],
)
def test_the_counted_rollup_is_the_published_rule(counts):
    pairs = [pair for pair, n in counts.items() for _ in range(n)]
    assert progress.rollup_of_counted(counts) == progress.rollup_of(pairs)


def test_the_hub_figures_match_the_members_listed(vocab):
    ac = vocab["areas"]["anti-corruption"]
    with committed(execute=True):
        plan = ActionPlanFactory(member=MemberFactory(name="Zed"))
        CommitmentFactory(action_plan=plan, challenge_areas=[ac])
        CommitmentFactory(action_plan=plan, challenge_areas=[ac])
        CommitmentFactory(challenge_areas=[ac])
    listed = [(m.name, m.area_commitment_count) for m in selectors.members_active_in_area(area=ac)]
    assert listed[0] == ("Zed", 2)
    assert len(listed) == 2

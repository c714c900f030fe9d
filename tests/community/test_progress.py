"""The published progress rule (community.progress): a commitment's progress, the roll-ups,
the worked example of /commitments/progress/ among the rows, and the pages that show them."""

from fractions import Fraction
from types import SimpleNamespace

from django.test import TestCase

import pytest

from community import progress
from community.workspace_selectors import area_rollup, member_rollup
from tests.community.factories import (
    ActionPlanFactory,
    ChallengeAreaFactory,
    CommitmentFactory,
    MemberFactory,
    MilestoneFactory,
)


def milestones(done: int, open_: int):
    return [SimpleNamespace(is_done=True)] * done + [SimpleNamespace(is_done=False)] * open_


@pytest.mark.parametrize(
    ("done", "open_", "share", "shown"),
    [
        (2, 3, Fraction(2, 5), 40),  # commitment A of the worked example
        (1, 0, Fraction(1), 100),  # commitment B
        (0, 0, None, None),  # commitment C: no milestones, no figure (never 0 %)
        (0, 4, Fraction(0), 0),
        (2, 1, Fraction(2, 3), 67),
        (1, 2, Fraction(1, 3), 33),
        (1, 7, Fraction(1, 8), 13),  # 12.5 rounds half up
        (1, 199, Fraction(1, 200), 1),  # 0.5 rounds half up, not to even
    ],
)
def test_a_commitments_progress(done, open_, share, shown):
    assert progress.commitment_progress(milestones(done, open_)) == share
    assert progress.percent(share) == shown


@pytest.mark.parametrize(("done", "total"), [(3, 2), (-1, 2), (0, -1)])
def test_impossible_counts_are_refused(done, total):
    with pytest.raises(ValueError):
        progress.progress(done=done, total=total)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([(2, 5), (1, 1), (0, 0)], progress.Rollup(70, 2, 1)),  # the worked example
        ([(0, 0)], progress.Rollup(None, 0, 1)),
        ([], progress.Rollup(None, 0, 0)),
        # the mean of commitments, not milestones pooled (pooled: 11/52 = 21 %)
        ([(1, 2), (10, 50)], progress.Rollup(35, 2, 0)),
    ],
)
def test_rollups(counts, expected):
    assert progress.rollup_of(counts) == expected


def test_the_worked_example_is_computed_by_the_rule():
    shares = [progress.commitment_progress(m) for _n, m in progress.WORKED_EXAMPLE["commitments"]]
    assert [progress.percent(s) for s in shares] == [40, 100, None]
    assert progress.percent(progress.rollup(shares)) == 70


@pytest.mark.django_db
def test_member_and_area_rollups_use_the_rule(django_assert_num_queries):
    # the area's figures (community.area_stats) refreshed once the writes commit
    with TestCase.captureOnCommitCallbacks(execute=True):
        member, area = MemberFactory(), ChallengeAreaFactory()
        plan = ActionPlanFactory(member=member)
        a = CommitmentFactory(action_plan=plan, challenge_areas=[area])
        b = CommitmentFactory(action_plan=plan)
        CommitmentFactory(action_plan=plan, challenge_areas=[area])  # no milestones
        for done in (True, True, False, False, False):
            MilestoneFactory(commitment=a, is_done=done)
        MilestoneFactory(commitment=b, is_done=True)
        CommitmentFactory(challenge_areas=[area])  # another member's, with none
    with django_assert_num_queries(1):
        assert member_rollup(member=member) == progress.Rollup(70, 2, 1)
    with django_assert_num_queries(1):
        assert area_rollup(area=area) == progress.Rollup(40, 1, 2)


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/fr", "/es"])
def test_the_published_page_states_the_rule_with_the_example(client, prefix):
    response = client.get(f"{prefix}/commitments/progress/")
    assert response.status_code == 200
    html = response.content.decode()
    # the figures, whatever the space before % (a no-break one in French)
    text = html.replace("&nbsp;", " ").replace("\u00a0", " ")
    assert "40 %" in text and "100 %" in text and "70 %" in text
    assert f'lang="{prefix.strip("/") or "en"}"' in html


@pytest.mark.django_db
def test_every_progress_figure_links_to_the_rule(client):
    area = ChallengeAreaFactory()
    commitment = CommitmentFactory(challenge_areas=[area])
    MilestoneFactory(commitment=commitment, is_done=True)
    MilestoneFactory(commitment=commitment, is_done=False)
    commitment.irm_completion = "substantial"
    commitment.save()
    for url in (
        commitment.get_absolute_url(),
        commitment.action_plan.member.get_absolute_url(),
    ):
        html = client.get(url).content.decode()
        assert "/commitments/progress/" in html, url
    html = client.get(commitment.get_absolute_url()).content.decode()
    # computed progress beside the IRM's rating, which stays as the IRM gave it
    assert "50&nbsp;%" in html and "Substantial" in html
    commitment.refresh_from_db()
    assert commitment.irm_completion == "substantial"

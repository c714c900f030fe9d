"""Every list and detail page renders in a number of queries that does not grow with its rows."""

import pytest

from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    MemberFactory,
    MilestoneFactory,
    ProfileFactory,
)
from tests.query_counts import count_queries as _count

pytestmark = pytest.mark.django_db


def _grow(vocab, n):
    areas = list(vocab["areas"].values())
    themes = list(vocab["themes"].values())
    for i in range(n):
        plan = ActionPlanFactory(member=MemberFactory())
        commitment = CommitmentFactory(
            action_plan=plan, challenge_areas=areas[i % 3 : i % 3 + 2], themes=themes[:2]
        )
        MilestoneFactory(commitment=commitment)
        commitment.policy_areas.add("Open Contracting", "Audits")
        commitment.save()
        ProfileFactory(challenge_areas=areas[:2], visibility="public")


# Bounds are for a cold cache (each test starts with one): in French the first request also
# loads the label table (4 queries) and the navigation (1 query), which later requests reuse.
@pytest.mark.parametrize("language", ["", "/fr"])
@pytest.mark.parametrize(
    ("url", "limit"),
    [
        ("/", 21),
        ("/challenge-areas/", 12),
        # members' names in French: one more query when the label cache is cold
        ("/challenge-areas/anti-corruption/", 16),
        ("/challenge-areas/anti-corruption/?region=europe&status=unknown", 16),
        ("/members/", 12),
        ("/commitments/", 14),
        ("/commitments/?area=justice&theme=justice&starred=on", 14),
        ("/reformers/", 13),
    ],
)
def test_lists_do_not_grow_with_their_rows(
    client, vocab, django_assert_max_num_queries, url, limit, language
):
    _grow(vocab, 3)
    small = _count(client, language + url, django_assert_max_num_queries, limit)
    _grow(vocab, 12)
    large = _count(client, language + url, django_assert_max_num_queries, limit)
    assert large <= small + 1  # +1 at most: the label cache may be cold after new rows


def test_detail_pages_do_not_grow_with_related_rows(
    client, vocab, reformer, django_assert_max_num_queries
):
    areas = list(vocab["areas"].values())
    member = MemberFactory(slug="big-member")
    for plan_number in range(4):
        plan = ActionPlanFactory(member=member, number=plan_number)
        for _ in range(6):
            c = CommitmentFactory(action_plan=plan, challenge_areas=areas[:3])
            for _ in range(3):
                MilestoneFactory(commitment=c)
    commitment = member.action_plans.first().commitments.first()
    profile = ProfileFactory(user=reformer, challenge_areas=areas[:5])
    profile.expertise.add("audits", "procurement", "open data")

    _count(client, "/members/big-member/", django_assert_max_num_queries, 10)
    _count(client, f"/commitments/{commitment.public_id}/", django_assert_max_num_queries, 14)
    _count(client, f"/reformers/{profile.slug}/", django_assert_max_num_queries, 10)
    client.force_login(reformer)
    _count(client, "/profile/", django_assert_max_num_queries, 22)

"""The home page's lead challenge areas count their commitments from the commitment–area
table alone (community.selectors.lead_challenge_areas): the same figures as the challenge
areas list, which joins every commitment."""

import pytest

from community import selectors
from community.models import ChallengeArea
from tests.community.factories import ActionPlanFactory, ChallengeAreaFactory, CommitmentFactory

pytestmark = pytest.mark.django_db


def test_lead_areas_count_each_commitment_once_per_area(vocab):
    ChallengeArea.objects.update(is_lead=False)
    busy, quiet, empty = (ChallengeAreaFactory(is_lead=True) for _ in range(3))
    other = ChallengeAreaFactory(is_lead=False)
    plan = ActionPlanFactory()
    CommitmentFactory(action_plan=plan, challenge_areas=[busy, quiet])
    CommitmentFactory(action_plan=plan, challenge_areas=[busy])
    CommitmentFactory(challenge_areas=[busy, other])
    CommitmentFactory()

    counts = {area.slug: area.commitment_count for area in selectors.lead_challenge_areas()}

    assert counts == {busy.slug: 3, quiet.slug: 1, empty.slug: 0}
    listed = {
        area.slug: area.commitment_count
        for area in selectors.challenge_areas_with_counts()
        if area.is_lead
    }
    assert counts == listed

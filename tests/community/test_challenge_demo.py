"""The demo's Open Gov Challenge (community/demo/challenge.yaml): submissions in every state by
points of contact of their members, accepted ones on the hubs, and a second load changes
nothing."""

import pytest

from community.demo.loader import load_partnership
from community.models import ChallengeSubmission
from community.permissions import can_edit_member

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_submission_in_every_state_and_loads_twice_the_same(client, vocab):
    load_partnership()
    submissions = list(ChallengeSubmission.objects.select_related("member", "submitted_by"))
    assert {s.state for s in submissions} == set(ChallengeSubmission.State)
    for submission in submissions:
        assert can_edit_member(submission.submitted_by, submission.member)
        assert all(c.member == submission.member for c in submission.commitments.all())
    before = {s.pk: s.updated_at for s in submissions}
    load_partnership()
    assert {s.pk: s.updated_at for s in ChallengeSubmission.objects.all()} == before
    html = client.get("/challenge-areas/anti-corruption/").content.decode()
    assert "Every bidder&#x27;s owners checked before the award" in html
    assert "Ownership register linked to tenders" not in html  # changes requested

"""Award winners join the evidence index when the results are published (awards/evidence.py,
registered with the search layer): found by their nominee with the kind "Award winner",
the programme's results as their address, the commitment's classification; never before
publication, never a shortlisted nomination."""

import pytest

from awards import services
from awards.models import Nomination
from search import api
from tests.awards.factories import NominationFactory, eligible, programme_build
from tests.community.factories import CommitmentFactory

pytestmark = pytest.mark.django_db


def test_publishing_the_results_puts_the_winners_in_the_evidence_index(
    staff, vocab, django_capture_on_commit_callbacks
):
    programme = programme_build()
    commitment = CommitmentFactory(
        title="Participatory budgeting in every district",
        challenge_areas=[vocab["areas"]["anti-corruption"]],
    )
    winner = eligible(NominationFactory(programme=programme, commitment=commitment,
                                        title=commitment.title))  # fmt: skip
    finalist = eligible(NominationFactory(programme=programme, title="Lobbying hearings register"))
    with django_capture_on_commit_callbacks(execute=True):
        services.result_set(
            nomination=winner, by=staff, state="winner", citation="Citizens decide."
        )
        services.result_set(nomination=finalist, by=staff, state="shortlisted")
    api.rebuild()
    assert api.evidence("participatory budgeting", filters={"type": ["award"]}).total == 0
    with django_capture_on_commit_callbacks(execute=True):
        services.results_publish(programme=programme, by=staff)
    results = api.evidence("participatory budgeting", filters={"type": ["award"]})
    (hit,) = results.hits
    assert hit.title == commitment.title and hit.kind_label == "Award winner"
    assert hit.url == programme.url and hit.areas == ["anti-corruption"]
    assert api.evidence("lobbying hearings", filters={"type": ["award"]}).total == 0
    # a change after publication follows
    with django_capture_on_commit_callbacks(execute=True):
        services.result_set(nomination=finalist, by=staff, state="winner", citation="Heard.")
    assert api.evidence("lobbying hearings", filters={"type": ["award"]}).total == 1
    assert Nomination.objects.filter(state="winner").count() == 2

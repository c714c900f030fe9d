"""The public API other apps use (search/api.py), on the hand-made corpus. The read-only
cases share one test, so that the corpus is built once."""

from django.contrib.auth.models import AnonymousUser

import pytest

from search import api

pytestmark = pytest.mark.django_db


def test_the_public_api_answers_on_the_corpus(corpus, people, reformer):
    found = api.evidence("beneficial ownership")
    assert found.hits[0].key == "commitment:KE0001"
    assert found.facets == {}  # only when asked for
    stories = api.evidence(filters={"type": ["story"]}, facets=True)
    assert {hit.kind for hit in stories.hits} == {"story"} and stories.total == 3
    assert {value.label for value in stories.facets["type"]} >= {"Story"}
    assert [hit.year for hit in stories.hits] == sorted(
        (hit.year for hit in stories.hits), reverse=True
    )  # without words: newest first

    kenya = corpus.commitments["KE0001"]
    evidence = api.evidence_for(commitment=kenya, limit=4)
    assert evidence and all(hit.member != "Kenya" for hit in evidence if hit.kind == "commitment")

    mine = [s.profile.display_name for s in api.peers_for(user=reformer)]
    assert mine[0] == "Carla Spain" and "Dan Private" not in mine
    anonymous = api.peers_for(commitment=kenya, viewer=AnonymousUser())
    assert anonymous and all(s.profile.visibility == "public" for s in anonymous)

    story = corpus.stories["owners"]
    related = api.related(kind="story", pk=story.pk)
    assert related and all(hit.key != f"story:{story.pk}" for hit in related)


def test_the_public_api_refuses_what_it_does_not_know(db):
    with pytest.raises(ValueError, match="unknown search filters: colour"):
        api.evidence("budget", filters={"colour": ["red"]})
    with pytest.raises(ValueError, match="sort must be one of"):
        api.evidence("budget", sort="random")
    with pytest.raises(TypeError):
        api.peers_for()

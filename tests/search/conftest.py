import copy

import pytest

from tests import shared_data
from tests.search.factories import corpus_build, peers_build


@pytest.fixture(scope="module")
def corpus_module(request, django_db_blocker):
    """The hand-made corpus (see factories.py), built once per test module (shared_data.py)."""
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(corpus_build(shared_data.vocabulary()))


@pytest.fixture
def corpus(corpus_module, db):
    """The corpus, projected into evidence records; a copy of its objects for each test."""
    return copy.deepcopy(corpus_module)


@pytest.fixture
def people(corpus, reformer):
    """Reformer profiles around `reformer` (the viewer), one for each peer rule."""
    return peers_build(corpus, reformer)

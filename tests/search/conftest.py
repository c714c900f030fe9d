import pytest

from tests.search.factories import corpus_build, peers_build


@pytest.fixture(autouse=True)
def _nothing_pending():
    """Each test starts with no open indexing batch, as a fresh worker does (the batches are
    per thread, and earlier tests' transactions were rolled back, not committed)."""
    from core import outbox

    outbox._batches.__dict__.clear()


@pytest.fixture
def corpus(vocab):
    """The hand-made corpus (see factories.py), projected into evidence records."""
    return corpus_build(vocab)


@pytest.fixture
def people(corpus, reformer):
    """Reformer profiles around `reformer` (the viewer), one for each peer rule."""
    return peers_build(corpus, reformer)

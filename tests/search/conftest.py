import pytest

from tests.search.factories import corpus_build, peers_build


@pytest.fixture(autouse=True)
def _nothing_pending():
    """Each test starts with no owners waiting to be indexed, as a fresh worker does (the
    queue is per thread, and earlier tests' transactions were rolled back, not committed)."""
    from search import signals

    signals._pending.owners, signals._pending.profiles = set(), set()


@pytest.fixture
def corpus(vocab):
    """The hand-made corpus (see factories.py), projected into evidence records."""
    return corpus_build(vocab)


@pytest.fixture
def people(corpus, reformer):
    """Reformer profiles around `reformer` (the viewer), one for each peer rule."""
    return peers_build(corpus, reformer)

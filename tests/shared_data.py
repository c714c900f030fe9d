"""How tests get expensive data cheaply (docs/performance.md, "Tests" says when to use which).

1. Reference data: the vocabulary of regions, themes and challenge areas, which every
   environment has. It is created once per test database, right after the migrations, by the
   one path that creates it in production too (`community.services.vocabulary_ensure`), and
   is part of the state every test starts from. The `vocab` fixture hands out a copy.

2. Module datasets: a corpus many tests read is built once per test module, inside a
   transaction that is rolled back after the module's last test that uses it. Each test runs
   in a savepoint inside that transaction (pytest-django's `db`), so a test may still write:
   its writes go with its savepoint. Write the fixture like this::

       @pytest.fixture(scope="module")
       def corpus_module(request, django_db_blocker):
           with shared_data.module_dataset(request, django_db_blocker) as dataset:
               yield dataset.built(corpus_build(shared_data.vocabulary()))


       @pytest.fixture
       def corpus(corpus_module, db):
           return copy.deepcopy(corpus_module)  # a test may change its objects in memory

   The tests of a module that use a dataset run one after the other, after those that use
   none (`group_module_datasets`); the dataset is built when the first of them starts and
   rolled back before the next test that does not use it (`before_test`), so no other test
   sees its rows. A module may have several datasets, one after the other.

3. Everything else: small function-scoped fixtures and factories, one per test.
"""

import contextlib
import copy

from django.db import transaction

_reference: dict = {}


# --- reference data --------------------------------------------------------------------------


def reference_data_ensure(connection=None) -> None:
    """Create the reference data; runs once per test database, after the migrations."""
    from community.services import vocabulary_ensure

    _reference["vocab"] = vocabulary_ensure()


def vocabulary() -> dict:
    """The vocabulary (as `vocabulary_ensure` returns it), without creating it again.

    A transactional test empties the database when it ends (rows come back only for the next
    serialized_rollback test), so the rows are checked first, in one query, and created again
    if they went."""
    from community.models import ChallengeArea

    vocab = _reference.get("vocab")
    if vocab is None or not ChallengeArea.objects.filter(pk=_any(vocab["areas"]).pk).exists():
        reference_data_ensure()
        vocab = _reference["vocab"]
    return copy.deepcopy(vocab)


def _any(terms: dict):
    return next(iter(terms.values()))


def reference_data_remove() -> None:
    """For the few tests of how reference data gets created: remove it, in the test's own
    transaction (rolled back with it)."""
    from community.models import ChallengeArea, Region, Theme

    for model in (ChallengeArea, Theme, Region):
        model.objects.all().delete()


# --- module datasets -------------------------------------------------------------------------


class _Dataset:
    """The open transaction of one module dataset, and what its build left in the cache."""

    def __init__(self, name: str, django_db_blocker):
        self.name = name
        self.cache = None
        if not _active:  # a build starts from an empty cache, as a test does
            _forget_process_state()
        self._unblock = django_db_blocker.unblock()
        self._unblock.__enter__()
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self.open = True

    def built(self, value=None):
        """Call with what the build made, when done: each test starts with the cache as the
        build left it (as when every test built its own). Returns `value`."""
        self.cache = _cache_contents()
        return value

    def close(self) -> None:
        if not self.open:
            return
        self.open = False
        transaction.set_rollback(True)  # and the on_commit callbacks queued go with it
        self._atomic.__exit__(None, None, None)
        self._unblock.__exit__(None, None, None)
        _forget_process_state()


_active: list[_Dataset] = []  # module datasets alive in the database now
_closed: set[str] = set()  # those of the current module already rolled back


@contextlib.contextmanager
def module_dataset(request, django_db_blocker):
    """Rows created inside live until the module's tests that use them are done, then are
    rolled back. `request` is the module-scoped fixture's own."""
    dataset = _Dataset(request.fixturename, django_db_blocker)
    _active.append(dataset)
    try:
        yield dataset
    finally:
        dataset.close()
        _active.remove(dataset)
        _closed.discard(dataset.name)


def _forget_process_state() -> None:
    """What a build leaves in this process besides rows: the cache (index version, labels),
    the search queue of the rolled-back transaction, the per-process memos keyed on them."""
    from django.core.cache import cache

    from community import labels
    from core import outbox

    cache.clear()
    labels.invalidate()
    outbox.forget_open_batches()


def _cache_contents():
    """A copy of the test cache (LocMemCache, see opengov/settings/test.py); None with any
    other backend, whose tests then start with an empty cache."""
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    cache = caches["default"]
    if not isinstance(cache, LocMemCache):
        return None
    with cache._lock:
        return dict(cache._cache), dict(cache._expire_info)


def cache_restore(request) -> None:
    """Put back what the build of the innermost module dataset this test uses left in the
    cache (tests/conftest.py's _empty_cache calls this after emptying it)."""
    from django.core.cache import caches

    used = [d for d in _active if d.open and d.name in request.fixturenames]
    if not used or used[-1].cache is None:
        return
    contents, expiry = used[-1].cache
    cache = caches["default"]
    with cache._lock:
        cache._cache.update(contents)
        cache._expire_info.update(expiry)


def before_test(item) -> None:
    """Before a test's fixtures are set up: roll back the module datasets it does not use
    (their tests are done: see `group_module_datasets`), so it never sees their rows."""
    for dataset in reversed(_active):
        if dataset.open and dataset.name not in item.fixturenames:
            dataset.close()
            _closed.add(dataset.name)


def check_isolation(request) -> None:
    """Fail a test that asks for a module dataset already rolled back in this module (tests
    reordered by something after `group_module_datasets`)."""
    stale = _closed & set(request.fixturenames)
    if stale:
        raise RuntimeError(
            f"{request.node.nodeid} asks for the module dataset {', '.join(sorted(stale))}, "
            "already rolled back: its tests must run one after the other (see "
            "tests/shared_data.py)"
        )


# --- transactional tests ---------------------------------------------------------------------


def is_transactional(item) -> bool:
    """As pytest-django decides: such a test commits, and the database is emptied after it."""
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    names = set(getattr(item, "fixturenames", ()))
    return bool(names & {"transactional_db", "live_server", "django_db_reset_sequences"})


def _uses_serialized_rollback(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("serialized_rollback")) or (
        "django_db_serialized_rollback" in getattr(item, "fixturenames", ())
    )


def after_test(item, nextitem, django_db_blocker) -> None:
    """After a transactional test, which empties the database as it ends: put back the state
    every test starts from (migrations' data and reference data), as serialized_rollback does
    before a test. Then tests run correctly in any order, whichever xdist worker and file
    order they get (pytest-django alone runs transactional tests last to the same end)."""
    if not is_transactional(item) or nextitem is None:
        return
    # a next test with serialized_rollback loads the saved state itself, into empty tables
    load = not (is_transactional(nextitem) and _uses_serialized_rollback(nextitem))
    from django.core.management import call_command
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                # The test's own flush may have run post_migrate, whose handlers (the
                # Editors and Moderators groups, ...) put rows back that the saved state
                # holds too: empty the tables again without it, then load the saved state.
                call_command(
                    "flush",
                    database=connection.alias,
                    interactive=False,
                    verbosity=0,
                    reset_sequences=False,  # the saved rows keep their ids
                    allow_cascade=True,
                    inhibit_post_migrate=True,
                )
                if load:
                    connection.creation.deserialize_db_from_string(contents)
    _forget_process_state()


def serialize_for_transactional_tests(items, django_db_blocker) -> None:
    """Keep the starting state of the database for `after_test`, if a transactional test is
    among `items` (pytest-django keeps it only when a test asks for serialized_rollback)."""
    from django.db import connections

    if not any(is_transactional(item) for item in items):
        return
    with django_db_blocker.unblock():
        connection = connections["default"]
        if not getattr(connection, "_test_serialized_contents", None):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


def _datasets_of(item) -> tuple[str, ...]:
    """The module datasets a test uses: module- or class-scoped fixtures of this suite (not
    of a plugin) that hold the database open (they ask for django_db_blocker)."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return ()
    found = []
    for name in item.fixturenames:
        definitions = info.name2fixturedefs.get(name) or ()
        for definition in definitions[-1:]:
            if (
                definition.scope in ("module", "class", "package")
                and definition.baseid  # "" for a plugin's fixtures (pytest-django's own)
                and "django_db_blocker" in definition.argnames
            ):
                found.append(name)
    return tuple(found)


def group_module_datasets(items: list) -> None:
    """Within each run of consecutive tests from one module, the tests without a module
    dataset first, then those with one, grouped by dataset (a stable sort: otherwise in the
    order pytest-django left them, which puts plain database tests before transactional ones).
    A dataset is then built when its first test starts and rolled back after its last one."""
    start = 0
    while start < len(items):
        module = items[start].module if hasattr(items[start], "module") else None
        end = start
        while end < len(items) and getattr(items[end], "module", None) is module:
            end += 1
        run = items[start:end]
        datasets = {id(item): _datasets_of(item) for item in run}
        first_seen: dict[str, int] = {}
        for item in run:
            for name in datasets[id(item)]:
                first_seen.setdefault(name, len(first_seen))
        # a dataset built on another one sorts right after it: (corpus,) then (corpus, roles)
        run.sort(key=lambda item: sorted(first_seen[name] for name in datasets[id(item)]))
        items[start:end] = run
        start = end

"""Fixtures for the whole suite. How tests get their data (reference data per session, module
datasets, small fixtures): tests/shared_data.py; the reused migrated database:
tests/database_template.py; the pattern new apps follow: docs/performance.md, "Tests"."""

import fnmatch
import shutil
from pathlib import Path

from django.conf import settings

import pytest

from tests import database_template, shared_data
from tests.community.factories import UserFactory

# --- the test database: migrated once (template), reference data once per session -----------

_migrate_patch = []
_db_blocker = []


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings, django_db_use_migrations, django_db_keepdb
):
    """Runs just before pytest-django creates the test databases: from here until they exist,
    the `migrate` Django runs for them loads the kept template (or migrates and keeps one),
    then creates the reference data."""
    patch = database_template.migrate_from_template(
        shared_data.reference_data_ensure,
        use_template=database_template.enabled()
        and django_db_use_migrations
        and not django_db_keepdb,
    )
    patch.__enter__()
    _migrate_patch.append(patch)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """pytest-django's, with the patch above lifted once the databases exist."""
    while _migrate_patch:
        _migrate_patch.pop().__exit__(None, None, None)
    shared_data.serialize_for_transactional_tests(request.session.items, django_db_blocker)
    _db_blocker.append(django_db_blocker)


def pytest_configure(config):
    """Under xdist a mistyped path would give "no tests ran" (exit 5, which `make test`
    accepts) instead of pytest's usage error: check the paths here, as pytest does alone."""
    if hasattr(config.option, "loadscopereorder"):
        # xdist would hand out files by their number of tests, which puts the slowest few
        # (browser journeys, one or two tests each) last: use the order given below instead
        config.option.loadscopereorder = False
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput"):
        for arg in config.args:
            path = Path(config.invocation_params.dir, arg.split("::")[0])
            if not arg.startswith("-") and not path.exists():
                raise pytest.UsageError(f"file or directory not found: {arg}")


# --- what CI runs on PostgreSQL too (README, "Tests") ----------------------------------------

# The database-sensitive tests: files of these names in any app, everything in these folders,
# and any test marked `postgres` by hand. They get the `postgres` marker; .ci/run runs
# `pytest -m postgres` against PostgreSQL after the whole suite on SQLite.
POSTGRES_FILES = (
    "test_models.py",
    "test_services.py",
    "test_selectors.py",
    "test_imports.py",
    "test_tasks.py",
    "test_query_counts.py",
    "test_bad_input.py",  # hostile values: NUL bytes and huge numbers fail only on PostgreSQL
    "test_*concurrency*.py",  # PostgreSQL-only: skipped on SQLite, so run here or nowhere
    "test_migrations.py",
    "test_load_demo.py",
)
POSTGRES_FOLDERS = ("search", "integration")


def _database_sensitive(item) -> bool:
    path = Path(str(item.path))
    if not path.is_relative_to(Path(__file__).parent):
        return False
    path = path.relative_to(Path(__file__).parent)
    return path.parts[0] in POSTGRES_FOLDERS or any(
        fnmatch.fnmatch(path.name, pattern) for pattern in POSTGRES_FILES
    )


def pytest_itemcollected(item):
    if _database_sensitive(item):
        item.add_marker(pytest.mark.postgres)


@pytest.hookimpl(trylast=True)  # after pytest-django's own ordering
def pytest_collection_modifyitems(items):
    shared_data.group_module_datasets(items)
    _slowest_files_first(items)


def _cost(item) -> float:
    """A rough cost of a test, to order the files: a browser test drives Chromium against a
    live server, a transactional test empties the database and loads it back afterwards."""
    if item.get_closest_marker("browser"):
        return 30.0
    if shared_data.is_transactional(item):
        return 5.0
    if item.get_closest_marker("django_db") or "django_db_setup" in item.fixturenames:
        return 1.0
    return 0.2


def _slowest_files_first(items: list) -> None:
    """Whole files in order of cost, the costliest first (each file's tests in their order):
    under xdist --dist loadfile, workers take files in this order, so the last files handed
    out are short and the workers finish together. Files without database tests come first:
    on a clean clone, while the first worker to need the database migrates it, the others
    run those instead of waiting for it (tests/database_template.py)."""
    files: dict[str, list] = {}
    for item in items:
        files.setdefault(str(item.path), []).append(item)

    def key(path):
        tests = files[path]
        needs_database = any(_cost(test) >= 1 for test in tests)
        return (needs_database, -sum(_cost(test) for test in tests))

    items[:] = [item for path in sorted(files, key=key) for item in files[path]]


@pytest.hookimpl(tryfirst=True)  # before the test's fixtures are set up
def pytest_runtest_setup(item):
    shared_data.before_test(item)


@pytest.hookimpl(hookwrapper=True)  # after the test's fixtures are torn down
def pytest_runtest_teardown(item, nextitem):
    yield
    if _db_blocker and shared_data.is_transactional(item):
        shared_data.after_test(item, nextitem, _db_blocker[0])


@pytest.fixture(autouse=True)
def _shared_data_isolation(request):
    shared_data.check_isolation(request)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files (public media, and profile photos in their own storage) go to
    per-test folders that are removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    photos = {**settings.STORAGES["profile_photos"]}
    photos["OPTIONS"] = {**photos.get("OPTIONS", {}), "location": tmp_path / "profile-photos"}
    settings.STORAGES = {**settings.STORAGES, "profile_photos": photos}
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)
    shutil.rmtree(tmp_path / "profile-photos", ignore_errors=True)


@pytest.fixture(autouse=True)
def _empty_cache(request):
    """Each test starts with an empty cache (labels, navigation), as after a deploy; a test of
    a module dataset, with the cache as the dataset's build left it (as when each test built
    its own); and search engines without the snapshot of an earlier test's index."""
    from django.core.cache import cache

    from community import labels
    from search import engines

    cache.clear()
    labels.invalidate()  # and the per-process memo in front of it
    engines.reset()
    shared_data.cache_restore(request)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request to /fr/ leaves French active in
    the thread that made it, which would otherwise carry over to the next test."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _nothing_pending():
    """Each test starts with no open indexing batch, as a fresh worker thread does (the
    batches are per thread, and earlier tests' transactions were rolled back, not committed)."""
    from core import outbox

    outbox.forget_open_batches()


@pytest.fixture
def reformer(db):
    return UserFactory(email="reformer@example.org")


@pytest.fixture
def other_reformer(db):
    return UserFactory(email="other@example.org")


@pytest.fixture
def editor(db):
    from community.permissions import editors_group_ensure

    user = UserFactory(email="editor@example.org")
    user.groups.add(editors_group_ensure())
    return user


@pytest.fixture
def staff(db):
    return UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)


@pytest.fixture
def vocab(db):
    """The vocabulary: reference data, in the database from the start (see shared_data.py)."""
    return shared_data.vocabulary()


@pytest.fixture
def without_reference_data(db):
    """For tests of how the reference data gets created: none of it, for this test only."""
    shared_data.reference_data_remove()


def pytest_report_header(config):
    return f"database: {settings.DATABASES['default']['ENGINE']}"

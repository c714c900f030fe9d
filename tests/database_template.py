"""A migrated test database, kept and reused while the migrations stay the same.

Running the 200-odd migrations takes 30-40 s per test session and per xdist worker. The first
session migrates as usual and keeps the result; the next ones (and the other workers of the
same session, which wait for the first) load it instead:

- SQLite: a copy of the migrated in-memory database in var/test-templates/<key>.sqlite3,
  loaded with SQLite's backup API (about 0.1 s);
- PostgreSQL: a database `opengov_template_<key>` in the same cluster, from which each
  worker's test database is created with `CREATE DATABASE ... TEMPLATE` (about 1 s).

The key is a hash of every migration file of every installed app (ours and third parties'),
the database engine and the Django version: any new or edited migration means a new template.
Nothing else is kept between sessions: the reference data (see shared_data.py) is created
afresh after the template is loaded.

Set OPENGOV_TEST_DB_TEMPLATE=0 to migrate every time (pytest's --reuse-db and --no-migrations
bypass the template as well)."""

import contextlib
import fcntl
import hashlib
import os
import sqlite3
import sys
from pathlib import Path
from unittest import mock

import django
from django.conf import settings
from django.db import connections

TEMPLATE_DIR = Path(settings.VAR_DIR) / "test-templates"
KEEP_SQLITE_TEMPLATES = 3


def enabled() -> bool:
    return os.environ.get("OPENGOV_TEST_DB_TEMPLATE", "1").lower() not in ("0", "false", "no")


def migrations_key(connection) -> str:
    """A hash of what the migrated schema and its data migrations depend on."""
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256()
    digest.update(f"{connection.vendor}|{django.__version__}|".encode())
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for key in sorted(loader.disk_migrations):
        path = getattr(sys.modules[loader.disk_migrations[key].__module__], "__file__", None)
        digest.update("|".join(key).encode())
        if path:
            digest.update(Path(path).read_bytes())
    # apps without migrations get their tables from run_syncdb: their models count too
    digest.update("|".join(sorted(settings.INSTALLED_APPS)).encode())
    return digest.hexdigest()[:16]


@contextlib.contextmanager
def _lock(name: str):
    """One process builds a template while the others (xdist workers) wait for it."""
    TEMPLATE_DIR.mkdir(parents=True, exist_ok=True)
    with open(TEMPLATE_DIR / f"{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- SQLite ----------------------------------------------------------------------------------


def _sqlite_migrate(connection, migrate) -> None:
    key = migrations_key(connection)
    template = TEMPLATE_DIR / f"sqlite-{key}.sqlite3"
    with _lock(f"sqlite-{key}"):
        connection.ensure_connection()
        if template.exists():
            source = sqlite3.connect(template)
            try:
                source.backup(connection.connection)
            finally:
                source.close()
            return
        migrate()
        partial = template.with_suffix(f".{os.getpid()}.part")
        target = sqlite3.connect(partial)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        os.replace(partial, template)
    old = sorted(TEMPLATE_DIR.glob("sqlite-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for path in old[:-KEEP_SQLITE_TEMPLATES]:
        path.unlink(missing_ok=True)


# --- PostgreSQL ------------------------------------------------------------------------------


def _postgres_migrate(connection, migrate) -> None:
    key = migrations_key(connection)
    template = f"opengov_template_{key}"
    name = connection.settings_dict["NAME"]
    quote = connection.ops.quote_name
    with _lock(f"postgresql-{key}"):
        with connection._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
            exists = cursor.fetchone() is not None
        if not exists:
            migrate()
            connection.close()  # CREATE DATABASE ... TEMPLATE needs the source unused
            with connection._nodb_cursor() as cursor:
                cursor.execute(f"CREATE DATABASE {quote(template)} TEMPLATE {quote(name)}")
            return
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)}")
            cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(template)}")


@contextlib.contextmanager
def migrate_from_template(after_migrate=None, *, use_template=True):
    """While active, the `migrate` Django runs when it creates a test database loads the kept
    template instead (or migrates and keeps one). `after_migrate()` runs after either, before
    Django serialises the database for serialized_rollback, so what it creates is restored
    along with the rest."""
    from django.core import management

    original = management.call_command

    def call_command(command_name, *args, **options):
        if command_name != "migrate":
            return original(command_name, *args, **options)
        connection = connections[options.get("database", "default")]

        def migrate():
            original(command_name, *args, **options)

        if not use_template:
            migrate()
        elif connection.vendor == "sqlite" and connection.is_in_memory_db():
            _sqlite_migrate(connection, migrate)
        elif connection.vendor == "postgresql":
            _postgres_migrate(connection, migrate)
        else:
            migrate()
        if after_migrate is not None:
            after_migrate(connection)

    with mock.patch.object(management, "call_command", call_command):
        yield

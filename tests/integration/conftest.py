"""Live services on loopback for the integration tests: a Redis server started (and stopped)
here, a real Celery worker process, and a test database that both processes open.

The worker is another process, so it cannot see the in-memory SQLite database the suite
normally runs on: `shared_database` copies that database (migrated, with its reference
data) to a file and points this process at the file for the module's tests; on PostgreSQL
the test database is already one both can open. Tests that use it commit for real
(`django_db(transaction=True)`)."""

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

from django.db import connections

import pytest

ROOT = Path(__file__).resolve().parents[2]
REDIS_SERVER = shutil.which("redis-server")


def wait_for(predicate, *, timeout: float, what: str, interval: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout:g} s waiting for {what}")
        time.sleep(interval)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A redis-server on a loopback port of its own: nothing else listens there while it is
    stopped, so a client gets "connection refused", as from a broker that is down."""

    def __init__(self, directory: Path):
        self.port = free_port()
        self.directory = directory
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        log = open(self.directory / "redis.log", "wb")
        self.process = subprocess.Popen(  # noqa: S603 (a fixed command)
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(self.directory)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_for(self.answers, timeout=10, what="redis-server to answer PING")

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as client:
                client.sendall(b"PING\r\n")
                return client.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def redis_server(tmp_path):
    """A Redis server, not started yet."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
    server = RedisServer(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def use_broker():
    """Point this process's Celery app at a broker URL (real sends, no eager tasks), as a
    production web process is; restored after the test."""
    from celery import current_app as app

    from core import outbox

    names = ("broker_url", "broker_write_url", "task_always_eager")
    saved = {name: app.conf[name] for name in names}

    def reconnect():
        app._pool = None  # what Celery does after a fork: pools follow the new settings
        app.amqp._producer_pool = None

    def use(url: str) -> None:
        app.conf.update(broker_url=url, broker_write_url=url, task_always_eager=False)
        reconnect()

    yield use
    app.conf.update(saved)
    reconnect()
    outbox._paused_until = 0.0


@pytest.fixture
def broker(redis_server, use_broker):
    """This process sends its tasks to `redis_server` (not started: the broker is down)."""
    use_broker(redis_server.url)
    return redis_server


@pytest.fixture
def silent_server():
    """A loopback port that accepts connections and never answers (a hung broker, or one
    behind a broken network path). It drops each connection after HOLD seconds, so that a
    client without timeouts fails the test slowly instead of hanging the suite."""
    hold = 20.0
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    accepted = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                accepted.append((listener.accept()[0], time.monotonic() + hold))
            except TimeoutError:
                pass
            for conn, until in list(accepted):
                if time.monotonic() > until:
                    conn.close()
                    accepted.remove((conn, until))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for conn, _ in accepted:
        conn.close()
    listener.close()


def _postgres_url(database: dict) -> str:
    credentials = quote(database["USER"] or "", safe="")
    if database["PASSWORD"]:
        credentials += ":" + quote(database["PASSWORD"], safe="")
    host = database["HOST"] or "localhost"
    port = database["PORT"] or 5432
    return f"postgres://{credentials}@{host}:{port}/{database['NAME']}"


@pytest.fixture(scope="module")
def shared_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """The test database as a DATABASE_URL that another process can open."""
    connection = connections["default"]
    database = connection.settings_dict
    if connection.vendor == "postgresql":
        yield _postgres_url(database)
        return
    if connection.vendor != "sqlite":
        pytest.skip(f"no shared test database for {connection.vendor}")
    if not connection.is_in_memory_db():
        yield f"sqlite:///{database['NAME']}"
        return
    path = tmp_path_factory.mktemp("database") / "test.sqlite3"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        memory = connection.connection
        copy = sqlite3.connect(path)
        memory.backup(copy)
        copy.close()
        # Detach without closing: closing an in-memory database destroys it. Threads open
        # their own connections from the same settings, so they open the file too.
        name, connection.connection = database["NAME"], None
        database["NAME"] = str(path)
    try:
        yield f"sqlite:///{path}"
    finally:
        with django_db_blocker.unblock():
            connection.close()
            database["NAME"] = name
            connection.connection = memory


@pytest.fixture
def celery_worker(shared_database, tmp_path):
    """Start `celery -A opengov worker --beat` on a broker, against the shared test database;
    stopped (warm shutdown) after the test. Its log: `worker_log()`."""
    started = []

    def start(broker_url: str, *, drain_interval: float = 1.0):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "opengov.settings.test",
            "DATABASE_URL": shared_database,
            "CELERY_BROKER_URL": broker_url,
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "OUTBOX_DRAIN_INTERVAL": str(drain_interval),
            "SEARCH_ENGINE": "database",
            "LOG_LEVEL": "INFO",
        }
        log = open(tmp_path / "worker.log", "wb")
        process = subprocess.Popen(  # noqa: S603 (a fixed command)
            [sys.executable, "-m", "celery", "-A", "opengov", "worker", "--beat"]
            + ["--schedule", str(tmp_path / "beat-schedule"), "--include", "tests.core.effects"]
            + ["--concurrency", "2", "--loglevel", "INFO", "--without-gossip"]
            + ["--without-mingle", "--without-heartbeat"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append((process, log))
        return process

    yield start
    for process, log in started:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def worker_log(tmp_path):
    def read(lines: int = 60) -> str:
        path = tmp_path / "worker.log"
        text = path.read_text(errors="replace") if path.exists() else "(no worker log)"
        return "\n".join(text.splitlines()[-lines:])

    return read

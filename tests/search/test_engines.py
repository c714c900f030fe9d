"""Choosing engines from settings.SEARCH_ENGINES, the engine interface as an abstract base
class, and the circuit breaker of the fallback engine (shared through Django's cache)."""

import os
import subprocess
import sys

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

import pytest

from search.engines import engine, get_engine
from search.engines.base import (
    EngineDown,
    EngineUnavailable,
    IndexReport,
    PeerQuery,
    SearchEngine,
    SearchRequest,
    SearchResults,
)
from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import ElasticsearchEngine
from search.engines.fallback import Circuit, CircuitBreaker, FallbackEngine

CLOSED_PORT = "http://127.0.0.1:9"


# --- the settings dictionary ---------------------------------------------------------------


def test_the_default_is_the_database_engine_without_fallback():
    assert isinstance(engine(), DatabaseEngine)
    assert engine() is get_engine("default")


def _elasticsearch_settings(**options) -> dict:
    config = settings.SEARCH_ENGINES["elasticsearch"]
    configured = {**config, "OPTIONS": {**config["OPTIONS"], "url": CLOSED_PORT, **options}}
    return {**settings.SEARCH_ENGINES, "default": configured, "elasticsearch": configured}


def test_engines_are_built_from_the_settings_dictionary(settings):
    settings.SEARCH_ENGINES = _elasticsearch_settings(index="an-alias", write_timeout=2.5)
    reader = engine()  # the settings change reset the engines
    assert isinstance(reader, FallbackEngine)
    assert isinstance(reader.primary, ElasticsearchEngine)
    assert (reader.primary.url, reader.primary.index) == (CLOSED_PORT, "an-alias")
    assert reader.primary.write_timeout == 2.5
    assert reader.fallback is get_engine("database")
    assert engine() is reader  # built once per process


def test_a_bad_engine_setting_is_refused_clearly(settings):
    settings.SEARCH_ENGINES = {"default": {"ENGINE": "search.models.EvidenceRecord"}}
    with pytest.raises(ImproperlyConfigured, match="not a SearchEngine"):
        engine()
    settings.SEARCH_ENGINES = {"default": {"ENGINE": "search.engines.nowhere.Engine"}}
    with pytest.raises(ImproperlyConfigured, match="bad ENGINE"):
        engine()
    with pytest.raises(ImproperlyConfigured, match="no 'elsewhere' engine"):
        engine("elsewhere")


def _settings_from_environment(**environ) -> str:
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SEARCH_ENGINES['default']['ENGINE'], "
        "settings.SEARCH_ENGINES['default'].get('OPTIONS', {}).get('read_timeout'))"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "opengov.settings.test", **environ},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout.strip() or result.stderr


def test_the_environment_variables_still_choose_the_engine():
    assert _settings_from_environment(SEARCH_ENGINE="database") == (
        "search.engines.database.DatabaseEngine None"
    )
    chosen = _settings_from_environment(
        SEARCH_ENGINE="elasticsearch",
        ELASTICSEARCH_URL=CLOSED_PORT,
        ELASTICSEARCH_READ_TIMEOUT="0.5",
    )
    assert chosen == "search.engines.elasticsearch.ElasticsearchEngine 0.5"
    assert "SEARCH_ENGINE must be one of" in _settings_from_environment(SEARCH_ENGINE="solr")


# --- the interface -------------------------------------------------------------------------


def test_an_engine_must_implement_index_maintenance():
    class ReadsOnly(SearchEngine):
        def search(self, request):
            return SearchResults(hits=[], total=0, page=1, per_page=10)

        def more_like(self, key, **options):
            return []

        def autocomplete(self, prefix, *, limit=8, language="en"):
            return []

        def peers(self, query):
            return []

    with pytest.raises(TypeError, match="index_records"):
        ReadsOnly()


# --- the circuit breaker -------------------------------------------------------------------


class Cluster(SearchEngine):
    """An engine that counts the calls that reach it and fails as told."""

    name = "cluster"

    def __init__(self, error: Exception | None = None):
        self.error = error
        self.calls = 0

    def _call(self, answer):
        self.calls += 1
        if self.error is not None:
            raise self.error
        return answer

    def search(self, request):
        return self._call(SearchResults(hits=[], total=7, page=1, per_page=10, engine="cluster"))

    def more_like(self, key, **options):
        return self._call([])

    def autocomplete(self, prefix, *, limit=8, language="en"):
        return self._call([])

    def peers(self, query):
        return self._call([])

    def index_records(self, records):
        self._call(None)

    def delete_keys(self, keys):
        self._call(None)

    def index_peers(self, profile_ids):
        self._call(None)

    def rebuild(self, records, *, progress=False):
        return self._call(0)

    def reconcile(self, expected, *, repair):
        return self._call(IndexReport())


@pytest.fixture
def fallback_engine(db):
    return get_engine("database")


def _reader(cluster, fallback_engine, name="cluster-1") -> FallbackEngine:
    """What each web process builds: its own engine objects, the cache in common."""
    return FallbackEngine(primary=cluster, fallback=fallback_engine, breaker=CircuitBreaker(name))


def test_once_the_cluster_is_found_down_no_process_tries_it_until_the_probe(fallback_engine):
    cluster = Cluster(EngineDown("timed out"))
    first = _reader(cluster, fallback_engine).search(SearchRequest(query="budget"))
    assert (cluster.calls, first.engine) == (1, "database") and first.notice
    # another process: its own engine and breaker objects, the same cache
    other = _reader(cluster, fallback_engine)
    second = other.search(SearchRequest(query="budget"))
    assert (cluster.calls, second.engine) == (1, "database") and second.notice
    other.peers(PeerQuery(areas=["justice"]))
    other.more_like("commitment:KE0001")
    other.autocomplete("bud")
    assert cluster.calls == 1
    with pytest.raises(EngineDown, match="breaker open"):
        other.index_records([])
    assert cluster.calls == 1


def test_after_the_open_period_one_caller_probes_and_success_closes(fallback_engine):
    breaker = CircuitBreaker("cluster-2")
    breaker.failed()
    assert breaker.state() is Circuit.OPEN
    cache.delete(breaker._open)  # the open period is over (it is the key's expiry)
    assert breaker.state() is Circuit.PROBE
    assert CircuitBreaker("cluster-2").state() is Circuit.OPEN  # one probe at a time
    cluster = Cluster()
    reader = FallbackEngine(primary=cluster, fallback=fallback_engine, breaker=breaker)
    cache.delete(breaker._probe)  # the probe's claim is the reader's own now
    assert reader.search(SearchRequest(query="budget")).engine == "cluster"
    assert CircuitBreaker("cluster-2").state() is Circuit.CLOSED


def test_a_failed_probe_opens_the_breaker_again(fallback_engine):
    breaker = CircuitBreaker("cluster-3")
    breaker.failed()
    cache.delete(breaker._open)
    cluster = Cluster(EngineDown("refused"))
    _reader(cluster, fallback_engine, "cluster-3").search(SearchRequest(query="budget"))
    assert cluster.calls == 1
    assert CircuitBreaker("cluster-3").state() is Circuit.OPEN


def test_an_answer_that_is_an_error_does_not_open_the_breaker(fallback_engine):
    cluster = Cluster(EngineUnavailable("index missing"))  # the cluster is up
    reader = _reader(cluster, fallback_engine, "cluster-4")
    assert reader.search(SearchRequest(query="budget")).engine == "database"
    assert reader.search(SearchRequest(query="budget")).engine == "database"
    assert cluster.calls == 2


def test_a_write_that_finds_the_cluster_down_opens_the_breaker_for_readers(fallback_engine):
    cluster = Cluster(EngineDown("timed out"))
    with pytest.raises(EngineDown):
        _reader(cluster, fallback_engine, "cluster-5").index_peers([1])
    _reader(cluster, fallback_engine, "cluster-5").search(SearchRequest(query="budget"))
    assert cluster.calls == 1


def test_breakers_of_different_clusters_are_independent():
    CircuitBreaker("http://a:9200").failed()
    assert CircuitBreaker("http://a:9200").state() is Circuit.OPEN
    assert CircuitBreaker("http://b:9200").state() is Circuit.CLOSED

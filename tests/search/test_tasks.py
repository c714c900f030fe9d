"""The indexing tasks when the engine cannot take a write: they never raise into the caller
(the request that saved the change, eagerly, or the outbox's delivery); the records step stays
done and the engine's part alone is queued again in the outbox, due after a backoff, carrying
the keys the records step already wrote. Also: the periodic reconcile, and peers checked
against the profiles when an engine's copy lags."""

from datetime import timedelta

from django.conf import settings as django_settings
from django.core.cache import cache
from django.utils import timezone

import pytest

from community.models import Commitment
from core.models import OutboxMessage
from search import selectors, tasks
from search.engines import engine
from search.engines.base import (
    IndexReport,
    PeerHit,
    SearchEngine,
    SearchResults,
)
from search.engines.fallback import Circuit, FallbackEngine
from search.models import EvidenceRecord
from tests.community.factories import CommitmentFactory, ProfileFactory

pytestmark = pytest.mark.django_db

CLOSED_PORT = "http://127.0.0.1:9"


class RecordingEngine(SearchEngine):
    """An engine that keeps what it is given (class-level: settings build their own)."""

    name = "recording"
    indexed: list[str] = []
    deleted: list[str] = []
    peer_hits: list[PeerHit] = []

    def search(self, request):
        return SearchResults(hits=[], total=0, page=1, per_page=10)

    def more_like(self, key, **options):
        return []

    def autocomplete(self, prefix, *, limit=8, language="en"):
        return []

    def peers(self, query):
        return list(self.peer_hits)

    def index_records(self, records):
        self.indexed.extend(record.key for record in records)

    def delete_keys(self, keys):
        self.deleted.extend(keys)

    def index_peers(self, profile_ids):
        pass

    def rebuild(self, records, *, progress=False):
        return 0

    def reconcile(self, expected, *, repair):
        return IndexReport(checked=len(expected))


@pytest.fixture
def recording(settings):
    RecordingEngine.indexed, RecordingEngine.deleted, RecordingEngine.peer_hits = [], [], []
    settings.SEARCH_ENGINES = {
        **settings.SEARCH_ENGINES,
        "default": {"ENGINE": "tests.search.test_tasks.RecordingEngine"},
    }
    return RecordingEngine


@pytest.fixture
def cluster_down(settings):
    """Elasticsearch configured, at a port where nothing listens."""
    config = settings.SEARCH_ENGINES["elasticsearch"]
    settings.SEARCH_ENGINES = {
        **settings.SEARCH_ENGINES,
        "default": {**config, "OPTIONS": {**config["OPTIONS"], "url": CLOSED_PORT}},
    }
    reader = engine()
    assert isinstance(reader, FallbackEngine)
    return reader


def queued_again(task) -> list[OutboxMessage]:
    return list(OutboxMessage.objects.filter(task=task.name))


def test_eagerly_run_tasks_do_not_raise_when_the_cluster_is_down(cluster_down):
    made = CommitmentFactory(title="Lobbying register for Parliament")
    profile = ProfileFactory()
    tasks.owners_sync.delay([f"commitment:{made.pk}"])  # eager: the request's own process
    tasks.peers_sync.delay([profile.pk])
    # the records are written (the fallback answers from them); the breaker is open
    assert EvidenceRecord.objects.filter(key=f"commitment:{made.public_id}").exists()
    assert cluster_down.breaker.state() is Circuit.OPEN


def test_the_engine_part_is_queued_again_with_the_keys_already_written(settings, cluster_down):
    made = CommitmentFactory(title="Lobbying register for Parliament")
    key = f"commitment:{made.public_id}"
    OutboxMessage.objects.all().delete()  # the factory's own indexing call
    before = timezone.now()
    tasks.owners_sync([f"commitment:{made.pk}"])  # as the outbox's delivery runs it
    assert EvidenceRecord.objects.filter(key=key).exists()  # the records step is done
    [retry] = queued_again(tasks.engine_apply)
    assert retry.kwargs == {"changed": [key], "deleted": [], "attempt": 1}
    # due after the first backoff (jittered), for the drain: nothing is sent at commit
    assert retry.available_at - before <= timedelta(seconds=tasks.RETRY_BACKOFF + 1)
    # the retry, once the engine is back, gives the engine the record
    RecordingEngine.indexed = []
    settings.SEARCH_ENGINES = {
        **settings.SEARCH_ENGINES,
        "default": {"ENGINE": "tests.search.test_tasks.RecordingEngine"},
    }
    tasks.engine_apply(**retry.kwargs)
    assert RecordingEngine.indexed == [key]


def test_after_the_last_retry_reconcile_is_left_to_repair(cluster_down):
    tasks.engine_apply(changed=["commitment:XX0001"], deleted=[], attempt=tasks.INDEX_RETRIES)
    assert queued_again(tasks.engine_apply) == []


def test_a_key_changed_then_deleted_is_deleted_from_the_engine(recording):
    made = CommitmentFactory(title="Lobbying register for Parliament")
    key = f"commitment:{made.public_id}"
    Commitment.objects.filter(pk=made.pk).delete()
    tasks.engine_apply(changed=[key], deleted=[])
    assert (recording.indexed, recording.deleted) == ([], [key])


def test_a_peers_write_is_queued_again(cluster_down):
    profile = ProfileFactory()
    OutboxMessage.objects.all().delete()
    tasks.peers_sync([profile.pk])
    [retry] = queued_again(tasks.peers_sync)
    assert retry.kwargs == {"profile_ids": [profile.pk], "attempt": 1}


def test_reconcile_runs_periodically(corpus):
    schedule = django_settings.CELERY_BEAT_SCHEDULE["search-reconcile"]
    assert schedule["task"] == tasks.reconcile.name
    EvidenceRecord.objects.filter(key="commitment:KE0002").delete()
    assert tasks.reconcile.delay().get() == {"records": 1, "database": 0}
    assert EvidenceRecord.objects.filter(key="commitment:KE0002").exists()


def test_a_suggestion_from_a_lagging_engine_copy_is_checked_against_the_profile(
    recording, reformer, vocab
):
    area = vocab["areas"]["justice"]
    ProfileFactory(user=reformer, challenge_areas=[area])
    public = ProfileFactory(challenge_areas=[area])
    now_private = ProfileFactory(challenge_areas=[area], visibility="private")
    now_closed = ProfileFactory(challenge_areas=[area], open_to_peer_exchange=False)
    recording.peer_hits = [
        PeerHit(profile.pk, 2.0, ["justice"], [], False)
        for profile in (now_private, public, now_closed)
    ]
    cache.clear()
    shown = [suggestion.profile for suggestion in selectors.peers_for_user(user=reformer)]
    assert shown == [public]

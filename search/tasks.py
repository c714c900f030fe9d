"""Indexing tasks: they take owner strings ("page:12", "commitment:3") or profile ids and call
services. They are queued through the transactional outbox (`core.outbox`, see
search/signals.py), which runs each in the transaction that deletes its outbox row and
retries a failed run with backoff.

The records table is written first (it is the database engine's index, and the fallback's);
then the engine's own copy, when it keeps one. When the engine cannot take the change
(Elasticsearch down or hanging: its writes time out after ELASTICSEARCH_WRITE_TIMEOUT, and
fail at once while the circuit breaker is open) the records stay saved and only the engine's
part is queued again, as an outbox message due after an exponential backoff with jitter, up
to INDEX_RETRIES times (about an hour and a half in all); after that, the periodic
`reconcile` (settings.CELERY_BEAT_SCHEDULE) repairs the drift. Nothing here ever raises an
unavailable engine into the request that saved the change."""

import logging

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval

from core import outbox

from . import services
from .engines.base import EngineUnavailable

logger = logging.getLogger(__name__)

INDEX_RETRIES = 10
RETRY_BACKOFF = 2  # seconds before the first retry; doubled each time …
RETRY_BACKOFF_MAX = 1800  # … up to half an hour between two tries


def _later(task, error: EngineUnavailable, *, attempt: int, **kwargs) -> None:
    """Queue `task(**kwargs)` again after a backoff, or leave it to reconcile."""
    if attempt >= INDEX_RETRIES:
        logger.warning("search index not updated (%s); reconcile will repair it", error)
        return
    delay = get_exponential_backoff_interval(
        factor=RETRY_BACKOFF, retries=attempt, maximum=RETRY_BACKOFF_MAX, full_jitter=True
    )
    logger.info("search engine unavailable (%s); trying again in %s s", error, delay)
    outbox.enqueue(task, delay=delay, attempt=attempt + 1, **kwargs)


@shared_task(acks_late=True)
def owners_sync(owners: list[str]) -> dict:
    """Project these owners into records, embed them, then apply the changes to the engine's
    own index."""
    result = services.owners_sync(owners)
    # the changed records' vectors (SEARCH_SEMANTIC), after their text is committed and before
    # the engine's copy, which carries them
    services.embed_records(result["changed"])
    engine_apply(changed=result["changed"], deleted=result["deleted"])
    return {"changed": len(result["changed"]), "deleted": len(result["deleted"])}


@shared_task(acks_late=True)
def engine_apply(changed: list[str], deleted: list[str], attempt: int = 0) -> None:
    """The engine's part of an indexing run: the records are already saved."""
    if not changed and not deleted:
        return
    try:
        services.engine_apply(changed=changed, deleted=deleted)
    except EngineUnavailable as error:
        _later(engine_apply, error, attempt=attempt, changed=changed, deleted=deleted)


@shared_task(acks_late=True)
def peers_sync(profile_ids: list[int], attempt: int = 0) -> None:
    try:
        services.peers_sync(profile_ids)
    except EngineUnavailable as error:
        _later(peers_sync, error, attempt=attempt, profile_ids=list(profile_ids))


@shared_task(acks_late=True)
def reconcile() -> dict:
    """Compare the index with the sources and repair any drift (Celery beat, hourly)."""
    reports = services.reconcile(repair=True)
    return {name: report.drift for name, report in reports.items()}


@shared_task(acks_late=True, ignore_result=True)
def saved_searches_notify() -> int:
    """Celery beat, daily: a notification for each saved search with new matches since its
    owner last looked (one per search and per look: services.saved_searches_notify)."""
    return services.saved_searches_notify()

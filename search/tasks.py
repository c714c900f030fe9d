"""Indexing tasks: they take owner strings ("page:12", "commitment:3") or profile ids and call
services.

The records table is written first (it is the database engine's index, and the fallback's);
then the engine's own copy, when it keeps one. When the engine cannot take the change
(Elasticsearch down or hanging: its writes time out after ELASTICSEARCH_WRITE_TIMEOUT, and fail
at once while the circuit breaker is open) the task retries that part alone, with exponential
backoff and jitter, up to INDEX_RETRIES times (about an hour and a half in all); after that,
the periodic `reconcile` (settings.CELERY_BEAT_SCHEDULE) repairs the drift. Run eagerly (no
broker: the embedded stack and the tests) a task never retries in the caller's request and
never raises into it: the change waits for reconcile."""

import logging

from django.db import OperationalError

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval

from . import services
from .engines.base import EngineUnavailable

logger = logging.getLogger(__name__)

INDEX_RETRIES = 10
RETRY_BACKOFF = 2  # seconds before the first retry; doubled each time …
RETRY_BACKOFF_MAX = 1800  # … up to half an hour between two tries


def _retry_later(task, error: EngineUnavailable, **kwargs):
    if task.request.is_eager:
        logger.warning("search index not updated (%s); reconcile will repair it", error)
        return
    countdown = get_exponential_backoff_interval(
        factor=RETRY_BACKOFF,
        retries=task.request.retries,
        maximum=RETRY_BACKOFF_MAX,
        full_jitter=True,
    )
    raise task.retry(exc=error, countdown=countdown, **kwargs)


# a database that is busy or restarting: retried by Celery itself, with backoff
_DATABASE_RETRY = {
    "autoretry_for": (OperationalError,),
    "retry_backoff": RETRY_BACKOFF,
    "retry_backoff_max": RETRY_BACKOFF_MAX,
}


@shared_task(bind=True, acks_late=True, max_retries=INDEX_RETRIES, **_DATABASE_RETRY)
def owners_sync(self, owners: list[str], changed=(), deleted=()) -> dict:
    """Project these owners into records, then apply the changed and deleted keys (with those
    of earlier tries, `changed` and `deleted`) to the engine's own index."""
    result = services.owners_sync(owners)
    changed = sorted(set(changed) | set(result["changed"]))
    deleted = sorted(set(deleted) | set(result["deleted"]))
    try:
        services.engine_apply(changed=changed, deleted=deleted)
    except EngineUnavailable as error:
        # the records are saved: a retry only has the engine's part left to do
        _retry_later(self, error, args=([], changed, deleted))
    return {"changed": len(result["changed"]), "deleted": len(result["deleted"])}


@shared_task(bind=True, acks_late=True, max_retries=INDEX_RETRIES, **_DATABASE_RETRY)
def peers_sync(self, profile_ids: list[int]) -> None:
    try:
        services.peers_sync(profile_ids)
    except EngineUnavailable as error:
        _retry_later(self, error)


@shared_task(acks_late=True)
def reconcile() -> dict:
    """Compare the index with the sources and repair any drift (Celery beat, hourly)."""
    reports = services.reconcile(repair=True)
    return {name: report.drift for name, report in reports.items()}

"""Indexing tasks: they take owner strings ("page:12", "commitment:3") or profile ids and
call services. Queued through the outbox (`core.outbox`, see search/signals.py), which runs
each in the transaction that deletes its outbox row and retries a failure with backoff."""

from celery import shared_task

from . import services


@shared_task(acks_late=True)
def owners_sync(owners: list[str]) -> dict:
    return services.owners_sync(owners)


@shared_task(acks_late=True)
def peers_sync(profile_ids: list[int]) -> None:
    services.peers_sync(profile_ids)

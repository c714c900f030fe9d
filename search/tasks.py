"""Indexing tasks: they take owner strings ("page:12", "commitment:3") and call services."""

from celery import shared_task

from . import services


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def owners_sync(owners: list[str]) -> dict:
    return services.owners_sync(owners)


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def peers_sync(profile_ids: list[int]) -> None:
    services.peers_sync(profile_ids)

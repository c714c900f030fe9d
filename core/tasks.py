"""The outbox's two tasks. Others are queued through `core.outbox.enqueue`, never `.delay`."""

from celery import shared_task

from . import outbox


@shared_task(acks_late=True, ignore_result=True)
def outbox_deliver(message_id: int) -> str:
    """Run the task an outbox row describes, once (the broker carries only the row's id)."""
    return outbox.deliver(message_id)


@shared_task(ignore_result=True)
def outbox_drain() -> dict:
    """Send again what the outbox holds: scheduled by Celery beat (CELERY_BEAT_SCHEDULE)."""
    return outbox.drain()

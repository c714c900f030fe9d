"""The transactional outbox: follow-up work that survives a broker outage, done once.

A write that needs a task calls `enqueue(task, **kwargs)` (not `task.delay`) inside its
transaction. That writes an `OutboxMessage` row in the same transaction, so the work is
queued exactly when the change is saved. On commit the message is handed to the broker with
short timeouts; if that fails (broker down, unreachable), the row stays and
`core.tasks.outbox_drain`, run by Celery beat, sends it again once the broker is back. The
broker only carries the row's id: the worker claims the row and deletes it in the same
transaction as the task's own writes, so a message delivered twice (a resend, a worker that
died before acknowledging) does its work once.

With no broker (the embedded stack: eager tasks) the task runs in the process at commit; a
failure is logged and kept in the outbox with its error, never raised into the request.
"""

import logging
import threading
import time
import uuid
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from celery import current_app

from .models import OutboxMessage

logger = logging.getLogger(__name__)

# The task that runs a message (core.tasks), found by name like every message's task: the
# tasks module imports this one, so this one does not import it.
DELIVER_TASK = "core.tasks.outbox_deliver"

_batches = threading.local()
# After a failed send this process stops trying for a moment (rows wait for the drain), so
# an unreachable broker costs one slow request per pause, not every write.
_paused_until = 0.0


def _setting(name: str, default: float) -> float:
    return getattr(settings, name, default)


def _task_name(task) -> str:
    return task if isinstance(task, str) else task.name


def enqueue(task, /, *, delay: float | None = None, **kwargs) -> OutboxMessage:
    """Queue `task(**kwargs)` as part of the current transaction: nothing is queued if it
    rolls back, and when it commits the call is sent (or, with no broker, run). `kwargs`
    must be JSON: ids, not objects. With `delay` (seconds) nothing is sent at commit: the
    drain sends the call once it is due (a retry after a backoff)."""
    if delay is not None:
        return _create(_task_name(task), kwargs, available_in=delay)
    message = _create(_task_name(task), kwargs)
    transaction.on_commit(partial(send, message.pk), robust=True)
    return message


def forget_open_batches() -> None:
    """Forget this thread's open batches, as a fresh worker thread starts (tests, whose
    transactions are rolled back, never committed)."""
    _batches.__dict__.clear()


def enqueue_batched(task, /, *, field: str, value, batch_size: int) -> None:
    """Add `value` to the list argument `field` of this transaction's pending call of `task`:
    a transaction that changes hundreds of things queues one call per `batch_size` values.

    The values are read back from the row rather than remembered, so a rolled-back savepoint
    takes its values (or the whole row) with it; the token ties the open row to the
    transaction that wrote it, since SQLite reuses the id of a rolled-back row. Every call
    registers the same commit hook: the first to run sends every batch the thread has open,
    the others find nothing left to send."""
    name, state = _task_name(task), _state()
    key = (name, field)
    pk, token = state.open.get(key, (None, None))
    message = OutboxMessage.objects.filter(pk=pk, batch=token).first() if token else None
    if message is not None:
        values = message.kwargs.get(field, [])
        if value not in values and len(values) < batch_size:
            message.kwargs[field] = [*values, value]
            message.save(update_fields=["kwargs"])
        elif value not in values:
            message = None  # full: open the next batch
    if message is None:
        token = uuid.uuid4()
        message = _create(name, {field: [value]}, batch=token)
        state.open[key] = (message.pk, token)
        state.unsent[token] = message.pk
        while len(state.unsent) > _UNSENT_KEPT:  # tokens of rolled-back transactions
            del state.unsent[next(iter(state.unsent))]
    transaction.on_commit(_send_batches, robust=True)


# Batches wait in `unsent` until a commit hook runs; those of a transaction rolled back in a
# thread that never commits again would pile up: past this many, the oldest are forgotten
# (one forgotten before its commit is sent by the drain, after OUTBOX_RESEND_AFTER).
_UNSENT_KEPT = 1000


def _state():
    if not hasattr(_batches, "open"):
        _batches.open, _batches.unsent = {}, {}
    return _batches


def _create(name: str, kwargs: dict, *, batch=None, available_in=None) -> OutboxMessage:
    if available_in is None:
        # leased to this process's commit hook; the drain takes it only if that never ran
        available_in = _setting("OUTBOX_RESEND_AFTER", 600)
    return OutboxMessage.objects.create(
        task=name,
        kwargs=kwargs,
        batch=batch,
        available_at=timezone.now() + timedelta(seconds=available_in),
    )


def _send_batches() -> None:
    """The commit hook of batched calls: send the thread's batches that the commit kept (a
    rolled-back one has no row, or, its id reused, a row with another token)."""
    state = _state()
    unsent, state.unsent = state.unsent, {}
    state.open.clear()  # committed: later changes open new batches
    for token, message_id in unsent.items():
        if OutboxMessage.objects.filter(pk=message_id, batch=token).exists():
            send(message_id)


def send(message_id: int) -> bool:
    """Hand a message to the broker, or with no broker run it here. Never raises: what is
    not sent stays in the outbox, due at once for the drain. Returns whether it was sent."""
    global _paused_until
    try:
        if current_app.conf.task_always_eager:
            deliver(message_id)
            return True
        if time.monotonic() < _paused_until:
            _note_failure(message_id, "not sent: the broker failed moments ago", delay=0)
            return False
        _task(DELIVER_TASK).apply_async((message_id,))
    except Exception as error:
        _paused_until = time.monotonic() + _setting("OUTBOX_SEND_PAUSE", 10)
        logger.warning("outbox: message %s not sent, the drain will send it: %s", message_id, error)
        _note_failure(message_id, error, delay=0)
        return False
    return True


def deliver(message_id: int) -> str:
    """Run a message's task once: claim the row, run the task, delete the row, all in one
    transaction. Returns "done", "skipped" (already done, or being done by another worker)
    or "failed" (the row stays, with its error, due again after a backoff)."""
    name = "?"
    try:
        with transaction.atomic():
            message = _claim(message_id)
            if message is None:
                return "skipped"
            name = message.task
            _task(name)(**message.kwargs)
            message.delete()
    except Exception as error:
        logger.exception("outbox: %s (message %s) failed; it stays in the outbox", name, message_id)
        attempts = (
            OutboxMessage.objects.filter(pk=message_id).values_list("attempts", flat=True).first()
        )
        _note_failure(message_id, error, delay=_backoff(attempts or 0))
        return "failed"
    return "done"


def _task(name: str):
    if name not in current_app.tasks:
        # workers import every app's tasks module at start; a web process only those that
        # some code imported (autodiscovery)
        current_app.loader.import_default_modules()
    return current_app.tasks[name]


def _claim(message_id: int) -> OutboxMessage | None:
    messages = OutboxMessage.objects.filter(pk=message_id)
    if connection.features.has_select_for_update_skip_locked:
        # a row locked by another worker is being delivered there: leave it
        return messages.select_for_update(skip_locked=True).first()
    # No row locks (SQLite): this conditional UPDATE takes the database's write lock, so a
    # second delivery of the same message waits for the first to commit, then finds no row.
    if not messages.update(attempts=F("attempts") + 1):
        return None
    return messages.get()


def drain(*, limit: int = 500) -> dict[str, int]:
    """Send every message that is due: not sent because the broker was down, failed and
    waited its backoff, or sent so long ago that its copy is presumed lost. Beat runs it
    (`core.tasks.outbox_drain`); `manage.py outbox_drain` runs it by hand."""
    now = timezone.now()
    lease = now + timedelta(seconds=_setting("OUTBOX_RESEND_AFTER", 600))
    with transaction.atomic():
        # rows another drain is taking are skipped (PostgreSQL); SQLite serialises writers
        due = list(
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(available_at__lte=now)
            .values_list("pk", flat=True)[:limit]
        )
        OutboxMessage.objects.filter(pk__in=due).update(available_at=lease)
    sent = 0
    for message_id in due:
        if not send(message_id):
            # the broker went away again: the rest is due at once for the next drain
            OutboxMessage.objects.filter(pk__in=due[sent + 1 :]).update(available_at=now)
            break
        sent += 1
    return {"due": len(due), "sent": sent}


def _backoff(attempts: int) -> float:
    return min(_setting("OUTBOX_RETRY_MAX_DELAY", 3600), 30 * 2 ** min(attempts, 20))


def _note_failure(message_id: int, error, *, delay: float) -> None:
    try:
        OutboxMessage.objects.filter(pk=message_id).update(
            attempts=F("attempts") + 1,
            last_error=(str(error) if isinstance(error, str) else repr(error))[:2000],
            available_at=timezone.now() + timedelta(seconds=delay),
        )
    except Exception:  # the database too: the row keeps its lease and the drain retries it
        logger.exception("outbox: could not record the failure of message %s", message_id)

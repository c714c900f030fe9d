"""The transactional outbox on the embedded stack (no broker: tasks run at commit, in the
process). The broker-down and worker cases are in tests/integration/test_broker_down.py."""

import io
import logging

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

import pytest

from core import outbox
from core.models import OutboxMessage
from tests.core.effects import effect_batch, effect_record, effects

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_open_batch():
    outbox.forget_open_batches()


def test_the_row_is_written_with_the_change_and_the_task_runs_at_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks:
        outbox.enqueue(effect_record, marker="a")
        message = OutboxMessage.objects.get()
        assert (message.task, message.kwargs) == ("tests.effect_record", {"marker": "a"})
        assert effects() == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert effects() == ["a"]
    assert not OutboxMessage.objects.exists()


def test_nothing_is_queued_by_a_transaction_that_rolls_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            outbox.enqueue(effect_record, marker="a")
            raise RuntimeError("the save failed")
    assert callbacks == []
    assert not OutboxMessage.objects.exists()
    assert effects() == []


def test_a_failing_task_never_raises_into_the_caller_and_waits_with_its_error(
    django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.ERROR, logger="core.outbox"):
        with django_capture_on_commit_callbacks(execute=True):
            outbox.enqueue(effect_record, marker="a", fail=True)
    message = OutboxMessage.objects.get()
    assert message.attempts == 1
    assert "effect a failed" in message.last_error
    assert message.available_at > message.created_at  # backing off, not due at once
    assert effects() == []  # its write was undone with the run that failed
    assert "tests.effect_record (message" in caplog.text


def test_the_drain_runs_a_failed_task_again_once_it_is_due(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outbox.enqueue(effect_record, marker="a", fail=True)
    assert outbox.drain() == {"due": 0, "sent": 0}  # still backing off
    message = OutboxMessage.objects.get()
    message.kwargs["fail"] = False  # whatever made it fail is repaired
    message.available_at = timezone.now()
    message.save()
    assert outbox.drain() == {"due": 1, "sent": 1}
    assert effects() == ["a"]
    assert not OutboxMessage.objects.exists()


def test_a_message_delivered_twice_does_its_work_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        message = outbox.enqueue(effect_record, marker="a")
    assert outbox.deliver(message.pk) == "done"
    assert outbox.deliver(message.pk) == "skipped"
    callbacks[0]()  # the commit hook's own send comes last and finds nothing to do
    assert effects() == ["a"]


def test_a_transaction_batches_its_values_and_rolled_back_savepoints_take_theirs(
    django_capture_on_commit_callbacks, monkeypatch
):
    sent = []
    send = outbox.send
    monkeypatch.setattr(
        outbox, "send", lambda message_id: sent.append(message_id) or send(message_id)
    )

    def add(value):
        outbox.enqueue_batched(effect_batch, field="markers", value=value, batch_size=3)

    def rolled_back(value):
        with pytest.raises(RuntimeError), transaction.atomic():
            add(value)
            raise RuntimeError

    with django_capture_on_commit_callbacks(execute=True):
        rolled_back("b")  # the batch's row was created in the savepoint and is gone
        add("a")
        rolled_back("c")  # added to a row that outlives the savepoint: the value does not
        for value in ("a", "d", "e", "f"):
            add(value)
    assert len(sent) == 2  # [a, d, e] then [f]: one call per batch
    assert effects() == ["batch:a", "batch:d", "batch:e", "batch:f"]


def test_a_batch_goes_out_with_the_commit_that_follows_its_last_change(
    django_capture_on_commit_callbacks,
):
    # a batch opened before (here: in the test's set-up) and changed again in a transaction
    # that commits goes out with that commit
    outbox.enqueue_batched(effect_batch, field="markers", value="a", batch_size=3)
    with django_capture_on_commit_callbacks(execute=True):
        outbox.enqueue_batched(effect_batch, field="markers", value="a", batch_size=3)
        outbox.enqueue_batched(effect_batch, field="markers", value="b", batch_size=3)
    assert effects() == ["batch:a", "batch:b"]
    assert not OutboxMessage.objects.exists()


def test_the_drain_command_runs_what_is_due_and_lists_what_waits(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        outbox.enqueue(effect_record, marker="a", fail=True)
        outbox.enqueue(effect_record, marker="b")
    OutboxMessage.objects.update(available_at=timezone.now())
    out = io.StringIO()
    call_command("outbox_drain", stdout=out)
    assert out.getvalue().splitlines() == [
        "1 due, 1 sent",
        "  waiting: tests.effect_record: 1 (most attempts: 2)",
    ]
    assert effects() == ["b"]


def test_celery_beat_drains_the_outbox():
    from opengov.celery import app

    entry = app.conf.beat_schedule["outbox-drain"]
    assert entry["task"] == "core.tasks.outbox_drain"
    app.loader.import_default_modules()  # as worker and beat do when they start
    assert entry["task"] in app.tasks


def test_messages_are_sent_to_the_deliver_task_by_its_name():
    """outbox.send finds the task by name (core.tasks imports core.outbox, not the reverse)."""
    from core.tasks import outbox_deliver

    assert outbox.DELIVER_TASK == outbox_deliver.name
    assert outbox._task(outbox.DELIVER_TASK).name == outbox.DELIVER_TASK  # registered

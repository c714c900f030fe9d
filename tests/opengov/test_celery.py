import logging

from django.conf import settings

import pytest

from opengov.celery import app

pytestmark = pytest.mark.skipif(
    bool(settings.CELERY_BROKER_URL), reason="only the embedded stack runs without a broker"
)


def test_without_a_broker_queueing_logs_no_connection_warning(caplog):
    """Celery borrows a producer even to run a task eagerly; with a blank broker URL its
    connection defaulted to amqp with no host and kombu logged "No hostname was supplied"
    in every process that queued a task (every import_commitments run printed it)."""
    with caplog.at_level(logging.WARNING), app.connection_for_write() as connection:
        info = connection.info()

    assert [r.getMessage() for r in caplog.records] == []
    assert info["transport"] == "memory"
    assert app.conf.task_always_eager is True

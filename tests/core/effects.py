"""Tasks whose effect is a database row that can be counted (a Wagtail log entry per run).

Imported by the tests here and by the Celery worker the integration tests start
(`celery -A opengov worker --include tests.core.effects`)."""

from django.utils import timezone

from wagtail.models import ModelLogEntry

from celery import shared_task

PREFIX = "effect:"  # object_id of the entries these tasks write


def _record(marker: str) -> None:
    ModelLogEntry.objects.create(
        label=marker, action="wagtail.create", object_id=PREFIX + marker, timestamp=timezone.now()
    )


@shared_task(name="tests.effect_record")
def effect_record(*, marker: str, fail: bool = False) -> None:
    _record(marker)
    if fail:  # after writing: the write must be undone with the failed run
        raise RuntimeError(f"effect {marker} failed")


@shared_task(name="tests.effect_batch")
def effect_batch(*, markers: list[str]) -> None:
    for marker in markers:
        _record(f"batch:{marker}")


def effects() -> list[str]:
    rows = ModelLogEntry.objects.filter(object_id__startswith=PREFIX).order_by("pk")
    return list(rows.values_list("label", flat=True))

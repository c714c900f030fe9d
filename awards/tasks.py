"""The awards' follow-up work (e-mails), queued through `core.outbox.enqueue` by name."""

from celery import shared_task

from . import notifications
from .models import JurorAssignment, Nomination


def _nomination(nomination_id: int) -> Nomination | None:
    return (
        Nomination.objects.select_related("programme", "category", "nominator", "reformer__user")
        .filter(pk=nomination_id)
        .first()
    )


@shared_task(acks_late=True, ignore_result=True)
def nomination_received(nomination_id: int) -> None:
    if (nomination := _nomination(nomination_id)) is not None:
        notifications.nomination_received(nomination)


@shared_task(acks_late=True, ignore_result=True)
def nominee_told(nomination_id: int) -> None:
    if (nomination := _nomination(nomination_id)) is not None:
        notifications.nominee_told(nomination)


@shared_task(acks_late=True, ignore_result=True)
def eligibility_decided(nomination_id: int) -> None:
    if (nomination := _nomination(nomination_id)) is not None:
        notifications.eligibility_decided(nomination)


@shared_task(acks_late=True, ignore_result=True)
def juror_assigned(assignment_id: int) -> None:
    assignment = (
        JurorAssignment.objects.select_related("juror__profile", "nomination__programme")
        .filter(pk=assignment_id)
        .first()
    )
    if assignment is not None:
        notifications.juror_assigned(assignment)


@shared_task(acks_late=True, ignore_result=True)
def result_told(nomination_id: int) -> None:
    if (nomination := _nomination(nomination_id)) is not None:
        notifications.result_told(nomination)

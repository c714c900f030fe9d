"""The community app's follow-up work, queued through `core.outbox.enqueue` by name."""

from celery import shared_task

from . import challenge_services
from .models import ChallengeSubmission


@shared_task(acks_late=True, ignore_result=True)
def challenge_submission_notify(submission_id: int, step: str) -> None:
    submission = (
        ChallengeSubmission.objects.select_related("submitted_by", "challenge_area")
        .filter(pk=submission_id)
        .first()
    )
    if submission is not None:  # gone (its member deleted) before the e-mail was sent
        challenge_services.submission_notify(submission=submission, step=step)

"""The community app's follow-up work, queued through `core.outbox.enqueue` by name."""

from celery import shared_task

from core.outbox import enqueue

from . import challenge_services, notify_selectors, notify_services, services
from .models import ChallengeSubmission, NotificationKind, ProgressUpdate


@shared_task(acks_late=True, ignore_result=True)
def challenge_submission_notify(submission_id: int, step: str) -> None:
    submission = (
        ChallengeSubmission.objects.select_related("submitted_by", "challenge_area")
        .filter(pk=submission_id)
        .first()
    )
    if submission is not None:  # gone (its member deleted) before the e-mail was sent
        challenge_services.submission_notify(submission=submission, step=step)


# --- notifications (community.notify_services) ----------------------------------------------


@shared_task(acks_late=True, ignore_result=True)
def notify_connection(connection_id: int, event: str) -> None:
    """The other party hears of a connection request or of its acceptance (queued when
    community.connection_signals.connection_changed is sent, once the change committed)."""
    notify_services.notifications_for_connection(connection_id, event)


@shared_task(acks_late=True, ignore_result=True)
def notify_progress_update(update_id: int) -> None:
    """Followers of a commitment (or of its member) hear of its new progress update."""
    update = (
        ProgressUpdate.objects.select_related("commitment__action_plan__member")
        .filter(pk=update_id)
        .first()
    )
    if update is None:
        return
    commitment = update.commitment
    notify_services.notify_followers(
        followed=[commitment, commitment.action_plan.member],
        kind=NotificationKind.PROGRESS,
        target=update,
        url=commitment.get_absolute_url(),
        params={"title": str(commitment)},
        actor=update.created_by,
    )


@shared_task(acks_late=True, ignore_result=True)
def notify_submission_accepted(submission_id: int) -> None:
    """Followers of the challenge area or of the member hear of a reform accepted into the
    Open Gov Challenge (submissions are public only once accepted)."""
    submission = (
        ChallengeSubmission.objects.select_related("challenge_area", "member")
        .filter(pk=submission_id, state=ChallengeSubmission.State.ACCEPTED)
        .first()
    )
    if submission is None:
        return
    notify_services.notify_followers(
        followed=[submission.challenge_area, submission.member],
        kind=NotificationKind.SUBMISSION,
        target=submission,
        url=submission.challenge_area.get_absolute_url(),
        params={"title": submission.title},
    )


@shared_task(acks_late=True, ignore_result=True)
def weekly_digest() -> None:
    """Celery beat, weekly: one digest task per person with something new. Firing twice is
    harmless: each person's digest is sent once a week (notify_services.digest_send)."""
    for user_id in notify_selectors.digest_recipients():
        enqueue("community.tasks.send_digest", user_id=user_id)


@shared_task(acks_late=True, ignore_result=True)
def send_digest(user_id: int) -> None:
    notify_services.digest_send(user_id=user_id)


# --- challenge areas' figures (community.area_stats) -----------------------------------------


@shared_task(acks_late=True, ignore_result=True)
def area_stats_refresh(area_ids: list[int]) -> None:
    """The stored figures of areas whose commitments changed (queued by community.signals)."""
    services.area_stats_refresh(area_ids=area_ids)


# --- reformers listed by country and area (community.listed_counts) --------------------------


@shared_task(acks_late=True, ignore_result=True)
def listed_counts_refresh(country_ids: list[int] = (), area_ids: list[int] = ()) -> None:
    """The stored counts of the countries and areas whose listed profiles changed (queued by
    community.signals)."""
    services.listed_counts_refresh(country_ids=country_ids, area_ids=area_ids)

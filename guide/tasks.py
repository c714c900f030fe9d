"""The guide app's follow-up work, queued through `core.outbox.enqueue` by name."""

from celery import shared_task

from community.models import NotificationKind
from community.notify_services import notify_followers

from .models import GuideChapterPage


@shared_task(acks_late=True, ignore_result=True)
def chapter_published_notify(page_id: int, revision_id: int | None) -> None:
    """Followers of the chapter's challenge areas and themes hear of each published revision
    (one notification per revision, however often the task runs)."""
    chapter = (
        GuideChapterPage.objects.live()
        .public()
        .prefetch_related("challenge_areas", "themes")
        .filter(pk=page_id)
        .first()
    )
    if chapter is None:
        return
    notify_followers(
        followed=[*chapter.challenge_areas.all(), *chapter.themes.all()],
        kind=NotificationKind.GUIDE,
        target=chapter,
        url=chapter.get_url() or "",
        params={"title": chapter.title},
        event_key=str(revision_id or chapter.latest_revision_id or ""),
    )

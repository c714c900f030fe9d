"""The stories app's follow-up work, queued through `core.outbox.enqueue` by name."""

from celery import shared_task

from community.models import NotificationKind
from community.notify_services import notify_followers

from .models import StoryPage


@shared_task(acks_late=True, ignore_result=True)
def story_published_notify(page_id: int) -> None:
    """Followers of the story's challenge areas, themes, member, commitments and featured
    (public) reformers hear of it; once per story however often it is republished, and not
    at all while it is private or unpublished."""
    story = (
        StoryPage.objects.live()
        .public()
        .select_related("member")
        .prefetch_related("challenge_areas", "themes", "commitments", "reformers__user")
        .filter(pk=page_id)
        .first()
    )
    if story is None:
        return
    original = (
        StoryPage.objects.filter(translation_key=story.translation_key).order_by("pk").first()
    )
    notify_followers(
        followed=[
            *story.challenge_areas.all(),
            *story.themes.all(),
            story.member,
            *story.commitments.all(),
            *(profile for profile in story.reformers.all() if _public(profile)),
        ],
        kind=NotificationKind.STORY,
        # a story's translations are one story: told of once, by the original's page (read
        # at each reader's language prefix)
        target=original,
        url=original.get_url() or story.get_url(),
        params={"title": story.title},
    )


def _public(profile) -> bool:
    return profile.visibility == profile.Visibility.PUBLIC and profile.user.is_active

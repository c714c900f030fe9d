"""Publishing tells the followers (stories.signals, guide.signals → the notify service)."""

import pytest

from community import challenge_services, notify_services
from community.models import ChallengeSubmission, Notification, NotificationKind
from core import outbox
from tests.community.challenge_factories import SubmissionFactory
from tests.community.factories import UserFactory
from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
from tests.stories.factories import StoryPageFactory, home_page

pytestmark = pytest.mark.django_db


def _publish(page, capture):
    with capture(execute=True):
        revision = page.save_revision()
        revision.publish()
    outbox.drain()


def _told(kind):
    return sorted(Notification.objects.filter(kind=kind).values_list("recipient__email", flat=True))


def test_a_published_story_tells_its_areas_followers_once(
    index, vocab, reformer, other_reformer, django_capture_on_commit_callbacks
):
    justice, other = vocab["areas"]["justice"], vocab["areas"]["anti-corruption"]
    notify_services.follow(user=reformer, kind_slug="challenge-area", object_id=justice.pk)
    notify_services.follow(user=other_reformer, kind_slug="challenge-area", object_id=other.pk)
    story = StoryPageFactory(parent=index, title="Courts open their rulings", live=False)
    story.challenge_areas = [justice]
    story.save()
    assert not Notification.objects.exists()  # a draft tells nobody
    _publish(story, django_capture_on_commit_callbacks)
    _publish(story, django_capture_on_commit_callbacks)  # republished: still one
    assert _told(NotificationKind.STORY) == ["reformer@example.org"]
    notification = Notification.objects.get()
    assert notification.url == story.url
    assert notification.sentence() == "New story: Courts open their rulings"


def test_a_published_guide_chapter_tells_followers_of_each_update(
    vocab, reformer, django_capture_on_commit_callbacks
):
    theme = next(iter(vocab["themes"].values()))
    notify_services.follow(user=reformer, kind_slug="theme", object_id=theme.pk)
    guide = GuideIndexPageFactory(parent=home_page())
    chapter = GuideChapterPageFactory(parent=guide, title="Open justice")
    chapter.themes = [theme]
    chapter.save()
    _publish(chapter, django_capture_on_commit_callbacks)
    _publish(chapter, django_capture_on_commit_callbacks)
    assert _told(NotificationKind.GUIDE) == ["reformer@example.org"] * 2
    outbox.drain()  # delivered again: nothing more
    assert Notification.objects.count() == 2


def test_an_accepted_challenge_reform_tells_the_areas_followers_not_before(
    vocab, reformer, staff, django_capture_on_commit_callbacks
):
    area = vocab["areas"]["justice"]
    notify_services.follow(user=reformer, kind_slug="challenge-area", object_id=area.pk)
    submission = SubmissionFactory(
        challenge_area=area, state=ChallengeSubmission.State.SUBMITTED, title="Open courts"
    )
    assert not Notification.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        challenge_services.submission_accept(submission=submission, user=staff)
    outbox.drain()
    assert _told(NotificationKind.SUBMISSION) == ["reformer@example.org"]
    assert Notification.objects.get().url == area.get_absolute_url()


def test_a_declined_reform_tells_nobody(vocab, reformer, staff, django_capture_on_commit_callbacks):
    area = vocab["areas"]["justice"]
    notify_services.follow(user=reformer, kind_slug="challenge-area", object_id=area.pk)
    submission = SubmissionFactory(challenge_area=area, state=ChallengeSubmission.State.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        challenge_services.submission_decline(submission=submission, user=staff)
    outbox.drain()
    assert not Notification.objects.exists()


def test_an_unfollowed_area_tells_nothing(index, vocab, django_capture_on_commit_callbacks):
    reader = UserFactory()
    area = vocab["areas"]["justice"]
    notify_services.follow(user=reader, kind_slug="challenge-area", object_id=area.pk)
    notify_services.unfollow(user=reader, kind_slug="challenge-area", object_id=area.pk)
    story = StoryPageFactory(parent=index, live=False)
    story.challenge_areas = [area]
    story.save()
    _publish(story, django_capture_on_commit_callbacks)
    assert not Notification.objects.exists()

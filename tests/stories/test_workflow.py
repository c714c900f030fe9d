"""Editorial workflow: a writer submits, a moderator approves, only then is the story live."""

from django.contrib.auth.models import Group

from wagtail.models import Workflow

import pytest

from stories.models import StoryPage
from tests.community.factories import UserFactory
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer(db):
    user = UserFactory(email="writer@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator(db):
    user = UserFactory(email="moderator@example.org")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def _draft(index):
    story = StoryPageFactory(parent=index, title="Draft story", live=False)
    story.save_revision()
    return story


def _form(story, **extra):
    return {
        "title": story.title,
        "slug": story.slug,
        "date": "2024-05-01",
        "intro": story.intro,
        "author_name": "A writer",
        "body-count": "0",
        "tags": "",
        **extra,
    }


def test_the_moderators_approval_workflow_covers_stories(index):
    story = _draft(index)
    workflow = story.get_workflow()
    assert isinstance(workflow, Workflow) and workflow.active
    assert [t.name for t in workflow.tasks.all()] == ["Moderators approval"]


def test_a_writer_cannot_publish_but_can_submit_for_moderation(client, index, writer):
    story = _draft(index)
    client.force_login(writer)
    edit_url = f"/admin/pages/{story.pk}/edit/"

    client.post(edit_url, _form(story, **{"action-publish": "publish"}))
    story.refresh_from_db()
    assert not story.live

    response = client.post(edit_url, _form(story, **{"action-submit": "submit"}))
    assert response.status_code == 302
    story.refresh_from_db()
    assert not story.live
    assert story.workflow_in_progress
    assert story.current_workflow_state.status == "in_progress"


def test_approval_by_a_moderator_publishes(client, index, writer, moderator):
    story = _draft(index)
    story.get_workflow().start(story, writer)
    story.refresh_from_db()
    assert not story.live

    task_state = story.current_workflow_task_state
    client.force_login(moderator)
    response = client.post(
        f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/", {"comment": "Good"}
    )
    assert response.status_code in (200, 302)
    story = StoryPage.objects.get(pk=story.pk)
    assert story.live
    assert client.get(story.url).status_code == 200


def test_a_moderator_can_request_changes_and_the_story_stays_draft(client, index, writer,
                                                                   moderator):  # fmt: skip
    story = _draft(index)
    story.get_workflow().start(story, writer)
    story.refresh_from_db()
    task_state = story.current_workflow_task_state
    client.force_login(moderator)
    client.post(
        f"/admin/pages/workflow/action/{story.pk}/reject/{task_state.pk}/",
        {"comment": "Please add a source for the figures."},
    )
    story = StoryPage.objects.get(pk=story.pk)
    assert not story.live
    assert story.current_workflow_state.status == "needs_changes"


def test_scheduled_publishing_waits_for_its_time(index):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    story = _draft(index)
    story.go_live_at = timezone.now() + datetime.timedelta(days=1)
    revision = story.save_revision()
    revision.publish()
    story.refresh_from_db()
    assert not story.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    story.refresh_from_db()
    assert not story.live  # not yet due

    # Time passes: the scheduled moment is now in the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    story.refresh_from_db()
    assert story.live

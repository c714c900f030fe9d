"""An editor writes a story and submits it; a moderator approves it; it is published and
appears on the story index and in the RSS feed."""

from django.contrib.auth.models import Group

import pytest

from stories.models import StoryPage
from tests.community.factories import UserFactory
from tests.stories.factories import story_index

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery"  # noqa: S105 (UserFactory's password)


def _sign_in_to_admin(page, email):
    page.goto("/admin/login/")
    page.fill('input[name="username"]', email)
    page.fill('input[name="password"]', PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def _people():
    writer = UserFactory(email="writer@example.org")
    writer.groups.add(Group.objects.get(name="Editors"))
    moderator = UserFactory(email="moderator@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    return writer, moderator


def test_a_story_goes_from_draft_to_published_through_review(new_context, live_server):
    from playwright.sync_api import expect

    index = story_index()
    index.save_revision().publish()
    writer, moderator = _people()

    # The writer drafts the story and submits it for moderation; they cannot publish.
    page = new_context().new_page()
    _sign_in_to_admin(page, writer.email)
    page.goto(f"/admin/pages/add/stories/storypage/{index.pk}/")
    page.fill("#id_title", "Budget hearings on community radio")
    page.fill("#id_author_name", "Nadia Editor")
    page.fill("#id_intro", "How a district council took its budget to the airwaves.")
    expect(page.locator('button[name="action-publish"]')).to_have_count(0)
    page.locator("footer button.w-dropdown__toggle").click()
    page.locator('button[name="action-submit"]').click()
    page.wait_for_url("**/admin/pages/**")
    # (simple_translation also creates alias pages in the other locales, kept in sync)
    story = StoryPage.objects.get(
        title="Budget hearings on community radio", locale__language_code="en"
    )
    assert not story.live
    assert story.current_workflow_state.status == "in_progress"

    anonymous = new_context().new_page()
    assert anonymous.goto("/stories/budget-hearings-on-community-radio/").status == 404

    # The moderator approves; approval of the last task publishes.
    page = new_context().new_page()
    _sign_in_to_admin(page, moderator.email)
    page.goto(f"/admin/pages/{story.pk}/edit/")
    page.locator("footer button.w-dropdown__toggle").click()
    approve = 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    with page.expect_navigation():
        page.locator(approve).click()
    story.refresh_from_db()
    assert story.live

    anonymous.goto("/stories/")
    expect(anonymous.get_by_role("link", name="Budget hearings on community radio")).to_be_visible()
    feed = anonymous.request.get(f"{live_server.url}/stories/feed/rss/")
    assert feed.ok and "Budget hearings on community radio" in feed.text()

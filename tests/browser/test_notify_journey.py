"""A reformer follows a challenge area in a real browser; a story published in it reaches
them as a notification (with the header's count), which leads to the story. axe-core finds
no serious or critical violation on the notifications page (issue 15)."""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SERIOUS = {"serious", "critical"}


def _axe_failures(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [
        f"{page.url}: {v['id']} ({v['impact']}): {v['help']}"
        for v in violations
        if v["impact"] in SERIOUS
    ]


def test_the_follower_of_an_area_is_notified_when_a_story_is_published_in_it(page):
    from playwright.sync_api import expect

    from community.services import vocabulary_ensure
    from tests.community.factories import UserFactory
    from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

    area = vocabulary_ensure()["areas"]["justice"]
    UserFactory(email="follower@example.org")
    stories = StoryIndexPageFactory(parent=home_page())

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill("follower@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill("correct horse battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    page.goto(f"/challenge-areas/{area.slug}/")
    page.locator(".follow-form").get_by_role("button", name=re.compile("^Follow")).click()
    expect(page.locator(".follow-form button")).to_have_attribute("aria-pressed", "true")

    # an editor publishes a story in the area (as the admin's publish button does)
    story = StoryPageFactory(parent=stories, title="Courts open their rulings", live=False)
    story.challenge_areas = [area]
    story.save()
    story.save_revision().publish()

    page.goto("/members/")
    expect(page.locator(".notifications-link .count-badge")).to_contain_text("1")
    page.locator(".notifications-link").click()
    expect(page.locator("h1")).to_have_text("Notifications")
    failures = _axe_failures(page)
    assert not failures, "axe-core, serious or critical:\n" + "\n".join(failures)
    page.get_by_role("button", name="New story: Courts open their rulings").click()
    expect(page.locator("h1")).to_have_text("Courts open their rulings")
    expect(page.locator(".notifications-link .count-badge")).to_have_count(0)

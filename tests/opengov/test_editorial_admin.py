"""Preview, revisions and the admin's page search work for every page type we add."""

from django.conf import settings

import pytest
from pytest_django.asserts import assertContains

from opengov.models import HomePage
from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
from tests.stories.factories import StoryPageFactory, story_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    stories = story_index()
    story = StoryPageFactory(parent=stories, title="Radio budget hearings", slug="radio")
    guide = GuideIndexPageFactory(parent=home)
    chapter = GuideChapterPageFactory(parent=guide, title="Fiscal openness", slug="fiscal")
    return {"home": home, "stories": stories, "story": story, "guide": guide, "chapter": chapter}


def _preview(client, page, data):
    url = f"/admin/pages/{page.pk}/edit/preview/"
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"] is True, response.json()
    return client.get(url)


def test_preview_shows_unsaved_changes_of_a_story(client, staff, pages):
    client.force_login(staff)
    story = pages["story"]
    response = _preview(client, story, {
        "title": "Radio budget hearings (draft title)", "slug": story.slug, "date": "2024-05-01",
        "intro": "A new introduction not yet saved.", "author_name": "", "body-count": "0",
        "tags": "",
    })  # fmt: skip
    assertContains(response, "Radio budget hearings (draft title)")
    assertContains(response, "A new introduction not yet saved.")


def test_preview_of_a_guide_chapter(client, staff, pages):
    client.force_login(staff)
    chapter = pages["chapter"]
    response = _preview(client, chapter, {
        "title": "Fiscal openness", "slug": chapter.slug, "intro": "Budgets people can read.",
        "recommendations-TOTAL_FORMS": "1", "recommendations-INITIAL_FORMS": "0",
        "recommendations-MIN_NUM_FORMS": "0", "recommendations-MAX_NUM_FORMS": "1000",
        "recommendations-0-title": "Publish a citizens' budget",
        "recommendations-0-level": "initial",
        "recommendations-0-description": '{"blocks":[{"key":"a","text":"Plain words.",'
        '"type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],'
        '"entityMap":{}}',
        "recommendations-0-standards-count": "0", "recommendations-0-partners-count": "0",
        "recommendations-0-ORDER": "1", "recommendations-0-id": "",
    })  # fmt: skip
    assertContains(response, "Publish a citizens&#x27; budget")


@pytest.mark.parametrize("key", ["story", "chapter", "stories", "guide"])
def test_revisions_are_kept(client, staff, pages, key):
    page = pages[key]
    page.save_revision(user=staff)
    page.save_revision(user=staff)
    client.force_login(staff)
    response = client.get(f"/admin/pages/{page.pk}/history/")
    assert response.status_code == 200
    assert page.revisions.count() >= 2


def test_admin_page_search_finds_stories_and_chapters(client, staff, pages):
    client.force_login(staff)
    response = client.get("/admin/pages/search/", {"q": "radio"})
    assertContains(response, "Radio budget hearings")
    response = client.get("/admin/pages/search/", {"q": "fiscal"})
    assertContains(response, "Fiscal openness")

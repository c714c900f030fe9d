from django.contrib.auth.models import Group

from wagtail.models import Locale

import pytest

from community.permissions import editors_group_ensure
from stories.models import StoryPage
from tests.community.factories import UserFactory
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_an_editor_translates_a_story_into_french_and_spanish(client, index, editor):
    from opengov.models import HomePage

    editors_group_ensure()
    home = HomePage.objects.get(locale__language_code="en")
    story = StoryPageFactory(parent=index, title="Budget hearings on the radio")
    fr, es = (Locale.objects.get(language_code=c) for c in ("fr", "es"))
    client.force_login(editor)
    response = client.post(
        f"/admin/translation/submit/page/{home.pk}/",
        {"locales": [fr.pk, es.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    french = story.get_translation(fr)
    assert french.title == "Budget hearings on the radio"  # a copy for the translator to edit
    assert story.get_translation(es).locale == es
    assert StoryPage.objects.count() == 3


ROLES = ["anonymous", "reformer", "editor", "moderator", "staff"]
ALLOWED, DENIED = "allowed", "denied"


@pytest.fixture
def people(reformer, editor, staff):
    moderator = UserFactory(email="moderator@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    return [None, reformer, editor, moderator, staff]


def _matrix(index, story):
    return {
        "/stories/": (ALLOWED,) * 5,
        f"/stories/{story.slug}/": (ALLOWED,) * 5,
        "/stories/feed/rss/": (ALLOWED,) * 5,
        "/stories/feed/atom/": (ALLOWED,) * 5,
        "/sitemap.xml": (ALLOWED,) * 5,
        f"/admin/pages/{index.pk}/": (DENIED, DENIED, ALLOWED, ALLOWED, ALLOWED),
        f"/admin/pages/add/stories/storypage/{index.pk}/": (
            DENIED, DENIED, ALLOWED, ALLOWED, ALLOWED),
        f"/admin/pages/{story.pk}/edit/": (DENIED, DENIED, ALLOWED, ALLOWED, ALLOWED),
        f"/admin/translation/submit/page/{story.pk}/": (
            DENIED, DENIED, ALLOWED, ALLOWED, ALLOWED),
    }  # fmt: skip


def test_story_permission_matrix(client, index, people):
    editors_group_ensure()
    story = StoryPageFactory(parent=index)
    for url, expected in _matrix(index, story).items():
        for role, user, want in zip(ROLES, people, expected, strict=True):
            client.logout()
            if user is not None:
                client.force_login(user)
            response = client.get(url)
            got = ALLOWED if response.status_code == 200 else DENIED
            if got == DENIED:
                assert response.status_code in (302, 403), (role, url, response.status_code)
            assert got == want, f"{role} on {url}: {response.status_code}"

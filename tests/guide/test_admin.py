"""Editing a chapter in Wagtail's admin: a recommendation's examples (commitments and stories,
many-to-many links on an inline child) are saved with the chapter and kept through revisions."""

from django.conf import settings
from django.urls import reverse

from wagtail.test.utils.form_data import querydict_from_html

import pytest

from guide.models import GuideChapterPage, Recommendation
from opengov.models import HomePage
from tests.community.factories import CommitmentFactory
from tests.guide.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    RecommendationFactory,
)
from tests.stories.factories import StoryPageFactory, story_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def chapter():
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    chapter = GuideChapterPageFactory(parent=GuideIndexPageFactory(parent=home))
    RecommendationFactory(chapter=chapter, title="Publish asset declarations")
    return chapter


def _edit_form(client, page, **examples):
    """The chapter's edit form as the admin renders it, with the first recommendation's
    examples chosen."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for stream in ("standards", "partners"):  # drawn by the admin's JavaScript: empty here
        data[f"recommendations-0-{stream}-count"] = "0"
    for field, objects in examples.items():
        data.setlist(f"recommendations-0-{field}", [str(o.pk) for o in objects])
    return dict(data.lists())  # a QueryDict would post only the last value of each field


def _examples(recommendation):
    return (
        set(recommendation.example_commitments.values_list("public_id", flat=True)),
        set(recommendation.example_stories.values_list("title", flat=True)),
    )


def test_examples_chosen_in_the_admin_are_saved_and_survive_a_revision_publish(
    client, staff, chapter
):
    registry, portal = CommitmentFactory(public_id="KE0012"), CommitmentFactory(public_id="AM0040")
    story = StoryPageFactory(parent=story_index(), title="How Kenya found the owners")
    client.force_login(staff)

    data = _edit_form(
        client, chapter, example_commitments=[registry, portal], example_stories=[story]
    )
    data["action-publish"] = "action-publish"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[chapter.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]

    expected = ({"KE0012", "AM0040"}, {"How Kenya found the owners"})
    assert _examples(Recommendation.objects.get(chapter=chapter)) == expected
    # the revision holds them too: publishing it again (a rollback, a moderator's approval)
    # keeps them
    page = GuideChapterPage.objects.get(pk=chapter.pk)
    assert _examples(page.get_latest_revision().as_object().recommendations.get()) == expected
    page.get_latest_revision().publish()
    assert _examples(Recommendation.objects.get(chapter=chapter)) == expected


def test_examples_changed_in_a_draft_reach_the_live_chapter_when_it_is_published(
    client, staff, chapter
):
    registry, portal = CommitmentFactory(public_id="KE0012"), CommitmentFactory(public_id="AM0040")
    recommendation = chapter.recommendations.get()
    recommendation.example_commitments.set([registry])
    recommendation.save()  # a parental m2m is committed when its owner is saved
    client.force_login(staff)

    data = _edit_form(client, chapter, example_commitments=[portal])
    response = client.post(reverse("wagtailadmin_pages:edit", args=[chapter.pk]), data)
    assert response.status_code == 302  # a draft: the live chapter is unchanged
    assert _examples(Recommendation.objects.get(chapter=chapter))[0] == {"KE0012"}

    GuideChapterPage.objects.get(pk=chapter.pk).get_latest_revision().publish()
    assert _examples(Recommendation.objects.get(chapter=chapter))[0] == {"AM0040"}

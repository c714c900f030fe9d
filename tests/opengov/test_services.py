"""Removing the alias copies that WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE made."""

from django.core.management import call_command

from wagtail.models import Locale, Page

import pytest

from guide.models import SelfAssessment
from opengov.services import translation_aliases_remove
from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

pytestmark = pytest.mark.django_db


def _alias(page, code):
    return page.copy_for_translation(
        Locale.objects.get(language_code=code), copy_parents=True, alias=True
    )


def test_alias_copies_go_and_what_pointed_at_them_follows_the_original(reformer, client):
    guide = GuideIndexPageFactory(parent=home_page())
    chapter = GuideChapterPageFactory(parent=guide, slug="justice")
    alias = _alias(chapter, "fr")  # with a copy of the home page and of the guide above it
    copies = Page.objects.filter(alias_of__isnull=False)
    assert copies.count() == 3
    assessment = SelfAssessment.objects.create(user=reformer, chapter_id=alias.pk, done=[1])

    dry = translation_aliases_remove(dry_run=True)
    assert len(dry.removed) == 3 and copies.count() == 3

    report = translation_aliases_remove()
    assert len(report.removed) == 3 and not report.converted
    assert not Page.objects.filter(alias_of__isnull=False).exists()
    assessment.refresh_from_db()
    assert assessment.chapter_id == chapter.pk  # kept, on the original
    # the copy's address still answers: the original, in the French interface
    assert client.get("/fr/guide/justice/").context["page"].pk == chapter.pk
    assert not translation_aliases_remove().removed  # idempotent


def test_a_copy_that_holds_translations_becomes_a_page_to_translate():
    stories = StoryIndexPageFactory(parent=home_page())
    story = StoryPageFactory(parent=stories, slug="legal-aid")
    _alias(stories, "fr")  # the French story index is an alias copy...
    french = story.copy_for_translation(Locale.objects.get(language_code="fr")).specific
    french.save_revision().publish()  # ...holding a real translation
    report = translation_aliases_remove()
    # the copies of the story index and of the home page above it, deepest first
    assert [label.split()[1] for label in report.converted] == ["/home-fr/stories/", "/home-fr/"]
    assert report.removed == []
    assert Page.objects.filter(pk=french.pk).exists()
    assert not Page.objects.filter(alias_of__isnull=False).exists()


def test_the_command_reports_what_it_does(capsys):
    _alias(GuideIndexPageFactory(parent=home_page()), "es")
    call_command("translation_aliases_remove", "--dry-run")
    assert "Would have removed 2 alias copies" in capsys.readouterr().out
    call_command("translation_aliases_remove")
    assert "removed 2 alias copies" in capsys.readouterr().out

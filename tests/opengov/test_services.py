"""The Wagtail Site record follows the deployment's address; removing the alias copies that
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE made (opengov.services)."""

from django.apps import apps as django_apps
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal

from wagtail.models import Locale, Page, Site

import pytest

from guide.models import SelfAssessment
from opengov.services import site_record_sync, translation_aliases_remove
from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

pytestmark = pytest.mark.django_db


def test_the_migrated_site_has_the_configured_address_and_name():
    # the first migration made "localhost" on port 80; the test settings say http://testserver
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.site_name) == ("testserver", 80, "OpenGov Commons")


@pytest.mark.parametrize(
    ("base_url", "hostname", "port", "home"),
    [
        ("https://opengov.example.org", "opengov.example.org", 443, "https://opengov.example.org/"),
        ("http://127.0.0.1:8000", "127.0.0.1", 8000, "http://127.0.0.1:8000/"),
    ],
)
def test_the_site_record_follows_the_base_url(base_url, hostname, port, home):
    assert home_page().full_url == "http://testserver/"  # the root paths are now cached
    assert site_record_sync(base_url=base_url, site_name="Commons Lab") == 1
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.site_name) == (hostname, port, "Commons Lab")
    assert home_page().full_url == home
    assert site_record_sync(base_url=base_url, site_name="Commons Lab") == 0  # nothing to do


def test_a_base_url_that_is_not_an_address_is_refused():
    with pytest.raises(ImproperlyConfigured, match="WAGTAILADMIN_BASE_URL"):
        site_record_sync(base_url="opengov.example.org", site_name="OpenGov Commons")


def test_every_migrate_brings_the_record_up_to_date(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://opengov.example.org:8443"
    # as `migrate` sends it when it is done
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default", apps=django_apps)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("opengov.example.org", 8443)


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

"""Addresses in the reader's language, and the route to a page its language tree lacks."""

from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Locale

import pytest

from core import languages
from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
from tests.stories.factories import home_page


@pytest.mark.parametrize(
    ("url", "language", "expected"),
    [
        ("/stories/x/", "fr", "/fr/stories/x/"),
        ("/fr/stories/x/", "es", "/es/stories/x/"),
        ("/es/stories/x/", "en", "/stories/x/"),
        ("/", "es", "/es/"),
        ("/fr/", "en", "/"),
        ("/fr", "es", "/es/"),
        (
            "/search/?q=courts&area=justice#results",
            "fr",
            "/fr/search/?q=courts&area=justice#results",
        ),
        # the same in every language: outside i18n_patterns, assets, other sites, anchors
        ("/static/css/site.css", "fr", "/static/css/site.css"),
        ("/media/images/a.jpg", "fr", "/media/images/a.jpg"),
        ("/fr/sitemap.xml", "es", "/sitemap.xml"),
        ("/healthz", "fr", "/healthz"),
        ("/admin/pages/", "fr", "/admin/pages/"),
        ("/documents/1/terms.txt", "es", "/documents/1/terms.txt"),
        ("/language/en/?next=/", "fr", "/language/en/?next=/"),
        ("https://www.opengovpartnership.org/", "fr", "https://www.opengovpartnership.org/"),
        ("//cdn.example.org/x.js", "fr", "//cdn.example.org/x.js"),
        ("#rec-3", "fr", "#rec-3"),
        ("mailto:someone@example.org", "fr", "mailto:someone@example.org"),
        ("", "fr", ""),
    ],
)
def test_an_address_in_another_language(url, language, expected):
    assert languages.localize_url(url, language) == expected


def test_the_readers_language_is_the_active_one():
    with translation.override("es"):
        assert languages.localize_url("/members/") == "/es/members/"
    with translation.override("en"):
        assert languages.localize_url("/fr/members/") == "/members/"


@pytest.mark.django_db
def test_the_route_to_a_page_the_readers_tree_lacks():
    """The French guide exists, the chapter only in English: /fr/guide/justice/ reaches the
    French guide, then the English chapter; its sub-routes and nothing else."""
    home = home_page()
    guide = GuideIndexPageFactory(parent=home)
    chapter = GuideChapterPageFactory(parent=guide, slug="justice")
    french = Locale.objects.get(language_code="fr")
    for page in (home, guide):
        page.copy_for_translation(french).save_revision().publish()
    request = RequestFactory().get("/fr/guide/justice/")
    with translation.override("fr"):
        page, args, _kwargs = languages.fallback_route(request, "guide/justice/")
        assert page.pk == chapter.pk
        page, args, _kwargs = languages.fallback_route(request, "guide/justice/self-assessment/")
        assert page.pk == chapter.pk and args[0].__name__ == "self_assessment"
        assert languages.fallback_route(request, "guide/nothing-here/") is None
        assert languages.fallback_route(request, "guide/justice/nothing-here/") is None
        assert languages.content_language(chapter) == "en"
        assert languages.page_url(chapter) == "/fr/guide/justice/"


@pytest.mark.django_db
def test_an_alias_copy_is_written_in_its_originals_language():
    home = home_page()
    guide = GuideIndexPageFactory(parent=home)
    chapter = GuideChapterPageFactory(parent=guide, slug="justice")
    alias = chapter.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True, alias=True
    )
    assert alias.locale.language_code == "es"
    assert languages.content_language(alias) == "en"

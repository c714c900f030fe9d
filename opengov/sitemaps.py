"""One sitemap for every public page: Wagtail pages in every language, and the records."""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import index, sitemap
from django.urls import path

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page


class PagesSitemap(WagtailSitemap):
    """Wagtail's sitemap lists the default site's tree; translations live in sibling trees
    (one per locale), so list the descendants of every translation of the root page."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        pages = Page.objects.none()
        for translated_root in roots:
            pages |= Page.objects.descendant_of(translated_root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()


class RecordSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = 5000

    def __init__(self, queryset):
        self.queryset = queryset

    def items(self):
        return self.queryset.order_by("pk")


def _sitemaps(request):
    from community.models import ChallengeArea, Commitment, Member

    return {
        "pages": PagesSitemap(request),
        "challenge-areas": RecordSitemap(ChallengeArea.objects.in_default_locale()),
        "members": RecordSitemap(Member.objects.all()),
        "commitments": RecordSitemap(Commitment.objects.all()),
    }


def sitemap_index(request):
    return index(request, _sitemaps(request), sitemap_url_name="sitemap_section")


def sitemap_section(request, section):
    return sitemap(request, _sitemaps(request), section=section)


urlpatterns = [
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap_section"),
]

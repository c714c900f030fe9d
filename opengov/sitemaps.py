"""The sitemap: every public page of the site, in every language it exists in.

Each section lists one <url> per language version of each object, with the others as
hreflang alternates (and x-default), as opengov.alternates decides them: Wagtail pages in the
languages they are translated into (aliases are not versions), records in every language.
Addresses are built from the request (scheme and host), like those of the index, so that the
sitemap names the host it was asked on. A section larger than URLS_PER_FILE addresses is
split into files (?p=2, ...), which the index lists."""

import datetime

from django import forms
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import index
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Max, Min, Q
from django.http import Http404, HttpResponse
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import http_date
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from . import alternates

# At most this many <url> entries in one file (the protocol allows 50,000; smaller files are
# quicker to build and fetch: 3,000 addresses with their alternates are about 1.4 MB, written
# in well under 200 ms). A file holds URLS_PER_FILE // languages objects.
URLS_PER_FILE = 3_000


class LocalisedSitemap(Sitemap):
    """A section: objects paginated in the database, each expanded into its versions."""

    lastmod_field = None  # the field a version's <lastmod> comes from

    def __init__(self, request):
        self.request = request

    @property
    def limit(self):
        return max(1, URLS_PER_FILE // len(settings.LANGUAGES))

    @cached_property
    def paginator(self):
        # Django's makes a new paginator (and counts again) each time it is asked for one
        return Paginator(self.items(), self.limit)

    def versions(self, objects) -> list[alternates.Versions]:
        raise NotImplementedError

    def lastmod(self, obj):
        return getattr(obj, self.lastmod_field) if self.lastmod_field else None

    def get_latest_lastmod(self):
        if not self.lastmod_field:
            return None
        return self.items().aggregate(latest=Max(self.lastmod_field))["latest"]

    def get_urls(self, page=1, site=None, protocol=None):
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        objects = list(self.paginator.page(page).object_list)
        urls = []
        for obj, versions in zip(objects, self.versions(objects), strict=True):
            links = [
                {"lang_code": code, "location": origin + url} for code, url in versions.alternates()
            ]
            lastmod = self.lastmod(obj)
            urls += [
                {"item": obj, "location": origin + url, "lastmod": lastmod, "alternates": links}
                for url in versions.urls.values()
            ]
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


class PagesSitemap(LocalisedSitemap):
    """Wagtail pages of the site the request is for, one item per translation group
    (pages that are translations of each other share a translation key)."""

    @cached_property
    def pages(self):
        site = Site.find_for_request(self.request)
        roots = [r.root_path for r in Site.get_site_root_paths() if site and r.site_id == site.pk]
        within = Q(pk__in=[])
        for root in roots:
            within |= Q(url_path__startswith=root)
        return alternates.page_versions_of(Page.objects.filter(within))

    def items(self):
        # one row per translation group, in the order of the tree
        return (
            self.pages.values("translation_key")
            .annotate(position=Min("path"), lastmod=Max("last_published_at"))
            .order_by("position")
        )

    def lastmod(self, obj):
        return obj["lastmod"]

    def get_latest_lastmod(self):
        return self.pages.aggregate(latest=Max("last_published_at"))["latest"]

    def versions(self, objects):
        by_key = alternates.page_versions_by_key(
            self.pages, [obj["translation_key"] for obj in objects], self.request
        )
        empty = alternates.Versions({})
        return [by_key.get(obj["translation_key"], empty) for obj in objects]


class RecordSitemap(LocalisedSitemap):
    """Records with a page of their own, in every language of the site."""

    def __init__(self, request, queryset, lastmod_field=None):
        super().__init__(request)
        self.queryset = queryset
        self.lastmod_field = lastmod_field

    def items(self):
        return self.queryset.order_by("pk")

    def versions(self, objects):
        return [alternates.record_versions(obj) for obj in objects]


def _sitemaps(request):
    from community.models import ChallengeArea, Commitment, Member, ReformerProfile
    from resources.models import Resource

    return {
        "pages": PagesSitemap(request),
        "challenge-areas": RecordSitemap(
            request, ChallengeArea.objects.in_default_locale().only("pk", "slug")
        ),
        "members": RecordSitemap(request, Member.objects.only("pk", "slug")),
        "commitments": RecordSitemap(
            request, Commitment.objects.only("pk", "public_id", "updated_at"), "updated_at"
        ),
        # the profiles anyone may open: public ones of active accounts
        "reformers": RecordSitemap(
            request,
            ReformerProfile.objects.visible_to(AnonymousUser()).only("pk", "slug", "updated_at"),
            "updated_at",
        ),
        "resources": RecordSitemap(
            request, Resource.objects.only("pk", "slug", "updated_at"), "updated_at"
        ),
    }


def sitemap_index(request):
    return index(request, _sitemaps(request), sitemap_url_name="sitemap_section")


class SitemapPageForm(forms.Form):
    p = forms.IntegerField(required=False, min_value=1, max_value=1_000_000)


def sitemap_section(request, section):
    """django.contrib.sitemaps' view, written out without its template: rendering ten
    thousand <url> entries with their alternates through the template language took most of
    a file's time (docs/performance.md, "Sitemaps")."""
    found = _sitemaps(request).get(section)
    if found is None:
        raise Http404(_("No such sitemap."))
    form = SitemapPageForm(request.GET)
    if not form.is_valid():
        raise Http404(_("No such sitemap page."))
    try:
        urls = found.get_urls(
            page=form.cleaned_data["p"] or 1,
            site=get_current_site(request),
            protocol=request.scheme,
        )
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(_("No such sitemap page.")) from error
    response = HttpResponse(_urlset(urls), content_type="application/xml")
    latest = getattr(found, "latest_lastmod", None)
    if latest is not None:
        response["Last-Modified"] = http_date(latest.timestamp())
    return response


_XML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"})


def escape(text: str) -> str:
    """XML-escaped, as plain text (django.utils.html.escape marks each result safe: a
    noticeable cost at fifty thousand addresses a file)."""
    return str(text).translate(_XML)


def _day(value) -> str:
    """A <lastmod> as the template's date:"Y-m-d" gives it (in the current time zone)."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{value:%Y-%m-%d}"


def _urlset(urls) -> str:
    """What django/contrib/sitemaps/templates/sitemap.xml renders, without the blank space."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
        'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
    ]
    for url in urls:
        parts.append(f"<url><loc>{escape(url['location'])}</loc>")
        if url["lastmod"]:
            parts.append(f"<lastmod>{_day(url['lastmod'])}</lastmod>")
        parts.extend(
            f'<xhtml:link rel="alternate" hreflang="{escape(link["lang_code"])}" '
            f'href="{escape(link["location"])}"/>'
            for link in url["alternates"]
        )
        parts.append("</url>")
    parts.append("</urlset>\n")
    return "".join(parts)


urlpatterns = [
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap_section"),
]

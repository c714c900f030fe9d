"""The sitemap: every public page of the site, in every language it exists in.

Each section lists one <url> per language version of each object, with the others as
hreflang alternates (and x-default), as opengov.alternates decides them: Wagtail pages in the
languages they are translated into (aliases are not versions), records in every language.
Addresses are built from the request (scheme and host), like those of the index, so that the
sitemap names the host it was asked on. A section larger than one file is split into files
(?p=2, ...), which the index lists.

Built for size (docs/performance.md, "Sitemaps"): the index asks each section one aggregate
(its size and latest change); a file reads only its own rows, as plain values, in the order
of an index (the keys first, then a range from the first key: no COUNT, and the rows before
it are skipped in the index, not read); addresses are formatted from a prefix reversed once
per section (records) or per site root (pages), and the XML is written directly, not through
the template language."""

import datetime
import re
from collections import defaultdict

from django import forms
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sites.shortcuts import get_current_site
from django.db.models import Count, Max, Q
from django.http import Http404, HttpResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.http import http_date
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from . import alternates

# At most this many <url> entries in one file (the protocol allows 50,000; smaller files are
# quicker to build and fetch: 3,000 addresses with their alternates are about 1.4 MB). A
# file holds URLS_PER_FILE // languages objects: records (one address per language) or
# pages (each is one language version, with its translations as alternates).
URLS_PER_FILE = 3_000

# a path segment that reverse() would give back unchanged (no quoting) and that every URL
# converter of the sections accepts (slug, public_id; wagtail_serve's segments): anything
# else is reversed the slow way, so that the sitemap never names an address the site does
# not have
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,39}")
_PLAIN_PAGE_PATH = re.compile(r"(?:[A-Za-z0-9_-]+/)*")
_SENTINEL = "Z0sitemap0Z"


class Section:
    """A section of the sitemap, in files of `per_file` objects."""

    def __init__(self, request):
        self.request = request

    @property
    def per_file(self) -> int:
        return max(1, URLS_PER_FILE // len(settings.LANGUAGES))

    def summary(self) -> tuple[int, datetime.datetime | None]:
        """(objects, the latest change or None), in one query."""
        raise NotImplementedError

    def file(self, number: int, origin: str) -> tuple[str, datetime.datetime | None] | None:
        """File `number`'s XML and its latest change; None when there is no such file."""
        raise NotImplementedError


class RecordSection(Section):
    """Records with a page of their own, in every language of the site, in the order of
    `key`: the field their address names (unique, indexed: a deep file skips entries of its
    index, not rows), also the keyword of `url_name`."""

    def __init__(self, request, queryset, *, key, url_name, lastmod_field=None):
        super().__init__(request)
        self.queryset = queryset
        self.key = key
        self.url_name = url_name
        self.lastmod_field = lastmod_field

    def summary(self):
        records = self.queryset.order_by()
        if not self.lastmod_field:
            return records.count(), None
        if not records.query.has_filters():
            # a whole table: COUNT(*) and the MAX of an indexed field are each read without
            # a scan (SQLite's count and min/max optimisations), but not in one query
            return records.count(), records.aggregate(latest=Max(self.lastmod_field))["latest"]
        # a filtered set (the reformers): one scan for both
        found = records.aggregate(count=Count("pk"), latest=Max(self.lastmod_field))
        return found["count"], found["latest"]

    def rows(self, number: int) -> list[tuple] | None:
        ordered = self.queryset.order_by(self.key)
        if number > 1:
            skip = (number - 1) * self.per_file
            first = list(ordered.values_list(self.key, flat=True)[skip : skip + 1])
            if not first:
                return None
            ordered = ordered.filter(**{f"{self.key}__gte": first[0]})
        fields = [self.key, self.lastmod_field] if self.lastmod_field else [self.key]
        return list(ordered.values_list(*fields)[: self.per_file])

    def path(self, value) -> str:
        """The default language's path of the record whose key is `value`: reverse() once
        per section, the key formatted in (alternates.record_versions_at gives the others)."""
        value = str(value)
        if _PLAIN.fullmatch(value):
            return self._head + value + self._tail
        with translation.override(settings.LANGUAGE_CODE):
            return reverse(self.url_name, kwargs={self.key: value})

    @cached_property
    def _parts(self) -> tuple[str, str]:
        with translation.override(settings.LANGUAGE_CODE):
            head, tail = reverse(self.url_name, kwargs={self.key: _SENTINEL}).split(_SENTINEL)
        return head, tail

    @property
    def _head(self):
        return self._parts[0]

    @property
    def _tail(self):
        return self._parts[1]

    def file(self, number, origin):
        rows = self.rows(number)
        if rows is None:
            return None
        writer = UrlsetWriter(origin)
        latest = None
        for row in rows:
            lastmod = row[1] if self.lastmod_field else None
            if lastmod is not None and (latest is None or lastmod > latest):
                latest = lastmod
            writer.add(alternates.record_versions_at(self.path(row[0])), lastmod)
        if self.lastmod_field is None or None in (row[1] for row in rows):
            latest = None
        return writer.xml(), latest


class PagesSection(Section):
    """Wagtail pages of the site the request is for: one entry per language version (a live,
    public page that is not an alias), with its translations as alternates, in the order of
    the tree (`path`, Wagtail's unique index)."""

    @cached_property
    def roots(self) -> list[tuple[str, str]]:
        """(root url_path, language code) of the site's root page and its translations, in
        the order Page.get_url_parts() tries them."""
        site = Site.find_for_request(self.request)
        return [
            (root.root_path, root.language_code)
            for root in Site.get_site_root_paths()
            if site and root.site_id == site.pk
        ]

    @cached_property
    def pages(self):
        """The site's live, public pages that are not aliases (opengov.alternates)."""
        within = Q(pk__in=[])
        for root, _code in self.roots:
            within |= Q(url_path__startswith=root)
        return Page.objects.filter(within).live().public().filter(alias_of__isnull=True)

    def summary(self):
        found = self.pages.order_by().aggregate(count=Count("pk"), latest=Max("last_published_at"))
        return found["count"], found["latest"]

    @cached_property
    def _prefixes(self) -> dict[str, str]:
        prefixes = {}
        for _root, code in self.roots:
            with translation.override(code):
                prefixes[code] = reverse("wagtail_serve", args=("",))
        return prefixes

    def page_path(self, url_path: str) -> str | None:
        """What Page.get_url(request) gives for a page of this site: its path behind its
        site root's language prefix."""
        for root, code in self.roots:
            if url_path.startswith(root):
                rest = url_path[len(root) :]
                if _PLAIN_PAGE_PATH.fullmatch(rest):
                    return self._prefixes[code] + rest
                try:
                    with translation.override(code):
                        return reverse("wagtail_serve", args=(rest,))
                except NoReverseMatch:
                    return None
        return None

    def groups(self, keys) -> dict:
        """The versions of the translation groups `keys` (a list or a subquery), and each
        group's latest change."""
        fields = ("translation_key", "pk", "url_path", "locale__language_code")
        rows = self.pages.filter(translation_key__in=keys).order_by()
        members = defaultdict(list)
        for row in rows.values_list(*fields, "last_published_at"):
            members[row[0]].append(row)
        found = {}
        for key, group in members.items():
            urls = {}
            for _key, _pk, url_path, code, _published in group:
                url = self.page_path(url_path)
                if url:
                    urls[code] = url
            original = min(group, key=lambda row: row[1])[3]
            published = [row[4] for row in group]
            latest = None if None in published else max(published)
            found[key] = (alternates.Versions(alternates.in_site_order(urls), original), latest)
        return found

    def file(self, number, origin):
        ordered = self.pages.order_by("path")
        if number > 1:
            skip = (number - 1) * self.per_file
            first = list(ordered.values_list("path", flat=True)[skip : skip + 1])
            if not first:
                return None
            ordered = ordered.filter(path__gte=first[0])
        window = ordered[: self.per_file]
        rows = list(window.values_list("translation_key", "locale__language_code"))
        # the groups' versions in other languages: the window's keys as a subquery
        groups = self.groups(window.values("translation_key"))
        writer = UrlsetWriter(origin)
        latest, dated = None, True
        for key, code in rows:
            versions, lastmod = groups[key]
            if code not in versions.urls:  # not routable
                continue
            writer.add(versions, lastmod, only=code)
            if lastmod is None:
                dated = False
            elif latest is None or lastmod > latest:
                latest = lastmod
        return writer.xml(), latest if dated else None


def _sections(request) -> dict[str, Section]:
    from community.models import ChallengeArea, Commitment, Member, ReformerProfile
    from resources.models import Resource

    return {
        "pages": PagesSection(request),
        "challenge-areas": RecordSection(
            request,
            ChallengeArea.objects.in_default_locale(),
            key="slug",
            url_name="community:challenge_area_detail",
        ),
        "members": RecordSection(
            request, Member.objects.all(), key="slug", url_name="community:member_detail"
        ),
        "commitments": RecordSection(
            request,
            Commitment.objects.all(),
            key="public_id",
            url_name="community:commitment_detail",
            lastmod_field="updated_at",
        ),
        # the profiles anyone may open: public ones of active accounts
        "reformers": RecordSection(
            request,
            ReformerProfile.objects.visible_to(AnonymousUser()),
            key="slug",
            url_name="community:reformer_detail",
            lastmod_field="updated_at",
        ),
        "resources": RecordSection(
            request,
            Resource.objects.all(),
            key="slug",
            url_name="resources:resource_detail",
            lastmod_field="updated_at",
        ),
    }


def sitemap_index(request):
    """django.contrib.sitemaps' index, written out: each section's files with the section's
    latest change."""
    origin = f"{request.scheme}://{get_current_site(request).domain}"
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    ]
    latest_of_all, dated = None, True
    for name, section in _sections(request).items():
        count, latest = section.summary()
        location = escape(origin + reverse("sitemap_section", kwargs={"section": name}))
        lastmod = ""
        if latest is None:
            dated = False
        else:
            latest_of_all = latest if latest_of_all is None else max(latest_of_all, latest)
            lastmod = f"<lastmod>{timezone.localtime(latest).isoformat()}</lastmod>"
        files = max(1, -(-count // section.per_file))
        for number in range(1, files + 1):
            query = f"?p={number}" if number > 1 else ""
            parts.append(f"<sitemap><loc>{location}{query}</loc>{lastmod}</sitemap>")
    parts.append("\n</sitemapindex>\n")
    response = HttpResponse("".join(parts), content_type="application/xml")
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    if dated and latest_of_all is not None:
        response.headers["Last-Modified"] = http_date(latest_of_all.timestamp())
    return response


class SitemapPageForm(forms.Form):
    p = forms.IntegerField(required=False, min_value=1, max_value=1_000_000)


def sitemap_section(request, section):
    found = _sections(request).get(section)
    if found is None:
        raise Http404(_("No such sitemap."))
    form = SitemapPageForm(request.GET)
    if not form.is_valid():
        raise Http404(_("No such sitemap page."))
    number = form.cleaned_data["p"] or 1
    origin = f"{request.scheme}://{get_current_site(request).domain}"
    written = found.file(number, origin)
    if written is None:
        raise Http404(_("No such sitemap page."))
    xml, latest = written
    response = HttpResponse(xml, content_type="application/xml")
    if latest is not None:
        response["Last-Modified"] = http_date(latest.timestamp())
    return response


_XML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"})


def escape(text: str) -> str:
    """XML-escaped, as plain text (django.utils.html.escape marks each result safe: a
    noticeable cost at thousands of addresses a file)."""
    return str(text).translate(_XML)


def _day(value, zone) -> str:
    """A <lastmod> as the template's date:"Y-m-d" gives it (in the time zone `zone`, the
    current one)."""
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        value = value.astimezone(zone)
    return f"{value:%Y-%m-%d}"


class UrlsetWriter:
    """What django/contrib/sitemaps/templates/sitemap.xml renders, without the blank
    space: each object's <url> entries with its alternates, written once per object."""

    def __init__(self, origin: str):
        self.origin = escape(origin)
        self.zone = timezone.get_current_timezone()
        self.parts = [
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        ]

    def add(self, versions: alternates.Versions, lastmod=None, *, only: str | None = None):
        """An entry for each version of an object (or only the one in language `only`)."""
        origin = self.origin
        escaped = {url: escape(url) for url in versions.urls.values()}
        links = "".join(
            f'<xhtml:link rel="alternate" hreflang="{escape(code)}" href="{origin}{escaped[url]}"/>'
            for code, url in versions.alternates()
        )
        day = f"<lastmod>{_day(lastmod, self.zone)}</lastmod>" if lastmod else ""
        urls = versions.urls.values() if only is None else [versions.urls[only]]
        self.parts.extend(
            f"<url><loc>{origin}{escaped[url]}</loc>{day}{links}</url>" for url in urls
        )

    def xml(self) -> str:
        return "".join([*self.parts, "</urlset>\n"])


urlpatterns = [
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap_section"),
]

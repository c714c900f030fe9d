"""In which languages an object has a page, and at which addresses: one answer for the
sitemap, the canonical and hreflang links in the <head> of every page, and whatever else
needs to know.

- A Wagtail page has a version in a language when its translation in that locale is live,
  public and not an alias. A page the reader's language does not have is served in its
  original language at the reader's address (core.languages, "/fr/guide/justice/" for an
  English-only chapter): that address is not a version, its canonical address is the
  original's, and the sitemap does not list it. So is an alias (the copy Wagtail's tree sync
  made in the other locales before it was turned off; `translation_aliases_remove`).
- Everything else (members, commitments, challenge areas, research resources, reformer
  profiles, the lists and the search): one page per language of the site, at the address
  with that language's prefix. Their interface and vocabulary are translated; a record's own
  text is shown as it was written.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import translate_url

from wagtail.models import Page

from core import languages

# Query parameters that never change what a page shows: campaign tracking, click ids, and
# where to go after signing in. The page number is kept (from the page actually shown):
# each page of a list has its own canonical address, as search engines ask.
UNTRACKED_PREFIXES = ("utm_",)
UNTRACKED = frozenset(
    {"gclid", "dclid", "fbclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "next", "page"}
    # a keyset page's cursor (community.keyset): its canonical address is ?page=N
    | {"after", "before"}
)


def site_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class Versions:
    """The addresses of one object's versions by language code, in the site's order."""

    urls: dict[str, str]
    original: str | None = None  # the language it was first written in

    @property
    def fallback(self) -> str | None:
        """The version for a reader whose language has none (hreflang x-default): the
        default language's, else the original."""
        code = settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in self.urls else self.original
        return self.urls.get(code)

    def alternates(self, suffix: str = "") -> list[tuple[str, str]]:
        """(hreflang, address) for every version, and x-default; none when there is only one."""
        if len(set(self.urls.values())) < 2:
            return []
        pairs = [(code, url + suffix) for code, url in self.urls.items()]
        if self.fallback:
            pairs.append(("x-default", self.fallback + suffix))
        return pairs


def in_site_order(urls: dict[str, str]) -> dict[str, str]:
    return {code: urls[code] for code in site_languages() if code in urls}


# --- Wagtail pages --------------------------------------------------------------------------


def _group_versions(pages: list[Page], request) -> Versions:
    urls = {}
    for page in pages:
        url = page.get_url(request)
        if url:
            urls[page.locale.language_code] = url
    original = min(pages, key=lambda page: page.pk).locale.language_code if pages else None
    return Versions(in_site_order(urls), original)


def page_versions(page: Page, request) -> Versions:
    """The versions of one page: the live translations the request has already read
    (core.languages.live_translations) that are not aliases nor restricted (checked as
    PageQuerySet.public() does: a restricted page and its descendants are not public). One
    query, shared with the language switcher."""
    pages = [
        p
        for p in languages.live_translations(page, request)
        if p.alias_of_id is None and not p.restricted
    ]
    return _group_versions(pages, request)


# --- records and every other view -----------------------------------------------------------


def record_versions_at(url: str) -> Versions:
    """The versions of the record whose address in the default language is `url` (no
    query): the record pages' URL patterns are not translated (i18n_patterns without a prefix
    for the default language), so each version is the default one behind its language prefix.
    The sitemap reverses one address per section and formats the others from it."""
    default = settings.LANGUAGE_CODE
    urls = {code: url if code == default else f"/{code}{url}" for code in site_languages()}
    return Versions(urls, default)


def path_versions(path: str) -> Versions:
    """The versions of the view at ``path`` (a path_info): the same view in every language."""
    return Versions({code: translate_url(path, code) for code in site_languages()}, None)


# --- the links in <head> ----------------------------------------------------------------------


@dataclass(frozen=True)
class HeadLinks:
    canonical: str
    alternates: list[tuple[str, str]]


def canonical_query(request, page_number: int | None = None) -> str:
    """The query string without tracking parameters, empty values (an unused filter) or a
    page number other than the one shown; sorted, so that one list has one address."""
    pairs = [
        (name, value)
        for name, values in request.GET.lists()
        if name not in UNTRACKED and not name.startswith(UNTRACKED_PREFIXES)
        for value in values
        if value
    ]
    if page_number and page_number > 1:
        pairs.append(("page", str(page_number)))
    return f"?{urlencode(sorted(pairs))}" if pairs else ""


def head_links(request, *, page=None, page_number: int | None = None) -> HeadLinks | None:
    """The canonical address of what ``request`` shows and its versions in other languages
    (absolute). ``page`` is the Wagtail page being served, if any; a route of a routable page
    (/guide/report/) keeps its route in every language."""
    if getattr(request, "is_preview", False):
        return None
    query = canonical_query(request, page_number)
    if isinstance(page, Page):
        if page.pk is None:
            return None
        own = page.get_url(request) or request.path
        here = languages.page_url(page, request) or own  # its address in the reader's language
        if here != own and request.path.startswith(here):
            # a page the reader's language does not have, served in its original language at
            # the reader's address (core.languages.fallback_route): not a version, so its
            # canonical is the original's address (and route), and it names no alternates
            suffix = request.path[len(here) :]
            canonical = own + suffix
            versions = Versions({})
        else:
            versions = page_versions(page, request)
            suffix = request.path[len(own) :] if request.path.startswith(own) else ""
            canonical = own + suffix
            if page.alias_of_id and versions.fallback:
                # not a version of its own: the original is the address to index, and only
                # versions name each other as alternates
                canonical = versions.fallback + suffix
                versions = Versions({})
    else:
        versions = path_versions(request.path_info)
        suffix = ""
        canonical = request.path
    return HeadLinks(
        canonical=request.build_absolute_uri(canonical + query),
        alternates=[
            (code, request.build_absolute_uri(url + query))
            for code, url in versions.alternates(suffix)
        ],
    )

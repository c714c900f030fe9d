"""The reader's language, everywhere: addresses in it, and pages not yet translated into it.

One rule for every page type (docs/architecture.md, "URLs and languages"): the site answers
every address in every language. A page that exists in the reader's language is served as
it is; a page that does not is served in its original language, inside the reader's
interface, with a notice saying so (core/templates/core/includes/translation_notice.html). So a link
never has to know whether a translation exists: it is the language-neutral address with the
reader's prefix (``localize_url``), and the page tree does the rest (``fallback_route``).
Listings, feeds and search already show one version of each page (the reader's, else the
original); their links go through ``page_url``."""

from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.urls import Resolver404, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, URLResolver
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction, Site


def reader_language() -> str:
    """The interface language of this request (or of the code running now)."""
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def split_language(path: str) -> tuple[str, str]:
    """("fr", "/stories/x/") for "/fr/stories/x/"; (default, path) for an unprefixed path."""
    for code in language_codes():
        if code == settings.LANGUAGE_CODE:
            continue
        prefix = f"/{code}/"
        if path.startswith(prefix) or path == prefix[:-1]:
            return code, "/" + path[len(prefix) :]
    return settings.LANGUAGE_CODE, path


_neutral: dict[int, tuple] = {}


def _neutral_resolver() -> tuple:
    """A resolver of the URL patterns outside ``i18n_patterns`` (admin, documents, sitemaps,
    the language switch...), and the static and media prefixes."""
    resolver = get_resolver()
    found = _neutral.get(id(resolver))
    if found is None:
        patterns = [
            pattern
            for pattern in resolver.url_patterns
            if not isinstance(pattern.pattern, LocalePrefixPattern)
        ]
        prefixes = tuple(p for p in (settings.STATIC_URL, settings.MEDIA_URL) if p)
        found = _neutral[id(resolver)] = (URLResolver(RegexPattern(r"^/"), patterns), prefixes)
    return found


def is_language_neutral(path: str) -> bool:
    """True for a path that means the same in every language (no language prefix)."""
    resolver, prefixes = _neutral_resolver()
    if path.startswith(prefixes):
        return True
    try:
        resolver.resolve(path)
    except Resolver404:
        return False
    return True


def localize_path(path: str, language: str | None = None) -> str:
    """The same address in ``language`` (the reader's by default): "/fr/stories/x/" in
    Spanish is "/es/stories/x/", in English "/stories/x/"."""
    language = language or reader_language()
    _code, neutral = split_language(path)
    if is_language_neutral(neutral):
        return neutral
    if language == settings.LANGUAGE_CODE:
        return neutral
    return f"/{language}{neutral}"


def absolute_url(path: str, language: str | None = None) -> str:
    """A link for an e-mail or a calendar: the deployment's address (WAGTAILADMIN_BASE_URL),
    at the prefix of ``language``, by default the language active now (the recipient's)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + localize_path(path, language)


def localize_url(url: str, language: str | None = None) -> str:
    """``localize_path`` for a URL as pages, records and reverse() give them: a path with a
    query string and fragment. Other sites' addresses, e-mail links and anchors are left
    alone; so is an absolute URL (another Wagtail site's page)."""
    if not url or not url.startswith("/") or url.startswith("//"):
        return url
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=localize_path(parts.path, language)))


def page_url(page, request=None, language: str | None = None) -> str:
    """The address of ``page`` for a reader of ``language``: its own when it is in that
    language, else the same page at the reader's language prefix (served in its original
    language with a notice: see ``fallback_route``). No query: the page's own URL is built
    from the site root paths Wagtail caches."""
    url = page.get_url(request, current_site=_only_site(page, request))
    return localize_url(url, language) if url else ""


_ANY_SITE = SimpleNamespace(id=None)


def _only_site(page, request):
    """Wagtail's `get_url` looks the request's Site up (a query, outside page serving) only
    to choose between a relative and an absolute URL; with one Site (its cached root paths
    name one) the URL is relative whatever the Site, so the look-up is skipped."""
    if request is None or hasattr(request, "_wagtail_site"):
        return None
    if len({root.site_id for root in page._get_site_root_paths(request)}) == 1:
        return _ANY_SITE
    return None


def live_translations(page: Page, request) -> list[Page]:
    """The live pages of ``page``'s translation group (itself included, alias copies too),
    with their locales: one query, once per request (the language switcher and the
    alternate links of the <head> both read them). Each says whether a view restriction
    on it or an ancestor keeps it from the public (`restricted`), as PageQuerySet.public()
    decides, in the same query."""
    cache = getattr(request, "_live_translations", None)
    if cache is None:
        cache = request._live_translations = {}
    if page.translation_key not in cache:
        translations = Page.objects.filter(translation_key=page.translation_key, live=True)
        restricted = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
        translations = translations.annotate(restricted=Exists(restricted))
        cache[page.translation_key] = list(translations.select_related("locale"))
    return cache[page.translation_key]


def page_translations(page: Page, request) -> dict[str, str]:
    """Live translations of ``page`` by language code (alias copies left out, but for the
    page itself)."""
    return {
        p.locale.language_code: p.get_url(request)
        for p in live_translations(page, request)
        if p.alias_of_id is None or p.pk == page.pk
    }


# --- serving a page that is not in the reader's language -------------------------------------


def _locale_order(page) -> list:
    """The other versions of ``page`` (every locale, drafts included), the default language
    first and then in the order of LANGUAGES."""
    order = {code: n for n, code in enumerate(language_codes())}
    order[settings.LANGUAGE_CODE] = -1
    others = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    return sorted(
        others.select_related("locale"), key=lambda p: order.get(p.locale.language_code, 99)
    )


def fallback_route(request, path: str):
    """The route to the original of a page the reader's language tree does not have.

    Follows ``path`` down the reader's tree as far as it goes (drafts included, so an
    unpublished translation counts as "not yet translated"), then asks each other language's
    version of the last page reached to route the rest: "/fr/guide/justice/" reaches the
    French guide and finds the English chapter "justice" under the English guide. Returns a
    Wagtail RouteResult, or None when no language has such a page."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    reach = getattr(request, "_reader_tree_reach", None)  # core.routing went down already
    if reach is not None:
        page, rest = reach
    else:
        page, rest = site.root_page.localized, [part for part in path.split("/") if part]
        while rest:
            child = page.get_children().filter(slug=rest[0]).first()
            if child is None:
                break
            page, rest = child, rest[1:]
    for other in _locale_order(page):
        try:
            return other.specific.route(request, rest)
        except Http404:
            continue
    return None


_locale_codes: dict[int, str] = {}


def locale_code(locale_id: int) -> str:
    """The language code of a Wagtail locale, without a query per page (the few locales
    are read once per process, and again when an unknown one turns up)."""
    if locale_id not in _locale_codes:
        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes.get(locale_id, settings.LANGUAGE_CODE)


def content_language(page) -> str:
    """The language a page's text is written in: its locale's, or, for an alias of a page
    in another language (an untranslated copy), the original's."""
    if page.alias_of_id:
        original = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True)
        for locale_id in original:
            return locale_code(locale_id)
    return locale_code(page.locale_id)

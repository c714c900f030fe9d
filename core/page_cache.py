"""The page cache for anonymous readers (docs/performance.md, "Page cache").

A GET answered to a reader without a session (no session or messages cookie: nobody signed
in, nothing personal) is kept in Django's cache and given to the next anonymous reader of the
same address in the same language, for at most PAGE_CACHE_SECONDS. Only complete HTML and XML
answers with status 200 are kept, and never one that sets a cookie (a page with a CSRF form
sets the CSRF cookie: its token is the reader's own), says Cache-Control private, no-cache or
no-store, or lies under a path in PAGE_CACHE_SKIP_PATHS (the admin, the API with its
per-client throttling, accounts).

Invalidation is by generation: every key holds the current generation number, kept in the
cache, and any write the site shows (a page published, unpublished, moved or deleted; a
record, a vocabulary term or a translation saved or deleted; the search index changing)
increments it, so the next request misses and is rendered afresh: a published change is
visible at once, in every process sharing the cache. The compiled translation catalogues are
part of the key too, so that new interface translations are never served from old pages.
With the per-process default cache (locmem) a change made by one process is not seen by
another: production sets CACHE_URL to a shared cache (Redis)."""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

GENERATION_KEY = "page-cache:generation"
# models whose writes no anonymous page shows: they do not empty the cache
IGNORED_MODELS = {
    "sessions.session",
    "admin.logentry",
    "core.outboxtask",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailsearch.indexentry",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "account.emailconfirmation",
    "search.savedsearch",
}
CACHED_TYPES = ("text/html", "application/xml", "text/xml")
_NO_STORE = {"private", "no-cache", "no-store"}


def generation() -> int:
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def invalidate() -> None:
    """Every cached page is stale from now on (the next request renders afresh)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there (evicted, or never read): any new value will do
        cache.set(GENERATION_KEY, generation() + 1, timeout=None)


def _catalogue_stamp() -> str:
    """A digest of the compiled translation catalogues (paths, sizes and times)."""
    digest = hashlib.sha256()
    for locale_dir in settings.LOCALE_PATHS:
        for path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.mo")):
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def _cache_key(request, generation_number: int, stamp: str) -> str:
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return f"page-cache:{stamp}:{generation_number}:{language}:{address}"


def _personal(request) -> bool:
    """Whether the request may see something of its own: a session or a pending message."""
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


def _cacheable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith(CACHED_TYPES):
        return False
    control = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not control & _NO_STORE


class PageCacheMiddleware:
    """Placed after LocaleMiddleware (the key holds the reader's language) and before the
    middleware that reads the session, CSRF token and user, whose work it saves on a hit."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.stamp = _catalogue_stamp()

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if (
            not seconds
            or request.method != "GET"
            or request.path_info.startswith(tuple(settings.PAGE_CACHE_SKIP_PATHS))
            or _personal(request)
        ):
            return self.get_response(request)
        key = _cache_key(request, generation(), self.stamp)
        kept = cache.get(key)
        if kept is not None:
            status, headers, content = kept
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable(response):
            headers = list(response.items())
            cache.set(key, (response.status_code, headers, response.content), seconds)
            response["X-Page-Cache"] = "miss"
        return response


def _on_write(sender, **kwargs):
    if not settings.PAGE_CACHE_SECONDS or sender._meta.label_lower in IGNORED_MODELS:
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= {"last_login"}:
        return  # signing in changes nothing anonymous readers see
    invalidate()


def connect() -> None:
    """Empty the page cache on every write of a model the site shows (core.apps.ready)."""
    for signal in (post_save, post_delete):
        signal.connect(_on_write, dispatch_uid=f"page_cache_{signal}")
    m2m_changed.connect(_on_m2m, dispatch_uid="page_cache_m2m")


def _on_m2m(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        _on_write(type(instance))

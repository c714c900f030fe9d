"""What one request asks for again and again, read once per request.

Wagtail looks the active Locale up by language code each time something asks for it
(`Locale.get_active()`: the routing, `.localized`, the language switcher, listings), one
query each; a page asked for it up to three times. The answers are kept for the length of
the request (from Django's request_started to request_finished), so a Locale added or
removed is seen by the next request; outside a request (commands, Celery tasks, tests
calling selectors) nothing is kept.

`remembered(key, compute)` keeps any other answer the same way, for reads that two parts of
one page make (a commitment's award nominations: its recognitions and its timeline)."""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

_locales: ContextVar[dict | None] = ContextVar("request_locales", default=None)
_answers: ContextVar[dict | None] = ContextVar("request_answers", default=None)
_uncached_get_for_language = LocaleManager.get_for_language


def remembered(key, compute):
    """`compute()`, once per request for this `key` (a tuple naming the read and its
    arguments); outside a request, every time."""
    kept = _answers.get()
    if kept is None:
        return compute()
    if key not in kept:
        kept[key] = compute()
    return kept[key]


def forget(prefix: str) -> None:
    """Drop what this request kept under keys starting with `prefix` (after a write)."""
    kept = _answers.get()
    if kept:
        for key in [key for key in kept if key[0] == prefix]:
            del kept[key]


def _get_for_language(manager, language_code):
    kept = _locales.get()
    if kept is None:
        return _uncached_get_for_language(manager, language_code)
    if language_code not in kept:
        kept[language_code] = _uncached_get_for_language(manager, language_code)
    return kept[language_code]


def _start(**kwargs):
    _locales.set({})
    _answers.set({})


def _finish(**kwargs):
    _locales.set(None)
    _answers.set(None)


def _forget(**kwargs):
    kept = _locales.get()
    if kept is not None:
        kept.clear()


def connect() -> None:
    LocaleManager.get_for_language = _get_for_language
    request_started.connect(_start, dispatch_uid="core.request_cache.start")
    request_finished.connect(_finish, dispatch_uid="core.request_cache.finish")
    post_save.connect(_forget, sender=Locale, dispatch_uid="core.request_cache.saved")
    post_delete.connect(_forget, sender=Locale, dispatch_uid="core.request_cache.deleted")

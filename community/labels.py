"""Names of taxonomy terms in the reader's language, in one cached query per language.

Records point at the default-locale row of a region, country, theme or challenge area. To
show its name in French or Spanish we would otherwise need one query per term shown, so the
whole (small) table of translated names is cached per language and dropped whenever a term
is saved or deleted (see signals.py)."""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from .models import ChallengeArea, Country, Region, Theme

LABELLED_MODELS = (Region, Country, Theme, ChallengeArea)
CACHE_TIMEOUT = 60 * 60
_VERSION_KEY = "community:labels:version"
# label() runs once per term shown (dozens per list page). A short per-process memo keeps that
# from becoming one round trip to the shared cache (Redis in production) per term; another
# process sees a renamed term within MEMO_SECONDS.
MEMO_SECONDS = 5
_memo: dict[str, tuple[float, dict]] = {}


def _cache_key(language_code: str) -> str:
    version = cache.get_or_set(_VERSION_KEY, 1, None)
    return f"community:labels:{version}:{language_code}"


def labels_for(language_code: str) -> dict[tuple[str, str], str]:
    now = time.monotonic()
    memo = _memo.get(language_code)
    if memo is not None and memo[0] > now:
        return memo[1]
    key = _cache_key(language_code)
    labels = cache.get(key)
    if labels is None:
        labels = {}
        if language_code != settings.LANGUAGE_CODE:
            for model in LABELLED_MODELS:
                rows = model.objects.filter(locale__language_code=language_code).values_list(
                    "translation_key", "name"
                )
                for translation_key, name in rows:
                    labels[(model._meta.label_lower, str(translation_key))] = name
        cache.set(key, labels, CACHE_TIMEOUT)
    _memo[language_code] = (now + MEMO_SECONDS, labels)
    return labels


def label(term) -> str:
    """The name of ``term`` in the active language, falling back to its own name."""
    if term is None:
        return ""
    language_code = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if language_code == settings.LANGUAGE_CODE:
        return term.name
    labels = labels_for(language_code)
    return labels.get((term._meta.label_lower, str(term.translation_key)), term.name)


def invalidate() -> None:
    _memo.clear()
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, 2, None)

"""Names of the vocabulary in the reader's language, and their order: the one path every
page, filter, facet, feed and search result takes to show a region, country, theme,
challenge area, member, policy area or research category.

- Taxonomy terms (regions, countries, themes, challenge areas) have a row per locale: the
  whole (small) table of translated names is cached per language and dropped whenever a
  term is saved or deleted (signals.py), so a list in French costs no query per row.
- Members are named after their country: a national member is its country ("Kenya" is
  "Kenia" in Spanish), a local one keeps its own name with the country's translated
  ("Elgeyo-Marakwet County, Kenia"). Cached with the terms, by member id.
- Tags from outside vocabularies (OGP's policy areas, the research exchange's categories)
  are translated by the message catalogues: their apps mark the known names for
  translation and register the tag model here (`translate_with_catalogue`).

Sorting follows the Unicode Collation Algorithm (pyuca): "Côte d'Ivoire" sorts under C, not
after Z as a byte-wise ORDER BY puts it."""

import functools
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from .models import ChallengeArea, Country, Member, Region, Theme

LABELLED_MODELS = (Region, Country, Theme, ChallengeArea)
# Saving or deleting one of these drops the cached names (signals.py).
CACHED_MODELS = (*LABELLED_MODELS, Member)
CACHE_TIMEOUT = 60 * 60
_VERSION_KEY = "community:labels:version"
# label() runs once per term shown (dozens per list page). A short per-process memo keeps that
# from becoming one round trip to the shared cache (Redis in production) per term; another
# process sees a renamed term within MEMO_SECONDS.
MEMO_SECONDS = 5
_memo: dict[str, tuple[float, dict]] = {}
_catalogue_models: set[str] = set()


def translate_with_catalogue(model) -> None:
    """Show this tag model's names through the message catalogues (gettext)."""
    _catalogue_models.add(model._meta.label_lower)


def _cache_key(language_code: str) -> str:
    version = cache.get_or_set(_VERSION_KEY, 1, None)
    return f"community:labels:{version}:{language_code}"


def _member_names(terms: dict) -> list[tuple[int, str, str]]:
    """(member id, name, name in the language of `terms`) of the members whose name
    changes in that language (one query)."""
    names = []
    rows = Member.objects.values_list(
        "pk", "name", "kind", "country__name", "country__translation_key"
    )
    for pk, name, kind, country_name, country_key in rows:
        country = terms.get(("community.country", str(country_key)))
        if country is None or country == country_name:
            continue
        if kind == Member.Kind.NATIONAL:
            names.append((pk, name, country))
        elif name.endswith(f", {country_name}"):
            names.append((pk, name, name[: -len(country_name)] + country))
    return names


def _memoised(key_suffix: str, language_code: str, build) -> dict:
    now = time.monotonic()
    memo_key = f"{language_code}{key_suffix}"
    memo = _memo.get(memo_key)
    if memo is not None and memo[0] > now:
        return memo[1]
    key = _cache_key(language_code) + key_suffix
    found = cache.get(key)
    if found is None:
        found = build() if language_code != settings.LANGUAGE_CODE else {}
        cache.set(key, found, CACHE_TIMEOUT)
    _memo[memo_key] = (now + MEMO_SECONDS, found)
    return found


def labels_for(language_code: str) -> dict[tuple[str, str], str]:
    """{(model label, translation key): name} of the terms in `language_code`."""

    def build():
        labels = {}
        for model in LABELLED_MODELS:
            rows = model.objects.filter(locale__language_code=language_code).values_list(
                "translation_key", "name"
            )
            for translation_key, name in rows:
                labels[(model._meta.label_lower, str(translation_key))] = name
        return labels

    return _memoised("", language_code, build)


def member_labels(language_code: str) -> dict:
    """{member id: name} and {English name: name} in `language_code`, for the members whose
    name changes in it (built when a page first shows a member, one query)."""

    def build():
        names = {}
        for pk, name, translated in _member_names(labels_for(language_code)):
            names[pk] = translated
            names[name] = translated
        return names

    return _memoised(":members", language_code, build)


def reader_language() -> str:
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def label(term) -> str:
    """The name of ``term`` in the active language, falling back to its own name."""
    if term is None:
        return ""
    model = term._meta.label_lower
    if model in _catalogue_models:
        return translation.gettext(term.name)
    language_code = reader_language()
    if language_code == settings.LANGUAGE_CODE:
        return term.name
    if model == "community.member":
        return member_labels(language_code).get(term.pk, term.name)
    return labels_for(language_code).get((model, str(term.translation_key)), term.name)


def member_name(name: str) -> str:
    """A member's name, as a search record keeps it (its English name), in the active
    language: the record does not keep the member's id."""
    language_code = reader_language()
    if not name or language_code == settings.LANGUAGE_CODE:
        return name
    return member_labels(language_code).get(name, name)


# --- order -------------------------------------------------------------------------------


@functools.cache
def _collator():
    import pyuca  # loads its collation table (about 0.2 s): once per process, when needed

    return pyuca.Collator()


def sort_key(text: str) -> tuple:
    """The Unicode collation key of ``text`` (case and accents matter only to break ties)."""
    return _sort_key(str(text))


# The same names are sorted on every list page (a filter's hundreds of members): pyuca takes
# about 0.3 ms a name, a memo nothing.
@functools.lru_cache(maxsize=8192)
def _sort_key(text: str) -> tuple:
    return _collator().sort_key(text)


def sorted_by_label(items, name=label) -> list:
    """``items`` in the reader's alphabetical order of their names."""
    return sorted(items, key=lambda item: sort_key(name(item)))


def invalidate() -> None:
    _memo.clear()
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, 2, None)

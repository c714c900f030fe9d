"""Walk the URLconf: every URL pattern, with a URL that reaches it.

Used by tests/opengov/test_url_walk.py. A pattern is named by its route: the pieces of its
pattern from the root URLconf down, joined as Django joins them for ``ResolverMatch.route``
(``search/saved/<int:pk>/``, ``admin/pages/<int:page_id>/edit/``), so that
``resolve(path).route`` names the pattern a path reached. Patterns under
``i18n_patterns`` are walked like the others (their language prefix is empty for the default
language) and flagged, so a test can request them in another language as well."""

import re
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils.translation import override


@dataclass(frozen=True)
class Route:
    route: str  # e.g. "search/saved/<int:pk>/"
    regex: str  # the full regular expression the path must match
    name: str  # "namespace:name", or "" for an unnamed pattern
    i18n: bool  # under i18n_patterns

    def __str__(self):
        return self.route


def routes() -> list[Route]:
    """Every URL pattern, named as in the default language (no language prefix)."""
    with override(settings.LANGUAGE_CODE):
        return _walk(get_resolver())


def _walk(resolver, route="", regex="", namespace="", i18n=False) -> list[Route]:
    found = []
    for pattern in resolver.url_patterns:
        piece = str(pattern.pattern)
        if route:  # joined as ResolverMatch.route joins them
            piece = piece.removeprefix("^")
        piece_regex = _strip_anchors(pattern.pattern.regex.pattern)
        if isinstance(pattern, URLResolver):
            found += _walk(
                pattern,
                route + piece,
                regex + piece_regex,
                ":".join(n for n in (namespace, pattern.namespace) if n),
                i18n or isinstance(pattern.pattern, LocalePrefixPattern),
            )
        elif isinstance(pattern, URLPattern):
            name = ":".join(n for n in (namespace, pattern.name) if n) if pattern.name else ""
            found.append(Route(route + piece, regex + piece_regex, name, i18n))
    return found


def _strip_anchors(regex: str) -> str:
    regex = regex.removeprefix("^")
    for end in (r"\Z", "$"):
        regex = regex.removesuffix(end)
    return regex


# Values tried, in order, for a URL parameter: the first that its pattern accepts is used.
CANDIDATES = ("1", "x", "en", "live", "latest", "1-x", str(uuid.UUID(int=1)), "")


def sample_path(route: Route) -> str | None:
    """A path (with a leading slash) that matches the route's regex, or None when a part of
    it is not a plain group of a parameter (then the caller must give one)."""
    out, i, regex = [], 0, route.regex
    while i < len(regex):
        char = regex[i]
        if char == "\\" and i + 1 < len(regex):
            if regex[i + 1].isalnum():
                return None  # a character class outside a group
            out.append(regex[i + 1])
            i += 2
        elif char == "(":
            end = _group_end(regex, i)
            inner = re.sub(r"^\(\?P<\w+>|^\((?:\?:)?", "", regex[i : end + 1])[:-1]
            value = next((c for c in CANDIDATES if re.fullmatch(inner, c)), None)
            if value is None:
                return None
            out.append(value)
            i = end + 1
        elif char in ".*+?[]{}|^$":
            return None
        else:
            out.append(char)
            i += 1
    path = "/" + "".join(out)
    return path if re.fullmatch(route.regex, path[1:]) else None


def _group_end(regex: str, start: int) -> int:
    depth, i = 0, start
    while i < len(regex):
        if regex[i] == "\\":
            i += 2
            continue
        if regex[i] == "(":
            depth += 1
        elif regex[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced group in {regex!r}")

"""Recognitions shown on a record's own page (a commitment, a member government, a
reformer's profile): an award won, for instance. The apps that grant them sit above
community and register a provider in their AppConfig.ready (awards does); community never
imports them. A provider takes the kind of record ("commitment", "member", "reformer") and
its id and returns its recognitions in one query."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Recognition:
    title: str  # what was won, e.g. "Winner · Open Gov Awards 2025 · Reform of the year"
    citation: str
    url: str  # where it is told (the results), at the reader's language prefix


_providers: dict[str, Callable[[str, int], list[Recognition]]] = {}


def register(name: str, provider: Callable[[str, int], list[Recognition]]) -> None:
    """Add (or replace: `ready()` may run twice in tests) the provider called `name`."""
    _providers[name] = provider


def recognitions_of(kind: str, pk: int) -> list[Recognition]:
    return [found for provider in _providers.values() for found in provider(kind, pk)]

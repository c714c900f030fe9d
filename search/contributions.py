"""Evidence contributed by apps the search layer does not import (learning).

An app above `community` that wants its pages in the evidence index registers them from its
AppConfig.ready through `search.api.register_pages`: a queryset of its live pages (for
rebuild and reconcile), a function that describes one page as `PageEvidence` (nothing when it
should not be found), and which other pages' records depend on a page (a course's lessons
show its title and level, so a course published or unpublished re-projects them). The
search layer turns the descriptions into records (projection.py); it never imports the
contributing app, so the apps' layering holds (docs/architecture.md, "Apps")."""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageEvidence:
    """One record of a page, in the page's own language. `themes` and `areas` are
    vocabulary terms (community.Theme, community.ChallengeArea); `tags` are free words
    indexed with the tags' weight; `context` is the line results show beside the kind
    (e.g. a lesson's course and level)."""

    kind: str  # a search.models.Kind value
    title: str = ""  # the record's title, when not the page's (an award's winner)
    summary: str = ""
    body: str = ""
    themes: list = field(default_factory=list)
    areas: list = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    context: str = ""
    level: str = ""  # a value of the "level" facet, labelled by register_levels()
    date: datetime.date | None = None
    quality: float = 0.5


@dataclass(frozen=True)
class PageContribution:
    queryset: Callable[[], object]  # live pages of the model, prefetched for describe()
    describe: Callable[[object], list[PageEvidence]]  # [] when the page is not public
    dependants: Callable[[object], Iterable[int]] = lambda page: ()  # ids of pages to redo


_pages: dict[str, PageContribution] = {}


def register_pages(
    model_label: str,
    *,
    queryset: Callable[[], object],
    describe: Callable[[object], list[PageEvidence]],
    dependants: Callable[[object], Iterable[int]] | None = None,
) -> None:
    """Index the pages of `model_label` ("learning.lessonpage")."""
    _pages[model_label.lower()] = PageContribution(
        queryset=queryset, describe=describe, dependants=dependants or (lambda page: ())
    )


_levels: dict[str, object] = {}


def register_levels(choices) -> None:
    """The labels of the "level" facet's values, as (value, lazily translated label) pairs
    (a model's TextChoices.choices): search shows them in the reader's language."""
    _levels.update(dict(choices))


def level_labels() -> dict[str, str]:
    return {value: str(label) for value, label in _levels.items()}


def page_contribution(model_label: str) -> PageContribution | None:
    return _pages.get(model_label)


def page_contributions() -> dict[str, PageContribution]:
    return dict(_pages)

"""A commitment's timeline: what happened to it, in date order. Community gives its own
entries (progress updates, milestone completions, the IRM's assessments); apps above it in
the layers (stories, awards) register a source in their AppConfig.ready, as they do for
badges and personal data: `community` never imports them. Each source makes one query
(or none), whatever the number of entries."""

import datetime
from collections.abc import Callable
from typing import NamedTuple

from django.utils.translation import gettext as _


class Entry(NamedTuple):
    date: datetime.date
    kind: str  # "update", "milestone", "irm", "story", "award", ...: a CSS class too
    text: str  # in the active language
    url: str = ""
    detail: str = ""
    year_only: bool = False  # the source knows the year only (the IRM's reports)


# source(commitment) -> [Entry, ...]
Source = Callable[[object], list[Entry]]
_sources: dict[str, Source] = {}


def register(name: str, source: Source) -> None:
    """Add (or replace: `ready()` may run twice in tests) the source called `name`."""
    _sources[name] = source


def registered() -> list[str]:
    return list(_sources)


def for_commitment(commitment) -> list[Entry]:
    """Every source's entries, oldest first (a stable order for entries of the same day:
    the order of the sources, then each source's own)."""
    entries = [entry for source in _sources.values() for entry in source(commitment)]
    return sorted(entries, key=lambda entry: entry.date)


# --- community's own sources ---------------------------------------------------------------


def updates_source(commitment) -> list[Entry]:
    from .models import ProgressUpdate

    return [
        Entry(
            update.date,
            "update",
            _("Progress update: %(status)s") % {"status": update.get_status_display()},
            detail=update.note,
        )
        for update in ProgressUpdate.objects.filter(commitment=commitment).order_by("date", "pk")
    ]


def milestones_source(commitment) -> list[Entry]:
    """Milestones done on a known date (the commitment's prefetched milestones if loaded)."""
    return [
        Entry(
            milestone.done_date,
            "milestone",
            _("Milestone done: %(title)s") % {"title": milestone.title},
        )
        for milestone in commitment.milestones.all()
        if milestone.is_done and milestone.done_date
    ]


def irm_source(commitment) -> list[Entry]:
    """The IRM's assessment results (the commitment's own fields: no query). The IRM's
    report is known by its year: the entry sits at the end of that year."""
    if not commitment.irm_report_year:
        return []
    results = []
    if commitment.latest_completion:
        results.append(
            _("completion: %(value)s") % {"value": commitment.get_latest_completion_display()}
        )
    if commitment.irm_opened_government:
        results.append(
            _("did it open government? %(value)s")
            % {"value": commitment.get_irm_opened_government_display()}
        )
    if commitment.irm_starred:
        results.append(_("starred"))
    return [
        Entry(
            datetime.date(commitment.irm_report_year, 12, 31),
            "irm",
            _("IRM report %(year)s") % {"year": commitment.irm_report_year},
            detail="; ".join(str(r) for r in results),
            year_only=True,
        )
    ]


def register_own() -> None:
    register("updates", updates_source)
    register("milestones", milestones_source)
    register("irm", irm_source)

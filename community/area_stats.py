"""Each challenge area's figures: what its hub's charts, progress and member lists show and
what the areas list counts, computed from the records (`live`) and kept as rows
(`ChallengeAreaCount`) that a page reads in one query (`figures_of`).

The rows are rewritten for the areas a write touches by `community.services.
area_stats_refresh`, queued through the outbox by community.signals on every save or delete
of a commitment, its milestones or areas, its plan, its member or the member's country (an
import pauses that and refreshes every area once at its end). Commitments are public records
with no privacy or publication state, so the figures are the same for every reader; counts
that depend on the reader (the reformers listed) are not kept here.

At 50,000 commitments the hub's nine aggregates over an area's 12,500 commitments took about
1 s of CPU a request; its figures are now one indexed read of a few dozen rows."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Case, Count, F, Q, When

from .models import ChallengeAreaCount, Commitment

# facet names (ChallengeAreaCount.facet)
TOTAL = "total"  # key "": the area's commitments
MEMBER = "member"  # key member id: its commitments in the area
REGION = "region"  # key region id: commitments of its members' countries
STATUS = "status"  # key Commitment.Status
COMPLETION = "completion"  # key "start:end:level" (end "" when none; the IRM's latest word)
STARRED = "starred"  # key starred / not_starred / not_assessed
PROGRESS = "progress"  # key "done:total": commitments with that many milestones done, of all

STARRED_KEYS = {True: "starred", False: "not_starred", None: "not_assessed"}


@dataclass
class AreaFigures:
    total: int = 0
    members: dict[int, int] = field(default_factory=dict)
    regions: dict[int, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    completion: dict[tuple[int, int | None, str], int] = field(default_factory=dict)
    starred: dict[str, int] = field(default_factory=dict)
    progress: dict[tuple[int, int], int] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, str, int]]:
        """(facet, key, count) as stored; the total always, other keys only when not 0."""
        rows = [(TOTAL, "", self.total)]
        rows += [(MEMBER, str(pk), n) for pk, n in self.members.items()]
        rows += [(REGION, str(pk), n) for pk, n in self.regions.items()]
        rows += [(STATUS, status, n) for status, n in self.statuses.items()]
        rows += [
            (COMPLETION, f"{start}:{'' if end is None else end}:{level}", n)
            for (start, end, level), n in self.completion.items()
        ]
        rows += [(STARRED, key, n) for key, n in self.starred.items()]
        rows += [(PROGRESS, f"{done}:{total}", n) for (done, total), n in self.progress.items()]
        return [row for row in rows if row[2] or row[0] == TOTAL]

    @classmethod
    def from_rows(cls, rows) -> "AreaFigures":
        figures = cls()
        for facet, key, n in rows:
            if facet == TOTAL:
                figures.total = n
            elif facet == MEMBER:
                figures.members[int(key)] = n
            elif facet == REGION:
                figures.regions[int(key)] = n
            elif facet == STATUS:
                figures.statuses[key] = n
            elif facet == COMPLETION:
                start, end, level = key.split(":", 2)
                figures.completion[(int(start), int(end) if end else None, level)] = n
            elif facet == STARRED:
                figures.starred[key] = n
            elif facet == PROGRESS:
                done, total = key.split(":")
                figures.progress[(int(done), int(total))] = n
        return figures


def _in_areas(area_ids):
    return Commitment.objects.filter(challenge_areas__in=area_ids).order_by()


def _grouped(area_ids, *fields, queryset=None):
    """(area id, *fields, commitments) rows: distinct commitments, as the hub counted them."""
    queryset = _in_areas(area_ids) if queryset is None else queryset
    return (
        queryset.values_list("challenge_areas", *fields)
        .annotate(n=Count("pk", distinct=True))
        .values_list("challenge_areas", *fields, "n")
    )


def live(area_ids) -> dict[int, AreaFigures]:
    """Every figure of these areas, computed from the records (a fixed number of queries,
    whatever the number of areas): what `figures_of` reads back once stored."""
    area_ids = list(area_ids)
    found = {pk: AreaFigures() for pk in area_ids}
    for area, n in _grouped(area_ids):
        found[area].total = n
    for area, member, n in _grouped(area_ids, "action_plan__member"):
        found[area].members[member] = n
    for area, region, n in _grouped(area_ids, "action_plan__member__country__region"):
        found[area].regions[region] = n
    for area, status, n in _grouped(area_ids, "status"):
        found[area].statuses[status] = n
    level = Case(
        When(~Q(irm_completion=""), then=F("irm_completion")),
        default=F("irm_completion_midterm"),
    )
    assessed = (
        _in_areas(area_ids)
        .filter(action_plan__start_year__isnull=False)
        .annotate(level=level)
        .exclude(level="")
    )
    for area, start, end, completion, n in _grouped(
        area_ids, "action_plan__start_year", "action_plan__end_year", "level", queryset=assessed
    ):
        found[area].completion[(start, end, completion)] = n
    for area, starred, n in _grouped(area_ids, "irm_starred"):
        found[area].starred[STARRED_KEYS[starred]] = n
    milestones = (
        _in_areas(area_ids)
        .values_list("challenge_areas", "pk")
        .annotate(
            done=Count("milestones", filter=Q(milestones__is_done=True), distinct=True),
            total=Count("milestones", distinct=True),
        )
        .values_list("challenge_areas", "done", "total")
    )
    pairs = Counter(milestones)
    for (area, done, total), n in pairs.items():
        found[area].progress[(done, total)] = n
    return found


def figures_of(area) -> AreaFigures:
    """The area's figures as stored (one query), or computed live if they never were."""
    rows = list(ChallengeAreaCount.objects.filter(area=area).values_list("facet", "key", "count"))
    if not any(facet == TOTAL for facet, _key, _n in rows):
        return live([area.pk])[area.pk]
    return AreaFigures.from_rows(rows)

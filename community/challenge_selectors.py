"""Reads of the Open Gov Challenge and of a challenge area's charts, each in a fixed number
of queries (the charts' figures are counted by the database: one aggregate query each,
whatever the number of commitments)."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import area_stats, charts, labels
from .models import ChallengeArea, ChallengeSubmission, Commitment, Member, Region

State = ChallengeSubmission.State
# how many accepted submissions a hub or a member's page lists
ACCEPTED_SHOWN = 6
# how many members the "accepted, by member" chart shows (the most accepted first)
CHART_MEMBERS = 8


# --- submissions --------------------------------------------------------------------------


def _with_relations(queryset):
    return queryset.select_related("member", "challenge_area", "submitted_by").prefetch_related(
        "commitments"
    )


def submission_get(*, pk: int) -> ChallengeSubmission:
    submission = _with_relations(ChallengeSubmission.objects.filter(pk=pk)).first()
    if submission is None:
        raise Http404("No such submission")
    return submission


def submissions_of_member(*, member: Member) -> list[ChallengeSubmission]:
    """Every submission of a member, in every state (its points of contact's screen)."""
    return list(_with_relations(member.challenge_submissions.all()))


def submissions_to_review() -> dict[str, list[ChallengeSubmission]]:
    """Staff's screen: submissions awaiting review (oldest first), then the rest."""
    queryset = _with_relations(ChallengeSubmission.objects.exclude(state=State.DRAFT))
    waiting = list(queryset.filter(state=State.SUBMITTED).order_by("submitted_at", "pk"))
    others = list(queryset.exclude(state=State.SUBMITTED).order_by("-updated_at", "-pk")[:50])
    return {"waiting": waiting, "others": others}


def accepted_in_area(
    *, area: ChallengeArea, limit: int = ACCEPTED_SHOWN
) -> tuple[list[ChallengeSubmission], int]:
    """Up to `limit` accepted submissions of an area, latest first, and how many in all."""
    queryset = (
        ChallengeSubmission.objects.accepted()
        .filter(challenge_area=area)
        .select_related("member")
        .order_by("-reviewed_at", "-pk")
    )
    shown = list(queryset[:limit])
    return shown, len(shown) if len(shown) < limit else queryset.count()


def accepted_for_member(
    *, member: Member, limit: int = ACCEPTED_SHOWN
) -> tuple[list[ChallengeSubmission], int]:
    queryset = (
        ChallengeSubmission.objects.accepted()
        .filter(member=member)
        .select_related("challenge_area")
        .order_by("-reviewed_at", "-pk")
    )
    shown = list(queryset[:limit])
    return shown, len(shown) if len(shown) < limit else queryset.count()


# --- the figures of a hub's charts ----------------------------------------------------------


def _area_commitments(area: ChallengeArea):
    return Commitment.objects.filter(challenge_areas=area)


def _figures(area, figures):
    return area_stats.figures_of(area) if figures is None else figures


def commitments_by_region(
    *, area: ChallengeArea, figures: area_stats.AreaFigures | None = None
) -> list[tuple[Region, int]]:
    """(region, commitments of the area from its members), most first (the area's figures,
    community.area_stats, and the regions: two queries)."""
    counts = _figures(area, figures).regions
    regions = Region.objects.filter(pk__in=counts)
    return sorted(
        ((region, counts[region.pk]) for region in regions),
        key=lambda pair: (-pair[1], labels.sort_key(labels.label(pair[0]))),
    )


def commitments_by_status(
    *, area: ChallengeArea, figures: area_stats.AreaFigures | None = None
) -> dict[str, int]:
    """{status: commitments of the area in it} (statuses with none left out)."""
    return dict(_figures(area, figures).statuses)


def completion_by_period(
    *, area: ChallengeArea, figures: area_stats.AreaFigures | None = None
) -> list[tuple[tuple[int, int | None], dict]]:
    """((start year, end year) of the action plans, {IRM completion: commitments}), oldest
    period first. The IRM's latest word counts (end of term, else mid-term: as
    `Commitment.latest_completion`); commitments it has not assessed, and plans without a
    year, are left out (community.area_stats)."""
    periods: dict[tuple, dict[str, int]] = {}
    for (start, end, completion), n in _figures(area, figures).completion.items():
        periods.setdefault((start, end), {})[completion] = n
    return sorted(periods.items(), key=lambda pair: (pair[0][0], pair[0][1] or 0))


def starred_share(
    *, area: ChallengeArea, figures: area_stats.AreaFigures | None = None
) -> dict[str, int]:
    """How many of the area's commitments the IRM starred, did not star, has not assessed."""
    starred = _figures(area, figures).starred
    return {key: starred.get(key, 0) for key in ("starred", "not_starred", "not_assessed")}


def accepted_by_year(*, area: ChallengeArea) -> list[tuple[int, int]]:
    """(year, submissions of the area accepted that year), oldest first (one query)."""
    return list(
        ChallengeSubmission.objects.accepted()
        .filter(challenge_area=area, reviewed_at__isnull=False)
        .annotate(year=ExtractYear("reviewed_at"))
        .order_by()
        .values_list("year")
        .annotate(n=Count("pk"))
        .values_list("year", "n")
        .order_by("year")
    )


def accepted_by_member(*, area: ChallengeArea, limit: int = CHART_MEMBERS) -> list:
    """(member, its accepted submissions in the area), most first, up to `limit` (one
    query)."""
    members = (
        Member.objects.filter(
            challenge_submissions__challenge_area=area,
            challenge_submissions__state=State.ACCEPTED,
        )
        .annotate(n=Count("challenge_submissions", distinct=True))
        .order_by("-n", "name")[:limit]
    )
    return sorted(
        ((member, member.n) for member in members),
        key=lambda pair: (-pair[1], labels.sort_key(labels.label(pair[0]))),
    )


# --- the charts ----------------------------------------------------------------------------


def _period(start: int, end: int | None) -> str:
    return f"{start}–{end}" if end and end != start else str(start)


def hub_charts(
    *, area: ChallengeArea, figures: area_stats.AreaFigures | None = None
) -> list[charts.Chart]:
    """The charts of an area's hub, with their summaries, in the reader's language."""
    made = []
    figures = _figures(area, figures)

    regions = commitments_by_region(area=area, figures=figures)
    made.append(
        charts.counts_chart(
            slug="regions",
            title=_("Commitments by region"),
            dimension=_("Region"),
            measure=_("Commitments"),
            counts=[(labels.label(region), n) for region, n in regions],
            summary=lambda listing, total: (
                ngettext(
                    "This area's %(total)s commitment by region: %(listing)s.",
                    "This area's %(total)s commitments by region: %(listing)s.",
                    total,
                )
                % {"total": charts.number_format(total), "listing": listing}
            ),
            empty=_("No commitment in this area yet."),
        )
    )

    statuses = commitments_by_status(area=area, figures=figures)
    made.append(
        charts.counts_chart(
            slug="status",
            title=_("Commitments by status"),
            dimension=_("Status"),
            measure=_("Commitments"),
            counts=[
                (status.label, statuses[status])
                for status in Commitment.Status
                if status in statuses
            ],
            summary=lambda listing, total: (
                ngettext(
                    "This area's %(total)s commitment by status: %(listing)s.",
                    "This area's %(total)s commitments by status: %(listing)s.",
                    total,
                )
                % {"total": charts.number_format(total), "listing": listing}
            ),
            empty=_("No commitment in this area yet."),
        )
    )

    periods = completion_by_period(area=area, figures=figures)
    done = {Commitment.Completion.SUBSTANTIAL, Commitment.Completion.COMPLETE}
    summary = ""
    if periods:
        (start, end), latest = periods[-1]
        assessed = sum(latest.values())
        complete = sum(n for level, n in latest.items() if level in done)
        summary = _(
            "In the latest action plans the IRM assessed (%(period)s), %(complete)s of "
            "%(assessed)s commitments (%(percent)s) were substantially or fully complete."
        ) % {
            "period": _period(start, end),
            "complete": charts.number_format(complete),
            "assessed": charts.number_format(assessed),
            "percent": charts.percent(complete, assessed),
        }
    made.append(
        charts.stacked_chart(
            slug="completion",
            title=_("Completion over time (IRM), by action plan period"),
            dimension=_("Action plans of"),
            series=[(level.value, level.label) for level in Commitment.Completion],
            rows=[(_period(start, end), values) for (start, end), values in periods],
            summary=summary,
            empty=_("The IRM has not assessed the completion of this area's commitments yet."),
        )
    )

    starred = starred_share(area=area, figures=figures)
    total = sum(starred.values())
    assessed = starred["starred"] + starred["not_starred"]
    made.append(
        charts.stacked_chart(
            slug="starred",
            title=_("Starred commitments"),
            dimension=_("Commitments"),
            series=[
                ("starred", _("Starred")),
                ("not_starred", _("Not starred")),
                ("not_assessed", _("Not assessed")),
            ],
            rows=[(_("Commitments in this area"), starred)] if total else [],
            summary=ngettext(
                "The IRM starred %(starred)s of the %(assessed)s commitments it assessed in "
                "this area (%(percent)s); %(not_assessed)s is not assessed yet.",
                "The IRM starred %(starred)s of the %(assessed)s commitments it assessed in "
                "this area (%(percent)s); %(not_assessed)s are not assessed yet.",
                starred["not_assessed"],
            )
            % {
                "starred": charts.number_format(starred["starred"]),
                "assessed": charts.number_format(assessed),
                "percent": charts.percent(starred["starred"], assessed),
                "not_assessed": charts.number_format(starred["not_assessed"]),
            }
            if total
            else "",
            empty=_("No commitment in this area yet."),
        )
    )

    no_submission = _("No Open Gov Challenge submission is accepted in this area yet.")
    made.append(
        charts.counts_chart(
            slug="challenge-years",
            title=_("Open Gov Challenge: accepted reforms by year"),
            dimension=_("Year"),
            measure=_("Accepted reforms"),
            counts=[(str(year), n) for year, n in accepted_by_year(area=area)],
            summary=lambda listing, total: (
                ngettext(
                    "%(total)s reform accepted in this area, by year: %(listing)s.",
                    "%(total)s reforms accepted in this area, by year: %(listing)s.",
                    total,
                )
                % {"total": charts.number_format(total), "listing": listing}
            ),
            empty=no_submission,
        )
    )
    made.append(
        charts.counts_chart(
            slug="challenge-members",
            title=_("Open Gov Challenge: accepted reforms by member"),
            dimension=_("Member"),
            measure=_("Accepted reforms"),
            counts=[(labels.label(member), n) for member, n in accepted_by_member(area=area)],
            summary=lambda listing, total: (
                ngettext(
                    "%(total)s reform accepted in this area, by member: %(listing)s.",
                    "%(total)s reforms accepted in this area, by member: %(listing)s.",
                    total,
                )
                % {"total": charts.number_format(total), "listing": listing}
            ),
            empty=no_submission,
        )
    )
    return made

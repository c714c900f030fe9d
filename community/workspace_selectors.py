"""Reads of the member workspace, the progress figures and the commitment timeline, each in a
fixed number of queries whatever the number of commitments, milestones or updates."""

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from . import area_stats, progress
from .models import (
    ActionPlan,
    ChangeRecord,
    Commitment,
    EvidenceLink,
    Member,
    Milestone,
    ProgressUpdate,
)

BIGINT_MAX = 2**63 - 1


def members_editable_by(*, user):
    """The members whose records ``user`` may change (community.permissions.can_edit_member
    as a query: staff, every member; a point of contact, theirs)."""
    if not (user.is_authenticated and user.is_active):
        return Member.objects.none()
    members = Member.objects.select_related("country").order_by("name")
    if user.is_staff:
        return members
    return members.filter(points_of_contact__user=user)


def with_milestone_counts(commitments):
    return commitments.annotate(
        milestone_total=Count("milestones", distinct=True),
        milestone_done=Count("milestones", filter=Q(milestones__is_done=True), distinct=True),
    )


def progress_of(commitment) -> int | None:
    """The percentage of a commitment annotated by ``with_milestone_counts``."""
    return progress.percent(
        progress.progress(done=commitment.milestone_done, total=commitment.milestone_total)
    )


def workspace_plans(*, member: Member) -> list[ActionPlan]:
    """The member's plans, newest first, each with `workspace_commitments` (with their
    progress): two queries."""
    plans = list(
        ActionPlan.objects.filter(member=member)
        .order_by("-start_year", "ogp_id")
        .prefetch_related(
            Prefetch(
                "commitments",
                queryset=with_milestone_counts(Commitment.objects.order_by("public_id")).only(
                    "public_id", "title", "short_title", "status", "action_plan_id", "number"
                ),
                to_attr="workspace_commitments",
            )
        )
    )
    for plan in plans:
        for commitment in plan.workspace_commitments:
            commitment.progress_percent = progress_of(commitment)
    return plans


def member_commitment_get(*, member: Member, public_id: str) -> Commitment:
    """A commitment of this member's (404 for another member's, or none)."""
    commitment = (
        Commitment.objects.select_related("action_plan__member")
        .filter(public_id__iexact=public_id, action_plan__member=member)
        .first()
    )
    if commitment is None:
        raise Http404("No such commitment for this member")
    return commitment


def workspace_commitment(*, commitment: Commitment) -> dict:
    """What the workspace's commitment page lists: milestones with their evidence, progress
    updates and the history of changes (three queries and one for each list)."""
    milestones = list(
        Milestone.objects.filter(commitment=commitment)
        .order_by("sort_order", "pk")
        .prefetch_related(Prefetch("evidence_links", queryset=EvidenceLink.objects.order_by("pk")))
    )
    return {
        "milestones": milestones,
        "progress": progress.percent(progress.commitment_progress(milestones)),
        "updates": list(
            ProgressUpdate.objects.filter(commitment=commitment).select_related("created_by")
        ),
        "history": list(
            ChangeRecord.objects.filter(commitment=commitment).select_related("changed_by")[:50]
        ),
    }


def member_milestone_get(*, commitment: Commitment, pk: int) -> Milestone:
    if pk > BIGINT_MAX:
        raise Http404("No such milestone")
    milestone = (
        Milestone.objects.filter(pk=pk, commitment=commitment)
        .prefetch_related("evidence_links")
        .first()
    )
    if milestone is None:
        raise Http404("No such milestone")
    milestone.commitment = commitment
    return milestone


# --- roll-ups (community.progress's rule) ---------------------------------------------------


def _rollup(commitments) -> progress.Rollup:
    counts = with_milestone_counts(commitments.order_by()).values_list(
        "milestone_done", "milestone_total"
    )
    return progress.rollup_of(counts)


def member_rollup(*, member: Member) -> progress.Rollup:
    """The member's progress: the published rule over its commitments (one query)."""
    return _rollup(Commitment.objects.filter(action_plan__member=member))


def area_rollup(*, area, figures=None) -> progress.Rollup:
    """A challenge area's progress over its commitments, from its figures
    (community.area_stats: one query, none when given)."""
    if figures is None:
        figures = area_stats.figures_of(area)
    return progress.rollup_of_counted(figures.progress)

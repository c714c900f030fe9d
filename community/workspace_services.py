"""Writes of the member workspace (/workspace/): points of contact keep their member's
commitments, milestones, evidence and progress current. Every write asks the one rule
(community.permissions.can_edit_member), runs in one transaction and leaves a ChangeRecord
(who, when, each field before and after), so that every change made on the site is kept."""

import datetime
import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from core.outbox import enqueue

from .models import (
    ActionPlan,
    ChangeRecord,
    Commitment,
    EvidenceLink,
    Member,
    Milestone,
    ProgressUpdate,
    User,
)
from .permissions import can_edit_member

COMMITMENT_FIELDS = (
    "action_plan",
    "number",
    "title",
    "short_title",
    "description",
    "lead_institution",
    "supporting_institutions",
    "start_date",
    "end_date",
    "status",
)
MILESTONE_FIELDS = ("title", "due_date", "is_done", "done_date")
# what the admin may change besides: the id and the IRM's assessment
ADMIN_FIELDS = (
    "public_id",
    *COMMITMENT_FIELDS,
    "irm_specificity",
    "irm_potential_impact",
    "irm_completion_midterm",
    "irm_completion",
    "irm_opened_government",
    "irm_starred",
    "irm_report_year",
    "source_url",
)


def _allowed(user, member: Member) -> None:
    if not can_edit_member(user, member):
        raise PermissionDenied("Not a point of contact of this member")


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, ActionPlan):
        return value.ogp_id
    return str(value)


def _apply(obj, fields: dict, names) -> dict:
    """Set ``fields`` on ``obj``; return {field: [before, after]} for those that changed."""
    unknown = set(fields) - set(names)
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")
    changes = {}
    for name, value in fields.items():
        before = getattr(obj, name, None) if obj.pk else None
        if obj.pk is None or before != value:
            changes[name] = [_text(before), _text(value)]
        setattr(obj, name, value)
    return changes


def _record(*, user, commitment, subject, subject_id, action, changes) -> ChangeRecord | None:
    if action == ChangeRecord.Action.CHANGED and not changes:
        return None
    return ChangeRecord.objects.create(
        commitment=commitment,
        subject=subject,
        subject_id=subject_id,
        action=action,
        changes=changes,
        changed_by=user,
    )


def _check_dates(start, end, message: str, field: str) -> None:
    if start and end and end < start:
        raise ValidationError({field: message})


def new_public_id(member: Member) -> str:
    """A public id for a commitment made on the site: the member's code and the next free
    number ("KEN-W0003"); OGP's own ids (imported) never have the "-W"."""
    prefix = re.sub(r"[^A-Z0-9]", "", member.code.upper())[:10] or "M"
    taken = set(
        Commitment.objects.filter(public_id__startswith=f"{prefix}-W").values_list(
            "public_id", flat=True
        )
    )
    n = 1
    while f"{prefix}-W{n:04d}" in taken:
        n += 1
    return f"{prefix}-W{n:04d}"


@transaction.atomic
def commitment_create(*, user: User, member: Member, **fields) -> Commitment:
    """A new commitment in one of ``member``'s action plans."""
    _allowed(user, member)
    plan = fields.get("action_plan")
    if plan is None or plan.member_id != member.pk:
        raise ValidationError({"action_plan": _("Choose one of the member's action plans.")})
    commitment = Commitment(public_id=new_public_id(member))
    changes = _apply(commitment, fields, COMMITMENT_FIELDS)
    _check_dates(
        commitment.start_date, commitment.end_date, _("The end is before the start."), "end_date"
    )
    commitment.full_clean()
    commitment.save()
    changes["public_id"] = [None, commitment.public_id]
    _record(
        user=user,
        commitment=commitment,
        subject=ChangeRecord.Subject.COMMITMENT,
        subject_id=commitment.pk,
        action=ChangeRecord.Action.CREATED,
        changes=changes,
    )
    return commitment


@transaction.atomic
def commitment_update(*, user: User, commitment: Commitment, **fields) -> Commitment:
    """Change a commitment's own fields (not the IRM's assessment, never written here)."""
    member = commitment.action_plan.member
    _allowed(user, member)
    commitment = (
        Commitment.objects.select_for_update().select_related("action_plan").get(pk=commitment.pk)
    )
    plan = fields.get("action_plan", commitment.action_plan)
    if plan.member_id != member.pk:
        raise ValidationError({"action_plan": _("Choose one of the member's action plans.")})
    changes = _apply(commitment, fields, COMMITMENT_FIELDS)
    _check_dates(
        commitment.start_date, commitment.end_date, _("The end is before the start."), "end_date"
    )
    if changes:
        commitment.full_clean()
        commitment.save()
    _record(
        user=user,
        commitment=commitment,
        subject=ChangeRecord.Subject.COMMITMENT,
        subject_id=commitment.pk,
        action=ChangeRecord.Action.CHANGED,
        changes=changes,
    )
    return commitment


def _check_milestone(milestone: Milestone) -> None:
    if milestone.done_date and not milestone.is_done:
        message = _("A milestone with a date of completion is done: tick it or clear the date.")
        raise ValidationError({"is_done": message})
    if milestone.done_date and milestone.done_date > datetime.date.today():
        raise ValidationError({"done_date": _("A milestone cannot be done in the future.")})


@transaction.atomic
def milestone_create(*, user: User, commitment: Commitment, **fields) -> Milestone:
    _allowed(user, commitment.action_plan.member)
    last = commitment.milestones.aggregate(last=Max("sort_order"))["last"]
    milestone = Milestone(commitment=commitment, sort_order=(last or 0) + 1)
    changes = _apply(milestone, fields, MILESTONE_FIELDS)
    _check_milestone(milestone)
    milestone.save()
    _record(
        user=user,
        commitment=commitment,
        subject=ChangeRecord.Subject.MILESTONE,
        subject_id=milestone.pk,
        action=ChangeRecord.Action.CREATED,
        changes=changes,
    )
    return milestone


@transaction.atomic
def milestone_update(*, user: User, milestone: Milestone, **fields) -> Milestone:
    commitment = milestone.commitment
    _allowed(user, commitment.action_plan.member)
    milestone = Milestone.objects.select_for_update().get(pk=milestone.pk)
    changes = _apply(milestone, fields, MILESTONE_FIELDS)
    _check_milestone(milestone)
    if changes:
        milestone.save()
    _record(
        user=user,
        commitment=commitment,
        subject=ChangeRecord.Subject.MILESTONE,
        subject_id=milestone.pk,
        action=ChangeRecord.Action.CHANGED,
        changes=changes,
    )
    return milestone


@transaction.atomic
def evidence_add(*, user: User, milestone: Milestone, url: str, title: str) -> EvidenceLink:
    commitment = milestone.commitment
    _allowed(user, commitment.action_plan.member)
    link = EvidenceLink(milestone=milestone, url=url, title=title, created_by=user)
    link.full_clean()
    link.save()
    _record(
        user=user,
        commitment=commitment,
        subject=ChangeRecord.Subject.EVIDENCE,
        subject_id=link.pk,
        action=ChangeRecord.Action.CREATED,
        changes={
            "milestone": [None, str(milestone.pk)],
            "url": [None, url],
            "title": [None, title],
        },
    )
    return link


@transaction.atomic
def progress_update_create(
    *, user: User, commitment: Commitment, date: datetime.date, status: str, note: str
) -> ProgressUpdate:
    """A dated note with the commitment's status at that date. The latest update's status is
    the commitment's status (the change is recorded like any other)."""
    _allowed(user, commitment.action_plan.member)
    if date > datetime.date.today():
        raise ValidationError({"date": _("An update cannot be dated in the future.")})
    update = ProgressUpdate(
        commitment=commitment, date=date, status=status, note=note, created_by=user
    )
    update.full_clean()
    update.save()
    _record(
        user=user,
        commitment=commitment,
        subject=ChangeRecord.Subject.UPDATE,
        subject_id=update.pk,
        action=ChangeRecord.Action.CREATED,
        changes={"date": [None, date.isoformat()], "status": [None, status], "note": [None, note]},
    )
    # its followers hear of it once it is saved (community.tasks)
    enqueue("community.tasks.notify_progress_update", update_id=update.pk)
    latest = commitment.progress_updates.order_by("-date", "-pk").first()
    if latest.pk == update.pk and commitment.status != status:
        commitment_update(user=user, commitment=commitment, status=status)
    return update


# --- changes made in the Wagtail admin (community.wagtail_hooks) ----------------------------


def commitment_snapshot(commitment: Commitment) -> dict:
    """The commitment's own fields as text, to compare after an edit in the admin."""
    return {name: _text(getattr(commitment, name)) for name in ADMIN_FIELDS}


def admin_change_record(*, user: User, commitment: Commitment, before: dict) -> None:
    """Keep what an edit in the admin changed (the admin saves the commitment itself)."""
    after = commitment_snapshot(commitment)
    changes = {
        name: [before[name], after[name]] for name in ADMIN_FIELDS if before[name] != after[name]
    }
    _record(
        user=user,
        commitment=commitment,
        subject=ChangeRecord.Subject.COMMITMENT,
        subject_id=commitment.pk,
        action=ChangeRecord.Action.CHANGED,
        changes=changes,
    )

"""Writes of the nomination side of the awards: save a draft, submit, edit until the deadline,
withdraw, decide eligibility, decline as a nominee; and the jury's: assign, record conflicts,
recuse, score, close the jury, shortlist, winners, publish. Keyword-only, one transaction
each; views, the admin, tasks and the demo loader all come through here.

The window is the programme's (pages.AwardProgrammePage: [opens_at, closes_at) in its own
time zone) read against the server's clock at the moment of the write. A nomination form
carries a key made when it was shown (`client_key`): the same form sent twice, at the same
moment or not, makes one nomination (a unique constraint, then the row locked to submit)."""

import uuid
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.outbox import enqueue
from search import api as search_api

from . import selectors
from .conflicts import ConflictCode, assign, conflicts
from .models import (
    RECORD_FIELD,
    AuditEntry,
    AwardCategory,
    AwardProgrammePage,
    ConflictDeclaration,
    JurorAssignment,
    Nomination,
    NominationFile,
    NominationKind,
    NominationState,
    Score,
    original_of,
)


class NominationError(Exception):
    """A write refused for a reason the nominator should read (a 400 with this message)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class NominationData:
    """What a nominator writes: validated by the form, applied by `nomination_save`."""

    category: AwardCategory
    kind: str
    record: object = None  # the commitment, member or reformer profile named
    title: str = ""
    description: str = ""
    statement: str = ""
    evidence_links: list[str] = field(default_factory=list)
    files: list = field(default_factory=list)  # [(uploaded file, content type)]
    remove_files: list[int] = field(default_factory=list)  # ids of files to delete


def audit(*, actor, action: str, nomination=None, programme=None, obj=None, before=None,
          after=None) -> AuditEntry:  # fmt: skip
    """An entry of the audit log, in the caller's transaction."""
    obj = obj if obj is not None else nomination
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        nomination=nomination,
        programme=programme or getattr(nomination, "programme", None),
        object_type=obj._meta.label if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:300] if obj is not None else "",
        before=before,
        after=after,
    )


def _check_window(programme: AwardProgrammePage, *, submitting: bool) -> None:
    now = timezone.now()
    if submitting and not programme.is_open_at(now):
        if now < programme.opens_at:
            raise NominationError(_("Nominations are not open yet. Your draft can be saved."))
        raise NominationError(_("The deadline for nominations has passed."))
    if now >= programme.closes_at:
        raise NominationError(_("The deadline for nominations has passed."))


def _locked(nomination: Nomination) -> Nomination:
    return (
        Nomination.objects.select_for_update(of=("self",))
        .select_related("programme")
        .get(pk=nomination.pk)
    )


def _apply(nomination: Nomination, data: NominationData) -> None:
    programme = nomination.programme
    if data.category.programme_id != programme.pk:
        raise NominationError(_("This category is not part of this programme."))
    if data.kind not in NominationKind.values:
        raise NominationError(_("Choose what you are nominating."))
    record_field = RECORD_FIELD.get(data.kind)
    if record_field and data.record is None:
        raise NominationError(_("Choose the record you are nominating."))
    nomination.category = data.category
    nomination.kind = data.kind
    for name in RECORD_FIELD.values():
        setattr(nomination, name, data.record if name == record_field else None)
    if record_field:
        nomination.title, nomination.description = _record_title(data.record), ""
    else:
        nomination.title, nomination.description = data.title[:300], data.description
    nomination.statement = data.statement
    nomination.evidence_links = list(data.evidence_links)


def _record_title(record) -> str:
    title = getattr(record, "title", None) or getattr(record, "display_name", None)
    return str(title or getattr(record, "name", "") or record)[:300]


def _store_files(nomination: Nomination, data: NominationData) -> None:
    if data.remove_files:
        for old in nomination.files.filter(pk__in=data.remove_files):
            # the stored file goes once the row's deletion is committed (a rollback keeps both)
            storage, name = old.file.storage, old.file.name
            transaction.on_commit(partial(storage.delete, name))
            old.delete()
    kept = nomination.files.count()
    if kept + len(data.files) > NominationFile.MAX_PER_NOMINATION:
        raise NominationError(
            _("A nomination has at most %(count)s files.")
            % {"count": NominationFile.MAX_PER_NOMINATION}
        )
    for upload, content_type in data.files:
        stored = NominationFile(
            nomination=nomination,
            original_name=(upload.name or "file")[-200:],
            content_type=content_type,
            size=upload.size,
        )
        stored.file.save(upload.name or "file", upload, save=False)
        stored.save()


def _submit(nomination: Nomination, *, by) -> None:
    nomination.state = NominationState.SUBMITTED
    nomination.submitted_at = timezone.now()
    nomination.save()
    audit(
        actor=by,
        action=AuditEntry.Action.NOMINATION_SUBMITTED,
        nomination=nomination,
        after={"state": nomination.state, "category": nomination.category_id},
    )
    enqueue("awards.tasks.nomination_received", nomination_id=nomination.pk)
    if nomination.kind == NominationKind.REFORMER:
        enqueue("awards.tasks.nominee_told", nomination_id=nomination.pk)


@transaction.atomic
def nomination_save(
    *,
    nominator,
    programme: AwardProgrammePage,
    data: NominationData,
    nomination: Nomination | None = None,
    client_key: uuid.UUID | None = None,
    submit: bool = False,
    language: str = "",
) -> Nomination:
    """Save a new nomination (`nomination` None: keyed by `client_key`) or change one of the
    nominator's own, as a draft or, with `submit`, submitted. Drafts may be saved until the
    deadline; a submitted nomination may be edited until the deadline and stays submitted."""
    programme = original_of(programme)
    _check_window(programme, submitting=submit)
    if nomination is None:
        nomination, created = _created(nominator, programme, data, client_key, language)
        if not created and nomination.state != NominationState.DRAFT:
            return nomination  # the same form, sent again: saved and submitted already
        if not created:
            _update(nomination, data)
    else:
        nomination = _locked(nomination)
        if nomination.nominator_id != nominator.pk:
            raise PermissionDenied
        if not nomination.is_editable_state:
            raise NominationError(_("This nomination can no longer be changed."))
        _update(nomination, data)
    _store_files(nomination, data)
    if submit and nomination.state == NominationState.DRAFT:
        _submit(nomination, by=nominator)
    return nomination


def _already_named() -> str:
    return _("You have already nominated this in this category.")


def _update(nomination: Nomination, data: NominationData) -> None:
    _apply(nomination, data)
    try:
        with transaction.atomic():
            nomination.save()
    except IntegrityError:
        raise NominationError(_already_named()) from None


def _created(nominator, programme, data, client_key, language) -> tuple[Nomination, bool]:
    """(a new draft, True), or (the nomination this form, by its key, already made, locked;
    False)."""
    existing = Nomination.objects.filter(nominator=nominator, client_key=client_key).first()
    if existing is not None:
        return _locked(existing), False
    nomination = Nomination(
        programme=programme,
        nominator=nominator,
        client_key=client_key or uuid.uuid4(),
        language=language or "en",
    )
    _apply(nomination, data)
    try:
        with transaction.atomic():
            nomination.save()
    except IntegrityError:
        existing = Nomination.objects.filter(nominator=nominator, client_key=client_key).first()
        if existing is None:  # not the same form: the same record named twice
            raise NominationError(_already_named()) from None
        return _locked(existing), False
    return nomination, True


@transaction.atomic
def nomination_submit(*, nomination: Nomination, by) -> Nomination:
    """Submit a draft (the nominator's own) inside the window. Submitting again is a no-op."""
    nomination = _locked(nomination)
    if nomination.nominator_id != by.pk:
        raise PermissionDenied
    if nomination.state == NominationState.SUBMITTED:
        return nomination
    if nomination.state != NominationState.DRAFT:
        raise NominationError(_("This nomination can no longer be submitted."))
    _check_window(nomination.programme, submitting=True)
    _submit(nomination, by=by)
    return nomination


WITHDRAWABLE = (
    NominationState.DRAFT,
    NominationState.SUBMITTED,
    NominationState.ELIGIBLE,
    NominationState.INELIGIBLE,
)


@transaction.atomic
def nomination_withdraw(*, nomination: Nomination, by) -> Nomination:
    """The nominator withdraws their own nomination (not once shortlisted or a winner)."""
    nomination = _locked(nomination)
    if nomination.nominator_id != by.pk:
        raise PermissionDenied
    if nomination.state == NominationState.WITHDRAWN:
        return nomination
    if nomination.state not in WITHDRAWABLE:
        raise NominationError(_("A shortlisted nomination can no longer be withdrawn."))
    before = nomination.state
    nomination.state = NominationState.WITHDRAWN
    nomination.withdrawn_at = timezone.now()
    nomination.save()
    audit(
        actor=by,
        action=AuditEntry.Action.NOMINATION_WITHDRAWN,
        nomination=nomination,
        before={"state": before},
        after={"state": nomination.state},
    )
    return nomination


DECIDABLE = (NominationState.SUBMITTED, NominationState.ELIGIBLE, NominationState.INELIGIBLE)


@transaction.atomic
def eligibility_decide(*, nomination: Nomination, by, eligible: bool, reason: str) -> Nomination:
    """Staff decide whether a submitted nomination is eligible; the nominator is told, with
    the reason (required when it is not)."""
    if not (by.is_active and by.is_staff):
        raise PermissionDenied
    nomination = _locked(nomination)
    if nomination.state not in DECIDABLE:
        raise NominationError(_("Only a submitted nomination can be found eligible or not."))
    reason = reason.strip()
    if not eligible and not reason:
        raise NominationError(_("Say why the nomination is not eligible: the nominator is told."))
    before = {"state": nomination.state, "reason": nomination.eligibility_reason}
    nomination.state = NominationState.ELIGIBLE if eligible else NominationState.INELIGIBLE
    nomination.eligibility_reason = reason
    nomination.eligibility_decided_at = timezone.now()
    nomination.eligibility_decided_by = by
    nomination.save()
    audit(
        actor=by,
        action=AuditEntry.Action.ELIGIBILITY_DECIDED,
        nomination=nomination,
        before=before,
        after={"state": nomination.state, "reason": reason},
    )
    enqueue("awards.tasks.eligibility_decided", nomination_id=nomination.pk)
    return nomination


@transaction.atomic
def nominee_decline(*, nomination: Nomination, user) -> Nomination:
    """The reformer named by a nomination asks not to be considered."""
    nomination = _locked(nomination)
    if nomination.reformer is None or nomination.reformer.user_id != user.pk:
        raise PermissionDenied
    if nomination.nominee_declined:
        return nomination
    nomination.nominee_declined = True
    nomination.nominee_declined_at = timezone.now()
    nomination.save()
    audit(
        actor=user,
        action=AuditEntry.Action.NOMINEE_DECLINED,
        nomination=nomination,
        after={"nominee_declined": True},
    )
    return nomination


# --- the jury ----------------------------------------------------------------------------------
#
# Assignments, conflicts, recusals, scores and results. Every change writes an audit entry in
# the same transaction. The conflict rule is awards.conflicts.conflicts, over the facts the
# selectors read from the records; the assignment is awards.conflicts.assign.


class JuryError(NominationError):
    """A jury write refused for a reason staff or the juror should read."""


def _is_staff(user) -> bool:
    return bool(user is not None and user.is_active and user.is_staff)


def _require_staff(user) -> None:
    if not _is_staff(user):
        raise PermissionDenied


def _reasons(found) -> str:
    """The conflicts' reasons in the site's language (stored, and shown to staff)."""
    with translation.override(settings.LANGUAGE_CODE):
        return " ".join(str(conflict.reason) for conflict in found)[:500]


def _create_assignment(*, nomination_id: int, juror_id: int, by, programme) -> JurorAssignment:
    assignment = JurorAssignment.objects.create(
        nomination_id=nomination_id, juror_id=juror_id, assigned_by=by if _is_staff(by) else None
    )
    audit(
        actor=by,
        action=AuditEntry.Action.ASSIGNED,
        nomination=assignment.nomination,
        programme=programme,
        obj=assignment,
        after={"juror": juror_id, "automatic": by is None},
    )
    enqueue("awards.tasks.juror_assigned", assignment_id=assignment.pk)
    return assignment


def _end_assignment(assignment: JurorAssignment, *, by, action: str, reason: str) -> None:
    assignment.recused_at = timezone.now()
    assignment.save(update_fields=["recused_at"])
    audit(
        actor=by,
        action=action,
        nomination=assignment.nomination,
        obj=assignment,
        before={"juror": assignment.juror_id, "active": True},
        after={"juror": assignment.juror_id, "active": False, "reason": reason},
    )


def _detected(*, programme, jurors: dict, nominations: list) -> int:
    """Record the conflicts the rules find (source: detected), one row per juror and
    nomination; a row already there (detected or declared) is kept. The number recorded."""
    made = 0
    existing = set(
        ConflictDeclaration.objects.filter(nomination__programme=programme).values_list(
            "juror_id", "nomination_id"
        )
    )
    for nomination in nominations:
        for juror in jurors.values():
            if (juror.user_id, nomination.id) in existing:
                continue
            found = [c for c in conflicts(juror, nomination) if c.code != ConflictCode.DECLARED]
            if not found:
                continue
            declaration = ConflictDeclaration.objects.create(
                nomination_id=nomination.id,
                juror_id=juror.user_id,
                source=ConflictDeclaration.Source.DETECTED,
                reason=_reasons(found),
            )
            audit(
                actor=None,
                action=AuditEntry.Action.CONFLICT,
                nomination=declaration.nomination,
                programme=programme,
                obj=declaration,
                after={"juror": juror.user_id, "codes": [c.code.value for c in found]},
            )
            made += 1
    return made


@dataclass(frozen=True)
class AssignmentOutcome:
    added: int
    removed: int
    conflicts: int
    short: dict[int, int]
    load: dict[int, int]


def _plan(programme):
    programme = original_of(programme)
    nominations = [
        selectors.nomination_facts(n)
        for n in selectors.with_fact_relations(selectors.judged_nominations(programme=programme))
    ]
    jurors = selectors.juror_facts(programme=programme)
    found = _detected(programme=programme, jurors=jurors, nominations=nominations)
    plan = assign(
        nominations,
        jurors.values(),
        per_nomination=programme.jurors_per_nomination,
        existing=selectors.active_assignments(programme=programme),
    )
    return programme, plan, found


def _apply_removed(programme, plan, *, by, only=None) -> int:
    removed = 0
    for nomination_id, juror_ids in plan.removed.items():
        if only is not None and nomination_id != only:
            continue
        for assignment in JurorAssignment.objects.filter(
            nomination_id=nomination_id, juror_id__in=juror_ids, recused_at__isnull=True
        ).select_related("nomination"):
            _end_assignment(
                assignment,
                by=by,
                action=AuditEntry.Action.UNASSIGNED,
                reason="conflict or no longer on the jury",
            )
            removed += 1
    return removed


@transaction.atomic
def assign_automatically(*, programme: AwardProgrammePage, by) -> AssignmentOutcome:
    """Give every judged nomination `programme.jurors_per_nomination` unconflicted jurors,
    the loads as even as the conflicts allow (awards.conflicts.assign). Conflicts the rules
    find are recorded; assignments kept while still allowed; those whose juror is now
    conflicted or off the jury are ended."""
    _require_staff(by)
    programme = _locked_programme(programme)  # read afresh: one run at a time
    if programme.jury_is_closed:
        raise JuryError(_("The jury is closed: assignments can no longer change."))
    programme, plan, found = _plan(programme)
    removed = _apply_removed(programme, plan, by=by)
    added = 0
    for nomination_id, juror_ids in plan.added.items():
        for juror_id in juror_ids:
            _reuse_or_create(nomination_id=nomination_id, juror_id=juror_id, by=by,
                             programme=programme)  # fmt: skip
            added += 1
    return AssignmentOutcome(added, removed, found, dict(plan.short), dict(plan.load))


def _reuse_or_create(*, nomination_id, juror_id, by, programme):
    """A new assignment, or an ended one (unassigned, not recused) given back."""
    ended = JurorAssignment.objects.filter(nomination_id=nomination_id, juror_id=juror_id).first()
    if ended is None:
        return _create_assignment(
            nomination_id=nomination_id, juror_id=juror_id, by=by, programme=programme
        )
    ended.recused_at = None
    ended.assigned_by = by if _is_staff(by) else None
    ended.save(update_fields=["recused_at", "assigned_by"])
    audit(
        actor=by,
        action=AuditEntry.Action.ASSIGNED,
        nomination=ended.nomination,
        programme=programme,
        obj=ended,
        after={"juror": juror_id, "automatic": by is None},
    )
    enqueue("awards.tasks.juror_assigned", assignment_id=ended.pk)
    return ended


@transaction.atomic
def assign_manually(*, nomination: Nomination, juror, by) -> JurorAssignment:
    """Staff give a nomination to one juror of its programme; refused, with the reasons,
    when the juror is conflicted on it."""
    _require_staff(by)
    nomination = _locked(nomination)
    programme = nomination.programme
    if programme.jury_is_closed:
        raise JuryError(_("The jury is closed: assignments can no longer change."))
    if nomination.state not in selectors.JUDGED or nomination.nominee_declined:
        raise JuryError(_("Only an eligible nomination is given to jurors."))
    facts = selectors.juror_facts(programme=programme, users=[juror]).get(juror.pk)
    if facts is None:
        raise JuryError(_("This person is not on the programme's jury."))
    loaded = selectors.with_fact_relations(Nomination.objects.filter(pk=nomination.pk)).get()
    found = conflicts(facts, selectors.nomination_facts(loaded))
    if found:
        raise JuryError(
            _("This juror is conflicted on this nomination: %(reasons)s")
            % {"reasons": " ".join(str(conflict.reason) for conflict in found)}
        )
    current = JurorAssignment.objects.filter(nomination=nomination, juror=juror).first()
    if current is not None and current.recused_at is None:
        raise JuryError(_("This juror is assigned this nomination already."))
    return _reuse_or_create(
        nomination_id=nomination.pk, juror_id=juror.pk, by=by, programme=programme
    )


@transaction.atomic
def unassign(*, assignment: JurorAssignment, by) -> JurorAssignment:
    """Staff take a nomination back from a juror who has not scored it (a juror who has
    scored recuses instead: their scores stay on the record)."""
    _require_staff(by)
    assignment = JurorAssignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.nomination.programme.jury_is_closed:
        raise JuryError(_("The jury is closed: assignments can no longer change."))
    if assignment.recused_at is not None:
        return assignment
    if assignment.scores.exists():
        raise JuryError(
            _("This juror has scored this nomination: they can declare a conflict instead.")
        )
    _end_assignment(assignment, by=by, action=AuditEntry.Action.UNASSIGNED, reason="staff")
    return assignment


@transaction.atomic
def recuse(*, assignment: JurorAssignment, by, reason: str) -> JurorAssignment | None:
    """The juror declares a conflict on a nomination given to them: the conflict is recorded
    (source: declared), the assignment ends (its scores stay but no longer count), and the
    nomination goes to another unconflicted juror, the least loaded. The new assignment, or
    None when no juror is free."""
    assignment = (
        JurorAssignment.objects.select_for_update(of=("self",))
        .select_related("nomination__programme")
        .get(pk=assignment.pk)
    )
    if assignment.juror_id != by.pk:
        raise PermissionDenied
    if assignment.recused_at is not None:
        raise JuryError(_("You have already declared a conflict on this nomination."))
    programme = assignment.nomination.programme
    if programme.jury_is_closed:
        raise JuryError(_("The jury is closed."))
    reason = reason.strip() or _("The juror declared a conflict of interest.")
    ConflictDeclaration.objects.update_or_create(
        nomination=assignment.nomination,
        juror=by,
        defaults={"source": ConflictDeclaration.Source.DECLARED, "reason": reason[:500]},
    )
    _end_assignment(assignment, by=by, action=AuditEntry.Action.RECUSED, reason=reason)
    nominations = [
        selectors.nomination_facts(n)
        for n in selectors.with_fact_relations(selectors.judged_nominations(programme=programme))
    ]
    plan = assign(
        nominations,
        selectors.juror_facts(programme=programme).values(),
        per_nomination=programme.jurors_per_nomination,
        existing=selectors.active_assignments(programme=programme),
    )
    new = plan.added.get(assignment.nomination_id, ())
    if not new:
        return None
    return _reuse_or_create(
        nomination_id=assignment.nomination_id, juror_id=new[0], by=None, programme=programme
    )


@dataclass(frozen=True)
class ScoreInput:
    value: int
    comment: str = ""


@transaction.atomic
def score_save(*, assignment: JurorAssignment, by, scores: dict[int, ScoreInput]) -> int:
    """The juror's scores of the nomination given to them, {criterion id: ScoreInput}, each
    1–5, until the jury closes. Only the assigned juror, not recused. A changed score is
    audited with its value before and after. The number of scores changed."""
    assignment = (
        JurorAssignment.objects.select_for_update(of=("self",))
        .select_related("nomination__programme")
        .get(pk=assignment.pk)
    )
    if assignment.juror_id != by.pk or assignment.recused_at is not None:
        raise PermissionDenied
    programme = assignment.nomination.programme
    if programme.jury_is_closed:
        raise JuryError(_("The jury has closed: scores can no longer be changed."))
    criteria = {c.pk: c for c in programme.criteria.all()}
    for criterion_id, given in scores.items():
        if criterion_id not in criteria:
            raise JuryError(_("This criterion is not part of the programme's rubric."))
        if not isinstance(given.value, int) or not 1 <= given.value <= 5:
            raise JuryError(_("Each score is a whole number from 1 to 5."))
    existing = {s.criterion_id: s for s in assignment.scores.all()}
    changed = 0
    for criterion_id, given in sorted(scores.items()):
        comment = given.comment.strip()[:2000]
        score = existing.get(criterion_id)
        before = None
        if score is not None:
            if score.value == given.value and score.comment == comment:
                continue
            before = {"value": score.value, "comment": score.comment}
            score.value, score.comment = given.value, comment
            score.save(update_fields=["value", "comment", "updated_at"])
        else:
            score = Score.objects.create(
                assignment=assignment, criterion_id=criterion_id, value=given.value,
                comment=comment,
            )  # fmt: skip
        audit(
            actor=by,
            action=AuditEntry.Action.SCORED,
            nomination=assignment.nomination,
            obj=score,
            before=before,
            after={"criterion": criterion_id, "value": given.value, "comment": comment},
        )
        changed += 1
    return changed


def _locked_programme(programme: AwardProgrammePage) -> AwardProgrammePage:
    programme = original_of(programme)
    return AwardProgrammePage.objects.select_for_update().get(pk=programme.pk)


def _set_on_every_translation(programme: AwardProgrammePage, **values) -> None:
    AwardProgrammePage.objects.filter(translation_key=programme.translation_key).update(**values)
    for name, value in values.items():
        setattr(programme, name, value)


def _reindex(programme: AwardProgrammePage) -> None:
    """The programme's pages (every language) go to the evidence index again: its winners
    are evidence once published (awards.evidence)."""
    search_api.pages_changed(
        AwardProgrammePage.objects.filter(translation_key=programme.translation_key).values_list(
            "pk", flat=True
        )
    )


@transaction.atomic
def jury_close(*, programme: AwardProgrammePage, by) -> AwardProgrammePage:
    """Staff close the jury before its date: scores can no longer change."""
    _require_staff(by)
    programme = _locked_programme(programme)
    if programme.jury_closed_at is not None:
        return programme
    _set_on_every_translation(programme, jury_closed_at=timezone.now())
    audit(
        actor=by,
        action=AuditEntry.Action.JURY_CLOSED,
        programme=programme,
        obj=programme,
        after={"jury_closed_at": programme.jury_closed_at.isoformat()},
    )
    return programme


RESULT_STATES = (NominationState.ELIGIBLE, NominationState.SHORTLISTED, NominationState.WINNER)


@transaction.atomic
def result_set(*, nomination: Nomination, by, state: str, citation: str = "") -> Nomination:
    """Staff put a judged nomination on the shortlist, make it a winner (with a citation,
    required) or take it back to eligible."""
    _require_staff(by)
    nomination = _locked(nomination)
    if state not in RESULT_STATES or nomination.state not in RESULT_STATES:
        raise JuryError(_("Only an eligible nomination can be shortlisted or win."))
    if nomination.nominee_declined:
        raise JuryError(_("The nominee declined to be considered."))
    citation = citation.strip()
    if state == NominationState.WINNER and not citation:
        raise JuryError(_("Write the citation read with the award."))
    before = {"state": nomination.state, "citation": nomination.citation}
    nomination.state = state
    if state == NominationState.WINNER:
        nomination.citation = citation[:2000]
    nomination.save(update_fields=["state", "citation", "updated_at"])
    after = {"state": nomination.state, "citation": nomination.citation}
    if before == after:
        return nomination
    audit(
        actor=by,
        action=(
            AuditEntry.Action.WINNER
            if NominationState.WINNER in (state, before["state"])
            else AuditEntry.Action.SHORTLISTED
        ),
        nomination=nomination,
        before=before,
        after=after,
    )
    if nomination.programme.results_published_at is not None:
        _reindex(nomination.programme)
    return nomination


@transaction.atomic
def results_publish(*, programme: AwardProgrammePage, by) -> AwardProgrammePage:
    """Publish the results: the programme page lists the winners and the shortlist with
    their citations, the rubric and each finalist's anonymised per-criterion scores. The
    jury closes; nominators (and a nominated reformer) are told the outcome."""
    _require_staff(by)
    programme = _locked_programme(programme)
    if programme.results_published_at is not None:
        return programme
    judged = Nomination.objects.filter(programme=programme, state__in=RESULT_STATES)
    if not judged.filter(state=NominationState.WINNER).exists():
        raise JuryError(_("Mark at least one winner before publishing the results."))
    now = timezone.now()
    _set_on_every_translation(
        programme, results_published_at=now, jury_closed_at=programme.jury_closed_at or now
    )
    audit(
        actor=by,
        action=AuditEntry.Action.PUBLISHED,
        programme=programme,
        obj=programme,
        after={"results_published_at": now.isoformat()},
    )
    for nomination_id in judged.values_list("pk", flat=True):
        enqueue("awards.tasks.result_told", nomination_id=nomination_id)
    _reindex(programme)
    return programme


@transaction.atomic
def story_link(*, nomination: Nomination, story, by) -> Nomination:
    """Link a winner to the story told of it (a stories.StoryPage; the project layer makes
    the page, since the awards app does not import stories)."""
    _require_staff(by)
    nomination = _locked(nomination)
    if nomination.state != NominationState.WINNER:
        raise JuryError(_("Only a winner is linked to a story."))
    before = {"story": nomination.story_id}
    nomination.story = story
    nomination.save(update_fields=["story", "updated_at"])
    audit(
        actor=by,
        action=AuditEntry.Action.WINNER,
        nomination=nomination,
        before=before,
        after={"story": story.pk},
    )
    return nomination

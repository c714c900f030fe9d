"""Writes of the nomination side of the awards: save a draft, submit, edit until the deadline,
withdraw, decide eligibility, decline as a nominee. Keyword-only, one transaction each;
views, the admin, tasks and the demo loader all come through here. (The jury's writes,
assignments, conflicts, scores, results, live with the jury's code.)

The window is the programme's (pages.AwardProgrammePage: [opens_at, closes_at) in its own
time zone) read against the server's clock at the moment of the write. A nomination form
carries a key made when it was shown (`client_key`): the same form sent twice, at the same
moment or not, makes one nomination (a unique constraint, then the row locked to submit)."""

import uuid
from dataclasses import dataclass, field
from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.outbox import enqueue

from .models import (
    RECORD_FIELD,
    AuditEntry,
    AwardCategory,
    AwardProgrammePage,
    Nomination,
    NominationFile,
    NominationKind,
    NominationState,
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

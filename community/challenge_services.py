"""Writes of the Open Gov Challenge: a member's point of contact puts a reform forward in a
challenge area; staff accept it (with a note), ask for changes, or decline it.

The states and who moves a submission between them, each transition one function here (and
nowhere else):

    create ─► draft ──submit──► submitted ──accept──► accepted
                 ▲                │   ▲  └──decline──► declined
                 └── (edit) ──    │   └──submit── changes_requested
                                  └──request_changes──┘

- `submission_create`, `submission_update`, `submission_submit`: the member's points of
  contact and staff (`permissions.can_edit_member`), while the submission is a draft or
  changes are requested;
- `submission_accept`, `submission_request_changes`, `submission_decline`: active staff
  only, on a submitted submission. Each queues one e-mail to the submitter, in the language
  the submission was made in (`submission_notify`, through the outbox).

Any other move is refused with `ChallengeError` (a message the person can read); a person
who may not do it gets `NotAllowed`."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import languages
from core.mail import subject_line
from core.outbox import enqueue

from .models import ChallengeArea, ChallengeSubmission, Commitment, Member
from .permissions import can_edit_member

NOTIFY_TASK = "community.tasks.challenge_submission_notify"
State = ChallengeSubmission.State
# the e-mail each review step sends; the template is community/email/challenge_<step>.txt
STEPS = (State.ACCEPTED, State.CHANGES_REQUESTED, State.DECLINED)
TEXT_FIELDS = ("title", "description", "ambition", "lead_institution")


class ChallengeError(Exception):
    """A write refused for a reason the person should read (a 4xx with this message)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAllowed(ChallengeError):
    """The person may not do this to this submission (a 403)."""


def _language() -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    language = language.split("-")[0]
    return language if language in languages.language_codes() else settings.LANGUAGE_CODE


def _require_editor(user, member: Member) -> None:
    if not can_edit_member(user, member):
        raise NotAllowed(_("Only this member's points of contact can put reforms forward."))


def _require_staff(user) -> None:
    if not (user and user.is_authenticated and user.is_active and user.is_staff):
        raise NotAllowed(_("Only staff review challenge submissions."))


def _clean_commitments(member: Member, commitments) -> list[Commitment]:
    """The member's own commitments among `commitments` (ids or objects); any other id is
    refused (a forged form, or a commitment of another member)."""
    ids = {c.pk if isinstance(c, Commitment) else int(c) for c in commitments}
    found = list(Commitment.objects.filter(pk__in=ids, action_plan__member=member))
    if len(found) != len(ids):
        raise ChallengeError(_("Link only commitments of this member."))
    return found


def _clean_text(fields: dict) -> dict:
    unknown = set(fields) - set(TEXT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown submission fields: {sorted(unknown)}")
    cleaned = {name: (value or "").strip() for name, value in fields.items()}
    if not all(cleaned.get(name) for name in TEXT_FIELDS):
        raise ChallengeError(
            _("Say what the reform is, what it changes, why it is ambitious and who leads it.")
        )
    return cleaned


def _locked(submission: ChallengeSubmission) -> ChallengeSubmission:
    return ChallengeSubmission.objects.select_for_update().get(pk=submission.pk)


@transaction.atomic
def submission_create(
    *,
    user,
    member: Member,
    challenge_area: ChallengeArea,
    commitments=(),
    submit: bool = False,
    language: str | None = None,
    **fields: str,
) -> ChallengeSubmission:
    """A new submission for `member`, a draft or (with `submit`) sent for review at once.
    It records the language it was made in (the active one by default)."""
    _require_editor(user, member)
    cleaned = _clean_text(fields)
    linked = _clean_commitments(member, commitments)
    submission = ChallengeSubmission.objects.create(
        member=member,
        challenge_area=challenge_area,
        submitted_by=user,
        language=language or _language(),
        **cleaned,
    )
    submission.commitments.set(linked)
    if submit:
        _submit(submission)
    return submission


@transaction.atomic
def submission_update(
    *, submission: ChallengeSubmission, user, challenge_area: ChallengeArea, commitments=(),
    **fields: str,
) -> ChallengeSubmission:  # fmt: skip
    """Change a draft, or a submission whose reviewers asked for changes."""
    submission = _locked(submission)
    _require_editor(user, submission.member)
    if not submission.is_editable:
        raise ChallengeError(
            _("This submission is %(state)s: it can no longer be changed.")
            % {"state": submission.get_state_display().lower()}
        )
    cleaned = _clean_text(fields)
    linked = _clean_commitments(submission.member, commitments)
    for name, value in cleaned.items():
        setattr(submission, name, value)
    submission.challenge_area = challenge_area
    submission.submitted_by = user
    submission.language = _language()
    submission.save()
    submission.commitments.set(linked)
    return submission


def _submit(submission: ChallengeSubmission) -> None:
    submission.state = State.SUBMITTED
    submission.submitted_at = timezone.now()
    submission.save(update_fields=["state", "submitted_at", "updated_at"])


@transaction.atomic
def submission_submit(*, submission: ChallengeSubmission, user) -> ChallengeSubmission:
    """Send a draft for review, or send it back after the changes the reviewers asked for."""
    submission = _locked(submission)
    _require_editor(user, submission.member)
    if not submission.is_editable:
        raise ChallengeError(
            _("This submission is %(state)s: there is nothing to send.")
            % {"state": submission.get_state_display().lower()}
        )
    _submit(submission)
    return submission


def _review(submission, *, user, state: str, note: str) -> ChallengeSubmission:
    submission = _locked(submission)
    _require_staff(user)
    if submission.state != State.SUBMITTED:
        raise ChallengeError(
            _("Only a submission awaiting review can be decided; this one is %(state)s.")
            % {"state": submission.get_state_display().lower()}
        )
    submission.state = state
    submission.review_note = note.strip()
    submission.reviewed_by = user
    submission.reviewed_at = timezone.now()
    submission.save(
        update_fields=["state", "review_note", "reviewed_by", "reviewed_at", "updated_at"]
    )
    enqueue(NOTIFY_TASK, submission_id=submission.pk, step=state)
    if state == State.ACCEPTED:  # public from now on: followers hear of it
        enqueue("community.tasks.notify_submission_accepted", submission_id=submission.pk)
    return submission


@transaction.atomic
def submission_accept(*, submission: ChallengeSubmission, user, note: str = ""):
    """Accept a submission: it shows on its challenge area's hub and its member's page."""
    return _review(submission, user=user, state=State.ACCEPTED, note=note)


@transaction.atomic
def submission_request_changes(*, submission: ChallengeSubmission, user, note: str):
    """Send a submission back to its member with what to change (the note is required)."""
    if not note.strip():
        raise ChallengeError(_("Say what should change."))
    return _review(submission, user=user, state=State.CHANGES_REQUESTED, note=note)


@transaction.atomic
def submission_decline(*, submission: ChallengeSubmission, user, note: str = ""):
    return _review(submission, user=user, state=State.DECLINED, note=note)


# --- e-mail -------------------------------------------------------------------------------


def submission_notify(*, submission: ChallengeSubmission, step: str) -> None:
    """E-mail the submitter the outcome of a review step, in the submission's language.
    Called once per step by the outbox (which runs each queued call once)."""
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}")
    user = submission.submitted_by
    if user is None or not (user.is_active and user.email):
        return
    with translation.override(submission.language or settings.LANGUAGE_CODE):
        context = {
            "submission": submission,
            "site_name": settings.SITE_NAME,
            "edit_url": languages.absolute_url(submission.get_absolute_url()),
            "hub_url": languages.absolute_url(submission.challenge_area.get_absolute_url()),
        }
        subject = render_to_string(f"community/email/challenge_{step}_subject.txt", context)
        body = render_to_string(f"community/email/challenge_{step}.txt", context)
    send_mail(f"[{settings.SITE_NAME}] {subject_line(subject)}", body, None, [user.email])

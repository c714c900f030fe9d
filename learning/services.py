"""Writes of the learning app: enrol, record an attempt, complete a lesson, issue, revoke
and print certificates. Keyword-only, one transaction each; views, the admin, tasks and the
demo loader all come through here.

Every write that can change a learner's progress first locks their enrolment row
(`_locked`), so that two requests of the same learner are applied one after the other: the
second sees what the first did, and the request that completes the course, whichever it is,
issues its one certificate (the unique constraints are the last line of defence)."""

import secrets

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.outbox import enqueue

from . import grading, selectors
from .models import (
    STATUS_LIST_SIZE,
    Attempt,
    Certificate,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    original_of,
)
from .pdf import certificate_pdf


class LearningError(Exception):
    """A write refused for a reason the learner should read (a 400 with this message)."""

    def __init__(self, message: str, *, missing=()):
        super().__init__(message)
        self.message = message
        self.missing = list(missing)


class SubmissionRefused(LearningError):
    """An attempt that cannot be recorded: tampered, replayed, paused, incomplete."""


def _locked(enrolment: Enrolment) -> Enrolment:
    return (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("course")
        .get(pk=enrolment.pk)
    )


def _lesson_in(enrolment: Enrolment, lesson: LessonPage) -> LessonPage:
    """The original of `lesson`, refusing a lesson of another course."""
    original = original_of(lesson)
    if not original.path.startswith(enrolment.course.path):
        raise LearningError(_("This lesson is not part of the course you are enrolled in."))
    return original


# --- enrolling -------------------------------------------------------------------------------


@transaction.atomic
def enrolment_create(*, user, course: CoursePage) -> Enrolment:
    """Enrol `user` in `course` (any language version of it). Enrolling again returns the
    enrolment there is. Refuses while prerequisites are missing."""
    course = original_of(course)
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    missing = selectors.missing_prerequisites(user=user, course=course)
    if missing:
        raise LearningError(_("Complete the courses this one builds on first."), missing=missing)
    try:
        with transaction.atomic():
            return Enrolment.objects.create(user=user, course=course)
    except IntegrityError:  # the same person enrolling twice at the same moment
        return Enrolment.objects.get(user=user, course=course)


# --- attempts and completion -----------------------------------------------------------------


@transaction.atomic
def attempt_record(
    *, enrolment: Enrolment, lesson: LessonPage, check_id: str, number: int, answers: dict
) -> tuple[Attempt, grading.Grade]:
    """Grade and record an attempt at the check `check_id` of `lesson` (the page the learner
    answered, in any language). `number` is how many attempts the learner's form had seen:
    a replayed or doubled submission carries a number already used and is refused.

    A passed check completes the lesson once all its checks are passed."""
    enrolment = _locked(enrolment)
    course = enrolment.course
    original = _lesson_in(enrolment, lesson)
    check = next((c for c in lesson.checks() if c.id == check_id), None)
    if check is None:
        raise SubmissionRefused(_("This knowledge check is not part of this lesson."))
    previous = list(
        Attempt.objects.filter(enrolment=enrolment, lesson=original, check_id=check_id)
        .order_by("number")
        .values_list("passed", "created_at")
    )
    if any(passed for passed, _at in previous):
        raise SubmissionRefused(_("You have already passed this knowledge check."))
    if number != len(previous):
        raise SubmissionRefused(
            _("This attempt was already submitted. Your latest result is shown.")
        )
    wait = grading.next_attempt_at(
        failures=len(previous),
        last_failure_at=previous[-1][1] if previous else None,
        attempt_limit=course.attempt_limit,
        cooldown_minutes=course.cooldown_minutes,
    )
    if wait is not None and wait > timezone.now():
        raise SubmissionRefused(
            _("You have used your attempts for now. Try again after %(time)s.")
            % {"time": timezone.localtime(wait).strftime("%H:%M")}
        )
    try:
        result = grading.grade(check, answers, pass_mark=course.pass_mark)
    except ValueError as error:  # TamperedAnswers, IncompleteAnswers
        raise SubmissionRefused(str(error)) from None
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                enrolment=enrolment,
                lesson=original,
                check_id=check_id,
                number=number,
                answers={q: list(options) for q, options in answers.items()},
                score=result.score,
                passed=result.passed,
            )
    except IntegrityError:
        raise SubmissionRefused(
            _("This attempt was already submitted. Your latest result is shown.")
        ) from None
    if result.passed:
        passed = set(
            Attempt.objects.filter(enrolment=enrolment, lesson=original, passed=True).values_list(
                "check_id", flat=True
            )
        )
        if set(original.check_ids()) <= passed:
            _complete(enrolment, original)
    return attempt, result


@transaction.atomic
def lesson_complete(*, enrolment: Enrolment, lesson: LessonPage) -> LessonCompletion:
    """Mark a lesson complete (again: nothing changes). A lesson with a knowledge check is
    complete only once its checks are passed, which completes it by itself."""
    enrolment = _locked(enrolment)
    original = _lesson_in(enrolment, lesson)
    existing = LessonCompletion.objects.filter(enrolment=enrolment, lesson=original).first()
    if existing is not None:
        return existing
    passed = set(
        Attempt.objects.filter(enrolment=enrolment, lesson=original, passed=True).values_list(
            "check_id", flat=True
        )
    )
    if not set(original.check_ids()) <= passed:
        raise LearningError(_("Pass this lesson's knowledge check to complete it."))
    return _complete(enrolment, original)


def _complete(enrolment: Enrolment, original: LessonPage) -> LessonCompletion:
    """Record the completion (the enrolment is locked) and, if it finishes the course,
    issue the certificate."""
    completion, _created = LessonCompletion.objects.get_or_create(
        enrolment=enrolment, lesson=original
    )
    if selectors.enrolment_progress(enrolment=enrolment).complete:
        certificate_issue(enrolment=enrolment)
    return completion


# --- certificates ----------------------------------------------------------------------------


def _holder_name(user) -> str:
    return user.get_full_name() or ""


@transaction.atomic
def certificate_issue(*, enrolment: Enrolment) -> Certificate:
    """The enrolment's certificate: issued once (get-or-create on a unique enrolment), with
    a random code and a random free position in the status list, and its PDF queued.
    Marks the enrolment completed."""
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    course = enrolment.course
    for _try in range(8):  # a status position taken at the same moment: draw again
        try:
            with transaction.atomic():
                certificate, created = Certificate.objects.get_or_create(
                    enrolment=enrolment,
                    defaults={
                        "user_id": enrolment.user_id,
                        "course": course,
                        "course_title": course.title,
                        "holder_name": _holder_name(enrolment.user),
                        "status_index": secrets.randbelow(STATUS_LIST_SIZE),
                    },
                )
            break
        except IntegrityError:
            certificate = Certificate.objects.filter(enrolment=enrolment).first()
            if certificate is not None:
                return certificate
    else:
        raise RuntimeError("no free status list position after 8 draws")
    if created:
        Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
            completed_at=certificate.issued_at
        )
        # by name: the task module calls this one
        enqueue("learning.tasks.certificate_pdf_make", certificate_id=certificate.pk)
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, by) -> Certificate:
    """Revoke a certificate with a reason (staff). Revoking again changes nothing."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    reason = reason.strip()
    if not reason:
        raise LearningError(_("Say why the certificate is revoked."))
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.revocation_reason = reason
        certificate.revoked_by = by
        certificate.save(update_fields=["revoked_at", "revocation_reason", "revoked_by"])
        # the published status list shows the bit as soon as the revocation is committed
        transaction.on_commit(selectors.status_list_forget)
    return certificate


@transaction.atomic
def certificate_pdf_make(*, certificate: Certificate) -> Certificate:
    """Make and store the certificate's PDF (once: a second call keeps the first)."""

    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("user__profile")
        .get(pk=certificate.pk)
    )
    if not certificate.pdf:
        certificate.pdf.save("certificate.pdf", ContentFile(certificate_pdf(certificate)))
    return certificate

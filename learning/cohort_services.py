"""Writes of cohorts: apply, decide, withdraw, the e-mail of each step, and the secret calendar
address. Keyword-only, one transaction each; the cohort views, the admin, the tasks and the
demo loader come through here (the course writes are in `learning.services`).

The rules, each in one place:
- `refusal_to_apply` says whether (and why not) a person may apply now: the cohort is open,
  its window is open in the cohort's time zone, it has places, they have not applied;
- `application_decide`: only the cohort's facilitators and staff decide, and only on a
  submitted or waitlisted application;
- capacity: every change to the number of acceptances happens in `_accept` / `_unaccept`,
  with the cohort row locked (`select_for_update`), so two facilitators accepting at the
  same moment are applied one after the other and the second sees the cohort full; the
  check constraint `accepted_count <= capacity` is the last line of defence;
- waitlist: a place freed by a withdrawal goes at once to the first person on the waitlist
  (the earliest application), who is accepted and told by e-mail (they can withdraw in
  turn). A real programme would rather fill the place than leave it open while an offer
  waits for an answer; see docs/architecture.md, "Cohorts".

Every step queues one e-mail to the applicant (`application_notify`, through the outbox),
written in the language they applied in."""

import uuid
from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core import languages
from core.mail import subject_line
from core.outbox import enqueue

from .models import Application, CalendarFeed, Cohort

NOTIFY_TASK = "learning.tasks.cohort_application_notify"

# What each e-mail says; the template is learning/email/cohort_<step>.txt
STEPS = ("submitted", "accepted", "waitlisted", "declined", "withdrawn", "promoted", "cancelled")


class CohortError(Exception):
    """A write refused for a reason the person should read (a 4xx with this message)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAllowed(CohortError):
    """The person may not do this to this cohort or application (a 403)."""


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def is_facilitator(*, user, cohort: Cohort) -> bool:
    """Facilitators of this cohort and staff: who reviews its applications."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_staff:
        return True
    return cohort.facilitators.filter(pk=user.pk).exists()


# --- applying --------------------------------------------------------------------------------


def refusal_to_apply(*, user, cohort: Cohort, now: datetime | None = None) -> str | None:
    """Why `user` cannot apply to `cohort` now, or None when they can (anonymous people
    can, once signed in). The cohort page shows it beside the apply button; `application_
    create` raises it."""
    now = _now(now)
    if cohort.state == Cohort.State.CANCELLED:
        return _("This cohort is cancelled.")
    if cohort.state in (Cohort.State.RUNNING, Cohort.State.COMPLETED):
        return _("Applications to this cohort are closed.")
    if cohort.state != Cohort.State.OPEN:
        return _("This cohort is not open for applications.")
    start, end = cohort.window()
    if now < start:
        return _("Applications open on %(date)s (%(zone)s).") % {
            "date": date_format(cohort.applications_open_on, "DATE_FORMAT"),
            "zone": cohort.time_zone,
        }
    if now >= end:
        return _("Applications closed on %(date)s (%(zone)s).") % {
            "date": date_format(cohort.applications_close_on, "DATE_FORMAT"),
            "zone": cohort.time_zone,
        }
    if cohort.is_full:
        return _("This cohort is full.")
    if user.is_authenticated and Application.objects.filter(cohort=cohort, applicant=user).exists():
        return _("You have already applied to this cohort.")
    return None


def _application_language() -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    return language if language in languages.language_codes() else settings.LANGUAGE_CODE


@transaction.atomic
def application_create(
    *,
    user,
    cohort: Cohort,
    statement: str,
    answers: list[str] | tuple[str, ...] = (),
    language: str | None = None,
    now: datetime | None = None,
) -> Application:
    """Apply to a cohort with a statement and an answer to each of its questions. The
    application records the language it was made in (the active one by default): the
    applicant's e-mails are written in it."""
    if not user.is_authenticated:
        raise NotAllowed(_("Sign in to apply."))
    # the cohort row is locked so that its state and count are read as they are
    cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
    refusal = refusal_to_apply(user=user, cohort=cohort, now=now)
    if refusal:
        raise CohortError(refusal)
    statement = statement.strip()
    if not statement:
        raise CohortError(_("Write a statement: why this cohort, and what you bring to it."))
    questions = cohort.question_list()
    answers = [a.strip() for a in answers]
    if len(answers) != len(questions) or not all(answers):
        raise CohortError(_("Answer every question of the cohort."))
    try:
        with transaction.atomic():
            application = Application.objects.create(
                cohort=cohort,
                applicant=user,
                statement=statement,
                answers=[
                    {"question": q, "answer": a} for q, a in zip(questions, answers, strict=True)
                ],
                language=language or _application_language(),
            )
    except IntegrityError:  # the same person applying twice at the same moment
        raise CohortError(_("You have already applied to this cohort.")) from None
    _notify(application, "submitted")
    return application


# --- deciding --------------------------------------------------------------------------------

DECISIONS = (Application.State.ACCEPTED, Application.State.WAITLISTED, Application.State.DECLINED)


def _locked(application: Application) -> tuple[Cohort, Application]:
    """Lock the cohort row first, then the application: every write of a cohort's
    applications takes the locks in this order, so none waits on another in a circle."""
    cohort = Cohort.objects.select_for_update().get(pk=application.cohort_id)
    application = Application.objects.select_for_update().get(pk=application.pk)
    application.cohort = cohort
    return cohort, application


def _accept(cohort: Cohort) -> None:
    """Take one place of a locked cohort, or refuse when none is left."""
    if cohort.accepted_count >= cohort.capacity:
        raise CohortError(
            _("The cohort is full: %(capacity)s of %(capacity)s places are taken.")
            % {"capacity": cohort.capacity}
        )
    Cohort.objects.filter(pk=cohort.pk).update(accepted_count=F("accepted_count") + 1)
    cohort.accepted_count += 1


def _unaccept(cohort: Cohort) -> None:
    Cohort.objects.filter(pk=cohort.pk).update(accepted_count=F("accepted_count") - 1)
    cohort.accepted_count -= 1


@transaction.atomic
def application_decide(
    *, application: Application, state: str, message: str = "", by
) -> Application:
    """Accept, waitlist or decline an application, with a message to the applicant. Only
    the cohort's facilitators and staff; only a submitted or waitlisted application (an
    accepted, declined or withdrawn one is settled). Deciding what is already decided
    (waitlisting a waitlisted application) changes nothing and sends nothing."""
    if state not in DECISIONS:
        raise CohortError(_("Choose accept, waitlist or decline."))
    cohort, application = _locked(application)
    if not is_facilitator(user=by, cohort=cohort):
        raise NotAllowed(_("Only this cohort's facilitators can decide on its applications."))
    if application.state == state:
        return application
    if application.state not in (Application.State.SUBMITTED, Application.State.WAITLISTED):
        raise CohortError(
            _("This application is already %(state)s.")
            % {"state": application.get_state_display().lower()}
        )
    if cohort.state in (Cohort.State.CANCELLED, Cohort.State.COMPLETED):
        raise CohortError(_("This cohort is closed: its applications can no longer change."))
    if state == Application.State.ACCEPTED:
        _accept(cohort)
    application.state = state
    application.message = message.strip()
    application.decided_by = by
    application.decided_at = timezone.now()
    application.save(update_fields=["state", "message", "decided_by", "decided_at"])
    _notify(application, state)
    return application


# --- withdrawing and the waitlist ------------------------------------------------------------


@transaction.atomic
def application_withdraw(*, application: Application, by) -> Application:
    """The applicant withdraws. An accepted applicant's place goes at once to the first
    person on the waitlist (`_promote_next`). Withdrawing again changes nothing."""
    cohort, application = _locked(application)
    if application.applicant_id != by.pk:
        raise NotAllowed(_("Only the applicant can withdraw an application."))
    if application.state == Application.State.WITHDRAWN:
        return application
    if application.state == Application.State.DECLINED:
        raise CohortError(_("This application was declined; there is nothing to withdraw."))
    if cohort.state in (Cohort.State.CANCELLED, Cohort.State.COMPLETED):
        raise CohortError(_("This cohort is closed: its applications can no longer change."))
    was_accepted = application.state == Application.State.ACCEPTED
    application.state = Application.State.WITHDRAWN
    application.save(update_fields=["state"])
    _notify(application, "withdrawn")
    if was_accepted:
        _unaccept(cohort)
        _promote_next(cohort)
    return application


def waitlist(cohort: Cohort):
    """The cohort's waitlist in order: the earliest application first."""
    return Application.objects.filter(cohort=cohort, state=Application.State.WAITLISTED).order_by(
        "submitted_at", "pk"
    )


def _promote_next(cohort: Cohort) -> Application | None:
    """Give a free place of a locked cohort to the first person on its waitlist."""
    if cohort.is_full:
        return None
    first = waitlist(cohort).select_for_update().first()
    if first is None:
        return None
    _accept(cohort)
    first.state = Application.State.ACCEPTED
    first.decided_at = timezone.now()
    first.save(update_fields=["state", "decided_at"])
    _notify(first, "promoted")
    return first


@transaction.atomic
def cohort_places_recount(*, cohort_id: int) -> None:
    """Make the acceptance count the number of accepted applications again, and give the
    places that freed to the waitlist: after accepted applications vanished by a cascade (an
    account deleted), which no service saw (`learning.signals`)."""
    cohort = Cohort.objects.select_for_update().filter(pk=cohort_id).first()
    if cohort is None:  # the cohort is going too
        return
    count = Application.objects.filter(cohort=cohort, state=Application.State.ACCEPTED).count()
    Cohort.objects.filter(pk=cohort.pk).update(accepted_count=count)
    cohort.accepted_count = count
    if cohort.state in (Cohort.State.OPEN, Cohort.State.RUNNING):
        while _promote_next(cohort) is not None:
            pass


# --- e-mails ---------------------------------------------------------------------------------


# The applications a cancellation ends: everyone still waiting for, or holding, a place.
LIVE = (
    Application.State.SUBMITTED,
    Application.State.ACCEPTED,
    Application.State.WAITLISTED,
)


@transaction.atomic
def cohort_cancelled(*, cohort: Cohort, previous_state: str) -> int:
    """A cohort has just been cancelled (staff, in the admin): tell everyone with a live
    application, once each. Cancelling a cohort that was already cancelled tells nobody again.
    Returns how many were told."""
    if previous_state == Cohort.State.CANCELLED or cohort.state != Cohort.State.CANCELLED:
        return 0
    live = list(cohort.applications.filter(state__in=LIVE).values_list("pk", flat=True))
    for application_id in live:
        enqueue(NOTIFY_TASK, application_id=application_id, step="cancelled")
    return len(live)


def _notify(application: Application, step: str) -> None:
    # by name: the task module calls this one
    enqueue(NOTIFY_TASK, application_id=application.pk, step=step)


def application_notify(*, application: Application, step: str) -> None:
    """Send the applicant the e-mail of one step, in the language they applied in. Called
    once per step by the outbox (which runs each queued call once)."""
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}")
    user = application.applicant
    if not (user.is_active and user.email):
        return
    with translation.override(application.language or settings.LANGUAGE_CODE):
        context = {
            "application": application,
            "cohort": application.cohort,
            "site_name": settings.SITE_NAME,
            "show_message": step in DECISIONS,
            "cohort_url": languages.absolute_url(application.cohort.get_absolute_url()),
            "mine_url": languages.absolute_url(reverse("learning:cohort_applications")),
        }
        subject = render_to_string(f"learning/email/cohort_{step}_subject.txt", context)
        body = render_to_string(f"learning/email/cohort_{step}.txt", context)
    send_mail(
        f"[{settings.SITE_NAME}] {subject_line(subject)}",
        body,
        None,
        [user.email],
    )


# --- the secret calendar address -------------------------------------------------------------


@transaction.atomic
def calendar_feed_for(*, user) -> CalendarFeed:
    """The person's calendar address, made the first time it is asked for."""
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


@transaction.atomic
def calendar_feed_rotate(*, user) -> CalendarFeed:
    """A new secret calendar address; the old ones stop working (404)."""
    feed, _created = CalendarFeed.objects.select_for_update().get_or_create(user=user)
    feed.token = uuid.uuid4()
    feed.save(update_fields=["token"])
    return feed

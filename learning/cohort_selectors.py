"""Reads of cohorts: the cohort page, the facilitator's review screen, the member list, my
applications, calendars and the dashboard. Each runs a fixed number of queries, whatever the
number of applications, members, sessions or cohorts."""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q
from django.utils import timezone

from community.models import ReformerProfile

from .models import Application, Cohort, Session


def listed_cohorts():
    """The cohorts the site lists: all but drafts, the open ones first."""
    order = {Cohort.State.OPEN: 0, Cohort.State.RUNNING: 1}
    cohorts = list(
        Cohort.objects.listed()
        .select_related("region", "course")
        .prefetch_related("themes", "challenge_areas")
        .order_by("-applications_open_on", "title", "pk")
    )
    return sorted(cohorts, key=lambda c: order.get(c.state, 2))


def cohort_for(*, slug: str, user) -> Cohort | None:
    """The cohort of a slug as this person may see it: a draft only for its facilitators
    and staff. Its facilitators' ids come with it (`facilitator_ids`)."""
    cohort = (
        Cohort.objects.filter(slug=slug)
        .select_related("region", "course")
        .prefetch_related("themes", "challenge_areas")
        .first()
    )
    if cohort is None:
        return None
    cohort.facilitator_ids = set(cohort.facilitators.values_list("pk", flat=True))
    if cohort.state == Cohort.State.DRAFT and not _facilitates(user, cohort):
        return None
    return cohort


def _facilitates(user, cohort: Cohort) -> bool:
    """Like cohort_services.is_facilitator, from the ids `cohort_for` read (no query)."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_staff or user.pk in cohort.facilitator_ids)
    )


@dataclass
class Standing:
    """Where a person stands with one cohort."""

    application: Application | None
    facilitator: bool

    @property
    def member(self) -> bool:
        return bool(self.application and self.application.state == Application.State.ACCEPTED)

    @property
    def sees_members(self) -> bool:
        """Members see their cohort's sessions' links, member list and calendar; so do its
        facilitators and staff."""
        return self.member or self.facilitator


def standing(*, user, cohort: Cohort) -> Standing:
    application = None
    if user.is_authenticated:
        application = Application.objects.filter(cohort=cohort, applicant=user).first()
    return Standing(application=application, facilitator=_facilitates(user, cohort))


def sessions_of(cohort: Cohort) -> list[Session]:
    return list(
        Session.objects.filter(cohort=cohort).select_related("cohort").order_by("starts_at", "pk")
    )


# --- the review screen -----------------------------------------------------------------------

REVIEW_ORDER = (
    Application.State.SUBMITTED,
    Application.State.WAITLISTED,
    Application.State.ACCEPTED,
    Application.State.DECLINED,
    Application.State.WITHDRAWN,
)


@dataclass
class ReviewGroup:
    state: str
    label: str
    applications: list[Application] = field(default_factory=list)


def review(*, cohort: Cohort, viewer) -> list[ReviewGroup]:
    """The cohort's applications by state (to decide first), each group in the order of
    application (the waitlist's order). Each carries `shown_profile`: the applicant's profile
    when `viewer` may see it in a list (community's `listed_for`), else None: a private
    profile stays invisible, even to the facilitators (the screen then names the account).
    Two queries, whatever the number of applications."""
    groups = {state: ReviewGroup(state, Application.State(state).label) for state in REVIEW_ORDER}
    rows = (
        Application.objects.filter(cohort=cohort)
        .select_related("applicant", "decided_by")
        .order_by("submitted_at", "pk")
    )
    profiles = {
        profile.user_id: profile
        for profile in ReformerProfile.objects.listed_for(viewer).filter(
            user__cohort_applications__cohort=cohort
        )
    }
    for application in rows:
        application.shown_profile = profiles.get(application.applicant_id)
        groups[application.state].applications.append(application)
    return list(groups.values())


# --- members ---------------------------------------------------------------------------------


def members(*, cohort: Cohort, viewer) -> list[ReformerProfile]:
    """The profiles of the cohort's members (accepted applicants) that `viewer` may see in a
    list: public ones, and community-only ones for signed-in people (community's
    `listed_for`); a private profile is never listed, not even to fellow members or to its
    owner."""
    return list(
        ReformerProfile.objects.listed_for(viewer)
        .filter(
            user__cohort_applications__cohort=cohort,
            user__cohort_applications__state=Application.State.ACCEPTED,
        )
        .select_related("country")
        .order_by("display_name", "pk")
    )


def facilitator_profiles(*, cohort: Cohort, viewer) -> list[ReformerProfile]:
    """The facilitators' profiles `viewer` may see (the same rule as members)."""
    return list(
        ReformerProfile.objects.listed_for(viewer)
        .filter(user__cohorts_facilitated=cohort)
        .order_by("display_name", "pk")
    )


# --- my applications, my sessions -----------------------------------------------------------


def my_applications(*, user) -> list[Application]:
    if not user.is_authenticated:
        return []
    return list(
        Application.objects.filter(applicant=user)
        .select_related("cohort")
        .order_by("-submitted_at", "-pk")
    )


def _my_cohorts_q(user) -> Q:
    """The cohorts a person belongs to: accepted into, or facilitating."""
    return Q(
        cohort__applications__applicant=user,
        cohort__applications__state=Application.State.ACCEPTED,
    ) | Q(cohort__facilitators=user)


def my_sessions(*, user, since: datetime | None = None, limit: int | None = None):
    """Sessions of every cohort the person belongs to (member or facilitator), in order;
    from `since` on when given. One query."""
    rows = (
        Session.objects.filter(_my_cohorts_q(user))
        .exclude(cohort__state=Cohort.State.CANCELLED)
        .select_related("cohort")
        .distinct()
        .order_by("starts_at", "pk")
    )
    if since is not None:
        rows = rows.filter(starts_at__gte=since)
    return list(rows[:limit] if limit else rows)


def belongs(*, user, cohort: Cohort) -> bool:
    """A member (accepted) or a facilitator of the cohort: who may follow its calendar."""
    return (
        Application.objects.filter(
            cohort=cohort, applicant=user, state=Application.State.ACCEPTED
        ).exists()
        or cohort.facilitators.filter(pk=user.pk).exists()
    )


# --- the dashboard ---------------------------------------------------------------------------

UPCOMING_SESSIONS = 5


@dataclass
class MyCohorts:
    applications: list[Application]  # every application, with its cohort
    facilitating: list[Cohort]
    upcoming: list[Session]

    def __bool__(self):
        return bool(self.applications or self.facilitating or self.upcoming)


def my_cohorts(*, user) -> MyCohorts:
    """The dashboard's cohorts: my applications (members first), the cohorts I facilitate
    and my next sessions. At most three queries, whatever their number."""
    if not user.is_authenticated:
        return MyCohorts([], [], [])
    applications = my_applications(user=user)
    applications.sort(key=lambda a: a.state != Application.State.ACCEPTED)
    facilitating = list(
        Cohort.objects.filter(facilitators=user)
        .exclude(state=Cohort.State.CANCELLED)
        .order_by("title", "pk")
    )
    upcoming = []
    if facilitating or any(a.state == Application.State.ACCEPTED for a in applications):
        upcoming = my_sessions(user=user, since=timezone.now(), limit=UPCOMING_SESSIONS)
    return MyCohorts(applications, facilitating, upcoming)

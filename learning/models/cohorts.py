"""Cohorts: groups of reformers who take a course or programme together, with an application
window, a capacity, facilitators and sessions. Plain models, written only by
`learning.cohort_services` (apply, decide, withdraw); staff edit cohorts and sessions in the
admin (`learning.wagtail_hooks`).

Rules kept by the database as well as by the services (docs/architecture.md, "Cohorts"):
- one application per person per cohort (unique constraint);
- acceptances never exceed capacity: `Cohort.accepted_count` counts accepted applications,
  changed only by the services while they hold the cohort row's lock, and a check
  constraint refuses `accepted_count > capacity` whatever writes it.

Times: the application window is two dates in the cohort's time zone (applications open at
the start of the first day and close at the end of the last, where the cohort is); a
session starts at an aware instant, shown in its own time zone."""

import uuid
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Cohort slugs that would shadow the cohort URLs of fixed names (learning/urls.py).
RESERVED_SLUGS = frozenset({"mine", "calendar"})


def validate_time_zone(value: str) -> None:
    """An IANA time zone name ("Africa/Nairobi", "America/Bogota")."""
    if value not in _zone_names():
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as Africa/Nairobi."),
            params={"value": value},
            code="invalid_time_zone",
        )


_ZONES: frozenset[str] = frozenset()


def _zone_names() -> frozenset[str]:
    global _ZONES
    if not _ZONES:
        _ZONES = frozenset(available_timezones())
    return _ZONES


def validate_cohort_slug(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(_("This address is taken by the site; choose another."))


class CohortQuerySet(models.QuerySet):
    def listed(self):
        """Cohorts shown on the site: every state but draft."""
        return self.exclude(state=Cohort.State.DRAFT)


class Cohort(models.Model):
    class Kind(models.TextChoices):
        REGIONAL = "regional", _("Regional")
        THEMATIC = "thematic", _("Thematic")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for applications")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", pgettext_lazy("a cohort", "Completed")
        CANCELLED = "cancelled", _("Cancelled")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True, validators=[validate_cohort_slug]
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.THEMATIC)
    region = models.ForeignKey(
        "community.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cohorts",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    themes = models.ManyToManyField(
        "community.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="cohorts",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    challenge_areas = models.ManyToManyField(
        "community.ChallengeArea",
        verbose_name=_("challenge areas"),
        blank=True,
        related_name="cohorts",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cohorts",
        help_text=_("The course the cohort takes together, if any."),
    )
    programme = models.CharField(
        _("programme"),
        max_length=200,
        blank=True,
        help_text=_("The programme the cohort belongs to, when it is not a single course."),
    )
    description = models.TextField(_("description"), max_length=5000)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Where the cohort is, e.g. Africa/Nairobi: the window's dates are there."),
    )
    applications_open_on = models.DateField(_("applications open on"))
    applications_close_on = models.DateField(
        _("applications close on"), help_text=_("The last day applications are taken.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), default=25, validators=[MinValueValidator(1), MaxValueValidator(10_000)]
    )
    # Written only by the services under the cohort row's lock (see the module's docstring).
    accepted_count = models.PositiveIntegerField(_("accepted"), default=0, editable=False)
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="cohorts_facilitated",
    )
    questions = models.TextField(
        _("questions for applicants"),
        blank=True,
        max_length=3000,
        help_text=_("One question per line; every applicant answers each."),
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.DRAFT, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CohortQuerySet.as_manager()

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-applications_open_on", "title", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(accepted_count__lte=models.F("capacity")),
                name="learning_cohort_within_capacity",
            ),
            models.CheckConstraint(
                condition=models.Q(applications_close_on__gte=models.F("applications_open_on")),
                name="learning_cohort_window_in_order",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Saving an existing cohort (the admin's form) never writes `accepted_count`: the
        value it loaded may be stale by the time it saves, and the services change the count
        in the database, under the row's lock."""
        if not self._state.adding and self.pk and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.attname
                for field in self._meta.concrete_fields
                if not field.primary_key and field.attname != "accepted_count"
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("learning:cohort_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if (
            self.applications_open_on
            and self.applications_close_on
            and self.applications_close_on < self.applications_open_on
        ):
            raise ValidationError(
                {"applications_close_on": _("Applications cannot close before they open.")}
            )
        if self.capacity is not None and self.capacity < self.accepted_count:
            raise ValidationError(
                {
                    "capacity": _(
                        "%(count)s applicants are already accepted: the capacity cannot be lower."
                    )
                    % {"count": self.accepted_count}
                }
            )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def window(self) -> tuple[datetime, datetime]:
        """The application window as instants: from the start of the opening day to the end
        of the closing day, in the cohort's time zone (the end is exclusive)."""
        zone = self.zone
        start = datetime.combine(self.applications_open_on, time.min, tzinfo=zone)
        end = datetime.combine(self.applications_close_on + timedelta(days=1), time.min, zone)
        return start, end

    def question_list(self) -> list[str]:
        return [line.strip() for line in self.questions.splitlines() if line.strip()]

    @property
    def places_left(self) -> int:
        return max(self.capacity - self.accepted_count, 0)

    @property
    def is_full(self) -> bool:
        return self.accepted_count >= self.capacity


class Session(models.Model):
    cohort = models.ForeignKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="sessions"
    )
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("The start is shown, and exported to calendars, in this time zone."),
    )
    duration_minutes = models.PositiveIntegerField(
        _("duration (minutes)"), default=90, validators=[MinValueValidator(5)]
    )
    place = models.CharField(_("place"), max_length=300, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    description = models.TextField(_("description"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gte=5), name="learning_session_duration"
            )
        ]

    def __str__(self):
        return f"{self.cohort} · {self.title}"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self) -> datetime:
        return self.local_start + timedelta(minutes=self.duration_minutes)


class Application(models.Model):
    class State(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        ACCEPTED = "accepted", _("Accepted")
        WAITLISTED = "waitlisted", _("Waitlisted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", pgettext_lazy("an application", "Withdrawn")

    cohort = models.ForeignKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="applications"
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applicant"),
        on_delete=models.CASCADE,
        related_name="cohort_applications",
    )
    statement = models.TextField(_("statement"), max_length=5000)
    # [{"question": the question as asked, "answer": ...}] in the cohort's order
    answers = models.JSONField(_("answers"), default=list, blank=True)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=State.choices,
        default=State.SUBMITTED,
        db_index=True,
    )
    message = models.TextField(_("message to the applicant"), max_length=3000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    # The interface language the applicant applied in: their e-mails are written in it.
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["submitted_at", "pk"]  # also the waitlist's order: first come
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "applicant"], name="learning_one_application_per_cohort"
            )
        ]

    def __str__(self):
        return f"{self.applicant} · {self.cohort}"


def _calendar_token() -> uuid.UUID:
    return uuid.uuid4()


class CalendarFeed(models.Model):
    """A person's secret calendar address (their personal feed and the feeds of their
    cohorts): a random token in the URL, so a calendar application can follow it without
    signing in. Rotating it makes the old addresses 404."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.UUIDField(default=_calendar_token, unique=True, editable=False)

    class Meta:
        verbose_name = _("calendar feed")

    def __str__(self):
        return str(self.user)

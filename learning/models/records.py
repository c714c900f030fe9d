"""What learners do: enrolments, lesson completions, attempts at knowledge checks, and
certificates. Plain models, written only by `learning.services`; staff read them in the admin
(`learning.wagtail_hooks`), where revoking a certificate is the one write.

Every record points at the original course and lessons (see `pages.original_of`)."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Bits of the Bitstring Status List the credentials publish (W3C; 131,072 is the minimum
# length it recommends, for herd privacy). Each certificate holds one position of it.
STATUS_LIST_SIZE = 131_072


def certificate_code() -> str:
    """256 random bits, URL-safe (43 characters)."""
    return secrets.token_urlsafe(32)


def certificate_pdf_name(instance, filename: str) -> str:
    # media is public: the name is as unguessable as the code, and says nothing about whom
    return f"certificates/{secrets.token_urlsafe(24)}.pdf"


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    created_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="learning_one_enrolment")
        ]

    def __str__(self):
        return f"{self.user} · {self.course}"


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="completions")
    lesson = models.ForeignKey(
        "learning.LessonPage", on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="learning_one_completion")
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.lesson}"


class Attempt(models.Model):
    """One submission of a knowledge check, as graded when it was made."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="attempts"
    )
    lesson = models.ForeignKey(
        "learning.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="attempts",
    )
    check_id = models.CharField(_("knowledge check"), max_length=64)
    number = models.PositiveIntegerField(_("attempt"))  # 0, 1, 2... per check
    answers = models.JSONField(_("answers"), default=dict)  # {question id: [option id]}
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # a replayed or doubled submission cannot be recorded twice
            models.UniqueConstraint(
                fields=["enrolment", "lesson", "check_id", "number"], name="learning_one_attempt"
            )
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.lesson} #{self.number + 1}"


class Certificate(models.Model):
    """Proof that a learner completed a course: one per enrolment, verifiable by anyone
    who has its code, revocable by staff.

    For the Open Badges credential of the same achievement: `issued_at` is its validFrom,
    `status_index` its position in the status list (allocated at issue, unique),
    `revoked_at` sets that bit."""

    enrolment = models.OneToOneField(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,  # an account deleted takes its records with it
        related_name="certificate",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    code = models.CharField(_("code"), max_length=64, unique=True, default=certificate_code)
    holder_name = models.CharField(
        _("name at issue"),
        max_length=200,
        blank=True,
        help_text=_("The name on the account when the certificate was issued."),
    )
    course_title = models.CharField(_("course title at issue"), max_length=255)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    status_index = models.PositiveIntegerField(_("status list index"), unique=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revoking"), max_length=1000, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pdf = models.FileField(_("PDF"), upload_to=certificate_pdf_name, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]

    def __str__(self):
        return f"{self.course_title} · {self.holder_display_name}"

    def get_absolute_url(self):
        return reverse("learning:certificate", kwargs={"code": self.code})

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def holder_display_name(self) -> str:
        """The holder's name as they chose to show it: their profile's display name if they
        have a profile (whatever its visibility: the holder shares the code), else the name
        on the account at issue."""
        profile = getattr(self.user, "profile", None)
        if profile is not None and profile.display_name:
            return profile.display_name
        return self.holder_name

"""A cohort's space beyond its sessions: the members-only discussion board (threads and
their replies) and the alumni a closed cohort leaves behind. Plain models, written only by
`learning.board_services` (post, reply, edit, pin, hide) and `learning.alumni_services`
(close a cohort); see docs/architecture.md, "Cohorts".

Hidden posts are kept: `hidden_at` / `hidden_by` say who hid them and when; members no longer
see them, facilitators and staff see them marked as hidden."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

TITLE_LENGTH = 200
BODY_LENGTH = 10_000


class Post(models.Model):
    """What a thread and a reply share: an author, a plain-text body, edits and hiding."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    body = models.TextField(_("message"), max_length=BODY_LENGTH)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


class Thread(Post):
    cohort = models.ForeignKey(
        "learning.Cohort",
        verbose_name=_("cohort"),
        on_delete=models.CASCADE,
        related_name="threads",
    )
    title = models.CharField(_("title"), max_length=TITLE_LENGTH)
    pinned = models.BooleanField(_("pinned"), default=False)
    # the time of the thread or of its latest reply: the board's order
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True)

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-pinned", "-last_activity_at", "-pk"]
        indexes = [
            models.Index(
                fields=["cohort", "-pinned", "-last_activity_at"], name="learning_board_order"
            )
        ]

    def __str__(self):
        return self.title


class Reply(Post):
    thread = models.ForeignKey(
        Thread, verbose_name=_("thread"), on_delete=models.CASCADE, related_name="replies"
    )

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.thread} · {self.pk}"


class Alumnus(models.Model):
    """A member who met a closed cohort's requirements (alumni_services.close_cohort): one
    row per person per cohort."""

    cohort = models.ForeignKey(
        "learning.Cohort",
        verbose_name=_("cohort"),
        on_delete=models.CASCADE,
        related_name="alumni",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("alumnus"),
        on_delete=models.CASCADE,
        related_name="alumni_of",
    )
    since = models.DateTimeField(_("alumnus since"), auto_now_add=True)

    class Meta:
        verbose_name = _("alumnus")
        verbose_name_plural = _("alumni")
        ordering = ["since", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="learning_one_alumnus")
        ]

    def __str__(self):
        return f"{self.user} · {self.cohort}"

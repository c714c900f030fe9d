"""What points of contact write in their workspace: progress updates, evidence links on
milestones, and the history of every change made there (community.workspace_services writes
all three; nothing else does)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .records import Commitment, Milestone


class ProgressUpdate(models.Model):
    """A dated note on a commitment, with the commitment's status at that date."""

    commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("commitment"),
        on_delete=models.CASCADE,
        related_name="progress_updates",
    )
    date = models.DateField(_("date"))
    status = models.CharField(_("status"), max_length=20, choices=Commitment.Status)
    note = models.TextField(_("note"), max_length=4000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="progress_updates",
    )
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.commitment.public_id} · {self.date}"


class EvidenceLink(models.Model):
    """A link to evidence that a milestone is done (a gazette, a portal, a report)."""

    milestone = models.ForeignKey(
        Milestone,
        verbose_name=_("milestone"),
        on_delete=models.CASCADE,
        related_name="evidence_links",
    )
    url = models.URLField(_("address"), max_length=500)
    title = models.CharField(_("title"), max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("evidence link")
        verbose_name_plural = _("evidence links")
        ordering = ["pk"]

    def __str__(self):
        return self.title


class ChangeRecord(models.Model):
    """One change to a commitment or one of its milestones: who, when, and each field's value
    before and after ({field: [before, after]}, values as text)."""

    class Action(models.TextChoices):
        CREATED = "created", _("Created")
        CHANGED = "changed", _("Changed")

    class Subject(models.TextChoices):
        COMMITMENT = "commitment", _("Commitment")
        MILESTONE = "milestone", _("Milestone")
        EVIDENCE = "evidence", _("Evidence link")
        UPDATE = "update", _("Progress update")

    commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("commitment"),
        on_delete=models.CASCADE,
        related_name="change_records",
    )
    subject = models.CharField(_("what"), max_length=20, choices=Subject)
    subject_id = models.PositiveBigIntegerField(_("which"))
    action = models.CharField(_("change"), max_length=20, choices=Action)
    changes = models.JSONField(_("fields changed"), default=dict)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("change record")
        verbose_name_plural = _("change records")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.commitment_id} {self.subject} {self.action}"

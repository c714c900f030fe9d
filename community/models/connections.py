"""Peer connections between reformers, and the blocks that stop them. The rules of their
states live in `community.connection_services` (one function per transition)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Greatest, Least
from django.utils.translation import gettext_lazy as _

MESSAGE_MAX_LENGTH = 500
REASON_MAX_LENGTH = 300


class Connection(models.Model):
    """One row per pair of people, whoever asked: the database refuses a second row for the
    same two people (in either direction), so a double submit cannot duplicate a request."""

    class State(models.TextChoices):
        PENDING = "pending", _("Awaiting an answer")
        ACCEPTED = "accepted", _("Connected")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        REMOVED = "removed", _("Removed")

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        on_delete=models.CASCADE,
        related_name="connections_sent",
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked"),
        on_delete=models.CASCADE,
        related_name="connections_received",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    reason = models.CharField(
        _("why they were suggested"), max_length=REASON_MAX_LENGTH, blank=True
    )
    requested_at = models.DateTimeField(_("asked on"))
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)

    class Meta:
        verbose_name = _("connection")
        verbose_name_plural = _("connections")
        constraints = [
            models.CheckConstraint(
                condition=~Q(sender=F("recipient")), name="connection_not_to_oneself"
            ),
            models.UniqueConstraint(
                Least("sender", "recipient"),
                Greatest("sender", "recipient"),
                name="connection_one_per_pair",
            ),
        ]
        indexes = [
            models.Index(fields=["sender", "state"], name="connection_sender_state"),
            models.Index(fields=["recipient", "state"], name="connection_recipient_state"),
            models.Index(fields=["sender", "requested_at"], name="connection_sender_time"),
        ]

    def __str__(self):
        return f"{self.sender_id} → {self.recipient_id} ({self.state})"

    def other(self, user_id: int) -> int:
        """The id of the other person of the pair."""
        return self.recipient_id if self.sender_id == user_id else self.sender_id


class ConnectionBlock(models.Model):
    """`blocker` wants nothing more from `blocked`: no request either way, neither is
    suggested to the other, and the blocker's profile is hidden from the blocked person
    (who is not told: they see what they would see of a private profile)."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("blocked by"),
        on_delete=models.CASCADE,
        related_name="blocks_made",
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("blocked"),
        on_delete=models.CASCADE,
        related_name="blocks_received",
    )
    created_at = models.DateTimeField(_("blocked on"), auto_now_add=True)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        constraints = [
            models.CheckConstraint(condition=~Q(blocker=F("blocked")), name="block_not_oneself"),
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_once"),
        ]

    def __str__(self):
        return f"{self.blocker_id} ⊘ {self.blocked_id}"

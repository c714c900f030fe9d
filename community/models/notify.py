"""Follows, notifications and the weekly digest (community.notify_services writes them).

A follow is one generic row (content type + id) rather than one table per kind of target:
six kinds today (challenge areas, themes, members, commitments, cohorts, reformer profiles),
one of them in another app (learning's cohorts, which community may not import), and every
question asked of follows is the same whatever the kind ("who follows any of these things?",
"what does this person follow?"). One table answers each with one indexed query, and a new
kind is a registry entry (community.follows), not a migration. The price, no foreign key to
the target, is paid by deleting a target's follows with it (community.signals)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _


class Follow(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_type", "object_id"], name="follow_once"
            )
        ]
        # "who follows any of these?" (the fan-out of a publication)
        indexes = [models.Index(fields=["content_type", "object_id"], name="follow_target")]

    def __str__(self):
        return f"{self.user_id} → {self.content_type_id}:{self.object_id}"


class NotificationKind(models.TextChoices):
    STORY = "story", _("New stories in what I follow")
    GUIDE = "guide", _("Guide updates in what I follow")
    PROGRESS = "progress", _("Progress updates on commitments I follow")
    SUBMISSION = "submission", _("Open Gov Challenge submissions in what I follow")
    CONNECTION_REQUEST = "connection_requested", _("Connection requests")
    CONNECTION_ACCEPTED = "connection_accepted", _("Accepted connection requests")
    SAVED_SEARCH = "saved_search", _("New matches for my saved searches")


class Notification(models.Model):
    Kind = NotificationKind

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=NotificationKind)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    # what the notification is about (the story, the chapter, the commitment, ...)
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    # tells apart two events of one target (a guide chapter's revisions, a saved search's
    # weeks); empty when a target happens once (a story's publication)
    event_key = models.CharField(max_length=40, blank=True, default="")
    # where it leads (a language-neutral path: shown at the reader's language prefix), and
    # what the sentence needs (titles, counts) as they were when it was created
    url = models.CharField(max_length=500)
    params = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # one notification per person for each thing that happened (a publication
            # announced twice, a fan-out run twice, notifies once)
            models.UniqueConstraint(
                fields=["recipient", "kind", "target_type", "target_id", "event_key"],
                name="notification_once",
            )
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["recipient", "-created_at"], name="notification_recent"),
        ]

    def __str__(self):
        return self.sentence()

    def _actor_name(self) -> str:
        # a private profile is invisible everywhere: its owner is "a reformer" here too
        profile = getattr(self.actor, "profile", None) if self.actor_id else None
        if profile is None or profile.visibility == profile.Visibility.PRIVATE:
            return gettext("A reformer")
        return profile.display_name

    def sentence(self) -> str:
        """What happened, in the active language; titles are the content's own."""
        title = self.params.get("title", "")
        kind = self.kind
        if kind == NotificationKind.STORY:
            return gettext("New story: %(title)s") % {"title": title}
        if kind == NotificationKind.GUIDE:
            return gettext("Guide chapter updated: %(title)s") % {"title": title}
        if kind == NotificationKind.PROGRESS:
            return gettext("Progress update on the commitment %(title)s") % {"title": title}
        if kind == NotificationKind.SUBMISSION:
            return gettext("Reform accepted into the Open Gov Challenge: %(title)s") % {
                "title": title
            }
        if kind == NotificationKind.CONNECTION_REQUEST:
            return gettext("%(name)s asks to connect with you") % {"name": self._actor_name()}
        if kind == NotificationKind.CONNECTION_ACCEPTED:
            return gettext("%(name)s accepted your connection request") % {
                "name": self._actor_name()
            }
        count = self.params.get("count", 0)
        return ngettext(
            "%(count)s new match for your saved search %(title)s",
            "%(count)s new matches for your saved search %(title)s",
            count,
        ) % {"count": count, "title": title}


class EmailPreferences(models.Model):
    """Which notifications a person receives by e-mail (in the weekly digest), and in which
    language. Without a row: every kind, in the site's default language."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="email_preferences"
    )
    language = models.CharField(_("language of e-mails"), max_length=10)
    # kinds (NotificationKind values) left out of e-mails
    muted_kinds = models.JSONField(default=list, blank=True)
    digest = models.BooleanField(_("weekly digest"), default=True)

    class Meta:
        verbose_name = _("e-mail preferences")
        verbose_name_plural = _("e-mail preferences")

    def __str__(self):
        return f"{self.user_id} ({self.language})"


class DigestSent(models.Model):
    """A weekly digest sent (or found empty): the row makes the week's digest happen once,
    however many times beat fires."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests_sent"
    )
    week = models.DateField(help_text="The Monday of the ISO week.")
    notification_count = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "week"], name="digest_once_a_week")]

    def __str__(self):
        return f"{self.user_id} · {self.week}"

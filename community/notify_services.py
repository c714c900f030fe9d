"""Writes of follows, notifications, e-mail preferences and the weekly digest.

Notifications are created here and nowhere else: by the fan-out tasks that publications,
progress updates and accepted challenge submissions queue on commit (community.tasks,
stories.tasks, guide.tasks, search.tasks), and by `notifications_for_connection`."""

import datetime
import logging
from itertools import groupby

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from core import languages
from core.mail import subject_line

from . import follows, notify_selectors
from .models import DigestSent, EmailPreferences, Follow, Notification, NotificationKind, User

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "community.notify.unsubscribe"
ALL_KINDS = "all"
# the "my network" page of the connections branch; the dashboard until it lands
NETWORK_URL_NAME = "community:network"
# rows per INSERT when a publication reaches many followers
NOTIFY_BATCH = 1000


class NotFollowable(Exception):
    """No such target, or not one this person may follow (shown as a 404)."""


class BadUnsubscribeLink(Exception):
    def __init__(self, *, expired: bool):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


# --- follows --------------------------------------------------------------------------------


def _followable(*, user, kind_slug: str, object_id: int) -> tuple[follows.FollowKind, Model]:
    kind = follows.kind_named(kind_slug)
    if kind is None:
        raise NotFollowable(kind_slug)
    target = kind.followable(user).filter(pk=object_id).first()
    if target is None or not follows.may_follow(kind, user, target):
        raise NotFollowable(f"{kind_slug} {object_id}")
    return kind, target


@transaction.atomic
def follow(*, user: User, kind_slug: str, object_id: int, language: str = "") -> Model:
    """Follow a target (idempotent: following twice keeps one row). Remembers the reader's
    language for their e-mails the first time they follow anything."""
    kind, target = _followable(user=user, kind_slug=kind_slug, object_id=object_id)
    Follow.objects.get_or_create(user=user, content_type=kind.content_type, object_id=target.pk)
    EmailPreferences.objects.get_or_create(
        user=user, defaults={"language": language or settings.LANGUAGE_CODE}
    )
    return target


@transaction.atomic
def unfollow(*, user: User, kind_slug: str, object_id: int) -> None:
    """Stop following (idempotent). Works on anything followed, even a target that is no
    longer followable (a profile turned private)."""
    kind = follows.kind_named(kind_slug)
    if kind is None:
        raise NotFollowable(kind_slug)
    Follow.objects.filter(user=user, content_type=kind.content_type, object_id=object_id).delete()


def follows_forget(*, target: Model) -> None:
    """A target is deleted: its follows go with it (no foreign key does it for us)."""
    Follow.objects.filter(
        content_type=ContentType.objects.get_for_model(target), object_id=target.pk
    ).delete()


# --- notifications --------------------------------------------------------------------------


def notify(
    *,
    recipient_ids,
    kind: str,
    target: Model,
    url: str,
    params: dict | None = None,
    actor: User | None = None,
    event_key: str = "",
) -> int:
    """One notification per recipient about `target`. Idempotent: a recipient already told
    of this event (same kind, target and event key) is not told again. Returns how many were
    new (approximately, on databases that do not report ignored conflicts)."""
    recipient_ids = [pk for pk in dict.fromkeys(recipient_ids) if actor is None or pk != actor.pk]
    if not recipient_ids:
        return 0
    target_type = ContentType.objects.get_for_model(target)
    with transaction.atomic():
        created = Notification.objects.bulk_create(
            [
                Notification(
                    recipient_id=pk,
                    kind=kind,
                    actor=actor,
                    target_type=target_type,
                    target_id=target.pk,
                    event_key=event_key,
                    url=url,
                    params=params or {},
                )
                for pk in recipient_ids
            ],
            ignore_conflicts=True,
            batch_size=NOTIFY_BATCH,
        )
        notify_selectors.forget_unread(recipient_ids)
    return len(created)


def notify_followers(
    *,
    followed,
    kind: str,
    target: Model,
    url: str,
    params: dict | None = None,
    actor: User | None = None,
    event_key: str = "",
) -> int:
    """Tell everyone who follows any of `followed` (model instances) about `target`, once
    each however many of them they follow."""
    recipients = notify_selectors.followers_of([obj for obj in followed if obj is not None])
    return notify(
        recipient_ids=recipients,
        kind=kind,
        target=target,
        url=url,
        params=params,
        actor=actor,
        event_key=event_key,
    )


def _network_url() -> str:
    try:
        return reverse(NETWORK_URL_NAME)
    except NoReverseMatch:
        return reverse("search:dashboard")


def notifications_for_connection(connection_id: int, event: str) -> int:
    """The other party's notification of a connection request ("requested": the recipient
    is told) or of its acceptance ("accepted": the sender is told). The lead connects this to
    community.connection_signals.connection_changed."""
    connection = (
        apps.get_model("community", "Connection")
        .objects.select_related("sender", "recipient")
        .filter(pk=connection_id)
        .first()
    )
    if connection is None:
        return 0
    if event == "requested":
        kind, actor, told = (
            NotificationKind.CONNECTION_REQUEST,
            connection.sender,
            connection.recipient,
        )
    elif event == "accepted":
        kind, actor, told = (
            NotificationKind.CONNECTION_ACCEPTED,
            connection.recipient,
            connection.sender,
        )
    else:
        raise ValueError(f"unknown connection event {event!r}")
    return notify(
        recipient_ids=[told.pk],
        kind=kind,
        target=connection,
        url=_network_url(),
        actor=actor,
        event_key=event,
    )


def notification_open(*, user: User, pk: int) -> Notification:
    """Mark one of the person's notifications read (Notification.DoesNotExist for anyone
    else's)."""
    notification = Notification.objects.get(recipient=user, pk=pk)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
        notify_selectors.forget_unread([user.pk])
    return notification


def notifications_read_all(*, user: User) -> int:
    count = Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    notify_selectors.forget_unread([user.pk])
    return count


# --- e-mail preferences and unsubscribing ---------------------------------------------------


@transaction.atomic
def preferences_update(
    *, user: User, language: str, digest: bool, emailed_kinds: list[str]
) -> EmailPreferences:
    known = set(NotificationKind.values)
    if language not in dict(settings.LANGUAGES) or not set(emailed_kinds) <= known:
        raise ValueError("unknown language or kind")
    preferences, _created = EmailPreferences.objects.select_for_update().get_or_create(
        user=user, defaults={"language": language}
    )
    preferences.language = language
    preferences.digest = digest
    preferences.muted_kinds = sorted(known - set(emailed_kinds))
    preferences.save()
    return preferences


def unsubscribe_token(*, user: User, kind: str = ALL_KINDS) -> str:
    """A signed token that stops e-mails of `kind` (or the digest altogether) for `user`,
    without signing in; it expires after NOTIFY_UNSUBSCRIBE_MAX_AGE_DAYS."""
    return signing.dumps({"u": user.pk, "k": kind}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_check(*, token: str) -> tuple[User, str]:
    """The person and the kind a token unsubscribes; BadUnsubscribeLink when it was
    tampered with, has expired, or names no one."""
    max_age = datetime.timedelta(days=settings.NOTIFY_UNSUBSCRIBE_MAX_AGE_DAYS)
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise BadUnsubscribeLink(expired=True) from None
    except signing.BadSignature:
        raise BadUnsubscribeLink(expired=False) from None
    kind = data.get("k") if isinstance(data, dict) else None
    user = User.objects.filter(pk=data.get("u") if kind else None, is_active=True).first()
    if user is None or kind not in {ALL_KINDS, *NotificationKind.values}:
        raise BadUnsubscribeLink(expired=False)
    return user, kind


@transaction.atomic
def unsubscribe(*, token: str) -> tuple[User, str]:
    user, kind = unsubscribe_check(token=token)
    preferences, _created = EmailPreferences.objects.select_for_update().get_or_create(
        user=user, defaults={"language": settings.LANGUAGE_CODE}
    )
    if kind == ALL_KINDS:
        preferences.digest = False
    elif kind not in preferences.muted_kinds:
        preferences.muted_kinds = sorted([*preferences.muted_kinds, kind])
    preferences.save()
    return user, kind


# --- the weekly digest ----------------------------------------------------------------------


def digest_send(*, user_id: int, now: datetime.datetime | None = None) -> bool:
    """Send `user_id` this week's digest, once: the DigestSent row of (person, week) is
    written in the same transaction as the notifications are marked e-mailed, so a second
    call in the same week (beat firing twice, a task delivered twice, two workers at once:
    the unique row makes the second wait, then fail) sends nothing. An empty digest is not
    sent but still counts as the week's. True when an e-mail went out."""
    now = now or timezone.now()
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    week = notify_selectors.week_of(timezone.localdate(now))
    with transaction.atomic():
        try:
            with transaction.atomic():
                sent = DigestSent.objects.create(user=user, week=week)
        except IntegrityError:
            return False
        digest = notify_selectors.digest_for(user=user, now=now)
        if not digest:
            return False
        sent.notification_count = len(digest.notifications)
        sent.save(update_fields=["notification_count"])
        Notification.objects.filter(pk__in=[n.pk for n in digest.notifications]).update(
            emailed_at=now
        )
        # sent inside the transaction: if the mail server refuses, nothing is marked and the
        # next run tries again
        _digest_mail(digest).send()
    return True


def _digest_mail(digest: notify_selectors.Digest) -> EmailMultiAlternatives:
    user = digest.user
    with translation.override(digest.language or settings.LANGUAGE_CODE):
        token = unsubscribe_token(user=user)
        unsubscribe_url = languages.absolute_url(
            reverse("community:unsubscribe", kwargs={"token": token})
        )
        sections = []
        for kind, group in groupby(digest.notifications, key=lambda n: n.kind):
            stop = reverse(
                "community:unsubscribe", kwargs={"token": unsubscribe_token(user=user, kind=kind)}
            )
            items = [(n.sentence(), languages.absolute_url(n.url)) for n in group]
            sections.append((NotificationKind(kind).label, items, languages.absolute_url(stop)))
        context = {
            "site_name": settings.SITE_NAME,
            "sections": sections,
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": languages.absolute_url(reverse("community:email_preferences")),
            "notifications_url": languages.absolute_url(reverse("community:notifications")),
        }
        subject = render_to_string("community/email/digest_subject.txt", context)
        text = render_to_string("community/email/digest.txt", context)
        html = render_to_string("community/email/digest.html", context)
    message = EmailMultiAlternatives(
        f"[{settings.SITE_NAME}] {subject_line(subject)}",
        text,
        None,
        [user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message

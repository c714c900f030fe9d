"""Reads of follows, notifications and the weekly digest."""

import datetime
from dataclasses import dataclass
from itertools import groupby

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models import Model, Q
from django.utils import timezone

from .models import EmailPreferences, Follow, Notification

# How far back a digest looks: a week, and a day of slack for a beat that ran late.
DIGEST_WINDOW = datetime.timedelta(days=8)


def _unread_key(user_id: int) -> str:
    return f"notify:unread:{user_id}"


def unread_count(*, user) -> int:
    """The header's count: cached per person, dropped whenever their notifications change
    (community.notify_services), so most pages ask the database nothing for it."""
    if not user.is_authenticated:
        return 0
    key = _unread_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        cache.set(key, count, timeout=settings.NOTIFY_UNREAD_CACHE_SECONDS)
    return count


def forget_unread(user_ids) -> None:
    """Drop the cached counts now and again when the transaction commits (a request that
    read the count in between would otherwise cache the old one)."""
    keys = [_unread_key(pk) for pk in user_ids]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def is_following(*, user, obj: Model) -> bool:
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(
        user=user, content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).exists()


def followers_of(targets) -> list[int]:
    """The ids of the active people who follow any of `targets` (model instances), once
    each: one query whatever the number and kinds of targets."""
    condition = Q(pk__in=[])
    for content_type, group in groupby(
        sorted(
            ((ContentType.objects.get_for_model(t), t.pk) for t in targets),
            key=lambda pair: pair[0].pk,
        ),
        key=lambda pair: pair[0],
    ):
        condition |= Q(content_type=content_type, object_id__in=[pk for _ct, pk in group])
    return list(
        Follow.objects.filter(condition, user__is_active=True)
        .values_list("user_id", flat=True)
        .distinct()
        .order_by("user_id")
    )


def notifications_for(*, user):
    """A person's notifications, newest first, with what the list shows (the actor's
    profile for connection notifications) in the same query."""
    return Notification.objects.filter(recipient=user).select_related("actor__profile")


def preferences_for(*, user) -> EmailPreferences:
    """The person's e-mail preferences; an unsaved default when they never chose."""
    found = EmailPreferences.objects.filter(user=user).first()
    return found or EmailPreferences(user=user, language=settings.LANGUAGE_CODE)


def week_of(day: datetime.date) -> datetime.date:
    """The Monday of `day`'s ISO week: what a digest is sent once for."""
    return day - datetime.timedelta(days=day.weekday())


@dataclass
class Digest:
    user: object
    language: str
    notifications: list

    def __bool__(self):
        return bool(self.notifications)


def digest_for(*, user, now: datetime.datetime | None = None) -> Digest:
    """What the weekly digest tells `user`: their notifications of the past week that they
    have neither read on the site nor been e-mailed, of the kinds they want by e-mail.
    Notifications exist only for what the person follows (and for their own connections and
    saved searches), so the digest holds what they follow and nothing else."""
    now = now or timezone.now()
    preferences = preferences_for(user=user)
    if not preferences.digest:
        return Digest(user=user, language=preferences.language, notifications=[])
    notifications = (
        Notification.objects.filter(
            recipient=user,
            read_at__isnull=True,
            emailed_at__isnull=True,
            created_at__gte=now - DIGEST_WINDOW,
        )
        .exclude(kind__in=preferences.muted_kinds)
        .select_related("actor__profile")
        .order_by("kind", "-created_at", "-pk")
    )
    return Digest(user=user, language=preferences.language, notifications=list(notifications))


def digest_recipients(*, now: datetime.datetime | None = None) -> list[int]:
    """The people who may have something in this week's digest (one query)."""
    now = now or timezone.now()
    return list(
        Notification.objects.filter(
            read_at__isnull=True,
            emailed_at__isnull=True,
            created_at__gte=now - DIGEST_WINDOW,
            recipient__is_active=True,
        )
        .exclude(recipient__email_preferences__digest=False)
        .values_list("recipient_id", flat=True)
        .distinct()
        .order_by("recipient_id")
    )

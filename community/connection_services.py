"""Writes of peer connections: one state machine, one function per move, nowhere else.

A pair of people has at most one `Connection` row (the database refuses a second one, in
either direction), whose state moves like this:

    (none) ──request──► pending ──accept (recipient)──► accepted ──remove (either)──► removed
                          │  └──decline (recipient)──► declined
                          └──withdraw (sender)──► withdrawn

- `connection_request` makes the row, or reuses the pair's row when it is withdrawn, removed,
  or declined by the person who now asks; a request to someone who already asked you
  accepts theirs. Refused with `ConnectionRefused` (a message the person reads, a 400): to
  oneself, a duplicate, to someone one blocked, a declined request asked again by the same
  person, a renewed request within a day of withdrawing it, a message over 500 characters,
  over the rate limits (`CONNECTION_REQUESTS_PER_DAY`, `CONNECTION_PENDING_MAX`), or from a
  person whose own profile nobody may see. A recipient who is private, inactive, or has
  blocked the sender is `ConnectionNotFound` (a 404, the answer for a profile that does not
  exist: nothing is told).
- `connection_answer` makes the other moves (TRANSITIONS): who may make each and from which
  state. A person who is not one of the pair gets `ConnectionNotFound`.
- `block` and `unblock`: a block deletes the pair's row (pending or accepted), stops
  requests both ways and hides the blocker's profile from the blocked person
  (`ProfileQuerySet.not_blocking`), who is told nothing.

Each request and acceptance sends `connection_signals.connection_changed` once the
transaction commits."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .connection_signals import ACCEPTED, REQUESTED, connection_changed
from .models import Connection, ConnectionBlock, Follow, ReformerProfile, User
from .models.connections import MESSAGE_MAX_LENGTH, REASON_MAX_LENGTH
from .models.people import Visibility

State = Connection.State
RATE_WINDOW = datetime.timedelta(days=1)
RENEW_AFTER_WITHDRAW = datetime.timedelta(days=1)


class ConnectionRefused(Exception):
    """A move refused for a reason the person should read (a 400 with this message)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ConnectionNotFound(Exception):
    """No such request or person, as far as this person may know (a 404)."""


@dataclass(frozen=True)
class Transition:
    actor: str  # "sender", "recipient" or "either"
    sources: tuple[str, ...]
    target: str
    event: str = ""  # sent on commit (connection_signals), or nothing


TRANSITIONS = {
    "accept": Transition("recipient", (State.PENDING,), State.ACCEPTED, ACCEPTED),
    "decline": Transition("recipient", (State.PENDING,), State.DECLINED),
    "withdraw": Transition("sender", (State.PENDING,), State.WITHDRAWN),
    "remove": Transition("either", (State.ACCEPTED,), State.REMOVED),
}


def connectable_profiles(user):
    """Profiles `user` may ask to connect with: of active accounts, seen by the community
    (public or community-only, never private), whose owner has not blocked `user`."""
    return ReformerProfile.objects.filter(
        user__is_active=True, visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS]
    ).not_blocking(user)


def _pair(a_id: int, b_id: int):
    return Connection.objects.filter(
        Q(sender_id=a_id, recipient_id=b_id) | Q(sender_id=b_id, recipient_id=a_id)
    )


def _announce(connection: Connection, event: str) -> None:
    connection_id = connection.pk
    transaction.on_commit(
        lambda: connection_changed.send(sender=Connection, connection_id=connection_id, event=event)
    )


def _check_rate(sender: User, now) -> None:
    sent = Connection.objects.filter(sender=sender, requested_at__gte=now - RATE_WINDOW)
    if sent.count() >= settings.CONNECTION_REQUESTS_PER_DAY:
        raise ConnectionRefused(
            _(
                "You have sent %(count)d connection requests in the last 24 hours, the most "
                "one person may send in a day. Please try again tomorrow."
            )
            % {"count": settings.CONNECTION_REQUESTS_PER_DAY}
        )
    pending = Connection.objects.filter(sender=sender, state=State.PENDING).count()
    if pending >= settings.CONNECTION_PENDING_MAX:
        raise ConnectionRefused(
            _(
                "%(count)d of your requests are still awaiting an answer, the most one "
                "person may have at once. Withdraw some on your network page, or wait "
                "for answers."
            )
            % {"count": pending}
        )


def _refuse_existing(existing: Connection, *, sender: User, name: str, now) -> None:
    """Refuse a new request over the pair's row, unless the row may be asked again."""
    if existing.state == State.ACCEPTED:
        raise ConnectionRefused(_("You are already connected with %(name)s.") % {"name": name})
    if existing.state == State.PENDING:
        raise ConnectionRefused(
            _("You have already asked %(name)s; they have not answered yet.") % {"name": name}
        )
    asked_before = existing.sender_id == sender.pk
    if existing.state == State.DECLINED and asked_before:
        raise ConnectionRefused(
            _("%(name)s declined your request. They can still ask you.") % {"name": name}
        )
    if (
        existing.state == State.WITHDRAWN
        and asked_before
        and existing.requested_at > now - RENEW_AFTER_WITHDRAW
    ):
        raise ConnectionRefused(
            _("You withdrew a request to %(name)s less than a day ago; please wait a day.")
            % {"name": name}
        )


@transaction.atomic
def connection_request(
    *, sender: User, recipient_id: int, message: str = "", reason: str = ""
) -> Connection:
    """`sender` asks the owner of a profile (`recipient_id`, a user id) to connect."""
    if not (sender.is_authenticated and sender.is_active):
        raise ConnectionNotFound
    if sender.pk == recipient_id:
        raise ConnectionRefused(_("You cannot connect with yourself."))
    message, reason = (message or "").strip(), (reason or "").strip()[:REASON_MAX_LENGTH]
    if len(message) > MESSAGE_MAX_LENGTH:
        raise ConnectionRefused(
            _("Please keep your message to %(count)d characters.") % {"count": MESSAGE_MAX_LENGTH}
        )
    profile = connectable_profiles(sender).filter(user_id=recipient_id).first()
    if profile is None:
        raise ConnectionNotFound
    if not ReformerProfile.objects.filter(
        user=sender, visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS]
    ).exists():
        raise ConnectionRefused(
            _(
                "Fill in your profile and let the community see it before asking: people "
                "want to know who is asking."
            )
        )
    name = profile.display_name
    if ConnectionBlock.objects.filter(blocker=sender, blocked_id=recipient_id).exists():
        raise ConnectionRefused(
            _("You blocked %(name)s. Unblock them on your network page first.") % {"name": name}
        )
    # One sender's requests one at a time (their rate limits hold under double submits).
    # FOR NO KEY UPDATE: a plain FOR UPDATE would block the foreign-key check of someone
    # asking this sender at the same moment, and deadlock with their insert of the pair.
    User.objects.select_for_update(no_key=True).filter(pk=sender.pk).first()
    now = timezone.now()
    existing = _pair(sender.pk, recipient_id).select_for_update().first()
    if existing is not None and existing.state == State.PENDING and existing.sender_id != sender.pk:
        # they asked first: asking them back is saying yes
        return _move(existing, TRANSITIONS["accept"], now)
    if existing is not None:
        _refuse_existing(existing, sender=sender, name=name, now=now)
    _check_rate(sender, now)
    values = {
        "sender": sender,
        "recipient_id": recipient_id,
        "state": State.PENDING,
        "message": message,
        "reason": reason,
        "requested_at": now,
        "answered_at": None,
    }
    if existing is not None:
        for field, value in values.items():
            setattr(existing, field, value)
        existing.save()
        connection = existing
    else:
        try:
            with transaction.atomic():
                connection = Connection.objects.create(**values)
        except IntegrityError:
            # the other person's request (or this one's twin) was saved meanwhile
            raise ConnectionRefused(
                _("There is already a request between you and %(name)s.") % {"name": name}
            ) from None
    _announce(connection, REQUESTED)
    return connection


def _move(connection: Connection, transition: Transition, now) -> Connection:
    connection.state = transition.target
    if transition.target in (State.ACCEPTED, State.DECLINED):
        connection.answered_at = now
    connection.save(update_fields=["state", "answered_at"])
    if transition.event:
        _announce(connection, transition.event)
    return connection


def _may_act(connection: Connection, user: User, actor: str) -> bool:
    if actor == "sender":
        return connection.sender_id == user.pk
    if actor == "recipient":
        return connection.recipient_id == user.pk
    return user.pk in (connection.sender_id, connection.recipient_id)


@transaction.atomic
def connection_answer(*, user: User, connection_id: int, action: str) -> Connection:
    """Accept, decline, withdraw or remove (TRANSITIONS) the connection `connection_id`."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise ConnectionRefused(_("Choose accept, decline, withdraw or remove."))
    connection = (
        Connection.objects.select_for_update()
        .filter(Q(sender=user) | Q(recipient=user), pk=connection_id)
        .first()
        if user.is_authenticated
        else None
    )
    if connection is None:
        raise ConnectionNotFound
    other_id = connection.other(user.pk)
    if (
        transition.target == State.ACCEPTED
        and not connectable_profiles(user).filter(user_id=other_id).exists()
    ):
        # the person who asked has since hidden their profile or left
        raise ConnectionNotFound
    if not _may_act(connection, user, transition.actor) or connection.state not in (
        transition.sources
    ):
        raise ConnectionRefused(_refusal(connection, user, action))
    return _move(connection, transition, timezone.now())


def _refusal(connection: Connection, user: User, action: str) -> str:
    if connection.state == State.ACCEPTED:
        return _("You are already connected.")
    if connection.state == State.PENDING:
        if connection.sender_id == user.pk:
            return _("Only the person you asked can answer your request.")
        return _("Only the person who asked can withdraw a request.")
    return _("This request is no longer awaiting an answer.")


@transaction.atomic
def block(*, blocker: User, blocked_id: int) -> ConnectionBlock:
    """`blocker` blocks the owner of a profile they can see (idempotent)."""
    if blocker.pk == blocked_id:
        raise ConnectionRefused(_("You cannot block yourself."))
    if not ReformerProfile.objects.visible_to(blocker).filter(user_id=blocked_id).exists():
        raise ConnectionNotFound
    _pair(blocker.pk, blocked_id).delete()
    # the blocked person stops following the blocker, as if the profile had turned private
    Follow.objects.filter(
        user_id=blocked_id,
        content_type=ContentType.objects.get_for_model(ReformerProfile),
        object_id__in=ReformerProfile.objects.filter(user=blocker).values("pk"),
    ).delete()
    found = ConnectionBlock.objects.filter(blocker=blocker, blocked_id=blocked_id).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return ConnectionBlock.objects.create(blocker=blocker, blocked_id=blocked_id)
    except IntegrityError:  # the same block, sent twice at once
        return ConnectionBlock.objects.get(blocker=blocker, blocked_id=blocked_id)


@transaction.atomic
def unblock(*, blocker: User, blocked_id: int) -> None:
    """Lift `blocker`'s block of `blocked_id` (nothing if there is none)."""
    ConnectionBlock.objects.filter(blocker=blocker, blocked_id=blocked_id).delete()

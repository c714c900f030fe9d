"""Reads of peer connections: a reformer's network, the relation between a reader and a
profile, and the contact details a reader may see. Each in a fixed number of queries,
whatever the number of connections."""

from dataclasses import dataclass, field

from django.db.models import Q

from core import request_cache

from . import labels
from .models import Connection, ConnectionBlock, ReformerProfile
from .models.people import Visibility

State = Connection.State
LIVE_STATES = (State.PENDING, State.ACCEPTED)


def _seen_by_community(profile: ReformerProfile | None) -> bool:
    """A profile the community may see: not private, of an active account."""
    return (
        profile is not None
        and profile.user.is_active
        and profile.visibility in (Visibility.PUBLIC, Visibility.MEMBERS)
    )


@dataclass
class NetworkEntry:
    connection: Connection
    profile: ReformerProfile  # the other person's


@dataclass
class Network:
    connections: list[NetworkEntry] = field(default_factory=list)
    received: list[NetworkEntry] = field(default_factory=list)  # awaiting my answer
    sent: list[NetworkEntry] = field(default_factory=list)  # awaiting theirs
    blocked: list[ReformerProfile] = field(default_factory=list)


def network_for(*, user) -> Network:
    """`user`'s connections and pending requests both ways (two queries: the rows with the
    other people's profiles, and the people they blocked). Someone whose profile the
    community can no longer see (made private, account deactivated) is left out, as
    everywhere else."""
    rows = (
        Connection.objects.filter(Q(sender=user) | Q(recipient=user), state__in=LIVE_STATES)
        .select_related(
            "sender__profile__country",
            "recipient__profile__country",
        )
        .order_by("-requested_at")
    )
    network = Network()
    for connection in rows:
        other = connection.recipient if connection.sender_id == user.pk else connection.sender
        profile = getattr(other, "profile", None)
        if not _seen_by_community(profile):
            continue
        entry = NetworkEntry(connection, profile)
        if connection.state == State.ACCEPTED:
            network.connections.append(entry)
        elif connection.sender_id == user.pk:
            network.sent.append(entry)
        else:
            network.received.append(entry)
    network.connections.sort(key=lambda entry: labels.sort_key(entry.profile.display_name))
    network.blocked = list(
        ReformerProfile.objects.filter(user__blocks_received__blocker=user)
        .select_related("country")
        .order_by("display_name")
    )
    return network


@dataclass
class Relation:
    """What a signed-in reader and a profile's owner are to each other."""

    connection: Connection | None = None
    blocked: bool = False  # the reader blocked them
    reader_shares: bool = False  # the reader's own profile shares its contact details

    @property
    def state(self) -> str:
        return self.connection.state if self.connection else ""

    @property
    def connected(self) -> bool:
        return self.state == State.ACCEPTED


def relation_between(*, reader, profile: ReformerProfile) -> Relation | None:
    """None for an anonymous reader or one's own profile; otherwise three queries at most,
    whatever the size of either network."""
    if not reader.is_authenticated or reader.pk == profile.user_id:
        return None
    connection = Connection.objects.filter(
        Q(sender=reader, recipient_id=profile.user_id)
        | Q(sender_id=profile.user_id, recipient=reader)
    ).first()
    blocked = ConnectionBlock.objects.filter(blocker=reader, blocked_id=profile.user_id).exists()
    shares = (
        connection is not None
        and connection.state == State.ACCEPTED
        and ReformerProfile.objects.filter(user=reader, share_contact=True).exists()
    )
    return Relation(connection=connection, blocked=blocked, reader_shares=shares)


@dataclass
class Contact:
    email: str
    links: list[str]


def contact_for(*, profile: ReformerProfile, relation: Relation | None) -> Contact | None:
    """The e-mail address and connections-only links of `profile`'s owner, for a reader who
    is connected with them, when both of them share their contact details (each decides for
    their own, and details are exchanged, not handed one way) and the community may see the
    profile. None otherwise."""
    if relation is None or not relation.connected:
        return None
    if not (profile.share_contact and relation.reader_shares and _seen_by_community(profile)):
        return None
    return Contact(email=profile.user.email, links=profile.get_contact_links())


def are_connected(*, user, other_id: int) -> bool:
    """Whether `user` and the person `other_id` are connected (one query): what other apps
    ask (a reformer's profile may be followed by their connections)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return Connection.objects.filter(
        Q(sender=user, recipient_id=other_id) | Q(sender_id=other_id, recipient=user),
        state=State.ACCEPTED,
    ).exists()


def suggestion_exclusions(*, user) -> set[int]:
    """People never to suggest to `user` as peers: those they blocked or who blocked them,
    and those they are connected with or have a pending request with (one query)."""
    if not user.is_authenticated:
        return set()
    pairs = (
        Connection.objects.filter(state__in=LIVE_STATES)
        .filter(Q(sender=user) | Q(recipient=user))
        .values_list("sender_id", "recipient_id")
        .union(
            ConnectionBlock.objects.filter(Q(blocker=user) | Q(blocked=user)).values_list(
                "blocker_id", "blocked_id"
            )
        )
    )
    return {person for pair in pairs for person in pair} - {user.pk}


def _block_pairs(user) -> list[tuple[int, int]]:
    """(blocker, blocked) of every block `user` is in: one query, once per request (a page's
    peers and its "see all N reformers" both ask; a block's write forgets it)."""
    return request_cache.remembered(
        ("community.blocks", user.pk),
        lambda: list(
            ConnectionBlock.objects.filter(Q(blocker=user) | Q(blocked=user)).values_list(
                "blocker_id", "blocked_id"
            )
        ),
    )


def blocked_either_way(*, user) -> set[int]:
    """People `user` blocked or who blocked `user` (one query)."""
    if not user.is_authenticated:
        return set()
    return {person for pair in _block_pairs(user) for person in pair} - {user.pk}


def blockers_of(*, user) -> set[int]:
    """People who blocked `user` (to whom their profiles look private; the same query)."""
    if not user.is_authenticated:
        return set()
    return {blocker for blocker, blocked in _block_pairs(user) if blocked == user.pk}

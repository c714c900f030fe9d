"""The connection state machine (community.connection_services), table-driven: every move
from every state by every party, requests over every earlier state, blocks, rate limits and
bad input; and the signal other apps hear."""

import datetime

from django.db.models import Q
from django.test import override_settings
from django.utils import timezone

import pytest

from community import connection_services as services
from community.connection_signals import connection_changed
from community.models import Connection, ConnectionBlock
from tests.community.factories import ProfileFactory

pytestmark = pytest.mark.django_db

State = Connection.State
REFUSED, NOT_FOUND = services.ConnectionRefused, services.ConnectionNotFound


@pytest.fixture
def people():
    """a, b: two reformers with community profiles; c: someone else's."""
    return {
        name: ProfileFactory(display_name=name.upper(), visibility="members").user
        for name in ("a", "b", "c")
    }


def _row(people, state, sender, *, age=datetime.timedelta(hours=1)):
    if state is None:
        return None
    other = "b" if sender == "a" else "a"
    return Connection.objects.create(
        sender=people[sender],
        recipient=people[other],
        state=state,
        requested_at=timezone.now() - age,
    )


def _pair_rows(people):
    return Connection.objects.filter(
        Q(sender=people["a"], recipient=people["b"]) | Q(sender=people["b"], recipient=people["a"])
    )


# (existing state, who asked it) -> outcome of "a asks b": (state, sender) or an exception
REQUESTS = [
    ((None, None), (State.PENDING, "a")),
    ((State.PENDING, "a"), REFUSED),  # a duplicate
    ((State.PENDING, "b"), (State.ACCEPTED, "b")),  # b asked first: asking back says yes
    ((State.ACCEPTED, "a"), REFUSED),
    ((State.ACCEPTED, "b"), REFUSED),
    ((State.DECLINED, "a"), REFUSED),  # b said no to a: a may not insist
    ((State.DECLINED, "b"), (State.PENDING, "a")),  # a said no to b once, a now asks
    ((State.WITHDRAWN, "a"), REFUSED),  # withdrawn an hour ago: wait a day
    ((State.WITHDRAWN, "b"), (State.PENDING, "a")),
    ((State.REMOVED, "a"), (State.PENDING, "a")),
    ((State.REMOVED, "b"), (State.PENDING, "a")),
]


@pytest.mark.parametrize(("before", "after"), REQUESTS, ids=lambda v: str(v))
def test_a_request_over_each_earlier_state(people, before, after):
    _row(people, *before)
    if isinstance(after, type):
        with pytest.raises(after):
            services.connection_request(
                sender=people["a"], recipient_id=people["b"].pk, message="Hello"
            )
    else:
        services.connection_request(sender=people["a"], recipient_id=people["b"].pk)
    rows = list(_pair_rows(people))
    assert len(rows) == (0 if before == (None, None) and isinstance(after, type) else 1)
    if not isinstance(after, type):
        state, sender = after
        assert (rows[0].state, rows[0].sender) == (state, people[sender])


def test_a_withdrawn_request_may_be_renewed_after_a_day(people):
    _row(people, State.WITHDRAWN, "a", age=datetime.timedelta(days=1, minutes=1))
    services.connection_request(sender=people["a"], recipient_id=people["b"].pk)
    assert _pair_rows(people).get().state == State.PENDING


# (state, who asked, who acts, action) -> new state or an exception
ANSWERS = [
    (State.PENDING, "a", "b", "accept", State.ACCEPTED),
    (State.PENDING, "a", "b", "decline", State.DECLINED),
    (State.PENDING, "a", "a", "withdraw", State.WITHDRAWN),
    (State.PENDING, "a", "a", "accept", REFUSED),  # one's own request
    (State.PENDING, "a", "a", "decline", REFUSED),
    (State.PENDING, "a", "b", "withdraw", REFUSED),  # only its sender withdraws
    (State.PENDING, "a", "a", "remove", REFUSED),
    (State.PENDING, "a", "c", "accept", NOT_FOUND),  # not one of the pair
    (State.PENDING, "a", "b", "explode", REFUSED),
    (State.ACCEPTED, "a", "a", "remove", State.REMOVED),
    (State.ACCEPTED, "a", "b", "remove", State.REMOVED),
    (State.ACCEPTED, "a", "b", "accept", REFUSED),
    (State.ACCEPTED, "a", "a", "withdraw", REFUSED),
    (State.ACCEPTED, "a", "c", "remove", NOT_FOUND),
    (State.DECLINED, "a", "b", "accept", REFUSED),
    (State.DECLINED, "a", "a", "withdraw", REFUSED),
    (State.WITHDRAWN, "a", "b", "accept", REFUSED),
    (State.REMOVED, "a", "b", "remove", REFUSED),
    (State.REMOVED, "a", "a", "accept", REFUSED),
]


@pytest.mark.parametrize(("state", "sender", "actor", "action", "after"), ANSWERS)
def test_each_move_from_each_state(people, state, sender, actor, action, after):
    connection = _row(people, state, sender)
    if isinstance(after, type):
        with pytest.raises(after):
            services.connection_answer(
                user=people[actor], connection_id=connection.pk, action=action
            )
        after = state
    else:
        services.connection_answer(user=people[actor], connection_id=connection.pk, action=action)
    connection.refresh_from_db()
    assert connection.state == after


def test_a_forged_id_is_not_found(people):
    with pytest.raises(NOT_FOUND):
        services.connection_answer(user=people["a"], connection_id=987654, action="accept")


def test_accepting_someone_who_since_went_private_is_not_found(people):
    connection = _row(people, State.PENDING, "a")
    people["a"].profile.visibility = "private"
    people["a"].profile.save()
    with pytest.raises(NOT_FOUND):
        services.connection_answer(user=people["b"], connection_id=connection.pk, action="accept")
    connection.refresh_from_db()
    assert connection.state == State.PENDING


@pytest.mark.parametrize(
    ("recipient_change", "error"),
    [
        ({"visibility": "private"}, NOT_FOUND),  # the same answer as for nobody
        ({"user__is_active": False}, NOT_FOUND),
        ({"missing": True}, NOT_FOUND),  # an account with no profile
    ],
)
def test_requests_to_people_one_may_not_see_are_not_found(people, recipient_change, error):
    b = people["b"]
    if "visibility" in recipient_change:
        b.profile.visibility = recipient_change["visibility"]
        b.profile.save()
    elif "user__is_active" in recipient_change:
        b.is_active = False
        b.save()
    else:
        b.profile.delete()
    with pytest.raises(error):
        services.connection_request(sender=people["a"], recipient_id=b.pk)
    assert not Connection.objects.exists()


def test_refusals_that_say_why(people):
    a, b = people["a"], people["b"]
    with pytest.raises(REFUSED, match="yourself"):
        services.connection_request(sender=a, recipient_id=a.pk)
    with pytest.raises(REFUSED, match="500"):
        services.connection_request(sender=a, recipient_id=b.pk, message="x" * 501)
    a.profile.visibility = "private"
    a.profile.save()
    with pytest.raises(REFUSED, match="profile"):  # b could not see who asks
        services.connection_request(sender=a, recipient_id=b.pk)
    assert not Connection.objects.exists()


def test_a_message_of_500_characters_is_kept_and_a_long_reason_is_cut(people):
    connection = services.connection_request(
        sender=people["a"], recipient_id=people["b"].pk, message="x" * 500, reason="r" * 400
    )
    assert len(connection.message) == 500
    assert len(connection.reason) == 300


# --- blocks ---------------------------------------------------------------------------------


@pytest.mark.parametrize("state", [State.PENDING, State.ACCEPTED, State.DECLINED])
@pytest.mark.parametrize("sender", ["a", "b"])
def test_a_block_ends_the_pair_and_stops_requests_both_ways(people, state, sender):
    _row(people, state, sender)
    services.block(blocker=people["a"], blocked_id=people["b"].pk)
    assert not _pair_rows(people).exists()
    # the blocked person is told nothing: the blocker is a profile that is not there
    with pytest.raises(NOT_FOUND):
        services.connection_request(sender=people["b"], recipient_id=people["a"].pk)
    with pytest.raises(REFUSED, match="blocked"):
        services.connection_request(sender=people["a"], recipient_id=people["b"].pk)
    assert not _pair_rows(people).exists()


def test_block_is_idempotent_and_unblock_lifts_it(people):
    a, b = people["a"], people["b"]
    services.block(blocker=a, blocked_id=b.pk)
    services.block(blocker=a, blocked_id=b.pk)
    assert ConnectionBlock.objects.filter(blocker=a, blocked=b).count() == 1
    # b blocking a back is as silent: b does not learn they were blocked first... and
    # cannot, since a's profile is hidden from them
    with pytest.raises(NOT_FOUND):
        services.block(blocker=b, blocked_id=a.pk)
    services.unblock(blocker=a, blocked_id=b.pk)
    services.unblock(blocker=a, blocked_id=b.pk)
    services.connection_request(sender=b, recipient_id=a.pk)
    assert _pair_rows(people).get().state == State.PENDING


def test_blocking_oneself_is_refused(people):
    with pytest.raises(REFUSED):
        services.block(blocker=people["a"], blocked_id=people["a"].pk)


# --- rate limits ----------------------------------------------------------------------------


def _others(count):
    return [ProfileFactory(visibility="public").user for _ in range(count)]


@override_settings(CONNECTION_REQUESTS_PER_DAY=3, CONNECTION_PENDING_MAX=100)
def test_requests_per_day_are_limited_with_a_clear_message(people):
    a = people["a"]
    first, *others = _others(4)
    services.connection_request(sender=a, recipient_id=first.pk)
    services.connection_answer(user=a, connection_id=Connection.objects.get().pk, action="withdraw")
    for other in others[:2]:
        services.connection_request(sender=a, recipient_id=other.pk)
    with pytest.raises(REFUSED, match="24 hours"):  # a withdrawn request counts too
        services.connection_request(sender=a, recipient_id=others[2].pk)
    Connection.objects.update(requested_at=timezone.now() - datetime.timedelta(days=1, seconds=1))
    services.connection_request(sender=a, recipient_id=others[2].pk)


@override_settings(CONNECTION_REQUESTS_PER_DAY=100, CONNECTION_PENDING_MAX=2)
def test_pending_requests_at_once_are_limited(people):
    a = people["a"]
    others = _others(3)
    for other in others[:2]:
        services.connection_request(sender=a, recipient_id=other.pk)
    with pytest.raises(REFUSED, match="awaiting an answer"):
        services.connection_request(sender=a, recipient_id=others[2].pk)
    answered = Connection.objects.get(recipient=others[0])
    services.connection_answer(user=others[0], connection_id=answered.pk, action="accept")
    services.connection_request(sender=a, recipient_id=others[2].pk)
    assert Connection.objects.filter(sender=a, state=State.PENDING).count() == 2


# --- what other apps hear -------------------------------------------------------------------


def test_requests_and_acceptances_are_announced_once_committed(
    people, django_capture_on_commit_callbacks
):
    heard = []

    def listener(sender, connection_id, event, **kwargs):
        heard.append((connection_id, event))

    connection_changed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=False) as pending:
            connection = services.connection_request(
                sender=people["a"], recipient_id=people["b"].pk
            )
        assert heard == []  # nothing before the commit
        for callback in pending:
            callback()
        with django_capture_on_commit_callbacks(execute=True):
            services.connection_answer(
                user=people["b"], connection_id=connection.pk, action="accept"
            )
            services.connection_answer(
                user=people["b"], connection_id=connection.pk, action="remove"
            )
        assert heard == [(connection.pk, "requested"), (connection.pk, "accepted")]
    finally:
        connection_changed.disconnect(listener)


def test_a_refused_request_announces_nothing(people, django_capture_on_commit_callbacks):
    _row(people, State.PENDING, "a")
    with django_capture_on_commit_callbacks() as pending, pytest.raises(REFUSED):
        services.connection_request(sender=people["a"], recipient_id=people["b"].pk)
    assert pending == []


@pytest.mark.parametrize(
    ("state", "connected"),
    [(None, False), (State.PENDING, False), (State.ACCEPTED, True), (State.REMOVED, False)],
)
def test_are_connected_both_ways(people, state, connected):
    from django.contrib.auth.models import AnonymousUser

    from community.connection_selectors import are_connected

    _row(people, state, "b")
    assert are_connected(user=people["a"], other_id=people["b"].pk) is connected
    assert are_connected(user=people["b"], other_id=people["a"].pk) is connected
    assert are_connected(user=AnonymousUser(), other_id=people["a"].pk) is False

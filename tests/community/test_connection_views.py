"""Peer connections on the site: who sees whose contact details (visibility × connection ×
consent), who may open and post every new URL, peer suggestions without blocked people,
bad input, and query counts that do not grow with a network."""

import itertools

from django.test import Client
from django.utils import timezone

import pytest

from community import connection_services as services
from community.models import Connection
from search import api as search_api
from tests.community.factories import ProfileFactory, UserFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db
State = Connection.State


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _connect(sender, recipient, state=State.ACCEPTED):
    return Connection.objects.create(
        sender=sender, recipient=recipient, state=state, requested_at=timezone.now()
    )


# --- contact reveal: visibility × connection × consent -------------------------------------

REVEAL = [
    # (owner's visibility, connection, owner shares, viewer shares) -> page, e-mail shown
    (visibility, connection, owner_shares, viewer_shares)
    for visibility, connection, owner_shares, viewer_shares in itertools.product(
        ("public", "members", "private"),
        (None, State.PENDING, State.ACCEPTED, State.DECLINED, State.REMOVED),
        (True, False),
        (True, False),
    )
]


@pytest.mark.parametrize(("visibility", "connection", "owner_shares", "viewer_shares"), REVEAL)
def test_contact_details_only_between_connections_who_both_share(
    visibility, connection, owner_shares, viewer_shares
):
    owner = ProfileFactory(
        visibility=visibility,
        share_contact=owner_shares,
        contact_links="https://example.org/owner-site",
    )
    viewer = ProfileFactory(visibility="members", share_contact=viewer_shares)
    if connection is not None:
        _connect(viewer.user, owner.user, connection)
    response = client_for(viewer.user).get(owner.get_absolute_url())
    if visibility == "private":
        assert response.status_code == 404  # private keeps its meaning: nobody else sees it
        return
    page = response.content.decode()
    revealed = connection == State.ACCEPTED and owner_shares and viewer_shares
    assert (owner.user.email in page) is revealed
    assert ("https://example.org/owner-site" in page) is revealed


def test_contact_details_are_never_on_a_page_for_anonymous_readers():
    owner = ProfileFactory(share_contact=True, contact_links="https://example.org/x")
    page = client_for(None).get(owner.get_absolute_url()).content.decode()
    assert owner.user.email not in page and "example.org/x" not in page


def test_contact_links_must_be_web_addresses_and_few():
    user = ProfileFactory().user
    client = client_for(user)
    base = {"display_name": "Amara", "visibility": "members", "sector": "government"}
    for links, message in (
        ("javascript:alert(1)", "is not a web address"),
        ("\n".join(f"https://example.org/{n}" for n in range(6)), "at most 5 links"),
    ):
        response = client.post("/profile/", {**base, "contact_links": links})
        assert response.status_code == 400 and message in response.content.decode()
        assert links.splitlines()[0] in response.content.decode()  # what was typed is kept
    response = client.post(
        "/profile/", {**base, "contact_links": "https://example.org/me", "share_contact": "on"}
    )
    assert response.status_code == 302
    user.profile.refresh_from_db()
    assert user.profile.get_contact_links() == ["https://example.org/me"]
    assert user.profile.share_contact


# --- permissions: anonymous, reformer, the other party, a blocked reformer, staff -----------

ROLES = ("anonymous", "reformer", "other party", "blocked", "staff")
LOGIN = "login"


@pytest.fixture
def matrix():
    """ "reformer" owns the profile; "other party" asked them to connect; "reformer" blocked
    "blocked"; staff have no profile."""
    reformer = ProfileFactory(visibility="members")
    other = ProfileFactory(visibility="members")
    blocked = ProfileFactory(visibility="public")
    staff = UserFactory(is_staff=True, is_superuser=True)
    request = Connection.objects.create(
        sender=other.user, recipient=reformer.user, requested_at=timezone.now()
    )
    services.block(blocker=reformer.user, blocked_id=blocked.user_id)
    return {
        "users": (None, reformer.user, other.user, blocked.user, staff),
        "profile": reformer,
        "request": request,
    }


def _outcome(response):
    if response.status_code == 302 and "/accounts/login/" in response["Location"]:
        return LOGIN
    return response.status_code


PERMISSIONS = [
    ("get", "/network/", {}, (LOGIN, 200, 200, 200, 200)),
    ("post", "/network/", {}, (LOGIN, 405, 405, 405, 405)),
    # the request from "other party": only its recipient may accept it
    ("post", "/network/{request}/", {"action": "accept"}, (LOGIN, 302, 400, 404, 404)),
    ("post", "/network/{request}/", {"action": "withdraw"}, (LOGIN, 400, 302, 404, 404)),
    ("get", "/network/{request}/", {}, (LOGIN, 405, 405, 405, 405)),
    ("post", "/network/999999/", {"action": "accept"}, (LOGIN, 404, 404, 404, 404)),
    # the blocked person sees the blocker's profile as missing; staff have no profile to
    # show who asks; the other party has asked already; oneself is refused
    ("get", "/reformers/{slug}/connect/", {}, (LOGIN, 200, 200, 404, 200)),
    ("post", "/reformers/{slug}/connect/", {"message": "Hi"}, (LOGIN, 400, 400, 404, 400)),
    ("get", "/reformers/{slug}/block/", {}, (LOGIN, 405, 405, 405, 405)),
    ("post", "/reformers/{slug}/block/", {"action": "block"}, (LOGIN, 400, 302, 404, 302)),
    ("post", "/reformers/{slug}/block/", {"action": "x"}, (LOGIN, 400, 400, 400, 400)),
    ("get", "/reformers/{slug}/", {}, (404, 200, 200, 404, 200)),
]


@pytest.mark.parametrize(("method", "url", "data", "expected"), PERMISSIONS)
def test_every_new_url_for_every_role(matrix, method, url, data, expected):
    url = url.format(slug=matrix["profile"].slug, request=matrix["request"].pk)
    got = []
    for user in matrix["users"]:
        client = client_for(user)
        got.append(_outcome(getattr(client, method)(url, data)))
        Connection.objects.filter(pk=matrix["request"].pk).update(state=State.PENDING)
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, expected, strict=True))


def test_someone_nobody_can_see_is_asked_to_show_their_profile_first(matrix):
    staff = matrix["users"][-1]  # no profile
    page = client_for(staff).get(f"/reformers/{matrix['profile'].slug}/connect/")
    assert "fill in your profile" in page.content.decode()
    assert 'name="message"' not in page.content.decode()


def test_a_refused_request_keeps_what_was_typed_and_says_why(matrix):
    _anonymous, reformer, other, *_ = matrix["users"]
    profile = matrix["profile"]
    response = client_for(other).post(f"/reformers/{profile.slug}/connect/", {"message": "x" * 501})
    assert response.status_code == 400
    page = response.content.decode()
    assert "x" * 501 in page and "at most 500 characters" in page
    assert Connection.objects.count() == 1


# --- the journey through the views ----------------------------------------------------------


def test_request_accept_and_both_see_each_others_email(vocab):
    area = vocab["areas"]["justice"]
    amara = ProfileFactory(challenge_areas=[area], share_contact=True, visibility="members")
    bruno = ProfileFactory(challenge_areas=[area], share_contact=True, visibility="members")
    amara_client, bruno_client = client_for(amara.user), client_for(bruno.user)
    network = amara_client.get("/network/").content.decode()
    assert bruno.display_name in network  # a peer suggestion, with its connect link
    assert f"/reformers/{bruno.slug}/connect/?reason=" in network
    form = amara_client.get(f"/reformers/{bruno.slug}/connect/?reason=1+shared+area")
    assert 'value="1 shared area"' in form.content.decode()
    response = amara_client.post(
        f"/reformers/{bruno.slug}/connect/", {"message": "Shall we talk?", "reason": "1 area"}
    )
    assert response.status_code == 302
    received = bruno_client.get("/network/").content.decode()
    assert "Shall we talk?" in received and "1 area" in received
    connection = Connection.objects.get()
    bruno_client.post(f"/network/{connection.pk}/", {"action": "accept"})
    assert bruno.user.email in amara_client.get(bruno.get_absolute_url()).content.decode()
    assert amara.user.email in bruno_client.get(amara.get_absolute_url()).content.decode()
    # connected people are no longer suggested to each other
    assert f"/reformers/{bruno.slug}/connect/" not in amara_client.get("/network/").content.decode()


def test_blocked_people_are_never_suggested_either_way(vocab):
    area = vocab["areas"]["justice"]
    me = ProfileFactory(challenge_areas=[area])
    pest = ProfileFactory(challenge_areas=[area], display_name="Pest")
    friend = ProfileFactory(challenge_areas=[area], display_name="Friend")
    before = [s.profile.display_name for s in search_api.peers_for(user=me.user)]
    assert {"Pest", "Friend"} <= set(before)
    services.block(blocker=me.user, blocked_id=pest.user_id)
    mine = [s.profile.display_name for s in search_api.peers_for(user=me.user)]
    theirs = [s.profile.display_name for s in search_api.peers_for(user=pest.user)]
    assert "Pest" not in mine and "Friend" in mine
    assert me.display_name not in theirs and "Friend" in theirs
    # the blocker is gone from the blocked person's view of the directory and the hub
    assert me.display_name not in client_for(pest.user).get("/reformers/").content.decode()
    assert me.display_name in client_for(friend.user).get("/reformers/").content.decode()


def test_someone_who_went_private_leaves_the_network_page():
    me = ProfileFactory()
    gone = ProfileFactory(display_name="Gone Private")
    _connect(me.user, gone.user)
    assert "Gone Private" in client_for(me.user).get("/network/").content.decode()
    gone.visibility = "private"
    gone.save()
    assert "Gone Private" not in client_for(me.user).get("/network/").content.decode()


# --- query counts ---------------------------------------------------------------------------


def _network_of(me, size):
    for n in range(size):
        other = ProfileFactory(share_contact=True).user
        state = (State.ACCEPTED, State.PENDING)[n % 2]
        sender, recipient = (me, other) if n % 4 < 2 else (other, me)
        _connect(sender, recipient, state)
    for _n in range(size // 4):
        services.block(blocker=me, blocked_id=ProfileFactory().user_id)


@pytest.mark.parametrize("size", [1, 12])
def test_the_network_page_in_a_fixed_number_of_queries(vocab, size, django_assert_max_num_queries):
    me = ProfileFactory(challenge_areas=[vocab["areas"]["justice"]]).user
    _network_of(me, size)
    client = client_for(me)
    client.get("/network/")  # warm the per-process caches (labels, peers)
    count_queries(client, "/network/", django_assert_max_num_queries, 13)


@pytest.mark.parametrize("size", [0, 12])
def test_a_profile_with_its_connect_button_in_a_fixed_number_of_queries(
    size, django_assert_max_num_queries
):
    me = ProfileFactory(share_contact=True).user
    _network_of(me, size)
    them = ProfileFactory(share_contact=True)
    _network_of(them.user, size)
    _connect(me, them.user)
    client = client_for(me)
    client.get(them.get_absolute_url())
    # 13, +1 since follows (issue 15): does the reader follow this profile
    count_queries(client, them.get_absolute_url(), django_assert_max_num_queries, 14)

"""The cohort's members-only board: isolation, posting, pinning and hiding, bad input."""

from django.core.cache import cache
from django.test import Client

import pytest

from community import labels
from learning.models import Reply, Thread
from learning.models.board import BODY_LENGTH
from tests.community.factories import ProfileFactory, UserFactory
from tests.learning.board_factories import ReplyFactory, ThreadFactory
from tests.learning.cohort_factories import ApplicationFactory, CohortFactory, accepted

pytestmark = pytest.mark.django_db


@pytest.fixture
def space():
    facilitator, member, fellow, outsider = (UserFactory() for _ in range(4))
    ProfileFactory(user=member, display_name="Amina Member", visibility="members")
    ProfileFactory(user=fellow, display_name="Private Fellow", visibility="private")
    cohort = CohortFactory(slug="justice", facilitators=[facilitator], capacity=10)
    accepted(cohort, member)
    accepted(cohort, fellow)
    other = CohortFactory(slug="contracting", capacity=10)
    accepted(other, outsider)  # a member of another cohort
    thread = ThreadFactory(cohort=cohort, author=member, title="Publishing rulings")
    foreign = ThreadFactory(cohort=other, author=outsider, title="Open contracts in Kenya")
    return {
        "cohort": cohort,
        "facilitator": facilitator,
        "member": member,
        "fellow": fellow,
        "outsider": outsider,
        "thread": thread,
        "foreign": foreign,
    }


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_nobody_outside_the_cohort_reads_its_board(space):
    thread = space["thread"]
    base = "/learning/cohorts/justice/board/"
    waiting = UserFactory()
    ApplicationFactory(cohort=space["cohort"], applicant=waiting)  # not accepted yet
    for user in (space["outsider"], UserFactory(), waiting):
        client = client_for(user)
        assert client.get(base).status_code == 404
        assert client.get(f"{base}{thread.pk}/").status_code == 404
        response = client.post(f"{base}{thread.pk}/", {"body": "Let me in"})
        assert response.status_code == 404
        assert client.post(base, {"title": "Hi", "body": "Let me in"}).status_code == 404
    assert not Reply.objects.exists()
    assert Thread.objects.filter(cohort=space["cohort"]).count() == 1
    assert "/accounts/login/" in Client().get(base)["Location"]
    # a member reads it, and the cohort's pages link to it
    member = client_for(space["member"])
    assert "Publishing rulings" in member.get(base).content.decode()
    assert base in member.get("/learning/cohorts/justice/").content.decode()
    assert base in member.get("/learning/cohorts/justice/members/").content.decode()


def test_a_thread_of_another_cohort_is_not_found_through_this_one(space):
    member = client_for(space["member"])
    foreign = space["foreign"]
    url = f"/learning/cohorts/justice/board/{foreign.pk}/"
    assert member.get(url).status_code == 404
    assert member.post(url, {"body": "Crossing over"}).status_code == 404
    assert member.get("/learning/cohorts/justice/board/99999999999/").status_code == 404
    facilitator = client_for(space["facilitator"])
    response = facilitator.post(
        f"/learning/cohorts/justice/board/{foreign.pk}/moderate/", {"action": "hide"}
    )
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert not foreign.is_hidden and not Reply.objects.exists()


def test_members_post_threads_and_replies_as_plain_text(space):
    member = client_for(space["member"])
    response = member.post(
        "/learning/cohorts/justice/board/",
        {"title": "Hearings <b>online</b>", "body": "Line one\nLine two <script>x()</script>"},
    )
    thread = Thread.objects.get(title="Hearings <b>online</b>")
    assert response["Location"] == f"/learning/cohorts/justice/board/{thread.pk}/"
    html = member.get(response["Location"]).content.decode()
    assert "Line one<br>Line two &lt;script&gt;x()&lt;/script&gt;" in html
    assert "<script>x()" not in html and "<b>online</b>" not in html
    fellow = client_for(space["fellow"])
    response = fellow.post(f"/learning/cohorts/justice/board/{thread.pk}/", {"body": "Agreed."})
    assert response.status_code == 302
    html = member.get(f"/learning/cohorts/justice/board/{thread.pk}/").content.decode()
    assert "Agreed." in html
    # the private profile's name is shown nowhere: a member of the cohort, no link
    assert "Private Fellow" not in html and "A member of the cohort" in html
    assert "Amina Member" in html


@pytest.mark.parametrize(
    "data, message",
    [
        ({"title": "", "body": "Something"}, "This field is required."),
        ({"title": "Blank", "body": "   \n  "}, "This field is required."),
        ({"title": "Long", "body": "x" * (BODY_LENGTH + 1)}, "Ensure this value has at most"),
        ({"title": "t" * 201, "body": "Kept body"}, "Ensure this value has at most 200"),
    ],
)
def test_bad_posts_are_refused_with_a_message_and_nothing_typed_is_lost(space, data, message):
    member = client_for(space["member"])
    response = member.post("/learning/cohorts/justice/board/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    for value in data.values():
        if value.strip():
            assert value[:50] in html  # still in the form
    assert Thread.objects.count() == 2


def test_an_oversized_reply_is_refused_and_kept(space):
    member = client_for(space["member"])
    url = f"/learning/cohorts/justice/board/{space['thread'].pk}/"
    response = member.post(url, {"body": "y" * (BODY_LENGTH + 5)})
    assert response.status_code == 400
    assert "y" * 100 in response.content.decode()
    assert not Reply.objects.exists()


def test_facilitators_pin_and_hide_and_members_stop_seeing_hidden_posts(space):
    thread = space["thread"]
    later = ThreadFactory(cohort=space["cohort"], author=space["member"], title="Later thread")
    reply = ReplyFactory(thread=thread, author=space["member"], body="An unkind remark")
    facilitator = client_for(space["facilitator"])
    base = "/learning/cohorts/justice/board/"
    assert facilitator.post(f"{base}{thread.pk}/moderate/", {"action": "pin"}).status_code == 302
    response = facilitator.post(f"{base}replies/{reply.pk}/moderate/", {"action": "hide"})
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.hidden_by == space["facilitator"] and reply.hidden_at is not None
    member = client_for(space["member"])
    html = member.get(base).content.decode()
    assert html.index("Publishing rulings") < html.index("Later thread")  # pinned first
    assert "1 reply" not in html and "0 replies" in html  # hidden replies are not counted
    assert "An unkind remark" not in member.get(f"{base}{thread.pk}/").content.decode()
    seen = facilitator.get(f"{base}{thread.pk}/").content.decode()
    assert "An unkind remark" in seen and "Hidden from members" in seen
    # a member cannot moderate
    assert member.post(f"{base}{later.pk}/moderate/", {"action": "hide"}).status_code == 403
    assert (
        member.post(f"{base}replies/{reply.pk}/moderate/", {"action": "unhide"}).status_code == 404
    )
    # hiding a thread hides it from members, keeps it for the facilitators
    facilitator.post(f"{base}{later.pk}/moderate/", {"action": "hide"})
    assert "Later thread" not in member.get(base).content.decode()
    assert member.get(f"{base}{later.pk}/").status_code == 404
    assert "Later thread" in facilitator.get(base).content.decode()
    # an unknown action is a message, not a 500
    response = facilitator.post(f"{base}{thread.pk}/moderate/", {"action": "delete"})
    assert response.status_code == 302
    assert Thread.objects.filter(pk=thread.pk, pinned=True).exists()


def _board_world(size):
    facilitator, member = UserFactory(), UserFactory()
    ProfileFactory(user=member)
    cohort = CohortFactory(capacity=size * 3, facilitators=[facilitator])
    accepted(cohort, member)
    for n in range(size):
        author = UserFactory()
        ProfileFactory(user=author, visibility=("public", "members", "private")[n % 3])
        accepted(cohort, author)
        thread = ThreadFactory(cohort=cohort, author=author, pinned=n == 0)
        for m in range(size):
            ReplyFactory(thread=thread, author=author, hidden_at=None if m else thread.created_at)
    return facilitator, member, cohort, thread


# measured: the board 13 and a thread 12 for a member, 12 and 13 for the facilitator
BOARD_LIMIT, THREAD_LIMIT = 15, 15


def test_the_board_takes_as_many_queries_whatever_the_number_of_threads_and_replies(
    django_assert_max_num_queries,
):
    from tests.query_counts import count_queries

    counts = []
    for size in (2, 6):
        facilitator, member, cohort, thread = _board_world(size)
        cache.clear()
        labels.invalidate()
        base = f"/learning/cohorts/{cohort.slug}/board/"
        found = []
        for user in (member, facilitator):
            client = client_for(user)
            found.append(count_queries(client, base, django_assert_max_num_queries, BOARD_LIMIT))
            found.append(
                count_queries(
                    client, f"{base}{thread.pk}/", django_assert_max_num_queries, THREAD_LIMIT
                )
            )
        counts.append(found)
    assert counts[0] == counts[1], counts


def test_authors_edit_their_own_posts_within_the_window_only(space):
    from datetime import timedelta

    from learning.board_services import EDIT_WINDOW

    thread = space["thread"]
    reply = ReplyFactory(thread=thread, author=space["fellow"], body="Frist reply")
    base = "/learning/cohorts/justice/board/"
    fellow, member = client_for(space["fellow"]), client_for(space["member"])
    # the author edits: the new text, marked edited
    response = fellow.post(f"{base}replies/{reply.pk}/edit/", {"body": "First reply"})
    assert response["Location"] == f"{base}{thread.pk}/"
    reply.refresh_from_db()
    assert reply.body == "First reply" and reply.edited_at is not None
    response = member.post(f"{base}{thread.pk}/edit/", {"title": "Rulings online", "body": "B"})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert (thread.title, thread.body) == ("Rulings online", "B")
    # nobody else: another member 403, an outsider 404, a forged id from another cohort 404
    assert member.post(f"{base}replies/{reply.pk}/edit/", {"body": "Mine"}).status_code == 403
    assert client_for(space["facilitator"]).get(f"{base}{thread.pk}/edit/").status_code == 403
    outsider = client_for(space["outsider"])
    assert outsider.get(f"{base}{thread.pk}/edit/").status_code == 404
    foreign = space["foreign"]
    assert outsider.get(f"{base}{foreign.pk}/edit/").status_code == 404
    # an empty body is refused, the title typed kept
    response = member.post(f"{base}{thread.pk}/edit/", {"title": "Kept title", "body": " "})
    assert response.status_code == 400 and "Kept title" in response.content.decode()
    # past the window: the page says so, a POST is refused and keeps what was typed
    past = thread.created_at - EDIT_WINDOW - timedelta(seconds=1)
    type(reply).objects.filter(pk=reply.pk).update(created_at=past)
    page = fellow.get(f"{base}{thread.pk}/").content.decode()
    assert f"{base}replies/{reply.pk}/edit/" not in page
    response = fellow.post(f"{base}replies/{reply.pk}/edit/", {"body": "Too late to say"})
    assert response.status_code == 400
    assert "can be edited for 30 minutes" in response.content.decode()
    assert "Too late to say" in response.content.decode()
    reply.refresh_from_db()
    assert reply.body == "First reply"

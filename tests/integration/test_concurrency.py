"""Twenty requests at once (issue 9, item 8): each answers a clear 4xx or succeeds, never a
500, never a duplicate, and limits hold. Real threads, each with its own database
connection, against a test database that commits (a file on SQLite, see conftest.py)."""

import threading

from django.conf import settings
from django.db import connection, connections
from django.test import Client

import pytest

from community.models import User
from guide.models import SelfAssessment
from opengov.models import HomePage
from search import services
from search.models import SavedSearch
from tests.community.factories import UserFactory
from tests.guide.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    RecommendationFactory,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

N = 20
PASSWORD = "a long enough passphrase 42"  # noqa: S105


def at_once(clients, request) -> list:
    """Call `request(client)` for each client in a thread of its own, all released at the
    same moment. Returns the responses (or the exceptions raised)."""
    barrier = threading.Barrier(len(clients))
    results = [None] * len(clients)

    def run(index, client):
        try:
            barrier.wait(timeout=60)
            results[index] = request(client)
        except Exception as error:  # reported by the test, not lost in a thread
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def statuses(results) -> dict:
    counts: dict = {}
    for result in results:
        key = getattr(result, "status_code", None) or repr(result)[:200]
        counts[key] = counts.get(key, 0) + 1
    return counts


def signed_in_clients(users) -> list[Client]:
    clients = []
    for number, user in enumerate(users):
        client = Client(raise_request_exception=False, REMOTE_ADDR=f"192.0.2.{number + 1}")
        client.force_login(user)
        clients.append(client)
    return clients


@pytest.fixture
def sqlite_only():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite has one write lock for the whole database; PostgreSQL locks rows")


def test_sqlite_writers_wait_their_turn_saving_searches(shared_database, sqlite_only):
    users = UserFactory.create_batch(N)
    results = at_once(
        signed_in_clients(users),
        lambda client: client.post("/search/saved/", {"name": "Mine", "q": "open data"}),
    )
    assert statuses(results) == {302: N}
    assert SavedSearch.objects.count() == N


def test_sqlite_writers_wait_their_turn_saving_self_assessments(shared_database, sqlite_only):
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    chapter = GuideChapterPageFactory(parent=GuideIndexPageFactory(parent=home), title="Courts")
    done = [RecommendationFactory(chapter=chapter, level="initial").pk]
    users = UserFactory.create_batch(N)
    url = chapter.url + "self-assessment/"
    results = at_once(signed_in_clients(users), lambda client: client.post(url, {"done": done}))
    assert statuses(results) == {302: N}
    assert SelfAssessment.objects.filter(chapter=chapter).count() == N


def test_the_saved_search_limit_holds_under_concurrent_saves(shared_database):
    user = UserFactory()
    room = 5
    for number in range(services.MAX_SAVED_SEARCHES - room):
        services.saved_search_create(user=user, name=f"s{number}", query=f"q{number}", filters={})
    results = at_once(
        signed_in_clients([user] * N),
        lambda client: client.post("/search/saved/", {"name": "One more", "q": "open data"}),
    )
    assert statuses(results) == {302: room, 400: N - room}
    assert SavedSearch.objects.filter(user=user).count() == services.MAX_SAVED_SEARCHES


def test_simultaneous_sign_ups_with_one_address_make_one_account(shared_database):
    clients = [
        Client(raise_request_exception=False, REMOTE_ADDR=f"198.51.100.{number + 1}")
        for number in range(N)
    ]
    results = at_once(
        clients,
        lambda client: client.post(
            "/accounts/signup/",
            {"email": "ada@example.org", "password1": PASSWORD, "password2": PASSWORD},
        ),
    )
    # the same answer as a sign-up with an address already taken: "check your e-mail" (the
    # owner of the address is told by e-mail), which does not reveal who has an account
    assert statuses(results) == {302: N}
    assert {r["Location"] for r in results} == {"/accounts/confirm-email/"}
    assert User.objects.filter(email__iexact="ada@example.org").count() == 1


def test_a_digest_sent_by_many_workers_at_once_goes_out_once(shared_database):
    """Beat firing twice, a message delivered twice, workers racing: one e-mail a week."""
    from django.core import mail

    from community import notify_services
    from community.models import DigestSent, Notification, NotificationKind
    from tests.community.factories import MemberFactory

    user = UserFactory()
    member = MemberFactory()
    notify_services.notify(
        recipient_ids=[user.pk],
        kind=NotificationKind.PROGRESS,
        target=member,
        url=member.get_absolute_url(),
        params={"title": "Open courts"},
    )
    results = at_once([None] * N, lambda _client: notify_services.digest_send(user_id=user.pk))
    assert sorted(results, key=repr) == [False] * (N - 1) + [True], statuses(results)
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert DigestSent.objects.get(user=user).notification_count == 1
    assert Notification.objects.get(recipient=user).emailed_at is not None

"""Connection requests submitted at the same moment (PostgreSQL, threads with their own
connections): a double submit makes one row and one clear refusal, two people asking each
other at once make one row, a sender's rate limit holds under a burst; never a 500."""

from django.db import connection
from django.db.models import Q
from django.test import Client, override_settings

import pytest

from community.models import Connection
from tests.community.factories import ProfileFactory
from tests.concurrency import all_at_once

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrency needs a server database (DATABASE_URL=postgres://...)",
    ),
]

THREADS = 8


def _signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def _post(user, profile):
    client = _signed_in(user)
    return lambda: client.post(f"/reformers/{profile.slug}/connect/", {"message": "Hello"})


def test_a_double_submit_makes_one_request():
    asking, asked = ProfileFactory(), ProfileFactory()
    responses = all_at_once([_post(asking.user, asked) for _ in range(THREADS)])
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [302] + [400] * (THREADS - 1)
    refused = [r.content.decode() for r in responses if r.status_code == 400]
    assert all("already asked" in page or "already a request" in page for page in refused)
    assert Connection.objects.count() == 1


def test_two_people_asking_each_other_at_once_make_one_row():
    for _round in range(3):
        a, b = ProfileFactory(), ProfileFactory()
        calls = [_post(a.user, b), _post(b.user, a)] * (THREADS // 2)
        statuses = [response.status_code for response in all_at_once(calls)]
        assert set(statuses) <= {302, 400} and 302 in statuses
        pair = Connection.objects.filter(
            Q(sender=a.user, recipient=b.user) | Q(sender=b.user, recipient=a.user)
        )
        assert pair.count() == 1


@override_settings(CONNECTION_REQUESTS_PER_DAY=3)
def test_a_burst_of_requests_stays_within_the_daily_limit():
    asking = ProfileFactory()
    others = [ProfileFactory() for _ in range(THREADS)]
    responses = all_at_once([_post(asking.user, other) for other in others])
    assert sorted(r.status_code for r in responses) == [302] * 3 + [400] * (THREADS - 3)
    assert Connection.objects.filter(sender=asking.user).count() == 3

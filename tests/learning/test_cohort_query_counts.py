"""Queries of the cohort pages at two sizes: the same number whatever the number of
applications, members, sessions and cohorts."""

from django.core.cache import cache

import pytest

from community import labels
from learning import cohort_services
from tests.community.factories import ProfileFactory, UserFactory
from tests.learning.cohort_factories import (
    ApplicationFactory,
    CohortFactory,
    SessionFactory,
    accepted,
)
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

# measured: index 9, cohort 13, review 11, members 11, mine 6, calendars 7 and 2, dashboard 17
LIMITS = {
    "index": 11,
    "cohort": 15,
    "review": 13,
    "members": 13,
    "mine": 8,
    "cohort calendar": 9,
    "my calendar": 4,
    # +1: the people never suggested as peers (community.connection_selectors)
    "dashboard": 20,
}


def _world(size: int, vocab):
    """`size` cohorts; in the first, `size` × 2 applications in every state, `size` members
    with profiles of every visibility and `size` sessions; the member belongs to all."""
    facilitator = UserFactory()
    ProfileFactory(user=facilitator)
    member = UserFactory()
    ProfileFactory(user=member, visibility="members")
    cohorts = [CohortFactory(capacity=size * 4, facilitators=[facilitator]) for _ in range(size)]
    for cohort in cohorts:
        cohort.challenge_areas.set([vocab["areas"]["justice"]])
        accepted(cohort, member)
        for _ in range(size):
            SessionFactory(cohort=cohort)
    first = cohorts[0]
    for n in range(size):
        for state in ("submitted", "waitlisted", "declined"):
            ApplicationFactory(cohort=first, state=state)
        user = UserFactory()
        ProfileFactory(user=user, visibility=("public", "members", "private")[n % 3])
        accepted(first, user)
    cohort_services.calendar_feed_for(user=member)
    return facilitator, member, first


def _counts(client, size, vocab, django_assert_max_num_queries):
    facilitator, member, cohort = _world(size, vocab)
    cache.clear()
    labels.invalidate()
    token = member.calendar_feed.token
    base = f"/learning/cohorts/{cohort.slug}/"
    counts = {}
    for who, name, url in [
        (member, "index", "/learning/cohorts/"),
        (member, "cohort", base),
        (facilitator, "review", base + "review/"),
        (member, "members", base + "members/"),
        (member, "mine", "/learning/cohorts/mine/"),
        (None, "cohort calendar", f"{base}calendar/{token}.ics"),
        (None, "my calendar", f"/learning/cohorts/calendar/{token}.ics"),
        (member, "dashboard", "/dashboard/"),
    ]:
        client.logout()
        if who is not None:
            client.force_login(who)
        counts[name] = count_queries(client, url, django_assert_max_num_queries, LIMITS[name])
    return counts


def test_the_cohort_pages_take_as_many_queries_at_any_size(
    client, vocab, django_assert_max_num_queries
):
    small = _counts(client, 2, vocab, django_assert_max_num_queries)
    large = _counts(client, 5, vocab, django_assert_max_num_queries)
    assert large == small, (small, large)


def test_the_dashboard_shows_my_cohorts_and_upcoming_sessions(client, vocab):
    facilitator, member, cohort = _world(2, vocab)
    client.force_login(member)
    html = client.get("/dashboard/").content.decode()
    assert f"/learning/cohorts/{cohort.slug}/" in html
    assert "Upcoming sessions" in html
    session = cohort.sessions.order_by("starts_at").first()
    assert session.title in html
    client.force_login(facilitator)
    assert f"/learning/cohorts/{cohort.slug}/review/" in client.get("/dashboard/").content.decode()

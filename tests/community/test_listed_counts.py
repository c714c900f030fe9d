"""The reformers listed in each country and challenge area, counted once and kept on the
country's and the area's row (community.listed_counts): after every kind of write that
changes them (once the queued refresh has run: the commit hooks run it here, as the outbox
does in production) they are exactly what the directory lists; a reader blocked by someone
does not count that person; and the pages showing "see all N" no longer count."""

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase

import pytest

from community import listed_counts, selectors, services
from community.models import ChallengeArea, ConnectionBlock, Country, ReformerProfile
from core.models import OutboxMessage
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    CountryFactory,
    MemberFactory,
    ProfileFactory,
    UserFactory,
)
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

committed = TestCase.captureOnCommitCallbacks


def _directory(user, **filters) -> int:
    """What the directory lists, counted the slow way."""
    return ReformerProfile.objects.listed_for(user).filter(**filters).count()


def _assert_current(countries, areas):
    anyone = AnonymousUser()
    member = UserFactory()
    for country in Country.objects.filter(pk__in=[c.pk for c in countries]):
        assert listed_counts.stored(country) == (
            _directory(anyone, country=country),
            _directory(member, country=country),
        ), country.slug
    for area in ChallengeArea.objects.filter(pk__in=[a.pk for a in areas]):
        assert listed_counts.stored(area) == (
            _directory(anyone, challenge_areas=area),
            _directory(member, challenge_areas=area),
        ), area.slug


def test_stored_counts_follow_every_write(vocab):
    ac, justice = vocab["areas"]["anti-corruption"], vocab["areas"]["justice"]
    here, there = CountryFactory(), CountryFactory()
    services.listed_counts_refresh_all()  # every one stored (0), as after the migration
    with committed(execute=True):
        public = ProfileFactory(country=here, challenge_areas=[ac, justice], visibility="public")
        community = ProfileFactory(country=here, challenge_areas=[ac], visibility="members")
        ProfileFactory(country=here, challenge_areas=[ac], visibility="private")
    _assert_current([here, there], [ac, justice])
    assert listed_counts.stored(Country.objects.get(pk=here.pk)) == (1, 2)
    assert listed_counts.stored(ChallengeArea.objects.get(pk=ac.pk)) == (1, 2)

    steps = [
        lambda: setattr(public, "visibility", "private") or public.save(),
        lambda: setattr(public, "visibility", "members") or public.save(),
        lambda: setattr(community, "country", there) or community.save(),
        lambda: community.challenge_areas.remove(ac),
        lambda: community.challenge_areas.add(justice),
        lambda: justice.reformers.add(public),  # from the area's side
        lambda: public.challenge_areas.clear(),
        lambda: setattr(public.user, "is_active", False) or public.user.save(),
        lambda: setattr(public.user, "is_active", True) or public.user.save(),
        lambda: community.delete(),
        lambda: public.user.delete(),
    ]
    for step in steps:
        with committed(execute=True):
            step()
        _assert_current([here, there], [ac, justice])
    assert listed_counts.stored(Country.objects.get(pk=here.pk)) == (0, 0)


def test_a_save_that_changes_no_listing_queues_nothing(vocab):
    profile = ProfileFactory(challenge_areas=[vocab["areas"]["justice"]])
    profile = ReformerProfile.objects.get(pk=profile.pk)
    queued = OutboxMessage.objects.filter(task="community.tasks.listed_counts_refresh")
    before = queued.count()
    with committed():  # not run: the queued messages stay
        profile.headline = "Another headline"
        profile.save()
        assert queued.count() == before
        profile.visibility = "private"
        profile.save()
        assert queued.count() == before + 1


def test_a_bulk_refresh_counts_every_country_and_area(vocab):
    country = CountryFactory()
    ProfileFactory(country=country, challenge_areas=[vocab["areas"]["justice"]])
    Country.objects.update(listed_public_count=None, listed_members_count=None)
    ChallengeArea.objects.update(listed_public_count=7, listed_members_count=7)
    services.listed_counts_refresh_all()
    _assert_current(Country.objects.in_default_locale(), ChallengeArea.objects.in_default_locale())


def test_a_reader_blocked_by_a_listed_reformer_does_not_count_them(vocab):
    area = vocab["areas"]["justice"]
    country = CountryFactory()
    with committed(execute=True):
        profiles = [
            ProfileFactory(country=country, challenge_areas=[area], visibility="members")
            for _ in range(4)
        ]
    reader = UserFactory()
    ConnectionBlock.objects.create(blocker=profiles[0].user, blocked=reader)
    country, area = Country.objects.get(pk=country.pk), ChallengeArea.objects.get(pk=area.pk)
    for term, where, field in ((country, "country", "country"), (area, "area", "challenge_areas")):
        shown, total = selectors.reformers_listed(user=reader, limit=2, **{where: term})
        assert total == _directory(reader, **{field: term}) == 3
        assert profiles[0] not in shown
        _shown, total = selectors.reformers_listed(user=UserFactory(), limit=2, **{where: term})
        assert total == 4
        _shown, total = selectors.reformers_listed(user=AnonymousUser(), limit=2, **{where: term})
        assert total == 0


def test_a_page_shows_a_change_as_soon_as_the_refresh_ran(client, vocab, settings):
    settings.PAGE_CACHE_SECONDS = 300  # as in production
    country = CountryFactory()
    member = MemberFactory(slug="counted", country=country)
    with committed(execute=True):
        profiles = [ProfileFactory(country=country) for _ in range(11)]
    assert "See all 11 reformers" in client.get("/members/counted/").content.decode()
    with committed(execute=True):
        profiles[0].visibility = "private"
        profiles[0].save()
    assert "See all 10 reformers" in client.get("/members/counted/").content.decode()
    # the refresh writes the counts without a model signal, so it empties the anonymous page
    # cache (core.page_cache) itself: with a broker it may run after a reader cached the page
    # (here, a change no signal announced, then its refresh)
    ReformerProfile.objects.filter(pk=profiles[1].pk).update(
        visibility="private", listed_public=False, listed_members=False
    )
    assert "See all 10 reformers" in client.get("/members/counted/").content.decode()
    with committed(execute=True):
        services.listed_counts_refresh(country_ids=[country.pk])
    assert "See all 9 reformers" in client.get("/members/counted/").content.decode()
    assert member.pk


def _grow(country, area, n):
    with committed(execute=True):
        for _ in range(n):
            ProfileFactory(country=country, challenge_areas=[area], visibility="public")
            ProfileFactory(country=country, challenge_areas=[area], visibility="members")


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
def test_pages_with_see_all_reformers_count_none(
    client, vocab, reformer, django_assert_max_num_queries, signed_in
):
    """The member, commitment and hub pages at two sizes, warm (as the bench measures them):
    no COUNT of the listed reformers, whatever their number."""
    area = vocab["areas"]["anti-corruption"]
    country = CountryFactory()
    member = MemberFactory(slug="counting", country=country)
    commitment = CommitmentFactory(
        public_id="CC0001", action_plan=ActionPlanFactory(member=member), challenge_areas=[area]
    )
    if signed_in:
        client.force_login(reformer)
    urls = ["/members/counting/", f"/commitments/{commitment.public_id}/",
            "/challenge-areas/anti-corruption/"]  # fmt: skip
    services.area_stats_refresh_all()
    for n in (5, 20):
        _grow(country, area, n)
        for url in urls:
            client.get(url)  # warm: labels, navigation, the search snapshot
            with django_assert_max_num_queries(40) as captured:
                response = client.get(url)
            assert response.status_code == 200
            counts = [q["sql"] for q in captured.captured_queries if "COUNT(" in q["sql"]]
            assert not [sql for sql in counts if "reformerprofile" in sql], (url, counts)
    assert count_queries

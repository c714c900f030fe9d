"""Every search page renders in a number of queries that does not grow with the corpus: the
same bound holds on the hand-made corpus and on one with many more records, profiles and
matches. The bounds are for a cold cache (each test starts with one) and a fresh index
version, so they include loading the engine's snapshot (vocabulary and facet columns, 2
queries); the first request of a test also warms the navigation and label caches."""

import datetime

from django.utils import timezone

import pytest

from community.models import Connection, Country
from search import services
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    MemberFactory,
    ProfileFactory,
)
from tests.query_counts import after_writes, capture, within
from tests.query_counts import count_queries as _count
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def _grow(corpus, n):
    """n more members (each in a new country) with a commitment, a story and a reformer in
    the same areas as the corpus's anti-corruption evidence; then a rebuild."""
    vocab = corpus.vocab
    areas = [vocab["areas"]["anti-corruption"], vocab["areas"]["justice"]]
    themes = [vocab["themes"]["anti-corruption"]]
    start = Country.objects.count()
    for i in range(start, start + n):
        country = Country.objects.create(
            name=f"Country {i}", slug=f"country-{i}", iso3=f"Q{i:02d}"[-3:],
            region=vocab["regions"]["europe"],
        )  # fmt: skip
        member = MemberFactory(country=country)
        plan = ActionPlanFactory(member=member, start_year=2015 + i % 8)
        commitment = CommitmentFactory(
            action_plan=plan,
            title=f"Beneficial ownership register, phase {i}",
            description="Publish the owners of companies and check them against tenders.",
            irm_starred=bool(i % 2),
            irm_opened_government="major",
            challenge_areas=areas,
            themes=themes,
        )
        commitment.policy_areas.add("Beneficial Ownership", "Open Contracting")
        commitment.save()
        StoryPageFactory(
            parent=corpus.story_index,
            title=f"Owners found in country {i}",
            intro="A register of beneficial owners changed procurement.",
            date=datetime.date(2020 + i % 5, 1 + i % 12, 1),
            country=country,
            challenge_areas=areas,
            themes=themes,
        )
        profile = ProfileFactory(challenge_areas=areas, country=country, visibility="public")
        profile.themes.set(themes)
    services.rebuild()


def _measure(client, corpus, url, django_assert_max_num_queries, limit, *, grow=20):
    small = _count(client, url, django_assert_max_num_queries, limit)
    _grow(corpus, grow)
    large = _count(client, url, django_assert_max_num_queries, limit)
    assert large <= small, f"{url}: {small} queries, then {large} with a larger corpus"
    return small, large


# measured on the corpus, then on the corpus grown by 20 members (English and French alike):
# query 11 then 9, three filters 9 then 8, empty 9 then 7, page 2 9 then 7, autocomplete 3 and 3
SEARCH_PAGES = [
    ("/search/?q=beneficial+ownership+register", 12),
    ("/search/?q=register&type=commitment&area=anti-corruption&region=europe", 10),
    # +1 in French when the label cache is cold: the members' names in the result lines
    ("/search/", 11),
    ("/search/?page=2", 11),
    ("/search/autocomplete/?q=benef", 4),
]


LANGUAGES = ["", "/fr"]


@pytest.fixture(scope="module")
def search_pages_module(request, corpus_module, django_db_blocker):
    """Every search page in every language measured on the corpus, then on the corpus grown
    by 20 members: one growth and rebuild for the module (tests/shared_data.py) rather than
    one per test. Each page's counts start from the cache it would have had in a test of its
    own: the corpus's, then that left by its first request with the growth's changes."""
    from django.test import Client

    from tests import shared_data

    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        client = Client()
        urls = [language + url for url, _ in SEARCH_PAGES for language in LANGUAGES]
        built = next(d.cache for d in shared_data._active if d.name == "corpus_module")
        small, left = {}, {}
        for url in urls:
            small[url] = capture(client, url, built)
            left[url] = shared_data._cache_contents()
        before = shared_data._cache_contents()
        _grow(corpus_module, 20)
        grown = shared_data._cache_contents()
        large = {url: capture(client, url, after_writes(left[url], before, grown)) for url in urls}
        yield dataset.built({url: (small[url], large[url]) for url in urls})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("url", "limit"), SEARCH_PAGES, ids=[u for u, _ in SEARCH_PAGES])
def test_search_pages_do_not_grow_with_the_corpus(search_pages_module, db, url, limit, language):
    small_measured, large_measured = search_pages_module[language + url]
    small = within(language + url, small_measured, limit)
    large = within(language + url, large_measured, limit)
    assert large <= small, f"{url}: {small} queries, then {large} with a larger corpus"


def test_dashboard_does_not_grow_with_peers_or_matches(
    client, people, reformer, corpus, django_assert_max_num_queries
):
    for query in ("beneficial ownership", "register", "justice"):
        services.saved_search_create(user=reformer, name=query, query=query, filters={})
    client.force_login(reformer)
    # +2 since "my learning" (enrolments with their courses, certificates); +2 for its
    # cohorts (my applications, the cohorts I facilitate; sessions only for their members);
    # +1 for the peers' other reasons (community.peer_reasons: learning's shared cohorts);
    # +1 for the header's unread notifications (issue 15; cached after the first page)
    # +1 for the people never to suggest (connected, pending or blocked either way: one
    # query for all of them, community.connection_selectors.suggestion_exclusions)
    # -2 (perf-pages): the peers' reasons name the reader's own areas and themes, already
    # read with the profile (33 then 30 measured, cold)
    others = [person for person in people.values() if person.user_id != reformer.pk]
    for n, person in enumerate(others):
        if n % 2:  # a connection with every other peer, whatever their number
            Connection.objects.get_or_create(
                sender=reformer, recipient=person.user, defaults={"requested_at": timezone.now()}
            )
    # -2 (perf-queries): the locale once per request, no permission query for a reader
    # without permissions (31 then 28 measured, cold)
    _measure(client, corpus, "/dashboard/", django_assert_max_num_queries, 31)


def _assessments_grow(corpus, user, n):
    """n more guide chapters, each with recommendations at two levels and `user`'s saved
    self-assessment of it."""
    from guide.models import SelfAssessment
    from tests.guide.factories import GuideChapterPageFactory, RecommendationFactory

    index = corpus.chapter.get_parent()
    for _ in range(n):
        chapter = GuideChapterPageFactory(parent=index)
        done = RecommendationFactory(chapter=chapter, level="initial")
        RecommendationFactory(chapter=chapter, level="intermediate")
        SelfAssessment.objects.create(user=user, chapter=chapter, done=[done.pk])


def test_dashboard_does_not_grow_with_self_assessments_or_stories(
    client, people, reformer, corpus, django_assert_max_num_queries
):
    """Saved self-assessments (two queries for all of them) and the stories in the reader's
    areas (one search) cost the same for 2 as for 10, and for 3 stories as for 23. Counted
    with warm caches (navigation, site, the engine's snapshot) both times: what they cost
    cold is the bound of the test above."""
    _assessments_grow(corpus, reformer, 2)
    client.force_login(reformer)
    client.get("/dashboard/")
    # 20 measured (22 before perf-queries, 24 before the peers' reasons came from the
    # profile's own terms)
    small = _count(client, "/dashboard/", django_assert_max_num_queries, 20)
    _assessments_grow(corpus, reformer, 8)
    _grow(corpus, 20)
    client.get("/dashboard/")
    large = _count(client, "/dashboard/", django_assert_max_num_queries, 20)
    assert large <= small, f"/dashboard/: {small} queries, then {large}"
    assert len(client.get("/dashboard/").context["dashboard"].assessments) == 10

"""Every list and detail page renders in a number of queries that does not grow with its rows."""

from django.db import connection
from django.test import TestCase

import pytest

from community import services
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    MemberFactory,
    MilestoneFactory,
    ProfileFactory,
)
from tests.query_counts import after_writes, capture, within
from tests.query_counts import count_queries as _count

pytestmark = pytest.mark.django_db


def _grow(vocab, n):
    # as in production, the areas' figures are refreshed once the writes commit (the queued
    # task of community.signals, run here by the commit hooks)
    with TestCase.captureOnCommitCallbacks(execute=True):
        _add(vocab, n)


def _add(vocab, n):
    areas = list(vocab["areas"].values())
    themes = list(vocab["themes"].values())
    for i in range(n):
        plan = ActionPlanFactory(member=MemberFactory())
        commitment = CommitmentFactory(
            action_plan=plan, challenge_areas=areas[i % 3 : i % 3 + 2], themes=themes[:2]
        )
        MilestoneFactory(commitment=commitment)
        commitment.policy_areas.add("Open Contracting", "Audits")
        commitment.save()
        ProfileFactory(challenge_areas=areas[:2], visibility="public")


# Bounds are for a cold cache: in French the first request also loads the label table (4
# queries) and the navigation (1 query), which later requests reuse.
LISTS = [
    ("/", 23),  # a Wagtail page: its language versions for the <head> (2)
    # the areas and their stored figures (community.area_stats)
    ("/challenge-areas/", 11),
    # the hub also asks the search read model for its guide chapters, stories and research;
    # in French, members' names: one more query when the label cache is cold; the area's
    # figures (community.area_stats: charts, progress roll-up, members) are one query;
    # its accepted Open Gov Challenge reforms one and their two charts one each; filtered,
    # the list is counted (one)
    ("/challenge-areas/anti-corruption/", 20),
    ("/challenge-areas/anti-corruption/?region=europe&status=unknown", 20),
    ("/members/", 12),
    # the policy-area filter's choices; in French, members' names (cold label cache)
    ("/commitments/", 15),
    ("/commitments/?area=justice&theme=justice&starred=on", 15),
    ("/reformers/", 13),
]
LANGUAGES = ["", "/fr"]


@pytest.fixture(scope="module")
def lists_module(request, django_db_blocker):
    """Every list in every language measured with 3 rows of everything, then with 15: one
    build for the module (tests/shared_data.py) rather than one per test. Each page's counts
    start from the cache it would have had in a test of its own: the build's, then that left
    by its first request with the growth's changes; each test asserts its own page's bound."""
    from django.test import Client

    from tests import shared_data

    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        vocab = shared_data.vocabulary()
        client = Client()
        urls = [language + url for url, _ in LISTS for language in LANGUAGES]
        _grow(vocab, 3)
        built = shared_data._cache_contents()
        small, left = {}, {}
        for url in urls:
            small[url] = capture(client, url, built)
            left[url] = shared_data._cache_contents()
        before = shared_data._cache_contents()
        _grow(vocab, 12)
        grown = shared_data._cache_contents()
        large = {url: capture(client, url, after_writes(left[url], before, grown)) for url in urls}
        yield dataset.built({url: (small[url], large[url]) for url in urls})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("url", "limit"), LISTS)
def test_lists_do_not_grow_with_their_rows(lists_module, db, url, limit, language):
    small_measured, large_measured = lists_module[language + url]
    small = within(language + url, small_measured, limit)
    large = within(language + url, large_measured, limit)
    assert large <= small + 1  # +1 at most: the label cache may be cold after new rows


def test_detail_pages_do_not_grow_with_related_rows(
    client, vocab, reformer, django_assert_max_num_queries
):
    areas = list(vocab["areas"].values())
    member = MemberFactory(slug="big-member")
    for plan_number in range(4):
        plan = ActionPlanFactory(member=member, number=plan_number)
        for _ in range(6):
            c = CommitmentFactory(action_plan=plan, challenge_areas=areas[:3])
            for _ in range(3):
                MilestoneFactory(commitment=c)
    commitment = member.action_plans.first().commitments.first()
    profile = ProfileFactory(user=reformer, challenge_areas=areas[:5])
    profile.expertise.add("audits", "procurement", "open data")

    # +1 each for the awards the record won (community.recognitions: one query); the member's
    # progress roll-up: one, and its accepted Open Gov Challenge reforms: one; the commitment's
    # timeline: progress updates, stories, awards (one each); its milestones' evidence links: one
    _count(client, "/members/big-member/", django_assert_max_num_queries, 13)
    _count(client, f"/commitments/{commitment.public_id}/", django_assert_max_num_queries, 20)
    _count(client, f"/reformers/{profile.slug}/", django_assert_max_num_queries, 11)
    client.force_login(reformer)
    _count(client, "/profile/", django_assert_max_num_queries, 22)


# --- connected pages: what they gather from other apps and the directory does not cost a
# query per item (the guide, stories and research come from the search read model)


def _grow_connected(vocab, plan, story_parent, n):
    """n more of everything the connected pages show around `plan`'s member and the
    anti-corruption area: commitments in the plan, plans of the member, members active in
    the area, stories and research in the area and the country, listed and hidden
    reformers; then the search read model is rebuilt."""
    from search import services as search_services
    from tests.resources.factories import ResourceFactory
    from tests.stories.factories import StoryPageFactory

    area = vocab["areas"]["anti-corruption"]
    country = plan.member.country
    for i in range(n):
        CommitmentFactory(action_plan=plan, number=str(i + 2), challenge_areas=[area],
                          themes=[vocab["themes"]["anti-corruption"]])  # fmt: skip
        ActionPlanFactory(member=plan.member, start_year=2000 + i)
        other = ActionPlanFactory(member=MemberFactory())
        CommitmentFactory(action_plan=other, challenge_areas=[area], title=f"Register {i}")
        StoryPageFactory(parent=story_parent, country=country, challenge_areas=[area])
        ResourceFactory(challenge_areas=[area], title=f"Register study {i}")
        for visibility in ("public", "members", "private"):
            ProfileFactory(country=country, challenge_areas=[area], visibility=visibility)
    search_services.rebuild()


# Bounds for a cold cache, signed in, in French (the dearest case). Measured with 3 then 15
# of everything, anonymous in English / signed in in French: hub 19, 20 / 28, 29; member
# 13, 14 / 21, 22; commitment 25, 25 / 33, 33; plan 8, 8 / 16, 16; commitments with words
# 17, 17 / 25, 25; research with words 16, 16 / 24, 24.
# Since: member and commitment pages +1 for the awards the record won (community.recognitions);
# the hub's and the member's progress roll-up (+1 each; +1 for "may edit" signed in), the
# commitment's timeline (+3: progress updates, stories, awards) and evidence links (+1).
# The Open Gov Challenge: the hub's charts (+7) and accepted reforms (+1); the member's
# accepted reforms (+1) and whether the reader is its point of contact (+1).
CONNECTED_PAGES = [
    # +8: the hub's charts (7 aggregates) and its accepted Open Gov Challenge reforms (1)
    # Follows (issue 15), signed in: the header's unread count (+1, cached afterwards) and,
    # on a followable record's page, whether the reader follows it (+1)
    # the hub's figures are one stored read now (community.area_stats; was 7 aggregates, the
    # roll-up and the members' counts): anonymous 23, signed in, in French 35 (36 with the
    # reformers' "see all")
    ("/challenge-areas/anti-corruption/", 36),
    # +2: its accepted Open Gov Challenge reforms, and whether the reader is its point of contact
    ("/members/connected/", 30),
    # connections (issue 15): the peers leave out people connected, pending or blocked (+1)
    ("/commitments/CN0001/", 42),
    ("/action-plans/AP_CONNECTED/", 18),
    ("/commitments/?q=register", 27),
    ("/resources/?q=register+study", 26),
]


@pytest.fixture(scope="module")
def connected_module(request, django_db_blocker):
    """The connected pages in both languages measured with 3 then 15 of everything they
    gather, anonymous or signed in (the indirect parameter): one build per state for the
    module (tests/shared_data.py) rather than one per test; every count with the caches as
    after a deploy (labels, navigation, the search engine's snapshot), so that each page's
    bound holds on its own."""
    from django.test import Client

    from tests import shared_data
    from tests.community.factories import UserFactory
    from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
    from tests.stories.factories import home_page, story_index

    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        vocab = shared_data.vocabulary()
        client = Client()
        member = MemberFactory(slug="connected")
        plan = ActionPlanFactory(member=member, ogp_id="AP_CONNECTED")
        CommitmentFactory(public_id="CN0001", action_plan=plan, number="1",
                          challenge_areas=[vocab["areas"]["anti-corruption"]])  # fmt: skip
        chapter = GuideChapterPageFactory(parent=GuideIndexPageFactory(parent=home_page()))
        chapter.challenge_areas = [vocab["areas"]["anti-corruption"]]
        chapter.save_revision().publish()
        stories = story_index()
        if request.param:  # signed in
            reformer = UserFactory(email="reformer@example.org")
            ProfileFactory(user=reformer, challenge_areas=[vocab["areas"]["anti-corruption"]])
            client.force_login(reformer)
        urls = [language + url for url, _ in CONNECTED_PAGES for language in LANGUAGES]
        _grow_connected(vocab, plan, stories, 3)
        # what the tasks queued by these writes do at commit
        services.area_stats_refresh_all()
        services.listed_counts_refresh_all()
        small = {url: capture(client, url, None) for url in urls}
        _grow_connected(vocab, plan, stories, 12)
        services.area_stats_refresh_all()
        services.listed_counts_refresh_all()
        large = {url: capture(client, url, None) for url in urls}
        yield dataset.built({url: (small[url], large[url]) for url in urls})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "connected_module", [False, True], ids=["anonymous", "signed-in"], indirect=True
)
def test_connected_pages_do_not_grow_with_what_they_gather(connected_module, db, language):
    for url, limit in CONNECTED_PAGES:
        small_measured, large_measured = connected_module[language + url]
        small = within(language + url, small_measured, limit)
        large = within(language + url, large_measured, limit)
        # +1 at most: "see all N" counts the reformers once there are more than it shows
        assert large <= small + 1, f"{url}: {small} queries, then {large}"


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
def test_the_commitment_page_warm_at_two_sizes(
    client, vocab, reformer, django_assert_max_num_queries, signed_in
):
    """The commitment page as the bench measures it (warm caches), with awards won and
    shortlisted, peers and more reformers of its country than it shows: its award
    nominations read once for its recognitions and its timeline (awards.selectors.
    commitment_nominations), its "see all N reformers" stored (community.listed_counts)."""
    from django.utils import timezone

    from awards.models import Nomination
    from tests.awards.factories import NominationFactory, programme_build

    area = vocab["areas"]["anti-corruption"]
    plan = ActionPlanFactory(member=MemberFactory(slug="awarded"))
    commitment = CommitmentFactory(public_id="AW0001", action_plan=plan, challenge_areas=[area])
    for state in (Nomination.State.WINNER, Nomination.State.SHORTLISTED):
        programme = programme_build()
        programme.results_published_at = timezone.now()
        programme.save()
        NominationFactory(programme=programme, kind="commitment", commitment=commitment,
                          title="Awarded", state=state)  # fmt: skip
    if signed_in:
        ProfileFactory(user=reformer, challenge_areas=[area])
        client.force_login(reformer)
    url = f"/commitments/{commitment.public_id}/"
    counted = []
    for n in (9, 30):
        with TestCase.captureOnCommitCallbacks(execute=True):
            for _ in range(n):
                ProfileFactory(country=plan.member.country, challenge_areas=[area])
                CommitmentFactory(action_plan=plan, challenge_areas=[area])
        client.get(url)  # warm: labels, navigation, the search snapshot
        # 12 / 16 here (15 / 19 in the full-scale bench, whose page has more of everything;
        # PostgreSQL's search engine reads its evidence in one more); each read above was one
        # more
        limit = (16 if signed_in else 12) + (connection.vendor == "postgresql")
        counted.append(_count(client, url, django_assert_max_num_queries, limit))
    # (PostgreSQL's search engine ranks its evidence in a query of its own for some
    # corpora and not others: one more or less, whatever the size)
    assert counted[0] == counted[1] or connection.vendor == "postgresql"
    page = client.get(url).content.decode()
    assert "Winner · " in page and "Shortlisted: " in page

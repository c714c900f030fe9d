"""A page served in another language than its own costs a few queries more than a
translated one, and no more with more content; so does the language switcher."""

from wagtail.models import Locale

import pytest

from tests.community.factories import CommitmentFactory
from tests.guide.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    RecommendationFactory,
)
from tests.query_counts import count_queries
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

pytestmark = pytest.mark.django_db

# Looking for the page in the other languages (core.routing has gone down the reader's tree
# already): 6 measured (perf-queries; 8 when the fallback walked the tree a level at a time)
FALLBACK_QUERIES = 6


def _translate(page, code):
    copy = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    copy.save_revision().publish()
    return copy


@pytest.fixture
def guide(vocab):
    home = home_page()
    guide = GuideIndexPageFactory(parent=home)
    for page in (home, guide):
        _translate(page, "fr")
    translated = GuideChapterPageFactory(parent=guide, slug="anti-corruption")
    RecommendationFactory(chapter=translated)
    _translate(translated, "fr")
    untranslated = GuideChapterPageFactory(parent=guide, slug="justice")
    RecommendationFactory(chapter=untranslated)
    return guide, untranslated


LIMIT = 22  # 16 translated, 22 untranslated, 17 the listings (measured, perf-queries)


def test_an_untranslated_page_costs_a_bounded_number_of_queries(
    client, guide, django_assert_max_num_queries
):
    index, chapter = guide
    for path in ("/fr/guide/anti-corruption/", "/fr/guide/justice/"):
        assert client.get(path).status_code == 200  # warm the label and navigation caches
    counted = (django_assert_max_num_queries, LIMIT)
    translated = count_queries(client, "/fr/guide/anti-corruption/", *counted)
    small = count_queries(client, "/fr/guide/justice/", *counted)
    assert small <= translated + FALLBACK_QUERIES
    for _ in range(5):
        rec = RecommendationFactory(chapter=chapter, level="advanced")
        rec.example_commitments.set([CommitmentFactory()])
        GuideChapterPageFactory(parent=index)
    assert count_queries(client, "/fr/guide/justice/", *counted) <= small + 1


def test_story_listings_and_feeds_do_not_grow_with_untranslated_stories(
    client, vocab, django_assert_max_num_queries
):
    home = home_page()
    stories = StoryIndexPageFactory(parent=home)
    for page in (home, stories):
        _translate(page, "fr")
    StoryPageFactory(parent=stories)
    for path in ("/fr/stories/", "/fr/stories/feed/rss/"):
        client.get(path)
        small = count_queries(client, path, django_assert_max_num_queries, LIMIT)
        for _ in range(6):
            StoryPageFactory(parent=stories)
        assert count_queries(client, path, django_assert_max_num_queries, LIMIT) <= small, path

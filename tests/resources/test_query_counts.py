"""The research pages render in a number of queries that does not grow with their rows."""

import pytest

from tests.query_counts import count_queries as _count
from tests.resources.factories import ResourceFactory

pytestmark = pytest.mark.django_db


def _grow(vocab, n):
    areas = list(vocab["areas"].values())
    themes = list(vocab["themes"].values())
    for i in range(n):
        ResourceFactory(
            challenge_areas=areas[i % 3 : i % 3 + 2],
            themes=themes[:2],
            categories=["Open Data", f"Category {i}"],
            year=2010 + i % 5,
        )


# Bounds are for a cold cache: in French the first request also loads the label table (4
# queries); a filter on a theme, area or category looks its value up (1 query each).
@pytest.mark.parametrize("language", ["", "/fr"])
@pytest.mark.parametrize(
    ("url", "limit"),
    [
        ("/resources/", 14),
        ("/resources/?area=public-participation&theme=anti-corruption&year=2012", 14),
        ("/resources/?kind=journal_article&category=open-data&page=2", 14),
    ],
)
def test_the_list_does_not_grow_with_its_rows(
    client, vocab, django_assert_max_num_queries, url, limit, language
):
    _grow(vocab, 3)
    small = _count(client, language + url, django_assert_max_num_queries, limit)
    _grow(vocab, 30)
    large = _count(client, language + url, django_assert_max_num_queries, limit)
    assert large <= small + 1  # +1 at most: the label cache may be cold after new rows


@pytest.mark.parametrize("language", ["", "/fr"])
def test_the_detail_page_does_not_grow_with_its_relations(
    client, vocab, django_assert_max_num_queries, language
):
    areas = list(vocab["areas"].values())
    themes = list(vocab["themes"].values())
    few = ResourceFactory(challenge_areas=areas[:1], themes=themes[:1], categories=["Open Data"])
    many = ResourceFactory(
        challenge_areas=areas, themes=themes, categories=[f"Category {i}" for i in range(12)]
    )
    small = _count(client, f"{language}/resources/{few.slug}/", django_assert_max_num_queries, 10)
    large = _count(client, f"{language}/resources/{many.slug}/", django_assert_max_num_queries, 10)
    assert large <= small + 1

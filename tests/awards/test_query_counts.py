"""Queries of the awards pages at two sizes: the same number whatever the number of
programmes, categories, criteria and nominations."""

from django.core.cache import cache

import pytest

from awards.models import NominationFile
from community import labels
from core import languages
from tests.awards.factories import NominationFactory, png_upload, programme_build
from tests.community.factories import UserFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

# measured (perf-pages): 20, 22 (with results and the finalists' anonymised scores), 5, 10
LIMITS = {"index": 20, "programme": 22, "mine": 5, "nominate": 10}


def _world(size: int):
    nominator = UserFactory()
    names = [f"Category {n}" for n in range(size)]
    programmes = [programme_build(categories=names, criteria=size) for _ in range(size)]
    for programme in programmes:
        for category in programme.categories.all():
            nomination = NominationFactory(
                programme=programme, category=category, nominator=nominator
            )
            stored = NominationFile(
                nomination=nomination, original_name="a.png", content_type="image/png", size=1
            )
            stored.file.save("a.png", png_upload(), save=False)
            stored.save()
    # the first programme has published its results: every nomination of it a winner
    results = programmes[0]
    results.results_published_at = results.closes_at
    results.save()
    results.nominations.update(state="winner", citation="For opening the budget.")
    return nominator, programmes


def _counts(client, size, django_assert_max_num_queries):
    nominator, programmes = _world(size)
    cache.clear()
    labels.invalidate()
    languages._locale_codes.clear()
    client.force_login(nominator)
    urls = {
        "index": "/awards/",
        "programme": programmes[0].url,
        "mine": "/awards/nominations/",
        "nominate": f"/awards/{programmes[0].slug}/nominate/",
    }
    return {
        name: count_queries(client, url, django_assert_max_num_queries, LIMITS[name])
        for name, url in urls.items()
    }


def test_the_awards_pages_take_as_many_queries_at_any_size(client, django_assert_max_num_queries):
    small = _counts(client, 2, django_assert_max_num_queries)
    large = _counts(client, 5, django_assert_max_num_queries)
    assert large == small, (small, large)

"""Filter values the search cannot read are left out with a message, never a 500 (issue 9,
item 11): Unicode digits, ids beyond 64 bits, NUL bytes in a saved search's filters."""

import pytest
from pytest_django.asserts import assertContains

from search.models import SavedSearch
from tests.community.factories import CommitmentFactory

pytestmark = pytest.mark.django_db

NOT_UNDERSTOOD = "Some filters were not understood and were left out."


@pytest.fixture
def small(vocab):
    from search import services

    CommitmentFactory(public_id="UD0001", title="Beneficial ownership register",
                      challenge_areas=[vocab["areas"]["anti-corruption"]])  # fmt: skip
    services.rebuild()


@pytest.mark.parametrize("year", ["²", "①", "₁", "፩", "202₁", str(2**64)])
def test_a_year_in_unicode_digits_is_left_out_with_a_message(client, small, year):
    response = client.get("/search/", {"q": "register", "year": ["2024", year]})
    assert response.status_code == 200
    assertContains(response, NOT_UNDERSTOOD)
    assert response.context["search"].filters == {"year": ["2024"]}


def test_a_year_in_other_decimal_digits_is_read_as_that_year(client, small):
    # int() reads every script's decimal digits; only digits int() refuses are left out
    response = client.get("/search/", {"year": "٢٠٢٤"})
    assert response.context["search"].filters == {"year": ["2024"]}


@pytest.mark.parametrize("saved", ["²", "①", str(2**64), "-1", "0"])
def test_an_unreadable_saved_search_id_is_ignored(client, small, reformer, saved):
    client.force_login(reformer)
    response = client.get("/search/", {"q": "register", "saved": saved})
    assert response.status_code == 200
    assert response.context["saved"] is None


def test_a_saved_search_never_keeps_a_nul_byte(client, small, reformer):
    # PostgreSQL cannot store NUL (a 500); on SQLite it was stored, and the saved search could
    # not be opened (its address held %00, which the site refuses).
    client.force_login(reformer)
    response = client.post("/search/saved/", {
        "name": "Owners", "q": "register", "theme": ["a\x00b", "climate"], "type": "commitment\x00",
    })  # fmt: skip
    assert response.status_code == 302
    saved = SavedSearch.objects.get(user=reformer)
    assert saved.filters == {"theme": ["climate"]}
    opened = client.get(f"/search/saved/{saved.pk}/", follow=True)
    assert opened.status_code == 200
    assert opened.context["saved"] == saved


def test_a_saved_search_keeps_only_the_filter_values_that_clean(client, small, reformer):
    client.force_login(reformer)
    client.post("/search/saved/", {"name": "Owners", "q": "register", "year": ["①", "2024"],
                                   "area": "x" * 500, "language": "xx"})  # fmt: skip
    assert SavedSearch.objects.get(user=reformer).filters == {"year": ["2024"]}

"""Keyset pages of the long lists (community.keyset): the next and previous links carry a
cursor, read without OFFSET, and walk the same rows in the same order as ?page=N."""

from django.contrib.auth.models import AnonymousUser
from django.db import connection

import pytest

from community import keyset, selectors, views
from tests.community.factories import ActionPlanFactory, CommitmentFactory, ProfileFactory

PER_PAGE = 4


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(views, "COMMITMENTS_PER_PAGE", PER_PAGE)
    monkeypatch.setattr(views, "REFORMERS_PER_PAGE", PER_PAGE)


@pytest.fixture
def commitments(vocab):
    """Eleven commitments in plans of three years and a plan without a year."""
    plans = [ActionPlanFactory(start_year=year) for year in (2019, 2023, None, 2021)]
    return [CommitmentFactory(action_plan=plans[n % 4]) for n in range(11)]


@pytest.fixture
def reformers(vocab):
    """Nine public reformers, several with the same name (the id breaks the tie)."""
    names = ["Ana", "Ben", "Ana", "Carla", "Ana", "Dan", "Ben", "Eve", "Finn"]
    return [ProfileFactory(display_name=name) for name in names]


def _walk(client, url, attribute):
    """Every row of the list, page by page through the Next links; and the pages."""
    rows, pages = [], []
    response = client.get(url)
    while True:
        assert response.status_code == 200
        page = response.context["page_obj"]
        pages.append(response)
        rows += [_key(row, attribute) for row in page]
        if not page.has_next():
            return rows, pages
        response = client.get(url, {"after": page.next_cursor})


def _key(row, attribute):
    return getattr(row, attribute)


def _numbered(client, url, attribute):
    rows, number = [], 1
    while True:
        page = client.get(url, {"page": number}).context["page_obj"]
        rows += [_key(row, attribute) for row in page]
        if not page.has_next():
            return rows
        number += 1


@pytest.mark.parametrize(
    ("url", "attribute", "rows"),
    [("/commitments/", "public_id", "commitments"), ("/reformers/", "pk", "reformers")],
)
def test_next_links_walk_every_row_once_in_the_lists_order(
    client, small_pages, url, attribute, rows, request
):
    expected = request.getfixturevalue(rows)
    walked, pages = _walk(client, url, attribute)
    assert walked == _numbered(client, url, attribute)
    assert sorted(walked) == sorted(_key(row, attribute) for row in expected)
    assert [p.context["page_obj"].number for p in pages] == list(range(1, len(pages) + 1))
    assert len(pages) == -(-len(expected) // PER_PAGE)
    # and back again through the Previous links
    back = pages[-1].context["page_obj"]
    seen = []
    while back.has_previous():
        back = client.get(url, {"before": back.previous_cursor}).context["page_obj"]
        seen.insert(0, [_key(row, attribute) for row in back])
    assert sum(seen, []) == walked[: len(sum(seen, []))]
    assert back.number == 1


def test_a_plan_without_a_year_comes_last(client, small_pages, commitments):
    walked, _ = _walk(client, "/commitments/", "action_plan")
    years = [plan.start_year for plan in walked]
    assert years == sorted(years, key=lambda y: -(y or 0))
    assert years[-1] is None


def test_a_cursor_page_is_read_without_offset(
    client, small_pages, commitments, django_assert_max_num_queries
):
    first = client.get("/commitments/").context["page_obj"]
    second_by_number = client.get("/commitments/", {"page": 2})
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        second = client.get("/commitments/", {"after": first.next_cursor})
    listing = [q["sql"] for q in queries if "community_commitment" in q["sql"]]
    assert listing and not any("OFFSET" in sql.upper() for sql in listing)
    assert list(second.context["page_obj"]) == list(second_by_number.context["page_obj"])
    # no more queries than the numbered page, which reads its keys first (one more query:
    # community.keyset.KeysFirstPaginator)
    with django_assert_max_num_queries(len(queries) + 1):
        client.get("/commitments/", {"page": 2})


@pytest.mark.parametrize("cursor", ["nonsense", "W1sxLCBbXV1d:1abc:xyz", "x" * 301])
def test_a_tampered_cursor_gives_the_first_page(client, small_pages, commitments, cursor):
    response = client.get("/commitments/", {"after": cursor})
    assert response.status_code == 200
    page = response.context["page_obj"]
    assert page.number == 1
    first = client.get("/commitments/").context["page_obj"]
    assert list(page) == list(first)


def test_a_cursor_page_names_its_numbered_address_as_canonical(client, small_pages, commitments):
    first = client.get("/commitments/").context["page_obj"]
    html = client.get("/commitments/", {"after": first.next_cursor}).content.decode()
    assert 'rel="canonical" href="http://testserver/commitments/?page=2"' in html
    assert 'rel="next"' in html and "after=" in html


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_a_reformer_cursor_page_seeks_in_the_name_index(db):
    """The directory's next page is read from the (listed, display_name, id) index, from the cursor
    on, not sorted in a temporary B-tree after reading every profile before it."""
    keys = selectors.REFORMER_LIST_KEYS
    queryset = selectors.reformer_directory(user=AnonymousUser())
    query = queryset.filter(keyset._after(keys, ["Maria", 5000], reverse=False))
    sql, params = query.order_by("display_name", "pk")[:21].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    # the anonymous directory's index: (listed_public, display_name, id), community 0013
    assert (
        "SEARCH community_reformerprofile USING INDEX profile_public_idx "
        "(listed_public=? AND display_name>?)" in plan
    ), plan
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_a_read_of_a_few_listed_profiles_starts_from_them_not_from_the_directory_index(db):
    """`listed_for` without `by_index` (the alumni, a cohort's members) looks the few profiles
    up by their account; written for the directory's index, SQLite walked every listed
    profile instead (the alumni directory went from 17 to 140 ms at full scale)."""
    from learning import alumni_selectors

    query = alumni_selectors._listed_alumni(AnonymousUser())
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    assert "profile_public_idx" not in plan, plan
    assert "profile_members_idx" not in plan, plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_a_numbered_reformer_page_reads_its_rows_by_key(client, small_pages, reformers):
    """A numbered page's rows, once their keys are read from the directory's index, are read
    by primary key: SQLite read them through the listing index again (the whole directory's
    entries, 17 ms at 100,000 profiles), the flag being written `IN (1)` for that index."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/reformers/", {"page": 2})
    expected = sorted(reformers, key=lambda p: (p.display_name, p.pk))[PER_PAGE : 2 * PER_PAGE]
    assert list(response.context["page_obj"]) == expected
    rows = [q["sql"] for q in queries if '"community_reformerprofile"."id" IN (' in q["sql"]]
    assert len(rows) == 1, rows
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {rows[0]}")
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    assert "SEARCH community_reformerprofile USING INTEGER PRIMARY KEY" in plan, plan

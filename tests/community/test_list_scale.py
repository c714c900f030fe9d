"""The long lists at scale (issue 17): their order read from an index, numbered pages read
the page's keys before its rows, and the reformer directory's country choices without a
DISTINCT over every listed profile."""

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from community import selectors
from community.filters import CommitmentFilter
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    CountryFactory,
    ProfileFactory,
)

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")


def _plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return " | ".join(row[-1] for row in cursor.fetchall())


def test_a_commitment_keeps_its_plans_year_for_the_lists_order(vocab):
    old, new = ActionPlanFactory(start_year=2015), ActionPlanFactory(start_year=None)
    commitment = CommitmentFactory(action_plan=old)
    assert commitment.list_year == 2015
    commitment.action_plan = new
    commitment.save()
    commitment.refresh_from_db()
    assert commitment.list_year == 0
    new.start_year = 2031
    new.save()
    commitment.refresh_from_db()
    assert commitment.list_year == 2031
    assert list(selectors.commitments_all()) == sorted(
        selectors.commitments_all(), key=lambda c: (-(c.action_plan.start_year or 0), c.public_id)
    )


@sqlite_only
def test_the_commitment_list_is_read_in_the_order_of_an_index(db):
    plan = _plan(selectors.commitments_all()[:20])
    assert "commitment_list_idx" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_a_numbered_page_skips_index_entries_not_joined_rows(client, vocab):
    plans = [ActionPlanFactory(start_year=year) for year in (2019, 2023)]
    for n in range(25):
        CommitmentFactory(action_plan=plans[n % 2])
    everything = [c.public_id for c in selectors.commitments_all()]
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/commitments/", {"page": 2})
    assert [c.public_id for c in response.context["page_obj"]] == everything[20:]
    offset = [q["sql"] for q in queries if "OFFSET" in q["sql"].upper()]
    assert offset, "the numbered page is read with OFFSET"
    # the query that skips rows reads the commitments' keys alone, no relation joined
    assert all("JOIN" not in sql.upper() for sql in offset), offset


@sqlite_only
def test_the_reformer_countries_are_found_per_country_not_by_a_distinct_join(vocab):
    countries = [CountryFactory(), CountryFactory()]
    ProfileFactory(country=countries[0], visibility="public")
    ProfileFactory(country=countries[1], visibility="private")
    found = selectors.countries_of_reformers(user=AnonymousUser())
    assert list(found) == [countries[0]]
    plan = _plan(found)
    assert "DISTINCT" not in str(found.query).upper()
    assert "CORRELATED" in plan and "LIST SUBQUERY" not in plan, plan


def test_a_select_box_marks_the_chosen_option_and_escapes_names(vocab):
    member = ActionPlanFactory().member
    member.name = "Ríos & <Montes>"
    member.save()
    form = CommitmentFilter({"member": member.slug}, queryset=selectors.commitments_all()).form
    html = str(form["member"])
    assert html.startswith('<select name="member" id="id_member">'), html[:80]
    assert f'<option value="{member.slug}" selected>Ríos &amp; &lt;Montes&gt;</option>' in html
    assert html.count(" selected") == 1
    assert '<option value="">' in html

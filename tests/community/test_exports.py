"""Downloads (api.exports): every public commitment, member, action plan and challenge area as
CSV and JSON, filtered like the listings; the commitments' CSV in OGP's own columns, so that it
imports again with `import_commitments` and gives the same records (round trip on the real
file)."""

import csv
import io
import json

from django.core.management import call_command
from django.db.models import Model

import pytest

from api.ogp import OGP_COLUMNS
from community.imports import commitments_import
from community.models import ActionPlan, Commitment, Member
from tests.api.conftest import records
from tests.community.factories import CommitmentFactory
from tests.community.test_imports import REAL_FILE, needs_real_file

pytestmark = pytest.mark.django_db


def download(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.streaming  # never the whole file in memory
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")  # so that spreadsheets read it as UTF-8
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_the_commitments_csv_has_ogps_columns_and_filters_like_the_list(client, vocab):
    made = records(vocab, commitments=4)
    text = download(client, "/commitments/export.csv?region=europe")
    header = next(csv.reader(io.StringIO(text[1:])))
    assert header == list(OGP_COLUMNS) and len(header) == 171
    rows = csv_rows(text)
    europe = {c.public_id for c in made if c.action_plan.member.country.region.slug == "europe"}
    assert {r["Commitment Unique Identifier"] for r in rows} == europe
    assert {r["Region"] for r in rows} == {"Europe"}
    assert {r["Open Data"] for r in rows} == {"1"} and {r["Audits"] for r in rows} == {"0"}


def test_formula_like_cells_are_neutralised_and_import_back_as_they_were(client, vocab):
    commitment = CommitmentFactory(
        lead_institution='=HYPERLINK("http://evil.example")',
        supporting_institutions="-Ministry of Finance",
        action_plan__member__country__region=vocab["regions"]["europe"],
        action_plan__member__code="ALB",
        public_id="AL0099",
    )
    text = download(client, "/commitments/export.csv")
    row = csv_rows(text)[0]
    assert row["Lead Institution"].startswith("'=")
    assert row["Supporting Institution(s)"] == "'-Ministry of Finance"

    Commitment.objects.all().delete()
    report = commitments_import(stream=io.StringIO(text[1:], newline=""))
    assert report.problems == [] and report.created == 1
    again = Commitment.objects.get(public_id="AL0099")
    assert again.lead_institution == commitment.lead_institution
    assert again.supporting_institutions == commitment.supporting_institutions


def test_json_downloads_are_the_apis_records(client, vocab):
    made = records(vocab, commitments=2)
    data = json.loads(download(client, "/commitments/export.json"))
    api = client.get("/api/v1/commitments/").json()["results"]
    assert sorted(d["public_id"] for d in data) == sorted(c.public_id for c in made)
    assert sorted(data, key=lambda d: d["public_id"]) == sorted(api, key=lambda d: d["public_id"])
    members = json.loads(download(client, "/members/export.json?kind=national"))
    assert {m["slug"] for m in members} == {c.action_plan.member.slug for c in made}


@pytest.mark.parametrize("kind", ["members", "action-plans", "challenge-areas"])
def test_the_other_csvs_have_the_apis_fields_as_columns(client, vocab, kind):
    records(vocab, commitments=2)
    rows = csv_rows(download(client, f"/{kind}/export.csv"))
    api = client.get(f"/api/v1/{kind}/?page_size=100").json()["results"]
    assert len(rows) == len(api) > 0
    assert list(rows[0]) == list(api[0])


@pytest.mark.parametrize(
    "url, status",
    [
        ("/commitments/export.xml", 404),
        ("/commitments/export.csv?region=atlantis", 400),
        ("/commitments/export.json?status=soon", 400),
        ("/members/export.csv?kind=empire", 400),
        ("/action-plans/export.csv?member=" + "x" * 300, 400),
    ],
)
def test_bad_formats_and_filters_are_refused_clearly(client, vocab, url, status):
    response = client.get(url)
    assert response.status_code == status
    if status == 400:
        assert "cannot be applied" in response.content.decode()


EXPORTS = [
    f"/{kind}/export.{fmt}"
    for kind in ("commitments", "members", "action-plans", "challenge-areas")
    for fmt in ("csv", "json")
]


@pytest.mark.parametrize("url", EXPORTS)
def test_every_download_takes_the_same_queries_whatever_the_number_of_records(
    client, vocab, django_assert_max_num_queries, url
):
    records(vocab, commitments=2, milestones=1)
    with django_assert_max_num_queries(20) as few:
        download(client, url)
    records(vocab, commitments=12, milestones=3)
    with django_assert_max_num_queries(20) as many:
        download(client, url)
    assert len(many.captured_queries) == len(few.captured_queries)


# --- The round trip on the real export ---------------------------------------------------------


def _values(obj: Model, exclude=()) -> dict:
    return {
        f.name: getattr(obj, f.attname)
        for f in obj._meta.concrete_fields
        if f.name not in ("id", "created_at", "updated_at", *exclude) and not f.is_relation
    }


def snapshot() -> dict:
    """Every imported record, field by field, by its OGP identifier."""
    commitments = Commitment.objects.select_related(
        "action_plan__member__country__region"
    ).prefetch_related("themes", "challenge_areas", "tagged_policy_areas__tag")
    state = {}
    for c in commitments:
        plan, member = c.action_plan, c.action_plan.member
        state[c.public_id] = {
            **_values(c),
            "plan": _values(plan),
            "member": {**_values(member), "country": member.country.iso3},
            "region": member.country.region.slug,
            "themes": sorted(t.slug for t in c.themes.all()),
            "areas": sorted(a.slug for a in c.challenge_areas.all()),
            "policy_areas": sorted(t.tag.name for t in c.tagged_policy_areas.all()),
        }
    return state


@needs_real_file
def test_the_real_export_round_trips_through_our_csv(client, vocab):
    call_command("import_commitments", str(REAL_FILE), "--no-progress", stdout=io.StringIO())
    before = snapshot()
    assert len(before) == 558

    text = download(client, "/commitments/export.csv")
    assert len(csv_rows(text)) == 558

    # into an empty database: the records come back exactly, field by field
    Commitment.objects.all().delete()
    ActionPlan.objects.all().delete()
    Member.objects.all().delete()
    report = commitments_import(stream=io.StringIO(text[1:], newline=""))
    assert report.problems == [] and report.created == 558
    after = snapshot()
    different = [k for k in before if before[k] != after.get(k)]
    assert not different, (different[:5], before[different[0]], after.get(different[0]))

    # and importing it once more changes nothing
    again = commitments_import(stream=io.StringIO(text[1:], newline=""))
    assert again.unchanged == 558 and again.problems == []


@pytest.mark.parametrize(
    ("page", "export"),
    [
        ("/fr/commitments/?region=europe&page=1", "/commitments/export"),
        ("/members/", "/members/export"),
        ("/es/challenge-areas/", "/challenge-areas/export"),
    ],
)
def test_the_lists_link_their_downloads_with_the_readers_filters(client, vocab, page, export):
    html = client.get(page).content.decode()
    query = "?region=europe" if "region" in page else ""
    assert f'href="{export}.csv{query}"' in html  # the filters, not the page number
    assert f'href="{export}.json{query}"' in html
    assert client.get(f"{export}.csv{query}").status_code == 200

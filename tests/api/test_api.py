"""The read-only API (/api/v1/): what it lists, how it pages and filters, its ETags, its
limits, CORS, and that private things never appear in it."""

import pytest

from tests.community.factories import CommitmentFactory, MemberFactory, ProfileFactory
from tests.query_counts import count_queries

from .conftest import pages, records

pytestmark = pytest.mark.django_db


def test_commitments_list_is_paginated_and_addressed_by_ogp_ids(client, vocab, settings):
    settings.API_PAGE_SIZE = 2
    made = records(vocab, commitments=3)

    first = client.get("/api/v1/commitments/").json()
    assert first["count"] == 3 and len(first["results"]) == 2 and first["next"]
    second = client.get(first["next"]).json()
    ids = {c["public_id"] for c in first["results"] + second["results"]}
    assert ids == {c.public_id for c in made}

    one = client.get(f"/api/v1/commitments/{made[0].public_id}/").json()
    assert one["action_plan"] == made[0].action_plan.ogp_id
    assert one["challenge_areas"] == ["anti-corruption"]
    assert one["policy_areas"] == ["Open Data"]
    assert len(one["milestones"]) == 2


def test_page_size_is_bounded(client, vocab, settings):
    settings.API_MAX_PAGE_SIZE = 2
    records(vocab, commitments=3)
    assert len(client.get("/api/v1/commitments/?page_size=1000").json()["results"]) == 2


def test_every_record_is_found_by_its_stable_identifier(client, vocab):
    commitment = records(vocab, commitments=1)[0]
    plan, member = commitment.action_plan, commitment.action_plan.member
    assert client.get(f"/api/v1/members/{member.slug}/").json()["code"] == member.code
    assert client.get(f"/api/v1/action-plans/{plan.ogp_id}/").json()["member"] == member.slug
    area = client.get("/api/v1/challenge-areas/anti-corruption/").json()
    assert area["commitment_count"] == 1
    assert client.get("/api/v1/commitments/XX9999/").status_code == 404


def test_lists_filter_like_the_listings(client, vocab):
    records(vocab, commitments=4)
    europe = client.get("/api/v1/commitments/?region=europe").json()
    assert europe["count"] == 2
    assert client.get("/api/v1/members/?region=americas").json()["count"] == 1
    assert client.get("/api/v1/action-plans/?region=americas").json()["count"] == 1


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/commitments/?region=atlantis",
        "/api/v1/commitments/?status=soon",
        "/api/v1/members/?kind=empire",
        "/api/v1/action-plans/?member=" + "x" * 300,
        "/api/v1/stories/?year=abc",
    ],
)
def test_malformed_filters_are_a_400(client, vocab, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()  # says which filter and why


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999999999999999", "2"])
def test_pages_that_do_not_exist_are_a_404(client, vocab, page):
    records(vocab, commitments=1)
    assert client.get(f"/api/v1/commitments/?page={page}").status_code == 404


def test_conditional_get_answers_304_until_the_data_changes(client, vocab):
    commitment = records(vocab, commitments=1)[0]
    response = client.get("/api/v1/commitments/")
    etag = response["ETag"]
    assert etag
    again = client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and not again.content

    commitment.title = "A new title"
    commitment.save()
    changed = client.get("/api/v1/commitments/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_anonymous_clients_are_limited_signed_in_ones_less_and_staff_not(
    client, vocab, settings, reformer, staff
):
    settings.API_THROTTLE_RATES = {"anon": "3/minute", "user": "5/minute"}
    codes = [client.get("/api/v1/challenge-areas/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]

    client.force_login(reformer)
    codes = [client.get("/api/v1/challenge-areas/").status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]

    client.force_login(staff)
    assert {client.get("/api/v1/challenge-areas/").status_code for _ in range(8)} == {200}


def test_cors_lets_any_origin_read_and_nothing_else(client, vocab):
    got = client.get("/api/v1/challenge-areas/", HTTP_ORIGIN="https://example.net")
    assert got["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/v1/challenge-areas/",
        HTTP_ORIGIN="https://example.net",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    allowed = {m.strip() for m in preflight["Access-Control-Allow-Methods"].split(",")}
    assert allowed == {"GET", "HEAD", "OPTIONS"}
    # the site's own pages are not shared with other origins
    page = client.get("/members/", HTTP_ORIGIN="https://example.net")
    assert "Access-Control-Allow-Origin" not in page


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_nothing_can_be_written(client, vocab, staff, method):
    commitment = records(vocab, commitments=1)[0]
    client.force_login(staff)
    for url in ("/api/v1/commitments/", f"/api/v1/commitments/{commitment.public_id}/"):
        response = getattr(client, method)(url, data={}, content_type="application/json")
        assert response.status_code in (403, 405), url  # 403: CSRF before the 405


def test_drafts_and_private_profiles_never_appear(client, vocab):
    live, draft, _ = pages(stories=1, draft=True)
    private = ProfileFactory(visibility="private", display_name="Hidden Person")
    live[0].reformers.add(private)
    live[0].save_revision().publish()
    stories = client.get("/api/v1/stories/").json()
    assert [s["id"] for s in stories["results"]] == [live[0].pk]
    assert client.get(f"/api/v1/stories/{draft.pk}/").status_code == 404
    body = client.get("/api/v1/stories/").content.decode()
    assert "Hidden Person" not in body and private.slug not in body
    pages_api = client.get("/api/v2/pages/?limit=20").json()
    assert draft.pk not in {p["id"] for p in pages_api["items"]}
    assert live[0].pk in {p["id"] for p in pages_api["items"]}


def test_recommendations_list_only_live_chapters_and_live_example_stories(client, vocab):
    live, draft, recs = pages(stories=1, draft=True, recommendations=2)
    recs[0].example_stories.add(live[0], draft)
    recs[0].save()
    data = client.get("/api/v1/recommendations/").json()
    assert data["count"] == 2
    first = next(r for r in data["results"] if r["id"] == recs[0].pk)
    assert first["example_stories"] == [live[0].pk]
    recs[0].chapter.unpublish()
    assert client.get("/api/v1/recommendations/").json()["count"] == 0


LISTS = [
    "/api/v1/commitments/",
    "/api/v1/members/",
    "/api/v1/action-plans/",
    "/api/v1/challenge-areas/",
    "/api/v1/stories/",
    "/api/v1/recommendations/",
]


@pytest.mark.parametrize("url", LISTS)
def test_every_list_takes_the_same_queries_whatever_the_number_of_records(
    client, vocab, django_assert_max_num_queries, url
):
    records(vocab, commitments=2, milestones=1)
    pages(stories=1, recommendations=1)
    client.get(url)  # the site's root paths, cached once for every later request
    few = count_queries(client, url, django_assert_max_num_queries, 20)
    records(vocab, commitments=8, milestones=4)
    pages(stories=4, recommendations=4, draft=False)
    many = count_queries(client, url, django_assert_max_num_queries, 20)
    assert many == few


def test_the_schema_is_published_and_valid(client):
    from drf_spectacular.validation import validate_schema

    response = client.get("/api/v1/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)  # OpenAPI 3's own JSON schema
    assert "/api/v1/commitments/{public_id}/" in schema["paths"]
    assert "/api/v2/pages/" not in schema["paths"]


def test_members_are_governments_never_people(client, vocab):
    MemberFactory(name="Gamma")
    ProfileFactory(visibility="private", display_name="Private Person")
    CommitmentFactory()
    assert "Private Person" not in client.get("/api/v1/members/").content.decode()


def test_members_count_their_plans_and_commitments_without_joining_them_into_the_list(
    client, vocab
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.community.factories import ActionPlanFactory

    busy, idle = MemberFactory(name="A busy member"), MemberFactory(name="B idle member")
    first, second = ActionPlanFactory(member=busy), ActionPlanFactory(member=busy, number=2)
    for plan in (first, first, second):
        CommitmentFactory(action_plan=plan)
    ActionPlanFactory(member=idle)
    with CaptureQueriesContext(connection) as queries:
        listed = client.get("/api/v1/members/?page_size=100").json()["results"]
    counts = {m["slug"]: (m["action_plan_count"], m["commitment_count"]) for m in listed}
    assert counts[busy.slug] == (2, 3)
    assert counts[idle.slug] == (1, 0)
    # the list's COUNT reads the members alone (with the counts joined in, it grouped every
    # member's plans and commitments: 40 ms a page at 50,000 commitments)
    (count,) = [q["sql"] for q in queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert "community_commitment" not in count, count

"""A winner shows on the nominee's own page (commitment, member, reformer) once the results
are published, through community's registry (community does not import awards), in one
query however many awards."""

from django.utils import timezone

import pytest

from awards.models import Nomination
from tests.awards.factories import NominationFactory, programme_build
from tests.community.factories import CommitmentFactory, MemberFactory, ProfileFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db


def _win(record_field, record, *, published=True, citation="For an open budget."):
    programme = programme_build()
    if published:
        programme.results_published_at = timezone.now()
        programme.save()
    records = {"commitment": None, record_field: record}
    return NominationFactory(
        programme=programme, kind=record_field, **records, title=str(record),
        state=Nomination.State.WINNER, citation=citation,
    )  # fmt: skip


def test_a_published_winner_shows_on_its_commitment_member_and_profile_pages(client):
    commitment = CommitmentFactory()
    member = MemberFactory(slug="a-member")
    profile = ProfileFactory(visibility="public", slug="a-reformer")
    for field, record, url in (
        ("commitment", commitment, f"/commitments/{commitment.public_id}/"),
        ("member", member, "/members/a-member/"),
        ("reformer", profile, "/reformers/a-reformer/"),
    ):
        nomination = _win(field, record)
        page = client.get(url).content.decode()
        assert "For an open budget." in page, url
        assert f"Winner · {nomination.programme.title}" in page, url
        assert f'href="{nomination.programme.url}"' in page, url
        french = client.get(f"/fr{url}").content.decode()
        assert f'href="/fr{nomination.programme.url}"' in french, url


def test_nothing_shows_before_publication_or_for_a_finalist(client):
    commitment = CommitmentFactory()
    _win("commitment", commitment, published=False, citation="Not yet.")
    finalist = _win("commitment", commitment, citation="Only shortlisted.")
    finalist.state = Nomination.State.SHORTLISTED
    finalist.save()
    page = client.get(f"/commitments/{commitment.public_id}/").content.decode()
    assert "Not yet." not in page and "Only shortlisted." not in page


def test_one_query_for_all_the_awards_of_a_page(client, django_assert_max_num_queries):
    commitment = CommitmentFactory()
    url = f"/commitments/{commitment.public_id}/"
    _win("commitment", commitment)
    client.get(url)  # warm the caches (labels, site root paths)
    one = count_queries(client, url, django_assert_max_num_queries, 30)
    for _ in range(4):
        _win("commitment", commitment)
    client.get(url)
    five = count_queries(client, url, django_assert_max_num_queries, 30)
    assert one == five

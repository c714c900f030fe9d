"""The new pages of the privacy work take a number of queries that does not grow with what
the person holds: the photo, the data download, the account deletion."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image

from community import photos, services
from tests.community.factories import ProfileFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db


def _photo():
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32)).save(buffer, format="JPEG")
    return photos.prepare(SimpleUploadedFile("me.jpg", buffer.getvalue(), "image/jpeg"))


@pytest.fixture
def rich_reformer(reformer, vocab):
    """A reformer with many of everything, where a query per item would show."""
    from search.services import saved_search_create

    services.profile_update(
        user=reformer,
        display_name="Amara Okafor",
        visibility="members",
        themes=list(vocab["themes"].values()),
        challenge_areas=list(vocab["areas"].values()),
        expertise=[f"skill {n}" for n in range(15)],
        photo=_photo(),
    )
    for n in range(12):
        saved_search_create(user=reformer, name=f"Search {n}", query=f"word{n}", filters={})
    from django.utils import timezone

    from community import connection_services
    from community.models import Connection

    for n in range(6):  # connection requests both ways, and blocks
        other = ProfileFactory().user
        sender, recipient = (reformer, other) if n % 2 else (other, reformer)
        Connection.objects.create(sender=sender, recipient=recipient, requested_at=timezone.now())
        connection_services.block(blocker=reformer, blocked_id=ProfileFactory().user_id)
    return reformer


@pytest.mark.parametrize("who", ["anonymous", "signed-in"])
def test_a_photo_takes_a_fixed_number_of_queries(
    client, reformer, who, django_assert_max_num_queries
):
    profile = ProfileFactory(visibility="public", photo=_photo())
    if who == "signed-in":
        client.force_login(reformer)
    with django_assert_max_num_queries(3):
        response = client.get(profile.photo.url)
    assert response.status_code == 200


def test_the_data_download_takes_a_fixed_number_of_queries(
    client, rich_reformer, django_assert_max_num_queries
):
    client.force_login(rich_reformer)
    # account, profile, saved searches, self-assessments; one query per kind of record of the
    # learning part (enrolments, attempts, certificates, applications, threads, replies, alumni)
    # and of the awards part (nominations made and of me, jury seats, assignments, conflicts,
    # scores); the points of contact's seats, progress updates and challenge submissions;
    # follows, notifications (with their actors' profiles) and e-mail preferences (+3);
    # connection requests and blocks (+2): 32, whatever their number
    count_queries(client, "/profile/data.json", django_assert_max_num_queries, 32)


def test_the_account_deletion_page_takes_a_fixed_number_of_queries(
    client, rich_reformer, django_assert_max_num_queries
):
    client.force_login(rich_reformer)
    # 7: with the header's unread notifications (issue 15; cached after the first page)
    count_queries(client, "/profile/delete/", django_assert_max_num_queries, 7)


def test_deleting_a_rich_account_takes_a_bounded_number_of_queries(
    client, rich_reformer, django_assert_max_num_queries
):
    client.force_login(rich_reformer)
    # 67 (SQLite) with the learning and awards records a deletion cascades to; the workspace's
    # seats, progress updates, evidence links and change records: a few more; +2 for the Open
    # Gov Challenge submissions it sent or reviewed (kept, without the person); +7 for follows
    # (theirs, and others' of their profile), notifications (theirs, and those they are the
    # actor of), e-mail preferences and digests sent; +6 for connection requests both ways
    # and blocks both ways (and the follows a block ends); +2 for the listed reformers'
    # counts of its country and areas (community.listed_counts: its areas, the queued refresh)
    with django_assert_max_num_queries(93):
        response = client.post("/profile/delete/", {"password": "correct horse battery"})
    assert response.status_code == 302

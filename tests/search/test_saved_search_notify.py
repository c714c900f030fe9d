"""Saved searches with new matches become notifications (search.services.saved_searches_notify)."""

import datetime

from django.utils import timezone

import pytest

from community.models import Notification, NotificationKind
from core import outbox
from search import services
from search.models import EvidenceRecord, SavedSearch
from tests.community.factories import CommitmentFactory

pytestmark = pytest.mark.django_db


def test_new_matches_since_the_owner_looked_are_notified_once(
    reformer, other_reformer, django_capture_on_commit_callbacks
):
    looked = timezone.now() - datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        CommitmentFactory(title="Beneficial ownership register for every company")
    outbox.drain()
    assert EvidenceRecord.objects.filter(title__icontains="beneficial").exists()
    SavedSearch.objects.create(
        user=reformer, name="Owners", query="beneficial ownership", last_seen_at=looked
    )
    SavedSearch.objects.create(user=other_reformer, name="Never looked", query="ownership")
    SavedSearch.objects.create(
        user=other_reformer, name="Nothing new", query="zebra crossings", last_seen_at=looked
    )
    assert services.saved_searches_notify() == 1
    assert services.saved_searches_notify() == 1  # the same news: no second notification
    notification = Notification.objects.get()
    assert (notification.recipient, notification.kind) == (reformer, NotificationKind.SAVED_SEARCH)
    assert notification.sentence() == "1 new match for your saved search Owners"

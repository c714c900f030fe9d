"""Saved-search feeds: their owner can change a feed's secret address, and a deactivated
account's feeds stop working. Deactivated accounts also leave the peer index."""

import pytest

from core import outbox
from search import services
from search.models import SavedSearch

pytestmark = pytest.mark.django_db


@pytest.fixture
def saved(corpus, reformer):
    return services.saved_search_create(
        user=reformer, name="Owners", query="beneficial ownership", filters={}
    )


def feed_url(saved) -> str:
    return f"/search/saved/feed/{saved.feed_token}/"


def test_the_owner_gets_a_new_feed_address_and_the_old_one_stops(client, saved, reformer):
    old_url = feed_url(saved)
    assert client.get(old_url).status_code == 200
    client.force_login(reformer)
    response = client.post(f"/search/saved/{saved.pk}/feed/rotate/")
    assert response.status_code == 302
    assert response["Location"] == "/search/saved/"
    saved.refresh_from_db()
    assert feed_url(saved) != old_url
    client.logout()
    assert client.get(old_url).status_code == 404
    assert client.get(feed_url(saved)).status_code == 200


def test_the_saved_list_offers_a_new_feed_address(client, saved, reformer):
    client.force_login(reformer)
    html = client.get("/search/saved/").content.decode()
    assert f'action="/search/saved/{saved.pk}/feed/rotate/"' in html


def test_someone_else_cannot_change_a_feed_address(client, saved, other_reformer):
    token = saved.feed_token
    client.force_login(other_reformer)
    assert client.post(f"/search/saved/{saved.pk}/feed/rotate/").status_code == 404
    saved.refresh_from_db()
    assert saved.feed_token == token


def test_a_feed_address_is_changed_by_post_only(client, saved, reformer):
    client.force_login(reformer)
    assert client.get(f"/search/saved/{saved.pk}/feed/rotate/").status_code == 405


def test_a_deactivated_accounts_feed_is_gone(client, saved, reformer):
    assert client.get(feed_url(saved)).status_code == 200
    reformer.is_active = False
    reformer.save()
    assert client.get(feed_url(saved)).status_code == 404
    assert SavedSearch.objects.filter(pk=saved.pk).exists()  # kept, should they come back


def test_a_deactivated_account_leaves_the_peer_index(
    people, monkeypatch, django_capture_on_commit_callbacks
):
    """The database engine reads peers live; Elasticsearch keeps a copy, refreshed from the
    profiles queued: deactivating an account must queue its profile."""
    from search.engines.database import DatabaseEngine

    refreshed = []
    original = DatabaseEngine.index_peers

    def recording(self, profile_ids):
        refreshed.extend(profile_ids)
        return original(self, profile_ids)

    monkeypatch.setattr(DatabaseEngine, "index_peers", recording)
    ben = people["ben"]
    outbox.forget_open_batches()  # the fixture's own changes never committed
    with django_capture_on_commit_callbacks(execute=True):
        ben.user.is_active = False
        ben.user.save()
    assert refreshed == [ben.pk]
    from search.peers import peer_candidates

    assert not peer_candidates().filter(pk=ben.pk).exists()


def test_signing_in_does_not_refresh_the_peer_index(
    client, people, monkeypatch, django_capture_on_commit_callbacks
):
    from search.engines.database import DatabaseEngine

    refreshed = []
    monkeypatch.setattr(DatabaseEngine, "index_peers", lambda self, ids: refreshed.extend(ids))
    outbox.forget_open_batches()
    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(people["ben"].user)  # saves last_login only
    assert refreshed == []


def test_changing_a_feed_address_takes_a_fixed_number_of_queries(
    client, saved, reformer, django_assert_max_num_queries
):
    client.force_login(reformer)
    with django_assert_max_num_queries(6):
        assert client.post(f"/search/saved/{saved.pk}/feed/rotate/").status_code == 302

"""The page cache for anonymous readers (core.page_cache): kept, and emptied by every write
the site shows, so that a published change is visible at once."""

import pytest

from community.models import ChallengeArea
from core import page_cache
from tests.community.factories import CommitmentFactory, UserFactory
from tests.stories.factories import StoryPageFactory, story_index


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def commitment(vocab):
    return CommitmentFactory(title="Open contracting in the ministry of works")


def _page(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200
    return response


def test_a_second_anonymous_reader_gets_the_kept_page_without_a_query(
    client, cached, commitment, django_assert_num_queries
):
    url = commitment.get_absolute_url()
    first = _page(client, url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = _page(client, url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # the headers of the middleware inside the cache are kept with the page
    assert second["X-Frame-Options"] == first["X-Frame-Options"]


def test_off_when_the_setting_is_zero(client, commitment):
    url = commitment.get_absolute_url()
    _page(client, url)
    assert not _page(client, url).has_header("X-Page-Cache")


def test_a_saved_record_is_visible_at_once(client, cached, commitment):
    url = commitment.get_absolute_url()
    _page(client, url)
    commitment.title = "Beneficial ownership register for every company"
    commitment.save()
    response = _page(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert "Beneficial ownership register for every company" in response.content.decode()


def test_a_published_story_is_visible_at_once_and_an_unpublished_one_gone(client, cached, vocab):
    index = story_index()
    story = StoryPageFactory(parent=index, title="The first story")
    listing = index.url
    assert "The first story" in _page(client, listing).content.decode()
    assert _page(client, listing)["X-Page-Cache"] == "hit"

    newer = StoryPageFactory(parent=index, title="A story published just now")
    assert "A story published just now" in _page(client, listing).content.decode()

    story.title = "The first story, revised"
    story.save_revision().publish()
    assert "The first story, revised" in _page(client, story.url).content.decode()

    newer.unpublish()
    assert "A story published just now" not in _page(client, listing).content.decode()


def test_a_changed_translation_of_a_term_is_visible_at_once(client, cached, vocab):
    french = ChallengeArea.objects.filter(locale__language_code="fr").first()
    assert french is not None
    url = "/fr/challenge-areas/"
    _page(client, url)
    french.name = "Un nom tout neuf"
    french.save()
    assert "Un nom tout neuf" in _page(client, url).content.decode()


def test_languages_are_kept_apart(client, cached, commitment):
    url = f"/commitments/{commitment.public_id}/"
    english = _page(client, url)
    french = _page(client, "/fr" + url)
    assert french["X-Page-Cache"] == "miss"
    assert french["Content-Language"] == "fr" and english["Content-Language"] == "en"
    assert _page(client, "/fr" + url)["Content-Language"] == "fr"
    assert _page(client, url)["Content-Language"] == "en"


def test_signed_in_readers_are_never_served_nor_kept(client, cached, commitment):
    url = commitment.get_absolute_url()
    user = UserFactory()
    client.force_login(user)
    signed_in = _page(client, url)
    assert not signed_in.has_header("X-Page-Cache")
    client.logout()
    client.cookies.clear()
    assert _page(client, url)["X-Page-Cache"] == "miss"  # nothing of theirs was kept
    client.force_login(user)
    assert not _page(client, url).has_header("X-Page-Cache")


@pytest.mark.parametrize("url", ["/certificates/verify/", "/accounts/login/"])
def test_a_page_with_a_csrf_form_is_never_kept(client, cached, vocab, url):
    """Its token is the reader's own (their CSRF cookie): another reader's would fail."""
    first = _page(client, url)
    assert "csrftoken" in first.cookies
    second = _page(client, url)
    assert second.get("X-Page-Cache") != "hit"
    assert "csrftoken" in second.cookies


def test_a_reader_with_a_pending_message_is_not_served_from_the_cache(client, cached, commitment):
    url = commitment.get_absolute_url()
    _page(client, url)
    client.cookies["messages"] = "something"
    assert not _page(client, url).has_header("X-Page-Cache")


def test_signing_in_does_not_empty_the_cache(cached, vocab):
    user = UserFactory()
    before = page_cache.generation()
    user.last_login = user.date_joined
    user.save(update_fields=["last_login"])
    assert page_cache.generation() == before
    user.first_name = "Changed"
    user.save()
    assert page_cache.generation() == before + 1

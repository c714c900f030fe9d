"""My data, my account: a reformer downloads everything held about them, and deletes their
account, which takes everything of theirs with it and leaves the rest consistent."""

import base64
import io
import json

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from allauth.account.models import EmailAddress
from PIL import Image

from community import personal_data, services
from community.models import ReformerProfile, User
from tests.community.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def photo():
    buffer = io.BytesIO()
    Image.new("RGB", (80, 80), (9, 9, 9)).save(buffer, format="JPEG")
    return SimpleUploadedFile("me.jpg", buffer.getvalue(), "image/jpeg")


@pytest.fixture
def story_index(db):
    from tests.stories.factories import story_index

    return story_index()


@pytest.fixture
def chapter(db):
    from tests.guide.factories import (
        GuideChapterPageFactory,
        GuideIndexPageFactory,
        RecommendationFactory,
    )
    from tests.stories.factories import home_page

    chapter = GuideChapterPageFactory(
        parent=GuideIndexPageFactory(parent=home_page()), title="Open contracting"
    )
    RecommendationFactory(chapter=chapter, title="Publish contracts")
    return chapter


@pytest.fixture
def amara(reformer, vocab, chapter, story_index):
    """A reformer with something in every part: profile and photo, saved searches, a
    self-assessment, and a story that features her."""
    from guide.models import SelfAssessment
    from search.services import saved_search_create
    from tests.stories.factories import StoryPageFactory

    profile = services.profile_update(
        user=reformer,
        display_name="Amara Okafor",
        headline="Opens up public contracts",
        visibility="public",
        themes=[vocab["themes"]["fiscal-openness"]],
        challenge_areas=[vocab["areas"]["anti-corruption"]],
        expertise=["audits"],
        photo=photo(),
    )
    saved_search_create(user=reformer, name="Contracts", query="open contracting", filters={})
    done = [r.pk for r in chapter.recommendations.all()]
    SelfAssessment.objects.create(user=reformer, chapter=chapter, done=done)
    story = StoryPageFactory(parent=story_index, title="Contracts in the open")
    story.reformers = [profile]
    story.save()
    story.save_revision()
    return profile


def test_the_download_holds_every_part_of_a_reformer(client, reformer, amara, chapter):
    client.force_login(reformer)
    response = client.get("/profile/data.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["format"] == "opengov-commons-personal-data"
    assert data["account"]["email"] == "reformer@example.org"
    assert data["account"]["email_addresses"] == [
        {"email": "reformer@example.org", "verified": True, "primary": True}
    ]
    profile = data["profile"]
    assert profile["display_name"] == "Amara Okafor"
    assert profile["themes"] == ["fiscal-openness"]
    assert profile["expertise"] == ["audits"]
    assert profile["photo"]["url"] == amara.photo.url
    stored = base64.b64decode(profile["photo"]["base64"])
    assert stored[:2] == b"\xff\xd8"
    assert [s["name"] for s in data["saved_searches"]] == ["Contracts"]
    assert data["saved_searches"][0]["feed"].startswith("/search/saved/feed/")
    assert [a["chapter"] for a in data["self_assessments"]] == ["Open contracting"]
    assert [d["title"] for d in data["self_assessments"][0]["done"]] == ["Publish contracts"]


def test_every_registered_part_is_in_the_download(reformer):
    data = personal_data.collect(user=reformer)
    assert personal_data.registered() == [
        "account",
        "profile",
        "points_of_contact",
        "follows_and_notifications",
        "connections",
        "self_assessments",
        "learning",
        "awards",
        "saved_searches",
    ]
    assert set(personal_data.registered()) <= set(data)


def test_a_new_part_registers_itself(reformer, monkeypatch):
    monkeypatch.setattr(personal_data, "_parts", dict(personal_data._parts))
    personal_data.register("certificates", lambda user: [{"course": "Open Gov 101"}])
    assert personal_data.collect(user=reformer)["certificates"] == [{"course": "Open Gov 101"}]


def test_someone_without_a_profile_downloads_their_account(client, other_reformer):
    client.force_login(other_reformer)
    data = json.loads(client.get("/profile/data.json").content)
    assert data["profile"] is None
    assert data["saved_searches"] == []


def test_the_download_is_for_the_signed_in_only(client):
    response = client.get("/profile/data.json")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_profile_page_links_to_my_data_and_my_account(client, reformer, amara):
    client.force_login(reformer)
    html = client.get(amara.get_absolute_url()).content.decode()
    assert 'href="/profile/data.json"' in html
    assert 'href="/profile/delete/"' in html
    client.logout()
    html = client.get(amara.get_absolute_url()).content.decode()
    assert 'href="/profile/delete/"' not in html  # only the owner's view


# --- deleting an account -------------------------------------------------------------------


def test_deleting_an_account_takes_everything_of_theirs(
    client, reformer, amara, django_capture_on_commit_callbacks, monkeypatch
):
    from community.photos import photo_storage
    from guide.models import SelfAssessment
    from search.engines.database import DatabaseEngine
    from search.models import SavedSearch
    from stories.models import StoryPage

    refreshed = []
    monkeypatch.setattr(DatabaseEngine, "index_peers", lambda self, ids: refreshed.extend(ids))
    photo_name, profile_id, user_id = amara.photo.name, amara.pk, reformer.pk
    client.force_login(reformer)
    assert client.get("/profile/delete/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/profile/delete/", {"password": "correct horse battery"})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not User.objects.filter(pk=user_id).exists()
    assert not ReformerProfile.objects.filter(pk=profile_id).exists()
    assert not SavedSearch.objects.filter(user_id=user_id).exists()
    assert not SelfAssessment.objects.filter(user_id=user_id).exists()
    assert not EmailAddress.objects.filter(user_id=user_id).exists()
    assert not photo_storage.exists(photo_name)
    assert profile_id in refreshed  # the peer index drops the profile
    # the story stays, without the link; its latest revision no longer names her either
    story = StoryPage.objects.get(title="Contracts in the open")
    assert list(story.reformers.all()) == []
    assert list(story.get_latest_revision_as_object().reformers.all()) == []
    assert client.get(story.url).status_code == 200
    # signed out, and the account cannot sign in again
    assert "_auth_user_id" not in client.session
    assert not client.login(email="reformer@example.org", password="correct horse battery")


def test_a_wrong_password_keeps_the_account(client, reformer, amara):
    client.force_login(reformer)
    response = client.post("/profile/delete/", {"password": "not it"})
    assert response.status_code == 400
    assert "That is not your password" in response.content.decode()
    assert User.objects.filter(pk=reformer.pk).exists()
    assert ReformerProfile.objects.filter(pk=amara.pk).exists()


def test_an_empty_password_keeps_the_account(client, reformer):
    client.force_login(reformer)
    assert client.post("/profile/delete/", {}).status_code == 400
    assert User.objects.filter(pk=reformer.pk).exists()


def test_the_delete_page_is_for_the_signed_in_only(client):
    response = client.post("/profile/delete/", {"password": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_service_leaves_other_people_alone(reformer, other_reformer):
    mine = ProfileFactory(user=reformer)
    theirs = ProfileFactory(user=other_reformer)
    services.account_delete(user=reformer)
    assert not ReformerProfile.objects.filter(pk=mine.pk).exists()
    assert ReformerProfile.objects.filter(pk=theirs.pk).exists()
    assert personal_data.collect(user=other_reformer)["profile"]["slug"] == theirs.slug

"""Editors and moderators writing content are offered public profiles only: the profile
chooser and the story editor's "reformers featured" list never name a hidden profile."""

from django.contrib.auth.models import Group

import pytest

from tests.community.factories import ProfileFactory, UserFactory
from tests.stories.factories import StoryPageFactory, story_index

pytestmark = pytest.mark.django_db

CHOOSER = "/admin/snippets/choose/community/reformerprofile/"


@pytest.fixture
def moderator(db):
    user = UserFactory(email="moderator@example.org")
    user.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    return user


@pytest.fixture
def profiles(db):
    return {
        "public": ProfileFactory(display_name="Paula Public", visibility="public"),
        "members": ProfileFactory(display_name="Mona Members", visibility="members"),
        "private": ProfileFactory(display_name="Priya Private", visibility="private"),
        "inactive": ProfileFactory(
            display_name="Ivan Inactive",
            visibility="public",
            user=UserFactory(is_active=False),
        ),
    }


@pytest.fixture
def story(db):
    return StoryPageFactory(parent=story_index(), title="Contracts in the open")


HIDDEN = ("Mona Members", "Priya Private", "Ivan Inactive")


@pytest.mark.parametrize("role", ["editor", "moderator", "staff"])
def test_the_story_editor_offers_public_profiles_only(
    client, profiles, story, editor, moderator, staff, role
):
    client.force_login({"editor": editor, "moderator": moderator, "staff": staff}[role])
    page = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert "Paula Public" in page
    for name in HIDDEN:
        assert name not in page, name


def test_the_story_editor_keeps_offering_who_the_story_already_features(
    client, profiles, story, editor
):
    story.reformers = [profiles["public"], profiles["private"]]
    story.save_revision()
    client.force_login(editor)
    page = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert "Priya Private" in page  # featured before she hid her profile: can be taken off
    assert "Mona Members" not in page


def _latest(story):
    return type(story).objects.get(pk=story.pk).get_latest_revision_as_object()


def _form(story, **extra):
    return {
        "title": story.title,
        "slug": story.slug,
        "date": "2024-05-01",
        "intro": story.intro,
        "author_name": "A writer",
        "body-count": "0",
        "tags": "",
        **extra,
    }


def test_a_hidden_profile_cannot_be_featured_by_posting_its_id(client, profiles, story, editor):
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{story.pk}/edit/", _form(story, reformers=[profiles["private"].pk])
    )
    assert response.status_code == 200  # the form again, with the error
    assert "Select a valid choice" in response.content.decode()
    assert "Priya Private" not in response.content.decode()
    assert list(_latest(story).reformers.all()) == []


def test_a_public_profile_can_be_featured(client, profiles, story, editor):
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{story.pk}/edit/", _form(story, reformers=[profiles["public"].pk])
    )
    assert response.status_code == 302
    assert list(_latest(story).reformers.all()) == [profiles["public"]]


@pytest.mark.parametrize("role", ["editor", "staff"])
def test_the_profile_chooser_lists_and_finds_public_profiles_only(
    client, profiles, editor, staff, role
):
    client.force_login({"editor": editor, "staff": staff}[role])
    listing = client.get(CHOOSER)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Paula Public" in html
    for name in HIDDEN:
        assert name not in html, name
    found = client.get(f"{CHOOSER}results/", {"q": "Priya"}).content.decode()
    assert "Priya Private" not in found
    assert "Paula Public" in client.get(f"{CHOOSER}results/", {"q": "Paula"}).content.decode()


def test_the_profile_chooser_does_not_name_a_hidden_profile_by_its_id(client, profiles, staff):
    client.force_login(staff)
    assert client.get(f"{CHOOSER}chosen/{profiles['private'].pk}/").status_code == 404
    chosen = client.get(f"{CHOOSER}chosen/{profiles['public'].pk}/")
    assert chosen.status_code == 200
    assert "Paula Public" in chosen.content.decode()
    ids = [profiles[k].pk for k in ("public", "private", "members")]
    multiple = client.get(f"{CHOOSER}chosen-multiple/", {"id": ids}).content.decode()
    assert "Paula Public" in multiple
    assert "Priya Private" not in multiple
    assert "Mona Members" not in multiple


def test_staff_still_manage_every_profile_in_the_partnership_menu(client, profiles, staff):
    client.force_login(staff)
    html = client.get("/admin/snippets/community/reformerprofile/").content.decode()
    for name in ("Paula Public", *HIDDEN):
        assert name in html, name

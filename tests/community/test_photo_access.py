"""Who may see a profile photo: those who may see the profile, nobody else, and never from a
public media URL."""

import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image

from community import photos
from tests.community.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def photo_upload(colour=(200, 40, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), colour).save(buffer, format="JPEG")
    return SimpleUploadedFile("me.jpg", buffer.getvalue(), "image/jpeg")


def with_photo(**kwargs):
    profile = ProfileFactory(**kwargs)
    profile.photo = photos.prepare(photo_upload())
    profile.save()
    return profile


@pytest.fixture
def owner(db):
    return UserFactory(email="owner@example.org")


@pytest.mark.parametrize(
    ("visibility", "who", "expected"),
    [
        ("public", "anonymous", 200),
        ("public", "reformer", 200),
        ("members", "anonymous", 404),
        ("members", "reformer", 200),
        ("private", "anonymous", 404),
        ("private", "reformer", 404),
        ("private", "owner", 200),
        ("private", "staff", 200),
    ],
)
def test_a_photo_is_served_to_those_who_may_see_the_profile(
    client, reformer, staff, owner, visibility, who, expected
):
    profile = with_photo(visibility=visibility, user=owner)
    people = {"anonymous": None, "reformer": reformer, "owner": owner, "staff": staff}
    if people[who] is not None:
        client.force_login(people[who])
    response = client.get(profile.photo.url)
    assert response.status_code == expected
    if expected == 200:
        assert response["Content-Type"] == "image/jpeg"
        assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"


def test_a_hidden_photo_gets_the_same_answer_as_one_that_does_not_exist(client):
    hidden = with_photo(visibility="private")
    unknown = photos.new_name()
    missing = client.get(f"/reformers/photos/{unknown}")
    refused = client.get(hidden.photo.url)
    assert missing.status_code == refused.status_code == 404
    # the page names the address asked for, and only that differs
    assert missing.content.replace(unknown.encode(), b"NAME") == refused.content.replace(
        hidden.photo.name.encode(), b"NAME"
    )


def test_a_public_photo_may_be_cached_by_anyone_a_hidden_one_only_privately(client, reformer):
    public = with_photo(visibility="public")
    members = with_photo(visibility="members")
    client.force_login(reformer)
    assert "public" in client.get(public.photo.url)["Cache-Control"]
    cache_control = client.get(members.photo.url)["Cache-Control"]
    assert "private" in cache_control
    assert "public" not in cache_control


def test_a_photo_file_is_nowhere_under_public_media(client, settings):
    profile = with_photo(visibility="private")
    assert not profile.photo.url.startswith(settings.MEDIA_URL)
    assert client.get(f"{settings.MEDIA_URL}{profile.photo.name}").status_code == 404
    assert client.get(f"{settings.MEDIA_URL}profiles/{profile.photo.name}").status_code == 404


def test_a_deactivated_accounts_photo_is_gone(client):
    profile = with_photo(visibility="public")
    url = profile.photo.url
    assert client.get(url).status_code == 200
    profile.user.is_active = False
    profile.user.save()
    assert client.get(url).status_code == 404


def test_the_directory_shows_the_photo_through_the_checking_view(client):
    profile = with_photo(visibility="public")
    response = client.get("/reformers/")
    assert f'src="/reformers/photos/{profile.photo.name}"' in response.content.decode()


def test_an_admin_upload_is_stripped_too(client, staff):
    """Staff editing a profile in the Partnership menu go through the same preparation."""
    profile = ProfileFactory(visibility="public")
    image = Image.new("RGB", (900, 600), (10, 10, 10))
    exif = Image.Exif()
    exif[0x010E] = "Example Street"
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    from django.forms.models import modelform_factory

    from community.models import ReformerProfile

    form_class = modelform_factory(ReformerProfile, fields=["photo"])
    form = form_class(
        data={},
        files={"photo": SimpleUploadedFile("x.jpg", buffer.getvalue(), "image/jpeg")},
        instance=profile,
    )
    assert form.is_valid(), form.errors
    form.save()
    profile.refresh_from_db()
    with profile.photo.open("rb") as handle:
        data = handle.read()
    assert b"Example Street" not in data
    with Image.open(io.BytesIO(data)) as stored:
        assert max(stored.size) == 512


def test_a_photo_assigned_in_code_is_prepared_before_it_is_stored():
    profile = ProfileFactory()
    image = Image.new("RGB", (2000, 1000))
    exif = Image.Exif()
    exif[0x010E] = "Example Street"
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    profile.photo = SimpleUploadedFile("x.jpg", buffer.getvalue(), "image/jpeg")
    profile.save()
    with profile.photo.open("rb") as handle:
        assert b"Example Street" not in handle.read()
    assert re.fullmatch(r"[A-Za-z0-9_-]{24}\.jpg", profile.photo.name)


def test_staff_see_the_photo_in_the_admin_through_the_checking_view(client, staff):
    profile = with_photo(visibility="private")
    client.force_login(staff)
    response = client.get(f"/admin/snippets/community/reformerprofile/edit/{profile.pk}/")
    assert response.status_code == 200
    assert f'href="/reformers/photos/{profile.photo.name}"' in response.content.decode()

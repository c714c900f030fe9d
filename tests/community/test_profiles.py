import io

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image
from pytest_django.asserts import assertContains

from community.models import ReformerProfile

pytestmark = pytest.mark.django_db


def _image(size=(1600, 1200), fmt="JPEG", exif=True):
    image = Image.new("RGB", size, (30, 90, 160))
    buffer = io.BytesIO()
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "PhoneMaker"  # Make
        data[0x010E] = "Taken at home, 12 Example Street"  # ImageDescription
        kwargs["exif"] = data
    image.save(buffer, format=fmt, **kwargs)
    return SimpleUploadedFile(f"me.{fmt.lower()}", buffer.getvalue(), f"image/{fmt.lower()}")


def _form(vocab, **overrides):
    data = {
        "display_name": "Amara Okafor",
        "headline": "Opens up public contracts",
        "bio": "I work on procurement data.",
        "organisation": "Public Procurement Agency",
        "sector": "government",
        "challenge_areas": [vocab["areas"]["anti-corruption"].pk],
        "themes": [vocab["themes"]["fiscal-openness"].pk],
        "expertise": "open contracting, audits",
        "languages": ["en", "ha"],
        "visibility": "public",
        "open_to_peer_exchange": "on",
    }
    data.update(overrides)
    return data


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_reformer_fills_in_their_profile(client, reformer, vocab):
    client.force_login(reformer)
    response = client.post("/profile/", _form(vocab))
    profile = ReformerProfile.objects.get(user=reformer)
    assert response.status_code == 302
    assert response["Location"] == f"/reformers/{profile.slug}/"
    assert profile.display_name == "Amara Okafor"
    assert profile.slug == "amara-okafor"
    assert [a.slug for a in profile.challenge_areas.all()] == ["anti-corruption"]
    assert sorted(profile.expertise.names()) == ["audits", "open contracting"]
    assert profile.languages == ["en", "ha"]
    page = client.get(response["Location"])
    assertContains(page, "Amara Okafor")
    assertContains(page, "Hausa")


def test_editing_keeps_the_address_and_replaces_tags(client, reformer, vocab):
    client.force_login(reformer)
    client.post("/profile/", _form(vocab))
    client.post("/profile/", _form(vocab, display_name="Amara O.", expertise="budgets"))
    profile = ReformerProfile.objects.get(user=reformer)
    assert profile.slug == "amara-okafor"
    assert profile.display_name == "Amara O."
    assert list(profile.expertise.names()) == ["budgets"]
    assertContains(client.get("/profile/"), 'value="budgets"')


def test_two_people_with_the_same_name_get_different_addresses(client, reformer, other_reformer,
                                                               vocab):  # fmt: skip
    for user in (reformer, other_reformer):
        client.force_login(user)
        client.post("/profile/", _form(vocab))
    assert sorted(ReformerProfile.objects.values_list("slug", flat=True)) == [
        "amara-okafor", "amara-okafor-2"]  # fmt: skip


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"display_name": ""}, "This field is required"),
        ({"visibility": "everyone"}, "Select a valid choice"),
        ({"sector": "aliens"}, "Select a valid choice"),
        ({"languages": ["xx"]}, "Select a valid choice"),
        ({"country": "999999"}, "Select a valid choice"),
        ({"challenge_areas": ["abc"]}, "is not a valid value"),
        ({"expertise": ",".join(f"skill {i}" for i in range(25))}, "at most 20"),
        ({"display_name": "x" * 500}, "at most 120 characters"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_typed_is_lost(
    client, reformer, vocab, overrides, message
):
    client.force_login(reformer)
    response = client.post("/profile/", _form(vocab, **overrides))
    assert response.status_code == 400
    assertContains(response, message, status_code=400)
    assertContains(response, "Opens up public contracts", status_code=400)  # kept
    assertContains(response, "I work on procurement data.", status_code=400)
    assert not ReformerProfile.objects.filter(user=reformer).exists()


def test_a_photo_is_resized_and_stripped_of_its_metadata(
    client, reformer, vocab, django_capture_on_commit_callbacks
):
    client.force_login(reformer)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post("/profile/", {**_form(vocab), "photo": _image()})
    assert response.status_code == 302
    # queued once the profile is saved: the photo normalising task, and the peers refresh
    # (search registers its flush per change; the first to run takes them all)
    assert len(set(callbacks)) == 2
    profile = ReformerProfile.objects.get(user=reformer)
    assert profile.photo.name.endswith(".jpg")
    with profile.photo.open("rb") as handle, Image.open(handle) as stored:
        assert max(stored.size) == 512
        assert stored.format == "JPEG"
        assert dict(stored.getexif()) == {}


def test_a_file_that_is_not_an_image_is_refused(client, reformer, vocab):
    client.force_login(reformer)
    fake = SimpleUploadedFile("me.jpg", b"#!/bin/sh\necho not an image\n", "image/jpeg")
    response = client.post("/profile/", {**_form(vocab), "photo": fake})
    assert response.status_code == 400
    assertContains(response, "Upload a valid image", status_code=400)


def test_a_photo_that_is_too_large_is_refused(client, reformer, vocab, settings):
    settings.PROFILE_PHOTO_MAX_BYTES = 1024
    client.force_login(reformer)
    response = client.post("/profile/", {**_form(vocab), "photo": _image((400, 400))})
    assert response.status_code == 400
    assertContains(response, "larger than", status_code=400)


def test_a_photo_can_be_removed(client, reformer, vocab):
    client.force_login(reformer)
    client.post("/profile/", {**_form(vocab), "photo": _image((300, 300), fmt="PNG")})
    assert ReformerProfile.objects.get(user=reformer).photo
    client.post("/profile/", {**_form(vocab), "remove_photo": "on"})
    assert not ReformerProfile.objects.get(user=reformer).photo


def test_the_owner_sees_their_private_profile_and_its_visibility(client, reformer, vocab):
    client.force_login(reformer)
    client.post("/profile/", _form(vocab, visibility="private"))
    profile = ReformerProfile.objects.get(user=reformer)
    response = client.get(profile.get_absolute_url())
    assertContains(response, "Private: only me")
    assertContains(client.get("/reformers/"), "Amara Okafor", count=0)
    client.logout()
    assert client.get(profile.get_absolute_url()).status_code == 404

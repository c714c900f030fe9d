import io
import re
import warnings

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image
from pytest_django.asserts import assertContains

from community.models import ReformerProfile

pytestmark = pytest.mark.django_db

SLUG = re.compile(r"^amara-okafor-[a-z2-9]{6}$")


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
    assert SLUG.match(profile.slug), profile.slug
    assert [a.slug for a in profile.challenge_areas.all()] == ["anti-corruption"]
    assert sorted(profile.expertise.names()) == ["audits", "open contracting"]
    assert profile.languages == ["en", "ha"]
    page = client.get(response["Location"])
    assertContains(page, "Amara Okafor")
    assertContains(page, "Hausa")


def test_editing_keeps_the_address_and_replaces_tags(client, reformer, vocab):
    client.force_login(reformer)
    client.post("/profile/", _form(vocab))
    slug = ReformerProfile.objects.get(user=reformer).slug
    client.post("/profile/", _form(vocab, display_name="Amara O.", expertise="budgets"))
    profile = ReformerProfile.objects.get(user=reformer)
    assert profile.slug == slug
    assert profile.display_name == "Amara O."
    assert list(profile.expertise.names()) == ["budgets"]
    assertContains(client.get("/profile/"), 'value="budgets"')


def test_two_people_with_the_same_name_get_different_addresses(client, reformer, other_reformer,
                                                               vocab):  # fmt: skip
    for user in (reformer, other_reformer):
        client.force_login(user)
        client.post("/profile/", _form(vocab))
    slugs = list(ReformerProfile.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == 2
    assert all(SLUG.match(slug) for slug in slugs), slugs


@pytest.mark.parametrize("hidden", ["private", "members"])
def test_a_new_address_says_nothing_of_a_hidden_profile_with_the_same_name(
    client, reformer, other_reformer, vocab, hidden
):
    """Before: "amara-okafor-2" told anyone that a hidden "Amara Okafor" exists."""
    client.force_login(other_reformer)
    client.post("/profile/", _form(vocab, visibility=hidden))
    client.force_login(reformer)
    client.post("/profile/", _form(vocab))
    slug = ReformerProfile.objects.get(user=reformer).slug
    assert SLUG.match(slug), slug  # the same shape as with no namesake at all


def test_an_address_that_collides_is_drawn_again_without_an_error(
    client, reformer, vocab, monkeypatch
):
    from community import services
    from tests.community.factories import ProfileFactory

    ProfileFactory(slug="amara-okafor-aaaaaa", display_name="Amara Okafor")
    suffixes = iter(["aaaaaa", "aaaaaa", "bbbbbb"])
    monkeypatch.setattr(services, "_slug_suffix", lambda: next(suffixes))
    client.force_login(reformer)
    response = client.post("/profile/", _form(vocab))
    assert response.status_code == 302
    assert ReformerProfile.objects.get(user=reformer).slug == "amara-okafor-bbbbbb"


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


def _gps_photo(size=(1600, 1200)):
    """A phone photo as phones make them: EXIF with the camera, a description, the GPS
    position and a rotation, plus an XMP packet and a JPEG comment."""
    image = Image.new("RGB", size, (30, 90, 160))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x010E] = "Taken at home, 12 Example Street"  # ImageDescription
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to show upright
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)})
    buffer = io.BytesIO()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">Example Street</x:xmpmeta>'
    image.save(buffer, format="JPEG", exif=exif, xmp=xmp, comment=b"Example Street")
    data = buffer.getvalue()
    with Image.open(io.BytesIO(data)) as check:  # the upload really carries the position
        assert check.getexif().get_ifd(0x8825)[2] == (51.0, 30.0, 12.5)
    return SimpleUploadedFile("me.jpg", data, "image/jpeg")


def _stored_bytes(profile) -> bytes:
    with profile.photo.open("rb") as handle:
        return handle.read()


def test_a_photo_is_stored_upright_small_and_without_any_metadata(client, reformer, vocab):
    client.force_login(reformer)
    # no on-commit callback runs here: the stored file is already the clean one
    response = client.post("/profile/", {**_form(vocab), "photo": _gps_photo()})
    assert response.status_code == 302
    profile = ReformerProfile.objects.get(user=reformer)
    data = _stored_bytes(profile)
    assert b"Example Street" not in data
    assert b"PhoneMaker" not in data
    assert b"Exif" not in data
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (384, 512)  # turned upright, then fitted in 512
        assert dict(stored.getexif()) == {}
        assert not {"exif", "xmp", "comment", "icc_profile"} & set(stored.info)


def test_a_photo_is_stored_under_a_random_name_outside_public_media(
    client, reformer, vocab, settings
):
    from pathlib import Path

    client.force_login(reformer)
    client.post("/profile/", {**_form(vocab), "photo": _image()})
    profile = ReformerProfile.objects.get(user=reformer)
    assert re.fullmatch(r"[A-Za-z0-9_-]{24}\.jpg", profile.photo.name), profile.photo.name
    assert "amara" not in profile.photo.name.lower()
    assert profile.photo.url == f"/reformers/photos/{profile.photo.name}"
    assert settings.MEDIA_URL.rstrip("/") not in profile.photo.url
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_a_file_that_is_not_an_image_is_refused(client, reformer, vocab):
    client.force_login(reformer)
    fake = SimpleUploadedFile("me.jpg", b"#!/bin/sh\necho not an image\n", "image/jpeg")
    response = client.post("/profile/", {**_form(vocab), "photo": fake})
    assert response.status_code == 400
    assertContains(response, "Upload a valid image", status_code=400)


def test_an_image_format_we_do_not_take_is_refused(client, reformer, vocab):
    client.force_login(reformer)
    response = client.post("/profile/", {**_form(vocab), "photo": _image((100, 100), fmt="BMP")})
    assert response.status_code == 400
    assertContains(response, "Upload a valid image", status_code=400)


def test_a_photo_that_is_too_large_is_refused(client, reformer, vocab, settings):
    settings.PROFILE_PHOTO_MAX_BYTES = 1024
    client.force_login(reformer)
    response = client.post("/profile/", {**_form(vocab), "photo": _image((400, 400))})
    assert response.status_code == 400
    assertContains(response, "larger than", status_code=400)


def test_a_transparent_png_is_flattened_on_white(client, reformer, vocab):
    image = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    upload = SimpleUploadedFile("me.png", buffer.getvalue(), "image/png")
    client.force_login(reformer)
    client.post("/profile/", {**_form(vocab), "photo": upload})
    profile = ReformerProfile.objects.get(user=reformer)
    with Image.open(io.BytesIO(_stored_bytes(profile))) as stored:
        assert stored.getpixel((20, 20)) >= (250, 250, 250)


def test_a_replaced_photo_leaves_no_file_behind(
    client, reformer, vocab, django_capture_on_commit_callbacks
):
    from community.photos import photo_storage

    client.force_login(reformer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/profile/", {**_form(vocab), "photo": _image((300, 300), fmt="PNG")})
    first = ReformerProfile.objects.get(user=reformer).photo.name
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/profile/", {**_form(vocab), "photo": _image((200, 200))})
    second = ReformerProfile.objects.get(user=reformer).photo.name
    assert second != first
    assert photo_storage.exists(second)
    assert not photo_storage.exists(first)
    assert photo_storage.listdir("")[1] == [second]


def test_a_photo_can_be_removed_and_its_file_goes_with_it(
    client, reformer, vocab, django_capture_on_commit_callbacks
):
    from community.photos import photo_storage

    client.force_login(reformer)
    client.post("/profile/", {**_form(vocab), "photo": _image((300, 300), fmt="PNG")})
    name = ReformerProfile.objects.get(user=reformer).photo.name
    assert photo_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/profile/", {**_form(vocab), "remove_photo": "on"})
    assert not ReformerProfile.objects.get(user=reformer).photo
    assert not photo_storage.exists(name)


def test_the_owner_sees_their_private_profile_and_its_visibility(client, reformer, vocab):
    client.force_login(reformer)
    client.post("/profile/", _form(vocab, visibility="private"))
    profile = ReformerProfile.objects.get(user=reformer)
    response = client.get(profile.get_absolute_url())
    assertContains(response, "Private: only me")
    assertContains(client.get("/reformers/"), "Amara Okafor", count=0)
    client.logout()
    assert client.get(profile.get_absolute_url()).status_code == 404


def _png_bomb(side=13_000) -> bytes:
    """A 1-bit PNG of side × side black pixels: about 20 KB on disk, 169 megapixels (and,
    decoded to RGB, half a gigabyte) in memory."""
    import struct
    import zlib

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + b"\x00" * ((side + 7) // 8)  # filter byte, then the packed pixels
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def png_bomb():
    return _png_bomb()


def test_a_decompression_bomb_is_refused_before_it_is_decoded(png_bomb, settings, monkeypatch):
    from django.core.exceptions import ValidationError

    from PIL import ImageFile

    from community import photos

    assert len(png_bomb) < 40_000
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(png_bomb)) as header:
            assert header.size == (13_000, 13_000)

    def no_decoding(self):
        raise AssertionError("the pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    upload = SimpleUploadedFile("bomb.png", png_bomb, "image/png")
    with pytest.raises(ValidationError) as refused:
        photos.prepare(upload)
    assert refused.value.code == "too_many_pixels"
    assert "13000 × 13000 pixels" in refused.value.messages[0]


def test_a_decompression_bomb_gets_a_400_and_keeps_what_was_typed(
    client, reformer, vocab, png_bomb
):
    client.force_login(reformer)
    client.post("/profile/", _form(vocab, headline="Before"))
    bomb = SimpleUploadedFile("bomb.png", png_bomb, "image/png")
    response = client.post("/profile/", {**_form(vocab), "photo": bomb})
    assert response.status_code == 400
    assertContains(response, "more than the 30 megapixels we accept", status_code=400)
    assertContains(response, "Opens up public contracts", status_code=400)  # kept
    assertContains(response, "I work on procurement data.", status_code=400)
    profile = ReformerProfile.objects.get(user=reformer)
    assert profile.headline == "Before"  # nothing saved
    assert not profile.photo

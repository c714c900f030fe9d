"""`manage.py profile_photos_migrate`: photos stored by earlier versions (public media,
profiles/<slug>.jpg, metadata and all) move to the private storage, and nothing is left
behind."""

import io
import os
import time

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

import pytest
from PIL import Image

from community import photos
from community.models import ReformerProfile
from tests.community.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def legacy_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x010E] = "Taken at home, 12 Example Street"
    buffer = io.BytesIO()
    Image.new("RGB", (1000, 800), (1, 2, 3)).save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def legacy_profile(slug: str, *, with_file: bool = True) -> ReformerProfile:
    profile = ProfileFactory(slug=slug)
    name = f"profiles/{slug}.jpg"
    if with_file:
        default_storage.save(name, ContentFile(legacy_jpeg()))
    ReformerProfile.objects.filter(pk=profile.pk).update(photo=name)  # as the old code left it
    return profile


def age(storage, name: str, seconds: int) -> None:
    old = time.time() - seconds
    os.utime(storage.path(name), (old, old))


def test_legacy_photos_move_to_private_storage_stripped_and_nothing_is_left(
    django_capture_on_commit_callbacks,
):
    moved = legacy_profile("amara-okafor")
    missing = legacy_profile("ghost", with_file=False)
    default_storage.save("profiles/amara-okafor_replaced.jpg", ContentFile(legacy_jpeg()))
    stale = photos.photo_storage.save(photos.new_name(), ContentFile(b"orphan"))
    age(photos.photo_storage, stale, 2 * 3600)
    fresh = photos.photo_storage.save(photos.new_name(), ContentFile(b"upload in flight"))

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("profile_photos_migrate", stdout=out)

    assert "moved 1" in out.getvalue()
    moved.refresh_from_db()
    missing.refresh_from_db()
    assert "/" not in moved.photo.name and moved.photo.name.endswith(".jpg")
    with photos.photo_storage.open(moved.photo.name, "rb") as handle:
        data = handle.read()
    assert b"Example Street" not in data
    assert not missing.photo
    assert default_storage.listdir("profiles")[1] == []  # nothing left in public media
    assert not photos.photo_storage.exists(stale)
    assert photos.photo_storage.exists(fresh)

    again = io.StringIO()
    call_command("profile_photos_migrate", stdout=again)
    assert "kept 1, moved 0, cleared 0, legacy deleted 0" in again.getvalue()


def test_a_dry_run_changes_nothing():
    profile = legacy_profile("amara-okafor")
    out = io.StringIO()
    call_command("profile_photos_migrate", "--dry-run", stdout=out)
    assert out.getvalue().startswith("Would have: kept 0, moved 1")
    profile.refresh_from_db()
    assert profile.photo.name == "profiles/amara-okafor.jpg"
    assert default_storage.exists("profiles/amara-okafor.jpg")

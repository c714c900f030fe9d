"""Tasks run without a broker in the embedded stack, and take ids."""

import pytest

from community.tasks import profile_photo_normalise
from tests.community.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def test_a_task_for_a_profile_that_no_longer_exists_does_nothing():
    assert profile_photo_normalise.delay(999_999).get() is False


def test_a_task_for_a_profile_without_photo_does_nothing():
    profile = ProfileFactory()
    assert profile_photo_normalise.delay(profile.pk).get() is False


def test_a_corrupt_stored_photo_is_dropped_rather_than_served(settings):
    from django.core.files.base import ContentFile

    profile = ProfileFactory()
    profile.photo.save("broken.jpg", ContentFile(b"not really a jpeg"), save=True)
    assert profile_photo_normalise.delay(profile.pk).get() is False
    profile.refresh_from_db()
    assert not profile.photo

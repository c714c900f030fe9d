"""Media folders for a module's shared dataset (tests/shared_data.py, "module datasets"):
tests/conftest.py gives each test its own folders, which a dataset built once per module
would outlive; these last for the module."""

import contextlib

from django.conf import settings
from django.test import override_settings


@contextlib.contextmanager
def module_media(tmp_path_factory):
    """One media folder, one profile-photo folder and one award-file folder while the
    block runs."""
    photos = {**settings.STORAGES["profile_photos"]}
    photos["OPTIONS"] = {
        **photos.get("OPTIONS", {}),
        "location": tmp_path_factory.mktemp("profile-photos"),
    }
    award_files = {
        **settings.STORAGES["award_files"],
        "OPTIONS": {"location": tmp_path_factory.mktemp("award-files")},
    }
    with override_settings(
        MEDIA_ROOT=tmp_path_factory.mktemp("media"),
        STORAGES={**settings.STORAGES, "profile_photos": photos, "award_files": award_files},
    ):
        yield

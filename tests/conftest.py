import shutil

from django.conf import settings

import pytest

from tests.community.factories import UserFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files (public media, and profile photos in their own storage) go to
    per-test folders that are removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    photos = {**settings.STORAGES["profile_photos"]}
    photos["OPTIONS"] = {**photos.get("OPTIONS", {}), "location": tmp_path / "profile-photos"}
    settings.STORAGES = {**settings.STORAGES, "profile_photos": photos}
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)
    shutil.rmtree(tmp_path / "profile-photos", ignore_errors=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (labels, navigation), as after a deploy."""
    from django.core.cache import cache

    from community import labels

    cache.clear()
    labels.invalidate()  # and the per-process memo in front of it


@pytest.fixture
def reformer(db):
    return UserFactory(email="reformer@example.org")


@pytest.fixture
def other_reformer(db):
    return UserFactory(email="other@example.org")


@pytest.fixture
def editor(db):
    from community.permissions import editors_group_ensure

    user = UserFactory(email="editor@example.org")
    user.groups.add(editors_group_ensure())
    return user


@pytest.fixture
def staff(db):
    return UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)


@pytest.fixture
def vocab(db):
    from community.services import vocabulary_ensure

    return vocabulary_ensure()


def pytest_report_header(config):
    return f"database: {settings.DATABASES['default']['ENGINE']}"

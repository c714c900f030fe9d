import pytest


@pytest.fixture(autouse=True)
def _award_files(settings, tmp_path):
    """Nomination files go to a per-test folder (tests/conftest.py does the same for media)."""
    storages = {**settings.STORAGES}
    storages["award_files"] = {
        **storages["award_files"],
        "OPTIONS": {"location": tmp_path / "award-files"},
    }
    settings.STORAGES = storages

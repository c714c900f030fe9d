"""Where profile photos are kept: never under public media; on S3 a private bucket."""

import json

from django.conf import settings

from tests.opengov.test_settings import PRODUCTION_ENV, _manage

SHOW = (
    "import json; from django.conf import settings; "
    "print(json.dumps({k: settings.STORAGES[k] for k in ('default', 'profile_photos')}, "
    "default=str))"
)


def test_locally_photos_are_outside_public_media():
    photos = settings.STORAGES["profile_photos"]["OPTIONS"]["location"]
    assert str(settings.MEDIA_ROOT) not in str(photos)


def test_with_a_bucket_photos_go_to_a_private_one_with_signed_urls():
    env = {**PRODUCTION_ENV, "AWS_STORAGE_BUCKET_NAME": "opengov-media"}
    result = _manage("shell", "-c", SHOW, env=env)
    assert result.returncode == 0, result.stderr
    storages = json.loads(result.stdout.strip().splitlines()[-1])
    photos = storages["profile_photos"]
    assert photos["BACKEND"] == "storages.backends.s3.S3Storage"
    options = photos["OPTIONS"]
    assert options["bucket_name"] == "opengov-media-private"
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True
    assert options["custom_domain"] is None  # never the public media host

"""Settings for the test suite: the embedded stack, fast hashing, e-mail kept in memory.

DATABASE_URL still applies, so CI runs the same suite against PostgreSQL."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
# Credentials signed with a key derived from SECRET_KEY unless LEARNING_CREDENTIAL_KEY is set.
LEARNING_CREDENTIAL_DEV_KEY = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# off, but for the tests of the page cache (tests/core/test_page_cache.py) that turn it on
PAGE_CACHE_SECONDS = 0
MEDIA_ROOT = VAR_DIR / "test-media"
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"
# The API's limits are tested with their own rates (tests/api/test_throttling.py); the other
# tests, the fuzzing included, must not meet them.
API_THROTTLE_RATES = {"anon": "100000/minute", "user": "100000/minute"}
# the model costs ~0.1 s per record indexed: off, and on in the tests of the retriever
# (tests/search/test_semantic.py, with override_settings)
SEARCH_SEMANTIC = env.bool("SEARCH_SEMANTIC", default=False)

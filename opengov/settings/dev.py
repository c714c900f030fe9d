"""The embedded default: SQLite, database search, eager tasks, e-mail to the console."""

from .base import *  # noqa: F403

DEBUG = env.bool("DEBUG", default=True)
# A development-only key; production refuses to start without its own.
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
# Credentials signed with a key derived from SECRET_KEY unless LEARNING_CREDENTIAL_KEY is set.
LEARNING_CREDENTIAL_DEV_KEY = True
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

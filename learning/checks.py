"""System checks of the credentials' signing key: a key that is set must be a private
Ed25519 key (always checked), and a deployment must have its own (`check --deploy`), never
the development key derived from SECRET_KEY."""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured

from . import credentials


def credential_keys_check(**kwargs):
    errors = []
    if getattr(settings, "LEARNING_CREDENTIAL_KEY", ""):
        try:
            credentials.signing_key()
        except ImproperlyConfigured as error:
            errors.append(Error(str(error), id="learning.E001"))
    try:
        credentials.retired_keys()
    except ImproperlyConfigured as error:
        errors.append(Error(str(error), id="learning.E002"))
    return errors


def credential_key_deploy_check(**kwargs):
    if getattr(settings, "LEARNING_CREDENTIAL_KEY", ""):
        return []
    return [
        Error(
            "LEARNING_CREDENTIAL_KEY is not set: Open Badges credentials would be signed with "
            "no key (or a development key).",
            hint="Generate one with `manage.py credential_key` and set it in the environment "
            "(docs/settings.md).",
            id="learning.E003",
        )
    ]


register(Tags.security)(credential_keys_check)
register(Tags.security, deploy=True)(credential_key_deploy_check)

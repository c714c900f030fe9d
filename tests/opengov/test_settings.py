"""Production settings refuse to start without their secrets and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "opengov.settings.production",
    "SECRET_KEY": "k" * 20 + "a-real-looking-secret-with-enough-entropy-8a9d7f",
    "DATABASE_URL": "sqlite:////tmp/opengov-deploy-check.sqlite3",
    "ALLOWED_HOSTS": "opengov.example.org",
    # a fixed Ed25519 key (RFC 8037's example): credentials are signed with the site's own
    "LEARNING_CREDENTIAL_KEY": '{"kty":"OKP","crv":"Ed25519",'
    '"d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",'
    '"x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}',
}


def _manage(*args, env):
    # Nothing from the test process leaks in (the browser tests relax async safety).
    ignored = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert missing in result.stderr


@pytest.mark.parametrize(
    ("value", "error"),
    [(None, "learning.E003"), ("not a key", "learning.E001")],
    ids=["missing", "not-a-key"],
)
def test_a_deployment_without_its_own_credential_key_fails_the_deploy_check(value, error):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "LEARNING_CREDENTIAL_KEY"}
    if value is not None:
        env["LEARNING_CREDENTIAL_KEY"] = value
    result = _manage("check", "--deploy", env=env)
    assert result.returncode != 0
    assert error in result.stderr and "LEARNING_CREDENTIAL_KEY" in result.stderr


def test_celery_runs_eagerly_without_a_broker(settings):
    from opengov.celery import app

    assert settings.CELERY_BROKER_URL == "" or os.environ.get("CELERY_BROKER_URL")
    if not settings.CELERY_BROKER_URL:
        assert app.conf.task_always_eager is True

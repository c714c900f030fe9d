"""compose.yaml passes the app services only variables the settings read, and
docs/settings.md documents every variable the settings read. No database needed."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "compose.yaml"
SETTINGS_DIR = ROOT / "opengov" / "settings"
SETTINGS_DOC = ROOT / "docs" / "settings.md"

APP_SERVICES = ("web", "worker", "beat", "migrate")
# Read by something other than the settings: boto3 and manage.py/wsgi.py/celery.py.
READ_ELSEWHERE = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "DJANGO_SETTINGS_MODULE"}

# env("NAME", ...), env.bool("NAME", ...), env.db("NAME"), ... as django-environ is called.
ENV_CALL = re.compile(
    r"""\benv(?:\.(?:str|bool|int|float|list|tuple|dict|json|url|db|cache|email|path))?"""
    r"""\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"""
)


def compose():
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def environment_names(environment):
    """Variable names of a service's environment, as a mapping or a list of "K=V"."""
    if environment is None:
        return set()
    if isinstance(environment, dict):
        return set(environment)
    return {item.split("=", 1)[0] for item in environment}


def compose_app_variables():
    services = compose()["services"]
    names = set()
    for service in APP_SERVICES:
        names |= environment_names(services[service].get("environment"))
    return names


def settings_variables():
    names = set()
    for path in SETTINGS_DIR.glob("*.py"):
        names |= set(ENV_CALL.findall(path.read_text(encoding="utf-8")))
    return names


def test_compose_has_the_production_services():
    services = compose()["services"]
    for name in ("web", "worker", "beat", "migrate", "postgres", "redis", "elasticsearch"):
        assert name in services, name


def test_app_services_share_the_x_app_env_anchor():
    data = compose()
    common = data["x-app-env"]
    assert common["DJANGO_SETTINGS_MODULE"] == "opengov.settings.production"
    for service in APP_SERVICES:
        assert data["services"][service]["environment"] == common, service


def test_the_settings_scan_finds_known_variables():
    found = settings_variables()
    assert {"SECRET_KEY", "DATABASE_URL", "CELERY_BROKER_URL", "CACHE_URL"} <= found
    assert {"EMAIL_URL", "STATIC_ROOT", "SECURE_HSTS_SECONDS", "AWS_S3_ENDPOINT_URL"} <= found


def test_environment_names_reads_mappings_and_lists():
    assert environment_names({"A": "1"}) == {"A"}
    assert environment_names(["A=1", "B=x=y", "C"]) == {"A", "B", "C"}


def test_compose_sets_only_variables_the_app_reads():
    unknown = compose_app_variables() - settings_variables() - READ_ELSEWHERE
    assert not unknown, f"compose.yaml sets variables nothing reads: {sorted(unknown)}"


def test_compose_takes_secrets_from_the_environment():
    common = compose()["x-app-env"]
    for name in ("SECRET_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "EMAIL_URL"):
        assert common[name].startswith("${") and ":?" in common[name], name
    assert "${POSTGRES_PASSWORD:?" in common["DATABASE_URL"]


def test_settings_doc_lists_every_variable_the_settings_read():
    doc = SETTINGS_DOC.read_text(encoding="utf-8")
    missing = {
        name
        for name in settings_variables()
        if not re.search(rf"^\|\s*`{name}`\s*\|", doc, flags=re.MULTILINE)
    }
    assert not missing, f"docs/settings.md has no table row for: {sorted(missing)}"

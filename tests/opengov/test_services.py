"""The Wagtail Site record follows the deployment's address (opengov.services)."""

from django.apps import apps as django_apps
from django.core.exceptions import ImproperlyConfigured
from django.core.management.sql import emit_post_migrate_signal

from wagtail.models import Site

import pytest

from opengov.services import site_record_sync
from tests.stories.factories import home_page

pytestmark = pytest.mark.django_db


def test_the_migrated_site_has_the_configured_address_and_name():
    # the first migration made "localhost" on port 80; the test settings say http://testserver
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.site_name) == ("testserver", 80, "OpenGov Commons")


@pytest.mark.parametrize(
    ("base_url", "hostname", "port", "home"),
    [
        ("https://opengov.example.org", "opengov.example.org", 443, "https://opengov.example.org/"),
        ("http://127.0.0.1:8000", "127.0.0.1", 8000, "http://127.0.0.1:8000/"),
    ],
)
def test_the_site_record_follows_the_base_url(base_url, hostname, port, home):
    assert home_page().full_url == "http://testserver/"  # the root paths are now cached
    assert site_record_sync(base_url=base_url, site_name="Commons Lab") == 1
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.site_name) == (hostname, port, "Commons Lab")
    assert home_page().full_url == home
    assert site_record_sync(base_url=base_url, site_name="Commons Lab") == 0  # nothing to do


def test_a_base_url_that_is_not_an_address_is_refused():
    with pytest.raises(ImproperlyConfigured, match="WAGTAILADMIN_BASE_URL"):
        site_record_sync(base_url="opengov.example.org", site_name="OpenGov Commons")


def test_every_migrate_brings_the_record_up_to_date(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://opengov.example.org:8443"
    # as `migrate` sends it when it is done
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default", apps=django_apps)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("opengov.example.org", 8443)

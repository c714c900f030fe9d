"""Writes of the project package: the Wagtail Site record."""

from urllib.parse import urlsplit

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, transaction

from wagtail.models import Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION


def site_record_sync(
    *, base_url: str, site_name: str, site_model: type = Site, using: str = DEFAULT_DB_ALIAS
) -> int:
    """Give the default Wagtail Site the deployment's host name, port and the site's name.

    Wagtail builds a page's full URL (admin links, previews, `page.full_url`) from this
    record; left as the first migration made it, every one of them pointed at
    http://localhost/. Run by a data migration and again after every `migrate`, so that the
    record follows WAGTAILADMIN_BASE_URL wherever the site is deployed. `site_model` is the
    migration state's model when a migration calls it. Returns the number of sites changed."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"WAGTAILADMIN_BASE_URL is not an http(s) URL: {base_url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    sites = site_model.objects.using(using)
    with transaction.atomic(using=using):
        taken = sites.filter(hostname=parts.hostname, port=port, is_default_site=False)
        if taken.exists():
            return 0  # another site answers on that address: leave the records to the admin
        changed = (
            sites.filter(is_default_site=True)
            .exclude(hostname=parts.hostname, port=port, site_name=site_name)
            .update(hostname=parts.hostname, port=port, site_name=site_name)
        )
    if changed:
        # the cached root paths hold the old root URL
        cache.delete(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    return changed

"""Writes of the project package: the Wagtail Site record, the page tree's languages."""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, IntegrityError, models, transaction

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page, Site
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


# Apps whose rows may point at a page (a saved self-assessment, a recommendation's example
# stories, an editor's redirect); the rest of a page's rows (revisions, logs) go with it.
REFERRING_APPS = ("opengov", "community", "stories", "guide", "resources", "search", "core",
                  "learning", "wagtailredirects")  # fmt: skip


@dataclass
class AliasReport:
    removed: list[str] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)  # kept: they hold translations


def _page_references() -> list[tuple[type[models.Model], str]]:
    """(model, field name) of every foreign key to a page in REFERRING_APPS, many-to-many
    tables included."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label not in REFERRING_APPS:
            continue
        for model_field in model._meta.get_fields():
            target = getattr(model_field, "related_model", None)
            if (
                isinstance(model_field, models.ForeignKey)
                and isinstance(target, type)
                and issubclass(target, Page)
            ):
                found.append((model, model_field.name))
    return found


def _repoint(alias: Page, original: Page, references) -> None:
    """Rows that point at the alias point at its original instead. A row that cannot (the
    same row already exists for the original: a unique constraint) goes with the alias."""
    for model, name in references:
        rows = model._default_manager.filter(**{f"{name}_id": alias.pk})
        for pk in rows.values_list("pk", flat=True):
            try:
                with transaction.atomic():
                    model._default_manager.filter(pk=pk).update(**{f"{name}_id": original.pk})
            except IntegrityError:
                continue


def translation_aliases_remove(*, dry_run: bool = False) -> AliasReport:
    """Remove the alias copies of pages in other languages' trees (what
    WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE created): the site serves an untranslated page
    in its original language, with a notice, at every language's address, so the copies
    only put English text under /fr/ with nothing to say so. What pointed at a copy points at
    its original. A copy that holds real translations below it (a translated story under a
    copied story index) cannot go: it becomes an ordinary page, to be translated, and is
    reported. Deepest first, in one transaction; idempotent."""
    report = AliasReport()
    aliases = (
        Page.objects.filter(alias_of__isnull=False)
        .exclude(locale_id=models.F("alias_of__locale_id"))
        .select_related("alias_of", "locale")
        .order_by("-depth", "path")
    )
    references = _page_references()
    with transaction.atomic():
        for alias in aliases:
            label = f"{alias.locale.language_code} {alias.url_path} (page {alias.pk})"
            holds_pages = alias.get_descendants().filter(alias_of__isnull=True).exists()
            if holds_pages:
                report.converted.append(label)
                if not dry_run:
                    ConvertAliasPageAction(alias.specific).execute(skip_permission_checks=True)
                continue
            report.removed.append(label)
            if not dry_run:
                _repoint(alias, alias.alias_of, references)
                alias.delete()
    return report

"""Writes of the project package: the page tree's languages."""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import IntegrityError, models, transaction

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page

# Apps whose rows may point at a page (a saved self-assessment, a recommendation's example
# stories, an editor's redirect); the rest of a page's rows (revisions, logs) go with it.
REFERRING_APPS = ("opengov", "community", "stories", "guide", "resources", "search", "core",
                  "wagtailredirects")  # fmt: skip


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

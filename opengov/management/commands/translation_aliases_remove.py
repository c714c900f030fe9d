from django.core.management.base import BaseCommand

from opengov.services import translation_aliases_remove


class Command(BaseCommand):
    help = (
        "Remove the alias copies of pages in other languages' trees (created while "
        "WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE was on): untranslated pages are served in "
        "their original language with a notice instead. References move to the originals; "
        "a copy that holds translations becomes an ordinary page to translate. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        report = translation_aliases_remove(dry_run=dry_run)
        prefix = "Would have " if dry_run else ""
        self.stdout.write(f"{prefix}removed {len(report.removed)} alias copies")
        for label in report.removed:
            self.stdout.write(f"  {label}")
        if report.converted:
            self.stdout.write(
                f"{prefix}kept {len(report.converted)} as ordinary pages (they hold "
                "translations); translate them:"
            )
            for label in report.converted:
                self.stdout.write(f"  {label}")

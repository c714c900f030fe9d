from django.core.management.base import BaseCommand, CommandError

from search import services
from search.engines.base import EngineUnavailable


class Command(BaseCommand):
    help = (
        "Project every guide chapter, recommendation, story, commitment and research resource "
        "into evidence records again and rebuild the engine's index (on Elasticsearch, into a "
        "new index that replaces the old one behind the alias only when complete)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")
        parser.add_argument(
            "--full-text",
            action="store_true",
            help=(
                "Also rebuild SQLite's full-text index from the records even when none changed "
                "(repairs an index damaged behind its triggers' back; about 6 s at 60,000 "
                "records). Without it, the index is rebuilt only when records were written."
            ),
        )

    def handle(self, *args, no_progress=False, full_text=False, **options):
        try:
            counts = services.rebuild(
                progress=not no_progress and options["verbosity"] > 0, full_text=full_text
            )
        except EngineUnavailable as error:
            raise CommandError(
                f"The evidence records are rebuilt, but the search engine's index is not: {error}"
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['records']} evidence records ({counts['changed']} written, "
                f"{counts['deleted']} removed); engine indexed {counts['engine']}."
            )
        )

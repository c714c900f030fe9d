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

    def handle(self, *args, no_progress=False, **options):
        try:
            counts = services.rebuild(progress=not no_progress and options["verbosity"] > 0)
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

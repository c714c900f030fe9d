from django.core.management.base import BaseCommand

from search import services


class Command(BaseCommand):
    help = (
        "Project every guide chapter, recommendation, story, commitment and research resource "
        "into evidence records again and rebuild the engine's index (on Elasticsearch, into a "
        "new index that replaces the old one behind the alias only when complete)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, no_progress=False, **options):
        counts = services.rebuild(progress=not no_progress and options["verbosity"] > 0)
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['records']} evidence records ({counts['changed']} written, "
                f"{counts['deleted']} removed); engine indexed {counts['engine']}."
            )
        )

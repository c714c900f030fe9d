from django.core.management.base import BaseCommand

from community.services import profile_photos_migrate


class Command(BaseCommand):
    help = (
        "Move profile photos from public media (profiles/<slug>.jpg, as earlier versions "
        "stored them) into the private photo storage under random names, stripped of their "
        "metadata; delete leftover and orphaned photo files. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        counts = profile_photos_migrate(dry_run=dry_run)
        prefix = "Would have: " if dry_run else ""
        self.stdout.write(
            prefix
            + ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in counts.items())
        )

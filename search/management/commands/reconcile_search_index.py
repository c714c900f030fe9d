from django.core.management.base import BaseCommand, CommandError

from search import services
from search.engines.base import EngineUnavailable


class Command(BaseCommand):
    help = (
        "Find drift between the sources and the evidence records (and the engine's own "
        "index): records missing, stale or orphaned. Repairs them unless --dry-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report only; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        try:
            reports = services.reconcile(repair=not dry_run)
        except EngineUnavailable as error:
            raise CommandError(f"The search engine cannot be reached: {error}") from error
        for name, report in reports.items():
            self.stdout.write(
                f"{name}: {report.checked} checked, {len(report.missing)} missing, "
                f"{len(report.stale)} stale, {len(report.orphaned)} orphaned"
            )
            for label, keys in (
                ("missing", report.missing),
                ("stale", report.stale),
                ("orphaned", report.orphaned),
            ):
                for key in keys[:20]:
                    self.stdout.write(f"  {label}: {key}")
        drift = sum(report.drift for report in reports.values())
        if drift and not dry_run:
            self.stdout.write(self.style.SUCCESS(f"Repaired {drift} item(s)."))
        elif not drift:
            self.stdout.write(self.style.SUCCESS("No drift."))

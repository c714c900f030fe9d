from django.core.management.base import BaseCommand, CommandError

from community.imports import ImportFileError, commitments_import


class Command(BaseCommand):
    help = (
        "Import members' commitments from OGP's commitments export (CSV). Bad rows are "
        "reported by row and line number and skipped; re-running the same file changes "
        "nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the CSV export")
        parser.add_argument("--no-progress", action="store_true", help="Do not show a progress bar")

    def handle(self, *args, file, no_progress, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as stream:
                report = commitments_import(stream=stream, progress=not no_progress)
        except FileNotFoundError:
            raise CommandError(f"No such file: {file}") from None
        except (ImportFileError, UnicodeDecodeError) as exc:
            raise CommandError(f"{file}: {exc}") from None
        self.stdout.write(
            f"{report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged, {len(report.problems)} bad row(s), "
            f"{len(report.notes)} note(s)."
        )
        for problem in report.problems:
            self.stderr.write(f"  {problem}")
        if report.notes:
            self.stdout.write("Imported, with a note:")
            for note in report.notes:
                self.stdout.write(f"  {note}")

from django.core.management.base import BaseCommand, CommandError

from resources.imports import ImportFileError, research_import


class Command(BaseCommand):
    help = (
        "Import research papers from the Open Governance Research Exchange export (JSON). "
        "Bad papers are reported by position and skipped; re-running the same file changes "
        "nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the JSON export (a list of papers)")
        parser.add_argument("--no-progress", action="store_true", help="Do not show a progress bar")

    def handle(self, *args, file, no_progress, **options):
        try:
            with open(file, encoding="utf-8-sig") as stream:
                report = research_import(stream=stream, progress=not no_progress)
        except FileNotFoundError:
            raise CommandError(f"No such file: {file}") from None
        except IsADirectoryError:
            raise CommandError(f"{file} is a folder, not a file") from None
        except ImportFileError as exc:
            raise CommandError(f"{file}: {exc}") from None
        self.stdout.write(
            f"{report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged, {len(report.problems)} problem(s)."
        )
        for problem in report.problems:
            self.stderr.write(f"  {problem}")

"""Build the benchmark's scale data set (opengov/scale.py) in a database of its own.

    DATABASE_URL=sqlite:///var/scale.sqlite3 manage.py migrate
    DATABASE_URL=sqlite:///var/scale.sqlite3 manage.py seed_scale --data ../shared/data

`make bench-seed` does both. Deterministic (fixed seed); refuses a database it has seeded
already, and the development database (var/db.sqlite3)."""

import logging
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from community.models import Commitment
from opengov import scale
from resources.models import Resource
from search import api as search_api
from stories.models import StoryIndexPage


class Command(BaseCommand):
    help = (
        "Seed the scale data set (demo content, the real commitments and papers, then members, "
        "plans, commitments, profiles, stories, enrolments and nominations in bulk) into a "
        "separate database, and rebuild the search index."
    )

    def add_arguments(self, parser):
        defaults = scale.Sizes()
        for name in (
            "members",
            "commitments",
            "profiles",
            "stories",
            "enrolments",
            "nominations",
        ):
            parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name))
        parser.add_argument(
            "--data",
            default=str(settings.BASE_DIR.parent / "shared" / "data"),
            help="The shared data folder (ogp-commitments/, ogrx/).",
        )
        parser.add_argument("--seed", type=int, default=17)
        parser.add_argument(
            "--no-index", action="store_true", help="Do not rebuild the search index."
        )
        parser.add_argument(
            "--base-only",
            action="store_true",
            help="Only the demo content and the real commitments and papers (the demo size).",
        )
        parser.add_argument(
            "--if-needed",
            action="store_true",
            help="Do nothing (and succeed) if this database holds the data set already.",
        )

    def handle(self, *args, data, seed, no_index, base_only, if_needed, **options):
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        name = str(connection.settings_dict["NAME"])
        if name == str(settings.BASE_DIR / "var" / "db.sqlite3"):
            raise CommandError(
                "This is the development database: seed a separate one, e.g. "
                "DATABASE_URL=sqlite:///var/scale.sqlite3 (see `make bench-seed`)."
            )
        sizes = scale.Sizes(**{k: options[k] for k in vars(scale.Sizes()) if k in options})
        if min(vars(sizes).values()) < 0 or sizes.members < 1:
            raise CommandError("Sizes must be positive (at least one member).")
        started = time.monotonic()
        data_dir = Path(data)
        base_ready = StoryIndexPage.objects.exists() and Resource.objects.exists()
        if if_needed and base_ready and (base_only or scale.Seeder.seeded()):
            self.stdout.write("The benchmark's data set is there already.")
            return
        if not StoryIndexPage.objects.exists():
            call_command("load_demo", stdout=self.stdout)
        if (
            not Commitment.objects.exclude(public_id__startswith="Z")
            .filter(action_plan__ogp_id__startswith="AP_")
            .exists()
        ):
            call_command(
                "import_commitments",
                str(data_dir / "ogp-commitments" / "commitments.csv"),
                no_progress=True,
                stdout=self.stdout,
            )
        if not Resource.objects.exists():
            call_command(
                "import_research", str(data_dir / "ogrx" / "papers.json"), no_progress=True
            )
        if base_only:
            self.stdout.write(f"Demo-size data set ready in {time.monotonic() - started:.1f} s.")
            return
        if scale.Seeder.seeded():
            raise CommandError("This database holds a scale data set already.")
        seeder = scale.Seeder(sizes, seed=seed, say=self.stdout.write)
        with search_api.indexing_paused():
            report = seeder.run()
        seeded = time.monotonic() - started
        self.stdout.write(f"Seeded in {seeded:.1f} s (demo content and real data included).")
        if not no_index:
            indexing = time.monotonic()
            counts = search_api.rebuild()
            took = time.monotonic() - indexing
            self.stdout.write(
                f"Search index: {counts['records']:,} records in {took:.1f} s "
                f"({counts['records'] / took:,.0f} records/s)"
            )
        total = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale data set ready in {total:.1f} s: "
                + ", ".join(f"{n:,} {what}" for what, n in report.counts.items())
            )
        )

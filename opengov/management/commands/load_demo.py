"""Load believable demo content for every part of the site (deterministic, idempotent).

Each app's demo/loader.py reads its data files (YAML, Markdown) and finds existing rows by
stable keys. Everything is saved in one transaction with the per-object index work deferred:
Wagtail's indexes are updated once per object at the end, and the evidence search read model
is rebuilt once."""

import logging
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from awards.demo.loader import load_awards
from community.demo.loader import load_partnership
from core.demo import indexing_deferred
from guide.demo.loader import load_guide
from learning.demo.boards_loader import load_boards
from learning.demo.cohorts_loader import load_cohorts
from learning.demo.loader import load_learning
from opengov.demo.loader import load_award_stories, load_home
from resources.demo.loader import load_resources
from search import api as search_api
from stories.demo.loader import load_stories

LOADERS = [
    ("Partnership", load_partnership),
    ("Home", load_home),
    ("Stories", load_stories),
    ("Guide", load_guide),
    ("Research", load_resources),
    ("Learning", load_learning),
    ("Cohorts", load_cohorts),
    ("Awards", load_awards),
    ("Cohort spaces", load_boards),
    ("Award stories", load_award_stories),
]


class Command(BaseCommand):
    help = "Create or refresh the demo content: partnership, reformers, stories, accounts."

    def handle(self, *args, **options):
        # Wagtail logs every page created, edited and published: useful in production, a
        # hundred lines of noise here.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        logging.getLogger("celery.app.trace").setLevel(logging.WARNING)  # a line per task
        started = time.monotonic()
        # The search app would project each saved object on commit; one rebuild at the end
        # does the same work in a few batched queries.
        with transaction.atomic(), search_api.indexing_paused(), indexing_deferred():
            for name, load in LOADERS:
                self.stdout.write(f"{name}: {load()}")
        counts = search_api.rebuild()
        self.stdout.write(f"Search index: {counts['records']} evidence records")
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({time.monotonic() - started:.1f} s).")
        )

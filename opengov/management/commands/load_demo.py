"""Load believable demo content for every part of the site (deterministic, idempotent)."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale
from wagtail.rich_text import RichText

from community.demo import content
from community.demo.loader import PartnershipLoader
from guide.demo import load_guide
from opengov.models import HomePage
from resources.demo import load_resources
from search import services as search_services
from stories.demo import load_stories


class Command(BaseCommand):
    help = "Create or refresh the demo content: partnership, reformers, stories, accounts."

    def handle(self, *args, **options):
        # Wagtail logs every page created, edited and published: useful in production, a
        # hundred lines of noise here.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        logging.getLogger("celery.app.trace").setLevel(logging.WARNING)  # a line per task
        self.stdout.write(f"Partnership: {PartnershipLoader().load()}")
        with transaction.atomic():
            self._home_page()
        self.stdout.write(f"Stories: {load_stories()}")
        self.stdout.write(f"Guide: {load_guide()}")
        self.stdout.write(f"Research: {load_resources()}")
        # everything above was indexed as it was saved; a rebuild checks and completes it
        counts = search_services.rebuild()
        self.stdout.write(f"Search index: {counts['records']} evidence records")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def _home_page(self):
        home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
        for code, text in content.HOME.items():
            locale = Locale.objects.get(language_code=code)
            page = home.get_translation_or_none(locale)
            if page is None:
                page = home.copy_for_translation(locale)
            page = page.specific
            body = [
                ("heading", {"text": text["body_heading"], "level": "h2"}),
                ("paragraph", f"<p>{text['body_paragraph']}</p>"),
            ]
            unchanged = (
                page.live
                and (page.title, page.hero_heading, page.intro)
                == (text["title"], text["hero_heading"], text["intro"])
                and [(b["type"], b["value"]) for b in page.body.raw_data] == body
            )
            if unchanged:
                continue
            page.title = text["title"]
            page.hero_heading = text["hero_heading"]
            page.intro = text["intro"]
            page.body = [(t, RichText(v) if t == "paragraph" else v) for t, v in body]
            page.save_revision().publish()

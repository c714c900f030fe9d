"""The demo home page, in each language of home.yaml. Refreshed from the file when it differs,
left alone when it is the same (so running it again changes nothing)."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import Locale

from awards import services as award_services
from awards.models import Nomination
from core.demo import paragraph, paragraph_html, read_yaml
from opengov.models import HomePage
from stories.models import StoryPage

HOME = Path(__file__).parent / "home.yaml"


def load_home() -> str:
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    changed = 0
    for code, text in read_yaml(HOME).items():
        page = home.get_translation_or_none(Locale.objects.get(language_code=code))
        if page is None:
            page = home.copy_for_translation(Locale.objects.get(language_code=code))
        page = page.specific
        body = [
            ("heading", {"text": text["body_heading"], "level": "h2"}),
            ("paragraph", paragraph_html(text["body_paragraph"])),
        ]
        fields = {k: text[k] for k in ("title", "hero_heading", "intro")}
        unchanged = (
            page.live
            and all(getattr(page, k) == v for k, v in fields.items())
            and [(b["type"], b["value"]) for b in page.body.raw_data] == body
        )
        if unchanged:
            continue
        for name, value in fields.items():
            setattr(page, name, value)
        page.body = [
            body[0],
            ("paragraph", paragraph(text["body_paragraph"])),
        ]
        page.save_revision().publish()
        changed += 1
    return f"{changed} home pages refreshed"


def load_award_stories() -> str:
    """The past programme's winners linked to the demo stories that tell them (a live story
    featuring the winning commitment or reformer), through awards.services.story_link, the
    service staff's "Start a story from this winner" ends with. Running again changes
    nothing."""
    staff = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    winners = Nomination.objects.filter(
        state=Nomination.State.WINNER,
        programme__results_published_at__isnull=False,
        story__isnull=True,
    ).order_by("pk")
    linked = 0
    for winner in winners:
        told = StoryPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
        if winner.commitment_id:
            told = told.filter(commitments=winner.commitment_id)
        elif winner.reformer_id:
            told = told.filter(reformers=winner.reformer_id)
        else:
            continue
        story = told.order_by("pk").first()
        if story is not None and staff is not None:
            award_services.story_link(nomination=winner, story=story, by=staff)
            linked += 1
    return f"{linked} winners linked to their stories"

"""The demo home page, in each language of home.yaml. Refreshed from the file when it differs,
left alone when it is the same (so running it again changes nothing)."""

from pathlib import Path

from django.conf import settings

from wagtail.models import Locale

from core.demo import paragraph, paragraph_html, read_yaml
from opengov.models import HomePage

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

"""Demo stories: an OpenStories index in each language and forty stories, ten translated.

Creates what is missing and leaves existing pages as editors left them, so running it again
changes nothing."""

import datetime
from html import escape

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale
from wagtail.rich_text import RichText

from community.models import ChallengeArea, Commitment, Country, Member, ReformerProfile, Theme
from opengov.demo import index_pages_ensure

from .models import StoryIndexPage, StoryPage

INDEX = {
    "en": ("OpenStories", "Stories of reforms and the reformers who made them happen, told by "
                          "the people who were there."),
    "fr": ("OpenStories", "Des récits de réformes et des personnes qui les ont rendues "
                          "possibles, racontés par celles et ceux qui y étaient."),
    "es": ("OpenStories", "Historias de reformas y de quienes las hicieron posibles, contadas "
                          "por quienes estuvieron allí."),
}  # fmt: skip


def _paragraph(text: str) -> RichText:
    return RichText(f"<p>{escape(text, quote=False)}</p>")


def _body(blocks):
    body = []
    for kind, value in blocks:
        if kind == "paragraph":
            value = _paragraph(value)
        elif kind == "callout":
            value = {"title": value["title"], "text": _paragraph(value["text"])}
        body.append((kind, value))
    return body


def _publish_at(page, date: datetime.date):
    moment = datetime.datetime.combine(date, datetime.time(9, 0), tzinfo=datetime.UTC)
    page.save_revision().publish()
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=moment, last_published_at=moment
    )


def _story(index: StoryIndexPage, row: dict) -> tuple[StoryPage, bool]:
    existing = StoryPage.objects.child_of(index).filter(slug=row["slug"]).first()
    if existing is not None:
        return existing.specific, False
    default = {"locale__language_code": settings.LANGUAGE_CODE}
    story = StoryPage(
        title=row["title"],
        slug=row["slug"],
        date=datetime.date.fromisoformat(row["date"]),
        intro=row["intro"],
        author_name=row["author"],
        body=_body(row["body"]),
        member=Member.objects.filter(code=row["member"]).first() if row["member"] else None,
        country=Country.objects.filter(iso3=row["country"], **default).first(),
    )
    story.themes = list(Theme.objects.filter(slug__in=row["themes"], **default))
    story.challenge_areas = list(
        ChallengeArea.objects.filter(slug__in=row["challenge_areas"], **default)
    )
    story.commitments = [
        c
        for code, title in row["commitments"]
        if (c := Commitment.objects.filter(action_plan__member__code=code, title=title).first())
    ]
    story.reformers = list(ReformerProfile.objects.filter(display_name__in=row["reformers"]))
    story.tags.set(row["tags"])
    index.add_child(instance=story)
    _publish_at(story, story.date)
    return story, True


def _translate(story: StoryPage, code: str, text: dict) -> bool:
    locale = Locale.objects.get(language_code=code)
    if story.get_translation_or_none(locale) is not None:
        return False
    translation = story.copy_for_translation(locale).specific
    translation.title = text["title"]
    translation.intro = text["intro"]
    translation.body = _body(text["body"])
    _publish_at(translation, story.date)
    return True


@transaction.atomic
def load_stories() -> str:
    from .demo_content import STORIES

    texts = {code: {"title": title, "intro": intro} for code, (title, intro) in INDEX.items()}
    indexes = index_pages_ensure(StoryIndexPage, slug="stories", texts=texts)
    created = translated = 0
    for row in STORIES:
        story, new = _story(indexes[settings.LANGUAGE_CODE], row)
        created += new
        for code, text in row.get("translations", {}).items():
            translated += _translate(story, code, text)
    return f"{created} stories and {translated} translations created ({len(STORIES)} in all)"

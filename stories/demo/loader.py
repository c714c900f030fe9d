"""Demo stories: an OpenStories index in each language and the stories in stories/*.md, each
translation next to its original (<slug>.fr.md), with hero images from images/. See
README.md here for the file format.

Creates what is missing and leaves existing pages as editors left them, so running it again
changes nothing."""

import datetime
import io
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.utils.file import hash_filelike

from community.models import ChallengeArea, Commitment, Country, Member, ReformerProfile, Theme
from core.demo import (
    default_locale_rows,
    index_pages_ensure,
    paragraph,
    pick,
    publish,
    read_markdown,
    read_yaml,
)
from stories.models import StoryIndexPage, StoryPage

DEMO = Path(__file__).parent


def load_stories() -> str:
    indexes = index_pages_ensure(
        StoryIndexPage, slug="stories", texts=read_yaml(DEMO / "index.yaml")
    )
    stories, translations = {}, {}
    for path in sorted((DEMO / "stories").glob("*.md")):
        slug, *language = path.name.removesuffix(".md").split(".")
        if language:
            translations.setdefault(slug, {})[language[0]] = read_markdown(path)
        else:
            stories[path] = read_markdown(path)
    links = _Links()
    created = translated = 0
    for path, (front, body) in sorted(stories.items(), key=lambda item: item[1][0]["date"]):
        story, new = _story(indexes[settings.LANGUAGE_CODE], path, front, body, links)
        created += new
        for code, (text, text_body) in sorted(translations.pop(story.slug, {}).items()):
            translated += _translate(story, code, text, text_body)
    if translations:
        raise ValueError(f"Translations without an original: {sorted(translations)}")
    return f"{created} stories and {translated} translations created ({len(stories)} in all)"


class _Links:
    """What stories point at, by stable key, fetched once."""

    def __init__(self):
        self.rows = {
            "member": {m.code: m for m in Member.objects.all()},
            "country": default_locale_rows(Country, "iso3"),
            "theme": default_locale_rows(Theme),
            "challenge area": default_locale_rows(ChallengeArea),
            "commitment": {c.public_id: c for c in Commitment.objects.all()},
            "reformer": {p.user.email: p for p in ReformerProfile.objects.select_related("user")},
        }

    def __call__(self, what: str, keys, source: Path) -> list:
        return pick(self.rows[what], keys, what=what, source=source)


def _image(path: Path, front: dict):
    """The Wagtail image of this file, found by its content (SHA-1, as Wagtail keeps it),
    created with the story's title and the alternative text if it is new."""
    content = path.read_bytes()
    image = get_image_model().objects.filter(file_hash=hash_filelike(io.BytesIO(content)))
    if (found := image.first()) is not None:
        return found
    image = get_image_model()(
        title=front["title"],
        description=front["hero_alt_text"],
        file=ImageFile(io.BytesIO(content), name=path.name),
    )
    image._set_image_file_metadata()  # size and hash, as Wagtail's upload form does
    image.save()
    return image


def _body(blocks):
    body = []
    for kind, value in blocks:
        if kind == "paragraph":
            value = paragraph(value)
        elif kind == "callout":
            value = {"title": value["title"], "text": paragraph(value["text"])}
        body.append((kind, value))
    return body


def _publish_at(page, date: datetime.date):
    publish(page, at=datetime.datetime.combine(date, datetime.time(9, 0), tzinfo=datetime.UTC))


def _story(index: StoryIndexPage, path: Path, front: dict, body, links: _Links):
    slug = path.name.removesuffix(".md")
    existing = StoryPage.objects.child_of(index).filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    story = StoryPage(
        title=front["title"],
        slug=slug,
        date=front["date"],
        intro=front["intro"],
        author_name=front["author"],
        body=_body(body),
        member=links("member", [front["member"]], path)[0] if front["member"] else None,
        country=links("country", [front["country"]], path)[0],
    )
    if front.get("hero_image"):
        story.hero_image = _image(DEMO / "images" / front["hero_image"], front)
        story.hero_alt_text = front["hero_alt_text"]
    story.themes = links("theme", front["themes"], path)
    story.challenge_areas = links("challenge area", front["challenge_areas"], path)
    story.commitments = links("commitment", front["commitments"], path)
    story.reformers = links("reformer", front["reformers"], path)
    story.tags.set(front["tags"])
    index.add_child(instance=story)
    _publish_at(story, story.date)
    return story, True


def _translate(story: StoryPage, code: str, text: dict, body) -> bool:
    locale = Locale.objects.get(language_code=code)
    if story.get_translation_or_none(locale) is not None:
        return False
    translation = story.copy_for_translation(locale).specific
    translation.title = text["title"]
    translation.intro = text["intro"]
    translation.body = _body(body)
    translation.hero_alt_text = text.get("hero_alt_text", translation.hero_alt_text)
    _publish_at(translation, story.date)
    return True

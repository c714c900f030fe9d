"""What the apps' demo loaders share: reading their data files, the section index pages, and
saving many objects without the per-object index work.

Demo content is data: YAML files, and Markdown with YAML front matter for long bodies (see
stories/demo/README.md for the body format). Each app's `demo/loader.py` reads its own files
and finds existing rows by stable keys (OGP-style ids, codes, slugs, e-mails)."""

import datetime
import re
from collections import defaultdict
from contextlib import contextmanager
from html import escape
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save

from modelcluster.fields import ParentalKey
from wagtail.log_actions import log
from wagtail.models import Locale, ReferenceIndex, Site
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

import yaml
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler

# --- Reading -------------------------------------------------------------------------------


# libyaml's parser when PyYAML was built with it (its wheels are): ten times faster
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml(text: str):
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader


def read_yaml(path: Path):
    return _yaml(path.read_text(encoding="utf-8"))


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def read_markdown(path: Path) -> tuple[dict, list[tuple[str, object]]]:
    """(front matter, body blocks) of a Markdown file. The body is a list of
    (block type, value): `## text` is a heading, `> ` lines a quote (a last line starting
    with "— " names who said it), a fence ```` ```type ```` holds the YAML value of a block
    of that type, and any other paragraph is plain text (its lines joined by spaces)."""
    text = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise ValueError(f"{path}: no YAML front matter")
    return _yaml(match.group(1)), _blocks(text[match.end() :].splitlines(), path)


def _blocks(lines: list[str], path: Path) -> list[tuple[str, object]]:
    blocks, i = [], 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
        elif lines[i].startswith("```"):
            end = lines.index("```", i + 1)
            blocks.append((lines[i][3:].strip(), _yaml("\n".join(lines[i + 1 : end]))))
            i = end + 1
        else:
            chunk = []
            while i < len(lines) and lines[i].strip():
                chunk.append(lines[i])
                i += 1
            blocks.append(_chunk(chunk, path))
    return blocks


def _chunk(lines: list[str], path: Path) -> tuple[str, object]:
    if lines[0].startswith("## "):
        if len(lines) > 1:
            raise ValueError(f"{path}: a heading takes one line: {lines[0]!r}")
        return "heading", lines[0][3:].strip()
    if lines[0].startswith(">"):
        paragraphs = " ".join(line[1:].strip() or "\n" for line in lines).split("\n")
        quote = {"text": paragraphs[0].strip(), "attribution": ""}
        if len(paragraphs) > 1 and paragraphs[-1].strip().startswith("— "):
            quote["attribution"] = paragraphs.pop().strip()[2:]
        quote["text"] = " ".join(p.strip() for p in paragraphs)
        return "quote", quote
    return "paragraph", " ".join(line.strip() for line in lines)


def paragraph_html(text: str) -> str:
    """Plain text as the HTML of a rich-text paragraph."""
    return f"<p>{escape(text, quote=False)}</p>"


def paragraph(text: str) -> RichText:
    """Plain text as a rich-text (StreamField block) paragraph."""
    return RichText(paragraph_html(text))


def pick(rows: dict, keys, *, what: str, source) -> list:
    """``rows[key]`` for each key, in order; a clear error naming the file for any key the
    data files mention but the database does not hold (a typo must not vanish silently)."""
    missing = [key for key in keys if key not in rows]
    if missing:
        raise ValueError(f"{source}: unknown {what}: {', '.join(map(str, missing))}")
    return [rows[key] for key in keys]


def default_locale_rows(model, key: str = "slug") -> dict:
    """{key: row} of a translatable vocabulary model in the default language."""
    rows = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return {getattr(row, key): row for row in rows}


# --- Pages ---------------------------------------------------------------------------------


def index_pages_ensure(model, *, slug: str, texts: dict[str, dict]) -> dict:
    """A section's index page under the home page (the default site's root), published in
    every language of ``texts`` ({"en": {"title": ..., "intro": ...}, "fr": ...}). Existing
    pages are left as they are."""
    home = Site.objects.get(is_default_site=True).root_page
    index = model.objects.child_of(home).first()
    if index is None:
        text = texts[settings.LANGUAGE_CODE]
        index = home.add_child(instance=model(slug=slug, **text))
        publish(index)
    pages = {settings.LANGUAGE_CODE: index.specific}
    for code, text in texts.items():
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        translation = index.get_translation_or_none(locale)
        if translation is None:
            translation = index.copy_for_translation(locale).specific
            for field, value in text.items():
                setattr(translation, field, value)
            publish(translation)
        pages[code] = translation.specific
    return pages


def publish(page, *, at: datetime.datetime | None = None) -> None:
    """Publish a page the loader has just created or copied (and changed): a first revision,
    made live at ``at`` (a story's date) or now. The end state of
    ``page.save_revision().publish()`` (live revision, dates, log entry, page_published)
    without reading the revision back into a page and validating the page again, which was
    a third of the demo's page time. Not for pages with aliases or comments."""
    revision = page.save_revision()
    page.live, page.expired, page.has_unpublished_changes = True, False, False
    page.live_revision = revision
    page.first_published_at = page.last_published_at = at or revision.created_at
    page.save(clean=False)
    log(instance=page, action="wagtail.publish", revision=revision, content_changed=True)
    page_published.send(sender=type(page), instance=page, revision=revision)


# --- Indexing once -------------------------------------------------------------------------


@contextmanager
def indexing_deferred():
    """Inside, saves skip Wagtail's per-object index work (its admin search index and its
    reference index, a task call for every save: three or four per published page); on the
    way out each object saved is indexed once, and the admin search index in bulk.

    Use it around a load of many objects in one transaction. The evidence search read model
    is not touched: pause it and rebuild it afterwards (search.api)."""
    saved = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[type(instance)].add(instance.pk)

    indexed = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="opengov-demo-indexing-deferred")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="opengov-demo-indexing-deferred")
        for model in indexed:
            post_save.connect(post_save_signal_handler, sender=model)
    with transaction.atomic():
        _index(saved, indexed)


def _index(saved: dict, indexed: list) -> None:
    for model, pks in saved.items():
        # an inline child (a recommendation) is indexed with its parent page, saved too
        if model in ReferenceIndex.tracked_models and not _is_child(model):
            for instance in model.objects.filter(pk__in=pks).order_by("pk"):
                ReferenceIndex.create_or_update_for_object(instance)
        if model in indexed:
            objects = model.get_indexed_objects().filter(pk__in=pks)
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, objects)


def _is_child(model) -> bool:
    return any(isinstance(field, ParentalKey) for field in model._meta.get_fields())

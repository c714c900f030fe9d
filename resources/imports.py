"""Import research papers from the Open Governance Research Exchange (OGRX) export (JSON).

The export is one JSON list of papers. Each item is validated; a bad item is reported with
its position in the list (1 for the first) and the reason, and skipped; the good ones are
created or updated through :mod:`resources.services`. Re-running the same file changes
nothing: each item is compared with the stored row (fetched up front, a few queries for the
whole file) before anything is written."""

import json
import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction

from tqdm import tqdm

from community import services as community_services
from community.imports import ImportReport

from . import services, signals, vocabulary
from .models import Resource

R = Resource
SOURCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
TAG_LENGTH = 100  # taggit's tag name length
FETCH_CHUNK = 500  # ids per query when loading stored rows (SQLite caps query parameters)

# OGRX's "type" values (lower-cased, hyphenated). Anything else is imported as OTHER.
KINDS = {
    "journal-article": R.Kind.JOURNAL_ARTICLE,
    "research-report": R.Kind.RESEARCH_REPORT,
    "report": R.Kind.RESEARCH_REPORT,
    "book": R.Kind.BOOK,
    "book-chapter": R.Kind.BOOK_CHAPTER,
    "conference-proceedings": R.Kind.CONFERENCE_PAPER,
    "conference-proceedings-white-paper": R.Kind.CONFERENCE_PAPER,
    "white-paper": R.Kind.WHITE_PAPER,
    "working-paper": R.Kind.WORKING_PAPER,
    "article-draft": R.Kind.WORKING_PAPER,
    "thesisdissertation": R.Kind.THESIS,
    "thesis-dissertation": R.Kind.THESIS,
    "thesis": R.Kind.THESIS,
    "dissertation": R.Kind.THESIS,
}


JSON_TYPES = {dict: "an object", str: "a string", int: "a number", float: "a number",
              bool: "true or false", type(None): "null"}  # fmt: skip


class ImportFileError(Exception):
    """The file as a whole cannot be imported (not JSON, not a list of papers)."""


class ItemInvalid(ValueError):
    pass


@dataclass
class ItemProblem:
    index: int  # position in the list, 1 for the first item
    source_id: str
    reason: str

    def __str__(self):
        who = f" ({self.source_id})" if self.source_id else ""
        return f"item {self.index}{who}: {self.reason}"


@dataclass
class ParsedItem:
    source_id: str
    title: str
    fields: dict
    categories: list[str]
    theme_slugs: set[str]
    area_slugs: set[str]


# --- Parsing one item --------------------------------------------------------------------


def parse_year(text: str, *, today: date | None = None) -> int | None:
    """The year of an OGRX paper date, or None when unknown.

    OGRX dates are typed by hand: 2016, 7/2015, 12/15 (month and two-digit year),
    12/23/2013, 1/4/16, sometimes empty. A two-digit year is in this century unless that
    would be in the future. Years outside 1900..next year are typing slips: unknown."""
    text = (text or "").strip()
    this_year = (today or date.today()).year
    if m := re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text):
        year, month, day = int(m[1]), m[2], m[3]
        if (month and not 1 <= int(month) <= 12) or (day and not 1 <= int(day) <= 31):
            return None
    elif m := re.fullmatch(r"(\d{1,2})/(\d{2}|\d{4})", text):
        if not 1 <= int(m[1]) <= 12:
            return None
        year = _full_year(m[2], this_year)
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text):
        year = _full_year(m[3], this_year)
        a, b = int(m[1]), int(m[2])
        if not (_is_date(year, a, b) or _is_date(year, b, a)):  # either order is in use
            return None
    else:
        return None
    return year if 1900 <= year <= this_year + 1 else None


def _full_year(digits: str, this_year: int) -> int:
    year = int(digits)
    if len(digits) == 4:
        return year
    century = this_year // 100 * 100
    return century + year if century + year <= this_year + 1 else century - 100 + year


def _is_date(year, month, day) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _text(item: dict, key: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ItemInvalid(f"'{key}' should be text, got {type(value).__name__}")
    return value.strip()


def _texts(item: dict, key: str) -> list[str]:
    """A list of text values without the empty ones, duplicates or known misspellings."""
    value = item.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | None) for v in value):
        raise ItemInvalid(f"'{key}' should be a list of text")
    cleaned = (" ".join((v or "").split()) for v in value)
    return list(dict.fromkeys(vocabulary.SPELLINGS.get(v, v) for v in cleaned if v))


def _kind(item: dict) -> str:
    raw = re.sub(r"[\s_]+", "-", _text(item, "type").lower())
    return KINDS.get(raw, R.Kind.OTHER)


def parse_item(item) -> ParsedItem:
    if not isinstance(item, dict):
        raise ItemInvalid(f"expected an object, got {type(item).__name__}")
    source_id = item.get("id")
    if isinstance(source_id, int) and not isinstance(source_id, bool):
        source_id = str(source_id)
    if not isinstance(source_id, str) or not source_id.strip():
        raise ItemInvalid("the paper has no id")
    source_id = source_id.strip()
    if not SOURCE_ID.match(source_id):
        raise ItemInvalid(f"'{source_id[:80]}' is not a paper id (letters and digits, at most 64)")
    title = " ".join(_text(item, "title").split())
    if not title:
        raise ItemInvalid("the paper has no title")
    url = _text(item, "url")
    if url and not url.lower().startswith(("http://", "https://")):
        raise ItemInvalid(f"'url' is not a web address: '{url[:80]}'")
    taxonomy = item.get("taxonomy") or {}
    if not isinstance(taxonomy, dict):
        raise ItemInvalid("'taxonomy' should be an object")
    categories = _texts(taxonomy, "category")
    too_long = [c for c in categories if len(c) > TAG_LENGTH]
    if too_long:
        raise ItemInvalid(f"category longer than {TAG_LENGTH} characters: '{too_long[0][:80]}…'")
    date_label = _text(item, "paper_date")
    themes, areas = vocabulary.classify(categories)
    return ParsedItem(
        source_id=source_id,
        title=title[:500],
        fields={
            "abstract": _text(item, "abstract"),
            "authors": _texts(item, "authors"),
            "year": parse_year(date_label),
            "date_label": date_label[:50],
            "kind": _kind(item),
            "url": url,
            "objectives": _texts(taxonomy, "objective"),
            "methodologies": _texts(taxonomy, "methodology"),
            "sectors": _texts(item, "sector"),
            "places": _texts(item, "region"),
        },
        categories=categories,
        theme_slugs=themes,
        area_slugs=areas,
    )


# --- Writing ------------------------------------------------------------------------------


class _Importer:
    def __init__(self, source_ids: list[str]):
        vocab = community_services.vocabulary_ensure()
        self.themes, self.areas = vocab["themes"], vocab["areas"]
        self.resources: dict[str, Resource] = {}
        for start in range(0, len(source_ids), FETCH_CHUNK):
            chunk = source_ids[start : start + FETCH_CHUNK]
            for resource in Resource.objects.filter(source_id__in=chunk).prefetch_related(
                "themes", "challenge_areas", "tagged_categories__tag"
            ):
                self.resources[resource.source_id] = resource

    def import_item(self, item: ParsedItem) -> str:
        themes = [self.themes[s] for s in sorted(item.theme_slugs)]
        areas = [self.areas[s] for s in sorted(item.area_slugs)]
        wanted = {"title": item.title, **item.fields}
        resource = self.resources.get(item.source_id)
        if resource is None:
            resource = services.resource_create(
                source_id=item.source_id,
                themes=themes,
                challenge_areas=areas,
                categories=item.categories,
                **wanted,
            )
            self.resources[resource.source_id] = resource
            return "created"
        same = (
            all(getattr(resource, k) == v for k, v in wanted.items())
            and {t.pk for t in resource.themes.all()} == {t.pk for t in themes}
            and {a.pk for a in resource.challenge_areas.all()} == {a.pk for a in areas}
            and {t.tag.name for t in resource.tagged_categories.all()} == set(item.categories)
        )
        if same:
            return "unchanged"
        services.resource_update(
            resource=resource,
            themes=themes,
            challenge_areas=areas,
            categories=item.categories,
            **wanted,
        )
        return "updated"


def _read_items(stream) -> list:
    try:
        data = json.load(stream)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"this is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"this is not UTF-8 text: {exc}") from exc
    if not isinstance(data, list):
        found = JSON_TYPES.get(type(data), type(data).__name__)
        raise ImportFileError(f"expected a JSON list of papers, found {found}")
    return data


def research_import(*, stream, progress: bool = False) -> ImportReport:
    """Import every good paper of an OGRX export; report the bad ones."""
    raw_items = _read_items(stream)
    report = ImportReport()
    parsed: list[tuple[int, ParsedItem]] = []
    first_index: dict[str, int] = {}
    for index, raw in enumerate(raw_items, start=1):
        try:
            item = parse_item(raw)
        except ItemInvalid as exc:
            report.problems.append(ItemProblem(index, _raw_id(raw), str(exc)))
            continue
        if item.source_id in first_index:
            reason = f"the id is used again (first by item {first_index[item.source_id]})"
            report.problems.append(ItemProblem(index, item.source_id, reason))
            continue
        first_index[item.source_id] = index
        parsed.append((index, item))

    importer = _Importer([item.source_id for _index, item in parsed])
    # One transaction for the whole file: SQLite would otherwise sync to disk once per
    # paper. Each paper still has its own savepoint (the services are atomic), so a paper
    # the database refuses is reported and the others are kept. The search index is fed
    # once at the end rather than paper by paper (see signals.py).
    with transaction.atomic(), signals.indexing_deferred():
        for index, item in tqdm(parsed, desc="Research", unit="paper", disable=not progress):
            try:
                outcome = importer.import_item(item)
            except ValidationError as exc:
                report.problems.append(ItemProblem(index, item.source_id, _reason(exc)))
                continue
            except (IntegrityError, DataError) as exc:
                report.problems.append(
                    ItemProblem(index, item.source_id, f"database refused it: {exc}")
                )
                continue
            report.counts[outcome] += 1
    report.problems.sort(key=lambda p: p.index)
    return report


def _reason(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
    return " ".join(exc.messages)


def _raw_id(raw) -> str:
    value = raw.get("id") if isinstance(raw, dict) else None
    return value.strip()[:64] if isinstance(value, str) else ""

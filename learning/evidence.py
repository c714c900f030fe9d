"""Courses and lessons in the evidence index: how they are described to the search layer,
which registers them (search.api.register_pages, called from apps.py). The search layer
never imports this app; it asks these functions when a page is published, unpublished or
deleted, and on a rebuild or reconcile.

A course and each lesson are records of their own (kinds "course" and "lesson"), one per
language version, with the course's themes and challenge areas and its level (a facet,
shown in the reader's language; its names in three languages among the tags, so the word
finds it), and for a lesson the course it belongs to, which results show beside it.

Only what a reader of the page sees before any attempt is indexed: a knowledge check's
questions, options, right answers and feedback never are."""

from django.utils import translation
from django.utils.html import strip_tags

from wagtail.models import Page

from search.api import PageEvidence, register_levels, register_pages

from .models import CoursePage, LessonPage, Level, ModulePage, original_of

COURSE, LESSON = "course", "lesson"  # search.models.Kind values
LANGUAGES = ("en", "fr", "es")  # the level's name in each, among the tags


def _text(value) -> str:
    return " ".join(strip_tags(str(value or "")).split())


def _reachable(page) -> bool:
    """Live, and so is every page above it (an unpublished course hides its lessons)."""
    return page.live and not Page.objects.ancestor_of(page).filter(live=False).exists()


def _level_names(level: str) -> list[str]:
    names = []
    for language in LANGUAGES:
        with translation.override(language):
            names.append(str(Level(level).label))
    return list(dict.fromkeys(names))


def _published(page):
    return page.last_published_at.date() if page.last_published_at else None


def _classification(course):
    original = original_of(course)
    return list(original.themes.all()), list(original.challenge_areas.all())


def course_evidence(course) -> list[PageEvidence]:
    if not _reachable(course):
        return []
    themes, areas = _classification(course)
    outcomes = " ".join(_text(block.value) for block in course.outcomes)
    return [
        PageEvidence(
            kind=COURSE,
            summary=course.summary,
            body=f"{outcomes} {course.audience}",
            themes=themes,
            areas=areas,
            tags=_level_names(course.level),
            context="",  # results show the level (search.api.register_levels)
            level=course.level,
            date=_published(course),
            quality=0.6,
        )
    ]


def _lesson_body(lesson) -> str:
    """The lesson's text, takeaways, reflection prompts and documents' descriptions; not
    its knowledge checks (their answers and feedback are shown only after an attempt)."""
    parts = []
    for block in lesson.body:
        if block.block_type == "text":
            parts.append(_text(block.value.source))
        elif block.block_type == "reflection":
            parts.append(_text(block.value["prompt"]))
        elif block.block_type == "takeaways":
            parts.extend(_text(item) for item in block.value["items"])
        elif block.block_type == "document":
            parts.append(_text(block.value["description"]))
    return " ".join(filter(None, parts))


def lesson_evidence(lesson) -> list[PageEvidence]:
    if not _reachable(lesson):
        return []
    course = CoursePage.objects.ancestor_of(lesson).first()
    if course is None:
        return []
    themes, areas = _classification(course)
    return [
        PageEvidence(
            kind=LESSON,
            summary=lesson.summary,
            body=_lesson_body(lesson),
            themes=themes,
            areas=areas,
            tags=_level_names(course.level),
            context=course.title,
            level=course.level,
            date=_published(lesson),
        )
    ]


def descendants(page) -> list[int]:
    """A course's or module's pages below it: their records show the course."""
    return list(Page.objects.descendant_of(page).values_list("pk", flat=True))


def register() -> None:
    register_levels(Level.choices)
    register_pages(
        "learning.coursepage",
        queryset=lambda: CoursePage.objects.live().select_related("locale"),
        describe=course_evidence,
        dependants=descendants,
    )
    register_pages(
        "learning.modulepage",
        queryset=lambda: ModulePage.objects.none(),
        describe=lambda page: [],
        dependants=descendants,
    )
    register_pages(
        "learning.lessonpage",
        queryset=lambda: LessonPage.objects.live().select_related("locale"),
        describe=lesson_evidence,
    )

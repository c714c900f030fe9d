"""Courses for tests: pages made the way editors make them, with knowledge checks whose
block ids are known to the test."""

import itertools
import uuid

import factory
import wagtail_factories

from learning.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from tests.stories.factories import home_page

_ids = itertools.count(1)


def new_id(label: str = "id") -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"test/{label}/{next(_ids)}"))


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Learning"
    slug = "learning"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "How to open a government, one commitment at a time."
    audience = "Officials and activists."
    estimated_hours = 3
    pass_mark = 70
    attempt_limit = 3
    cooldown_minutes = 30


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    summary = "A part of the course."


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "One idea, with an example."
    minutes = 10
    body = factory.LazyFunction(
        lambda: [{"type": "text", "value": "<p>Budgets are public.</p>", "id": new_id()}]
    )


def option(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


def question(text, options, kind="single"):
    return {"question": text, "kind": kind, "options": options}


def check_block(questions, heading="") -> dict:
    """A knowledge check block in the stored form, every question and option with an id."""
    items = []
    for q in questions:
        opts = [{"type": "item", "value": o, "id": new_id("option")} for o in q["options"]]
        items.append({"type": "item", "value": {**q, "options": opts}, "id": new_id("question")})
    return {
        "type": "knowledge_check",
        "value": {"heading": heading, "questions": items},
        "id": new_id("check"),
    }


def two_question_check(tag: str = "") -> dict:
    """Q1 single (A right), Q2 multiple (B and C right)."""
    return check_block(
        [
            question(
                f"Which one{tag}?",
                [
                    option("Alpha", True, f"Alpha feedback{tag}: well chosen."),
                    option("Beta", False, f"Beta feedback{tag}: not this one."),
                ],
            ),
            question(
                f"Which ones{tag}?",
                [
                    option("Gamma", False, f"Gamma feedback{tag}."),
                    option("Delta", True, f"Delta feedback{tag}."),
                    option("Epsilon", True, f"Epsilon feedback{tag}."),
                ],
                kind="multiple",
            ),
        ]
    )


def catalogue():
    existing = CourseIndexPage.objects.filter(locale__language_code="en").first()
    return existing or CourseIndexPageFactory(parent=home_page())


def course_build(*, modules=2, lessons_per_module=2, checks=(1,), parent=None, **fields):
    """A live course: `modules` × `lessons_per_module` lessons; the lessons whose number
    (1, 2, ...) is in `checks` carry a two-question knowledge check."""
    course = CoursePageFactory(parent=parent or catalogue(), **fields)
    number = 0
    for _m in range(modules):
        module = ModulePageFactory(parent=course)
        for _l in range(lessons_per_module):
            number += 1
            body = [{"type": "text", "value": "<p>Budgets are public.</p>", "id": new_id()}]
            if number in checks:
                body.append(two_question_check(f" {number}"))
            LessonPageFactory(parent=module, body=body)
    return course


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def right_answers(lesson, check_index=0) -> tuple[str, dict]:
    check = lesson.checks()[check_index]
    return check.id, {q.id: sorted(q.right) for q in check.questions}


def wrong_answers(lesson, check_index=0) -> tuple[str, dict]:
    check = lesson.checks()[check_index]
    answers = {}
    for q in check.questions:
        wrong = [o.id for o in q.options if not o.correct]
        answers[q.id] = wrong[:1]
    return check.id, answers

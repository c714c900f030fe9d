"""Demo courses: the course catalogue in each language of index.yaml, the courses under
courses/<slug>/ (course.yaml and lessons/<NN>-<slug>.md, with .fr.md and .es.md translations
beside them; the schema is in README.md here), and learners.yaml: demo reformers enrolled at
varied progress, with an issued and a revoked certificate.

Creates what is missing and leaves existing pages and records as they are, so running it
again changes nothing. Block ids are derived from the course and lesson slugs (uuid5), so a
translation's knowledge check has the original's ids without copying them by hand."""

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import Locale

from markdown_it import MarkdownIt

from community.models import ChallengeArea, Commitment, ReformerProfile, Theme
from core.demo import (
    _FRONT_MATTER,
    _yaml,
    default_locale_rows,
    index_pages_ensure,
    pick,
    publish,
    read_yaml,
)
from guide.models import GuideChapterPage
from learning import selectors, services
from learning.models import (
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
)
from stories.models import StoryPage

DEMO = Path(__file__).parent
_NAMESPACE = uuid.UUID("6f1c3f4e-5d0a-4b8e-9a57-1e0f3c2b7d41")
_MARKDOWN = MarkdownIt("commonmark", {"html": False})
# Wagtail's rich-text storage names bold and italic <b> and <i>
_TAGS = {"<em>": "<i>", "</em>": "</i>", "<strong>": "<b>", "</strong>": "</b>"}


def load_learning(root: Path = DEMO) -> str:
    indexes = index_pages_ensure(
        CourseIndexPage, slug="learning", texts=read_yaml(root / "index.yaml")
    )
    links = _Links()
    created = translated = 0
    courses = {}
    for folder in _course_folders(root):
        course, counts = _course_load(indexes, folder, links)
        courses[course.slug] = course
        created += counts[0]
        translated += counts[1]
    for folder in _course_folders(root):  # prerequisites, once every course exists
        _prerequisites(courses, read_yaml(folder / "course.yaml"), folder)
    learners = _learners_load(root / "learners.yaml", courses)
    return (
        f"{len(courses)} courses, {created} pages and {translated} translations created, "
        f"{learners} demo enrolments"
    )


def _course_folders(root: Path) -> list[Path]:
    return sorted(p for p in (root / "courses").iterdir() if (p / "course.yaml").exists())


def _id(*parts) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(map(str, parts))))


def rich_text(markdown: str) -> str:
    """Markdown as the HTML of a Wagtail rich-text value (raw HTML in it is escaped)."""
    html = _MARKDOWN.render(markdown).strip()
    for tag, stored in _TAGS.items():
        html = html.replace(tag, stored)
    return html


def read_lesson(path: Path) -> tuple[dict, str]:
    """(front matter, Markdown body) of a lesson file."""
    text = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise ValueError(f"{path}: no YAML front matter")
    return _yaml(match.group(1)), text[match.end() :]


class _Links:
    """What lessons and courses point at, by stable key, fetched once."""

    def __init__(self):
        default = Locale.get_default()
        self.rows = {
            "theme": default_locale_rows(Theme),
            "challenge area": default_locale_rows(ChallengeArea),
            "commitment": {c.public_id: c for c in Commitment.objects.all()},
            "story": {s.slug: s for s in StoryPage.objects.filter(locale=default)},
            "guide chapter": {g.slug: g for g in GuideChapterPage.objects.filter(locale=default)},
            "facilitator": {
                p.user.email: p for p in ReformerProfile.objects.featurable().select_related("user")
            },
        }

    def __call__(self, what: str, keys, source: Path) -> list:
        return pick(self.rows[what], keys or [], what=what, source=source)


# --- courses, modules, lessons ---------------------------------------------------------------


def _course_load(indexes: dict, folder: Path, links: _Links) -> tuple[CoursePage, tuple]:
    data = read_yaml(folder / "course.yaml")
    source = folder / "course.yaml"
    index = indexes[data.get("language", settings.LANGUAGE_CODE)]
    created = translated = 0
    course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if course is None:
        course = CoursePage(
            slug=data["slug"],
            estimated_hours=data["estimated_hours"],
            level=data["level"],
            pass_mark=data["pass_mark"],
            attempt_limit=data["attempt_limit"],
            cooldown_minutes=data["cooldown_minutes"],
            **_course_text(data, data["slug"]),
        )
        course.themes = links("theme", data.get("themes"), source)
        course.challenge_areas = links("challenge area", data.get("challenge_areas"), source)
        course.facilitators = links("facilitator", data.get("facilitators"), source)
        index.add_child(instance=course)
        publish(course)
        created += 1
    else:
        course = course.specific
    modules = {}
    for module_data in data["modules"]:
        module, new = _child(
            course, ModulePage, module_data["slug"],
            title=module_data["title"], summary=" ".join(module_data.get("summary", "").split()),
        )  # fmt: skip
        modules[module.slug] = (module, module_data)
        created += new
    pending = []
    for path, translations in _lesson_files(folder):
        front, body = read_lesson(path)
        module = modules.get(front["module"])
        if module is None:
            raise ValueError(f"{path}: unknown module {front['module']!r}")
        fields = _lesson_fields(data["slug"], front, body, front, links, path)
        lesson, new = _child(module[0], LessonPage, front["slug"], **fields)
        created += new
        pending += [(lesson, code, p, front) for code, p in sorted(translations.items())]
    # translations top down: a page is copied into a language under its parent's copy
    for code, text in sorted((data.get("translations") or {}).items()):
        translated += _translate(course, code, _course_text(text, data["slug"]))
        for module, module_data in modules.values():
            module_text = (module_data.get("translations") or {}).get(code)
            if module_text:
                translated += _translate(module, code, module_text)
    for lesson, code, path, front in pending:
        translated += _lesson_translate(lesson, code, path, data["slug"], front, links)
    return course, (created, translated)


def _course_text(data: dict, slug: str) -> dict:
    return {
        "title": data["title"],
        "summary": " ".join(data["summary"].split()),
        "audience": " ".join(data.get("audience", "").split()),
        "outcomes": [
            {"type": "outcome", "value": outcome, "id": _id(slug, "outcome", i)}
            for i, outcome in enumerate(data.get("outcomes") or [])
        ],
    }


def _lesson_files(folder: Path) -> list[tuple[Path, dict[str, Path]]]:
    originals, translations = [], {}
    for path in sorted((folder / "lessons").glob("*.md")):
        stem, *language = path.name.removesuffix(".md").split(".")
        if language:
            translations.setdefault(stem, {})[language[0]] = path
        else:
            originals.append(path)
    found = [(p, translations.pop(p.name.removesuffix(".md"), {})) for p in originals]
    if translations:
        raise ValueError(f"{folder}: translations without an original: {sorted(translations)}")
    return found


def _child(parent, model, slug: str, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    publish(page)
    return page, True


def _lesson_fields(course_slug, front, body, original, links, path) -> dict:
    """A lesson's fields from its file: `front` holds the text (original or translated),
    `original` the ids and links (examples, right answers) of the original file."""
    key = (course_slug, original["slug"])
    blocks = [{"type": "text", "value": rich_text(body), "id": _id(*key, "text")}]
    examples = original.get("examples") or {}
    if any(examples.values()):
        pages = {
            "guide": links("guide chapter", examples.get("guide"), path),
            "stories": links("story", examples.get("stories"), path),
            "commitments": links("commitment", examples.get("commitments"), path),
        }
        value = {name: _items(key, name, [row.pk for row in rows]) for name, rows in pages.items()}
        blocks.append({"type": "examples", "id": _id(*key, "examples"), "value": value})
    if front.get("reflection"):
        prompt = " ".join(front["reflection"].split())
        blocks.append(
            {"type": "reflection", "id": _id(*key, "reflection"), "value": {"prompt": prompt}}
        )
    if front.get("takeaways"):
        items = _items(key, "takeaways", front["takeaways"])
        blocks.append(
            {"type": "takeaways", "id": _id(*key, "takeaways"), "value": {"items": items}}
        )
    if front.get("checks"):
        blocks.append(_check_block(key, front["checks"], original["checks"], path))
    return {
        "title": front["title"],
        "summary": front.get("summary", ""),
        "minutes": original.get("minutes", 15),
        "body": blocks,
    }


def _items(key, name, values) -> list[dict]:
    return [{"type": "item", "value": v, "id": _id(*key, name, i)} for i, v in enumerate(values)]


def _check_block(key, questions, original_questions, path) -> dict:
    if len(questions) != len(original_questions):
        raise ValueError(f"{path}: not the original's {len(original_questions)} questions")
    items = []
    for q, (question, original) in enumerate(zip(questions, original_questions, strict=True)):
        if len(question["options"]) != len(original["options"]):
            raise ValueError(f"{path}: question {q + 1} has not the original's options")
        options = []
        for o, (option, first) in enumerate(
            zip(question["options"], original["options"], strict=True)
        ):
            value = {
                "text": option["text"],
                "correct": bool(first["correct"]),
                "feedback": " ".join((option.get("feedback") or "").split()),
            }
            options.append({"type": "item", "id": _id(*key, "check", q, o), "value": value})
        value = {
            "question": " ".join(question["question"].split()),
            "kind": original.get("kind", "single"),
            "options": options,
        }
        items.append({"type": "item", "id": _id(*key, "check", q), "value": value})
    value = {"heading": "", "questions": items}
    return {"type": "knowledge_check", "id": _id(*key, "check"), "value": value}


def _translate(page, code: str, fields: dict) -> int:
    locale = Locale.objects.get(language_code=code)
    if page.get_translation_or_none(locale) is not None:
        return 0
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        if name in ("title", "summary", "audience", "outcomes"):
            setattr(translation, name, value)
    publish(translation)
    return 1


def _lesson_translate(lesson, code, path, course_slug, original, links) -> int:
    locale = Locale.objects.get(language_code=code)
    if lesson.get_translation_or_none(locale) is not None:
        return 0
    if lesson.get_parent().get_translation_or_none(locale) is None:
        raise ValueError(f"{path}: its module has no {code} translation in course.yaml")
    front, body = read_lesson(path)
    fields = _lesson_fields(course_slug, front, body, original, links, path)
    translation = lesson.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    publish(translation)
    return 1


def _prerequisites(courses: dict, data: dict, folder: Path) -> None:
    course = courses[data["slug"]]
    wanted = pick(courses, data.get("prerequisites") or [], what="course", source=folder)
    if set(course.prerequisites.all()) != set(wanted):
        course.prerequisites = wanted
        course.save_revision().publish()


# --- learners --------------------------------------------------------------------------------


def _learners_load(path: Path, courses: dict) -> int:
    """Demo enrolments, made through the services as learners would make them: lessons
    completed in order, knowledge checks answered right."""
    if not path.exists():
        return 0
    users = {u.email: u for u in get_user_model().objects.all()}
    made = 0
    for row in read_yaml(path):
        user = pick(users, [row["learner"]], what="learner", source=path)[0]
        course = pick(courses, [row["course"]], what="course", source=path)[0]
        if Enrolment.objects.filter(user=user, course=course).exists():
            continue
        enrolment = services.enrolment_create(user=user, course=course)
        lessons = selectors.course_outline(course=course).lessons
        done = len(lessons) if row["lessons_done"] == "all" else row["lessons_done"]
        for lesson in lessons[:done]:
            _lesson_do(enrolment, lesson.original)
        if row.get("revoked"):
            services.certificate_revoke(
                certificate=Certificate.objects.get(enrolment=enrolment),
                reason=row["revoked"],
                by=None,
            )
        made += 1
    return made


def _lesson_do(enrolment, lesson: LessonPage) -> None:
    checks = lesson.checks()
    for check in checks:
        answers = {q.id: sorted(q.right) for q in check.questions}
        services.attempt_record(
            enrolment=enrolment, lesson=lesson, check_id=check.id, number=0, answers=answers
        )
    if not checks:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)

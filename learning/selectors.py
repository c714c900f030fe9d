"""Reads of the learning app: outlines, progress (one function), what a learner may do next,
the dashboard section and certificates. Each runs a fixed number of queries, whatever the
number of lessons, enrolments or courses."""

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField, Count, Max, Q, Value
from django.utils import timezone, translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from core import routing

from . import credentials, grading
from .models import (
    Attempt,
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    original_of,
)

_CODE = re.compile(r"[A-Za-z0-9_-]+")

# --- outlines --------------------------------------------------------------------------------


@dataclass
class OutlineLesson:
    original: LessonPage  # the page records point at
    page: LessonPage  # what the reader is shown: their language's version when it exists
    check_ids: tuple[str, ...]
    number: int = 0  # 1, 2, ... across the course


@dataclass
class OutlineModule:
    original: ModulePage
    page: ModulePage
    lessons: list[OutlineLesson] = field(default_factory=list)


@dataclass
class Outline:
    course: CoursePage  # the original
    modules: list[OutlineModule] = field(default_factory=list)

    @property
    def lessons(self) -> list[OutlineLesson]:
        return [lesson for module in self.modules for lesson in module.lessons]

    def lesson(self, original_pk: int) -> OutlineLesson | None:
        return next((x for x in self.lessons if x.original.pk == original_pk), None)


def course_outlines(*, courses, locale: Locale | None = None) -> dict[int, Outline]:
    """{original course id: Outline} for original courses: live modules and lessons in tree
    order, each in `locale` where it is translated. Four queries for any number of courses."""
    courses = list(courses)
    outlines = {course.pk: Outline(course) for course in courses}
    if not courses:
        return outlines
    under = reduce(or_, (routing.below(course) for course in courses))
    modules = list(ModulePage.objects.live().filter(under).order_by("path"))
    lessons = list(LessonPage.objects.live().filter(under).order_by("path"))
    shown = _translations(modules + lessons, locale)
    by_path = {}
    for course in courses:
        by_path[course.path] = outlines[course.pk]
    step = Page.steplen
    module_rows = {}
    for module in modules:
        outline = by_path.get(module.path[: len(module.path) - step])
        if outline is None:
            continue
        row = OutlineModule(module, shown.get(module.translation_key, module))
        outline.modules.append(row)
        module_rows[module.path] = row
    for lesson in lessons:
        row = module_rows.get(lesson.path[: len(lesson.path) - step])
        if row is not None:
            page = shown.get(lesson.translation_key, lesson)
            row.lessons.append(OutlineLesson(lesson, page, lesson.check_ids()))
    for outline in outlines.values():
        for number, lesson in enumerate(outline.lessons, 1):
            lesson.number = number
    return outlines


def _translations(pages, locale) -> dict:
    """{translation key: the live translation in `locale`} of the pages not already in it."""
    if locale is None:
        return {}
    wanted = {page.translation_key for page in pages if page.locale_id != locale.pk}
    if not wanted:
        return {}
    found = {}
    for model in (ModulePage, LessonPage):
        rows = model.objects.live().filter(locale=locale, translation_key__in=wanted)
        found.update({page.translation_key: page for page in rows})
    return found


def course_outline(*, course, locale: Locale | None = None) -> Outline:
    original = original_of(course)
    return course_outlines(courses=[original], locale=locale)[original.pk]


# --- progress: the one function --------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    lessons_done: int
    lessons_total: int
    checks_passed: int
    checks_total: int
    next_lesson: OutlineLesson | None  # the first lesson not yet complete
    done_lessons: frozenset[int] = frozenset()  # ids of the original lessons completed
    passed_checks: frozenset[tuple[int, str]] = frozenset()  # (lesson id, check id)

    @property
    def complete(self) -> bool:
        """Every lesson complete and every check passed: what earns a certificate."""
        return (
            self.lessons_total > 0
            and self.lessons_done == self.lessons_total
            and self.checks_passed == self.checks_total
        )

    @property
    def percent(self) -> int:
        return 100 * self.lessons_done // self.lessons_total if self.lessons_total else 0


def progress(*, enrolments, outlines: dict[int, Outline]) -> dict[int, Progress]:
    """{enrolment id: Progress} of enrolments whose courses' outlines are given. Lessons
    and checks count as they are now (a lesson added later is not done). One query: the
    lessons done (no check) and the checks passed, as one UNION."""
    enrolments = list(enrolments)
    ids = [e.pk for e in enrolments]
    done, passed = {}, {}
    completions = LessonCompletion.objects.filter(enrolment_id__in=ids).values_list(
        "enrolment_id", "lesson_id", Value("", output_field=CharField())
    )
    checks_passed = Attempt.objects.filter(enrolment_id__in=ids, passed=True).values_list(
        "enrolment_id", "lesson_id", "check_id"
    )
    for enrolment_id, lesson_id, check_id in completions.order_by().union(checks_passed.order_by()):
        if check_id:
            passed.setdefault(enrolment_id, set()).add((lesson_id, check_id))
        else:
            done.setdefault(enrolment_id, set()).add(lesson_id)
    result = {}
    for enrolment in enrolments:
        lessons = outlines[enrolment.course_id].lessons
        mine_done, mine_passed = done.get(enrolment.pk, set()), passed.get(enrolment.pk, set())
        checks = {(x.original.pk, c) for x in lessons for c in x.check_ids}
        result[enrolment.pk] = Progress(
            lessons_done=sum(1 for x in lessons if x.original.pk in mine_done),
            lessons_total=len(lessons),
            checks_passed=len(checks & mine_passed),
            checks_total=len(checks),
            next_lesson=next((x for x in lessons if x.original.pk not in mine_done), None),
            done_lessons=frozenset(mine_done),
            passed_checks=frozenset(checks & mine_passed),
        )
    return result


def enrolment_progress(*, enrolment, outline: Outline | None = None) -> Progress:
    outline = outline or course_outline(course=enrolment.course)
    return progress(enrolments=[enrolment], outlines={enrolment.course_id: outline})[enrolment.pk]


# --- what a learner may do -------------------------------------------------------------------


def enrolment_for(*, user, course) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=original_of(course)).first()


def missing_prerequisites(*, user, course, required=None) -> list[CoursePage]:
    """The prerequisite courses (originals) this person has not completed: the one rule,
    used by the enrol button to explain and by `services.enrolment_create` to refuse.
    `required`: the course's prerequisites by title, when the caller has them already."""
    if required is None:
        required = list(original_of(course).prerequisites.all().order_by("title"))
    if not required:
        return []
    done = set()
    if user.is_authenticated:
        done = set(
            Enrolment.objects.filter(
                user=user, course__in=required, completed_at__isnull=False
            ).values_list("course_id", flat=True)
        )
    return [c for c in required if c.pk not in done]


def courses_in_language(pages, locale: Locale) -> list:
    """Each course page in the reader's language where it is translated and live."""
    pages = list(pages)
    keys = [p.translation_key for p in pages if p.locale_id != locale.pk]
    found = {}
    if keys:
        found = {
            p.translation_key: p
            for p in CoursePage.objects.live().filter(locale=locale, translation_key__in=keys)
        }
    return [found.get(p.translation_key, p) for p in pages]


@dataclass(frozen=True)
class CheckState:
    """Where a learner stands with one check of a lesson."""

    check: grading.Check
    attempts: int
    passed: bool
    next_attempt_at: object  # a datetime in the future when paused, else None
    latest: Attempt | None
    latest_grade: grading.Grade | None  # the latest attempt's feedback


def check_states(*, enrolment, lesson, course) -> list[CheckState]:
    """The checks of `lesson` (the page shown) with this enrolment's attempts at each."""
    checks = lesson.checks()
    if not checks:
        return []
    attempts = {}
    if enrolment is not None:
        rows = Attempt.objects.filter(
            enrolment=enrolment, lesson=original_of(lesson), check_id__in=[c.id for c in checks]
        ).order_by("number")
        for attempt in rows:
            attempts.setdefault(attempt.check_id, []).append(attempt)
    now = timezone.now()
    states = []
    for check in checks:
        mine = attempts.get(check.id, [])
        failures = [a for a in mine if not a.passed]
        wait = grading.next_attempt_at(
            failures=len(failures),
            last_failure_at=failures[-1].created_at if failures else None,
            attempt_limit=course.attempt_limit,
            cooldown_minutes=course.cooldown_minutes,
        )
        latest = mine[-1] if mine else None
        states.append(
            CheckState(
                check=check,
                attempts=len(mine),
                passed=any(a.passed for a in mine),
                next_attempt_at=wait if wait and wait > now else None,
                latest=latest,
                latest_grade=grading.regrade(check, latest.answers, pass_mark=course.pass_mark)
                if latest
                else None,
            )
        )
    return states


# --- the dashboard section -------------------------------------------------------------------


@dataclass
class CourseOnDashboard:
    enrolment: Enrolment
    course: CoursePage  # in the reader's language
    progress: Progress


@dataclass
class MyLearning:
    in_progress: list[CourseOnDashboard]
    completed: list[CourseOnDashboard]
    certificates: list[Certificate]
    catalogue: object = None  # the course catalogue page in the reader's language

    def __bool__(self):
        return bool(self.in_progress or self.completed or self.certificates)


def my_learning(*, user, locale: Locale | None = None) -> MyLearning:
    """Courses in progress (with the next lesson), completed courses and certificates."""
    if locale is None:  # the reader's Locale, read with the catalogue in their language
        code = get_supported_content_language_variant(translation.get_language())
        catalogue = (
            CourseIndexPage.objects.live()
            .filter(locale__language_code=code)
            .select_related("locale")
            .first()
        )
        locale = catalogue.locale if catalogue is not None else Locale.get_active()
    else:
        catalogue = CourseIndexPage.objects.live().filter(locale=locale).first()
    catalogue = catalogue or CourseIndexPage.objects.live().order_by("pk").first()
    if not user.is_authenticated:
        return MyLearning([], [], [], catalogue)
    enrolments = list(Enrolment.objects.filter(user=user).select_related("course"))
    originals = {e.course_id: e.course for e in enrolments}
    outlines = course_outlines(courses=originals.values(), locale=locale)
    progresses = progress(enrolments=enrolments, outlines=outlines)
    shown = dict(zip(originals, courses_in_language(originals.values(), locale), strict=True))
    rows = [CourseOnDashboard(e, shown[e.course_id], progresses[e.pk]) for e in enrolments]
    certificates = list(
        Certificate.objects.filter(user=user).select_related("user__profile").order_by("-issued_at")
    )
    return MyLearning(
        in_progress=[r for r in rows if r.enrolment.completed_at is None],
        completed=[r for r in rows if r.enrolment.completed_at is not None],
        certificates=certificates,
        catalogue=catalogue,
    )


# --- certificates ----------------------------------------------------------------------------


def certificate_by_code(code: str) -> Certificate | None:
    """The certificate of a code, or None for a code that is unknown or of no shape ours
    have (checked before any query)."""
    if not (20 <= len(code) <= 64 and _CODE.fullmatch(code)):
        return None
    return (
        Certificate.objects.filter(code=code)
        .select_related("user__profile", "course", "revoked_by")
        .first()
    )


# --- Open Badges credentials (learning.credentials builds and signs them) --------------------

STATUS_LIST_CACHE_KEY = f"learning:status-list:{credentials.STATUS_LIST_NUMBER}"


def _course_facts(course: CoursePage) -> credentials.CourseFacts:
    return credentials.CourseFacts(
        id=course.pk, name=course.title, description=course.summary, pass_mark=course.pass_mark
    )


def certificate_credential(certificate: Certificate) -> str:
    """The signed credential of a certificate (fetched with `certificate_by_code`: no
    query), built from its stored fields: the same certificate gives the same token, in
    whatever language it is asked for (addresses and words in the site's language)."""
    with translation.override(settings.LANGUAGE_CODE):
        url = certificate.get_absolute_url()
    return credentials.certificate_credential(
        credentials.CertificateFacts(
            code=certificate.code,
            holder_name=certificate.holder_display_name,
            course=_course_facts(certificate.course),
            course_title=certificate.course_title,
            issued_at=certificate.issued_at,
            status_index=certificate.status_index,
            url=url,
        )
    )


def achievement(*, course_id: int) -> dict | None:
    """The Achievement of a course whose certificates point at it (a live course, or one
    that has certified someone), or None."""
    if not 0 < course_id < 2**31:  # no page id; the database could not even compare it
        return None
    course = (
        CoursePage.objects.filter(pk=course_id)
        .filter(Q(live=True) | Q(pk__in=Certificate.objects.values("course_id")))
        .first()
    )
    if course is None or original_of(course).pk != course.pk:
        return None
    return credentials.achievement_document(_course_facts(course))


def credential_check(token: str) -> credentials.Verification:
    """Check a pasted credential against our keys and our status records."""
    return credentials.verify(token, status_of=status_of, now=timezone.now())


def status_of(index: int) -> str:
    """The status of the certificate at a position of the status list (one query)."""
    found = list(
        Certificate.objects.filter(status_index=index)
        .order_by()
        .values_list("revoked_at", flat=True)[:1]
    )
    if not found:
        return credentials.UNKNOWN
    return credentials.VALID if found[0] is None else credentials.REVOKED


@dataclass(frozen=True)
class SignedList:
    token: str
    kid: str
    etag: str
    revoked: tuple  # (how many, latest revocation) when it was built


def status_list() -> SignedList:
    """The signed status list credential. Signing and compressing are done once per change:
    the cached list is dropped when a certificate is revoked (`status_list_forget`, on
    commit) and, should a list built from a read made just before that commit be stored
    just after it, it is rebuilt anyway when the revocations counted (one query) differ."""
    kid = credentials.kid_of(credentials.signing_key())
    summary = Certificate.objects.filter(revoked_at__isnull=False).aggregate(
        n=Count("pk"), last=Max("revoked_at")
    )
    revoked = (summary["n"], summary["last"])
    cached = cache.get(STATUS_LIST_CACHE_KEY)
    if isinstance(cached, SignedList) and cached.kid == kid and cached.revoked == revoked:
        return cached
    indexes = Certificate.objects.filter(revoked_at__isnull=False).values_list(
        "status_index", flat=True
    )
    now = timezone.now()
    token = credentials.sign(
        credentials.status_list_credential(list(indexes), valid_from=now), not_before=now
    )
    signed = SignedList(token=token, kid=kid, etag=credentials.etag(token), revoked=revoked)
    cache.set(STATUS_LIST_CACHE_KEY, signed, timeout=None)
    return signed


def status_list_forget() -> None:
    cache.delete(STATUS_LIST_CACHE_KEY)

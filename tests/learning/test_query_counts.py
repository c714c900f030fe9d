"""Queries of the learning pages at two sizes: the same number whatever the number of
courses, lessons, enrolments and attempts."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from community import labels
from core import languages
from learning import services
from learning.models import Enrolment
from tests.community.factories import ProfileFactory, UserFactory
from tests.learning.factories import course_build, lessons_of, wrong_answers
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

# measured (perf-queries, cold caches): 18, 17, 16 (the lesson's "Related evidence" finds no
# record of it here: tests/learning/test_evidence.py counts it with records), 17 (the
# dashboard with no peers or saved searches; its locale is read with the course catalogue
# and its page links ask for no Site: core.languages.page_url), 6. The course reads its
# original and its prerequisites once, and a page's live translations are read once for the
# <head> links and the language switcher; a page is routed in two queries at any depth
# (core.routing), the locale is read once per request, a reader without permissions costs no
# permission query
LIMITS = {"catalogue": 18, "course": 17, "lesson": 16, "dashboard": 17, "certificate": 6}


def _world(size: int):
    """`size` courses of `size` modules × 2 lessons, a learner enrolled in each, with some
    lessons done, failed attempts and certificates; other learners in the same courses."""
    learner = UserFactory()
    ProfileFactory(user=learner, visibility="public")
    courses = [course_build(modules=size, lessons_per_module=2, checks=(1, 3)) for _ in range(size)]
    for course in courses:
        enrolment = services.enrolment_create(user=learner, course=course)
        lessons = lessons_of(course)
        services.lesson_complete(enrolment=enrolment, lesson=lessons[1])
        check_id, answers = wrong_answers(lessons[0])
        services.attempt_record(
            enrolment=enrolment, lesson=lessons[0], check_id=check_id, number=0, answers=answers
        )
        for _ in range(size):
            Enrolment.objects.create(user=UserFactory(), course=course)
    certificate = services.certificate_issue(enrolment=Enrolment.objects.filter(user=learner)[0])
    return learner, courses, certificate


def _counts(client, size, django_assert_max_num_queries):
    learner, courses, certificate = _world(size)
    cache.clear()  # each size starts cold, as after a deploy
    labels.invalidate()
    languages._locale_codes.clear()  # and so does the process's table of locales
    client.force_login(learner)
    lesson = lessons_of(courses[0])[0]
    urls = {
        "catalogue": "/learning/?level=introductory",
        "course": courses[0].url,
        "lesson": lesson.url,
        "dashboard": "/dashboard/",
        "certificate": certificate.get_absolute_url(),
    }
    return {
        name: count_queries(client, url, django_assert_max_num_queries, LIMITS[name])
        for name, url in urls.items()
    }


def test_the_learning_pages_take_as_many_queries_at_any_size(client, django_assert_max_num_queries):
    small = _counts(client, 2, django_assert_max_num_queries)
    large = _counts(client, 5, django_assert_max_num_queries)
    assert large == small, (small, large)


def test_the_dashboard_shows_my_learning(client):
    learner, courses, certificate = _world(2)
    client.force_login(learner)
    html = client.get("/dashboard/").content.decode()
    assert "My learning" in html
    assert certificate.get_absolute_url() in html
    assert lessons_of(courses[0])[0].url in html  # the next lesson of a course in progress


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_a_course_outline_reads_its_modules_and_lessons_from_the_path_index(db):
    """Below the course as a range of paths (core.routing.below): as `path__startswith` (a
    LIKE), SQLite walked every page of the site for each (10,000 at scale)."""
    from learning import selectors

    course = course_build(modules=1, lessons_per_module=2)
    with CaptureQueriesContext(connection) as queries:
        outline = selectors.course_outline(course=course)
    assert len(outline.lessons) == 2
    read = [q["sql"] for q in queries if "_modulepage" in q["sql"] or "_lessonpage" in q["sql"]]
    assert len(read) == 2
    for sql in read:
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = " | ".join(row[-1] for row in cursor.fetchall())
        assert "SCAN" not in plan, plan

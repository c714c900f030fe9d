"""The last lessons of a course completed at the same moment (PostgreSQL, 20 threads):
exactly one certificate, one completion per lesson, no 500."""

from django.db import connection
from django.test import Client

import pytest

from learning import services
from learning.models import Certificate, Enrolment, LessonCompletion
from tests.community.factories import UserFactory
from tests.concurrency import all_at_once
from tests.learning.factories import course_build, lessons_of

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrency needs a server database (DATABASE_URL=postgres://...)",
    ),
]

THREADS = 20


def _nearly_done():
    """An enrolment with every lesson complete but the last two (no checks in the course)."""
    course = course_build(modules=2, lessons_per_module=2, checks=())
    lessons = lessons_of(course)
    user = UserFactory()
    enrolment = services.enrolment_create(user=user, course=course)
    for lesson in lessons[:2]:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    return user, enrolment, lessons[2:]


def test_the_last_two_lessons_completed_at_the_same_moment_issue_one_certificate():
    user, enrolment, last_two = _nearly_done()

    def complete(lesson):
        def call():
            client = Client()
            client.force_login(user)
            return client.post(lesson.url + "complete/").status_code

        return call

    statuses = all_at_once([complete(last_two[n % 2]) for n in range(THREADS)])
    assert statuses == [302] * THREADS
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert LessonCompletion.objects.filter(enrolment=enrolment).count() == 4
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_twenty_issues_of_one_certificate_at_once_make_one():
    """The unique constraint and get-or-create alone, without the enrolment lock."""
    _user, enrolment, last_two = _nearly_done()
    certificates = all_at_once(
        [lambda: services.certificate_issue(enrolment=enrolment).pk] * THREADS
    )
    assert len(set(certificates)) == 1
    assert Certificate.objects.count() == 1

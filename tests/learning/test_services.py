"""Enrolling, attempts, completion, progress and resume, prerequisites, certificates."""

import datetime

from django.db import IntegrityError, transaction

import pytest
from pypdf import PdfReader

from learning import selectors, services
from learning.models import Attempt, Certificate, Enrolment, LessonCompletion
from tests.learning.factories import course_build, lessons_of, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(db):
    # four lessons; the first and the third have a knowledge check
    return course_build(modules=2, lessons_per_module=2, checks=(1, 3))


def _pass(enrolment, lesson, number=0):
    check_id, answers = right_answers(lesson)
    return services.attempt_record(
        enrolment=enrolment, lesson=lesson, check_id=check_id, number=number, answers=answers
    )


def _fail(enrolment, lesson, number):
    check_id, answers = wrong_answers(lesson)
    return services.attempt_record(
        enrolment=enrolment, lesson=lesson, check_id=check_id, number=number, answers=answers
    )


def test_enrolling_twice_is_harmless_and_the_database_refuses_a_second_row(reformer, course):
    first = services.enrolment_create(user=reformer, course=course)
    assert services.enrolment_create(user=reformer, course=course) == first
    assert Enrolment.objects.count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(user=reformer, course=course)


def test_prerequisites_are_refused_until_completed(reformer, course):
    advanced = course_build(modules=1, lessons_per_module=1, checks=())
    advanced.prerequisites = [course]
    advanced.save()
    assert selectors.missing_prerequisites(user=reformer, course=advanced) == [course]
    with pytest.raises(services.LearningError) as refused:
        services.enrolment_create(user=reformer, course=advanced)
    assert refused.value.missing == [course]
    enrolment = services.enrolment_create(user=reformer, course=course)
    lessons = lessons_of(course)
    _pass(enrolment, lessons[0])
    services.lesson_complete(enrolment=enrolment, lesson=lessons[1])
    _pass(enrolment, lessons[2])
    services.lesson_complete(enrolment=enrolment, lesson=lessons[3])
    assert selectors.missing_prerequisites(user=reformer, course=advanced) == []
    assert services.enrolment_create(user=reformer, course=advanced).course == advanced


def test_progress_counts_lessons_and_checks_and_resumes_at_the_first_unfinished(reformer, course):
    lessons = lessons_of(course)
    enrolment = services.enrolment_create(user=reformer, course=course)
    progress = selectors.enrolment_progress(enrolment=enrolment)
    assert (progress.lessons_done, progress.lessons_total) == (0, 4)
    assert (progress.checks_passed, progress.checks_total) == (0, 2)
    assert progress.next_lesson.original == lessons[0]

    services.lesson_complete(enrolment=enrolment, lesson=lessons[1])  # out of order
    progress = selectors.enrolment_progress(enrolment=enrolment)
    assert progress.lessons_done == 1 and progress.next_lesson.original == lessons[0]

    _pass(enrolment, lessons[0])  # passing the check completes its lesson
    progress = selectors.enrolment_progress(enrolment=enrolment)
    assert (progress.lessons_done, progress.checks_passed) == (2, 1)
    assert progress.next_lesson.original == lessons[2]
    assert not progress.complete


def test_a_lesson_with_a_check_is_complete_only_once_the_check_is_passed(reformer, course):
    lesson = lessons_of(course)[0]
    enrolment = services.enrolment_create(user=reformer, course=course)
    with pytest.raises(services.LearningError, match="knowledge check"):
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    _fail(enrolment, lesson, 0)
    with pytest.raises(services.LearningError):
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    assert not LessonCompletion.objects.exists()
    _pass(enrolment, lesson, 1)
    assert LessonCompletion.objects.filter(enrolment=enrolment, lesson=lesson).count() == 1
    # marking it complete again changes nothing
    services.lesson_complete(enrolment=enrolment, lesson=lesson)
    assert LessonCompletion.objects.count() == 1


def test_every_attempt_is_recorded_with_its_answers_score_and_result(reformer, course):
    lesson = lessons_of(course)[0]
    enrolment = services.enrolment_create(user=reformer, course=course)
    _fail(enrolment, lesson, 0)
    attempt, result = _pass(enrolment, lesson, 1)
    rows = list(Attempt.objects.order_by("number").values_list("number", "score", "passed"))
    assert rows == [(0, 0, False), (1, 100, True)]
    assert attempt.check_id == lesson.checks()[0].id
    assert attempt.answers == right_answers(lesson)[1]


def test_a_replayed_attempt_is_refused_and_not_recorded(reformer, course):
    lesson = lessons_of(course)[0]
    enrolment = services.enrolment_create(user=reformer, course=course)
    _fail(enrolment, lesson, 0)
    with pytest.raises(services.SubmissionRefused, match="already submitted"):
        _fail(enrolment, lesson, 0)
    with pytest.raises(services.SubmissionRefused, match="already submitted"):
        _fail(enrolment, lesson, 5)
    assert Attempt.objects.count() == 1


def test_a_passed_check_takes_no_more_attempts(reformer, course):
    lesson = lessons_of(course)[0]
    enrolment = services.enrolment_create(user=reformer, course=course)
    _pass(enrolment, lesson, 0)
    with pytest.raises(services.SubmissionRefused, match="already passed"):
        _pass(enrolment, lesson, 1)


def test_after_the_attempt_limit_the_learner_waits_for_the_cool_down(reformer, course):
    lesson = lessons_of(course)[0]
    enrolment = services.enrolment_create(user=reformer, course=course)
    for number in range(3):
        _fail(enrolment, lesson, number)
    with pytest.raises(services.SubmissionRefused, match="Try again after"):
        _pass(enrolment, lesson, 3)
    assert Attempt.objects.count() == 3
    # the pause (30 minutes, server clock) is over once the last failure is that old
    last = Attempt.objects.get(number=2)
    Attempt.objects.filter(pk=last.pk).update(
        created_at=last.created_at - datetime.timedelta(minutes=31)
    )
    _attempt, result = _pass(enrolment, lesson, 3)
    assert result.passed


def test_a_check_of_another_lesson_or_course_is_refused(reformer, course):
    lessons = lessons_of(course)
    enrolment = services.enrolment_create(user=reformer, course=course)
    check_id, answers = right_answers(lessons[2])
    with pytest.raises(services.SubmissionRefused, match="not part of this lesson"):
        services.attempt_record(
            enrolment=enrolment, lesson=lessons[0], check_id=check_id, number=0, answers=answers
        )
    other = lessons_of(course_build(modules=1, lessons_per_module=1))[0]
    check_id, answers = right_answers(other)
    with pytest.raises(services.LearningError, match="not part of the course"):
        services.attempt_record(
            enrolment=enrolment, lesson=other, check_id=check_id, number=0, answers=answers
        )
    assert not Attempt.objects.exists()


def test_completing_the_course_issues_one_certificate_and_marks_the_enrolment(reformer, course):
    lessons = lessons_of(course)
    enrolment = services.enrolment_create(user=reformer, course=course)
    _pass(enrolment, lessons[0])
    services.lesson_complete(enrolment=enrolment, lesson=lessons[1])
    _pass(enrolment, lessons[2])
    assert not Certificate.objects.exists()
    services.lesson_complete(enrolment=enrolment, lesson=lessons[3])
    certificate = Certificate.objects.get()
    assert len(certificate.code) >= 22  # ≥ 128 bits in URL-safe base64
    assert certificate.course_title == course.title
    enrolment.refresh_from_db()
    assert enrolment.completed_at == certificate.issued_at
    assert services.certificate_issue(enrolment=enrolment) == certificate
    assert Certificate.objects.count() == 1


def test_each_certificate_gets_its_own_status_list_position(course):
    from tests.community.factories import UserFactory

    indexes = set()
    for _n in range(5):
        enrolment = Enrolment.objects.create(user=UserFactory(), course=course)
        indexes.add(services.certificate_issue(enrolment=enrolment).status_index)
    assert len(indexes) == 5


def test_revoking_needs_a_reason_and_is_kept(reformer, staff, course):
    enrolment = Enrolment.objects.create(user=reformer, course=course)
    certificate = services.certificate_issue(enrolment=enrolment)
    with pytest.raises(services.LearningError):
        services.certificate_revoke(certificate=certificate, reason="  ", by=staff)
    services.certificate_revoke(certificate=certificate, reason="Plagiarised", by=staff)
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revocation_reason == "Plagiarised"
    first = certificate.revoked_at
    services.certificate_revoke(certificate=certificate, reason="Again", by=staff)
    certificate.refresh_from_db()
    assert (certificate.revoked_at, certificate.revocation_reason) == (first, "Plagiarised")


def test_the_pdf_is_made_by_the_task_queued_at_issue(
    reformer, course, django_capture_on_commit_callbacks
):
    enrolment = Enrolment.objects.create(user=reformer, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue(enrolment=enrolment)
    certificate.refresh_from_db()
    assert certificate.pdf.name.startswith("certificates/")
    assert certificate.code not in certificate.pdf.name
    with certificate.pdf.open("rb") as file:
        text = "".join(page.extract_text() for page in PdfReader(file).pages)
    assert course.title in text and certificate.code in text


def test_the_learners_records_are_in_their_data_download(reformer, course):
    from community import personal_data

    lesson = lessons_of(course)[0]
    enrolment = services.enrolment_create(user=reformer, course=course)
    _pass(enrolment, lesson)
    part = personal_data.collect(user=reformer)["learning"]
    assert [e["course"] for e in part["enrolments"]] == [course.title]
    assert part["attempts"][0]["passed"] is True
    assert part["certificates"] == []

"""The pages: what a lesson shows before and after an attempt, submissions of every shape,
enrolling (with prerequisites), resume, the verification page, a French lesson."""

import copy

from django.conf import settings

from wagtail.models import Locale

import pytest

from learning import services
from learning.models import Attempt, Certificate, Enrolment
from tests import shared_data
from tests.community.factories import ProfileFactory, UserFactory
from tests.learning.factories import course_build, lessons_of, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


def _build():
    course = course_build(modules=1, lessons_per_module=3, checks=(1,), title="Budgets 101")
    other = course_build(modules=1, lessons_per_module=1, checks=(1,), title="Contracts 101")
    learner = UserFactory(email="learner@example.org")
    ProfileFactory(user=learner, display_name="Ama Learner", visibility="private")
    enrolment = services.enrolment_create(user=learner, course=course)
    return {
        "course": course,
        "lessons": lessons_of(course),
        "other_lesson": lessons_of(other)[0],
        "learner": learner,
        "enrolment": enrolment,
    }


@pytest.fixture(scope="module")
def world_module(request, django_db_blocker):
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(_build())


@pytest.fixture
def world(world_module, db):
    return copy.deepcopy(world_module)


def _feedback_texts(lesson):
    return [o.feedback for c in lesson.checks() for q in c.questions for o in q.options]


def test_a_lesson_sends_no_answer_and_no_feedback_before_an_attempt(client, world):
    lesson = world["lessons"][0]
    for user in (None, world["learner"]):
        if user:
            client.force_login(user)
        html = client.get(lesson.url).content.decode()
        assert "Which one 1?" in html and "Alpha" in html  # the questions are there
        for feedback in _feedback_texts(lesson):
            assert feedback not in html
        assert "correct" not in html.lower()
        assert "well chosen" not in html


def _post(client, lesson, check_id, answers, attempt=0):
    data = {"check": check_id, "attempt": attempt}
    for question_id, options in answers.items():
        data[f"answer-{question_id}"] = options
    return client.post(lesson.url + "check/", data)


def test_an_attempt_shows_the_feedback_of_the_options_chosen_only(client, world):
    lesson = world["lessons"][0]
    client.force_login(world["learner"])
    check_id, answers = wrong_answers(lesson)
    response = _post(client, lesson, check_id, answers)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Beta feedback 1: not this one." in html  # chosen
    assert "Alpha feedback 1" not in html  # not chosen: the right answer stays unknown
    assert Attempt.objects.get().passed is False


def _tampered(world):
    lesson = world["lessons"][0]
    check = lesson.checks()[0]
    q1, q2 = check.questions
    a, b = (o.id for o in q1.options)
    c, d, e = (o.id for o in q2.options)
    other_check, other_answers = right_answers(world["other_lesson"])
    return {
        "unknown option": (check.id, {q1.id: ["nope"], q2.id: [d, e]}, "not one of"),
        "option of another question": (check.id, {q1.id: [c], q2.id: [d, e]}, "not one of"),
        "an option twice": (check.id, {q1.id: [a], q2.id: [d, d]}, "sent twice"),
        "two answers to one": (check.id, {q1.id: [a, b], q2.id: [d, e]}, "several answers"),
        "another lesson's check": (other_check, other_answers, "not part of this lesson"),
        "no check": ("", {q1.id: [a]}, "required"),
        "a huge option": (check.id, {q1.id: ["x" * 5000], q2.id: [d]}, "not ones this form"),
        "nothing answered": (check.id, {}, "Answer every question"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "unknown option",
        "option of another question",
        "an option twice",
        "two answers to one",
        "another lesson's check",
        "no check",
        "a huge option",
        "nothing answered",
    ],
)
def test_a_tampered_submission_gets_a_400_with_its_reason_and_records_nothing(client, world, case):
    check_id, answers, message = _tampered(world)[case]
    client.force_login(world["learner"])
    response = _post(client, world["lessons"][0], check_id, answers)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Attempt.objects.exists()


def test_a_replayed_post_is_a_400_and_keeps_one_attempt(client, world):
    lesson = world["lessons"][0]
    client.force_login(world["learner"])
    check_id, answers = wrong_answers(lesson)
    assert _post(client, lesson, check_id, answers).status_code == 200
    replay = _post(client, lesson, check_id, answers)
    assert replay.status_code == 400
    assert "already submitted" in replay.content.decode()
    assert Attempt.objects.count() == 1


def test_a_refused_submission_keeps_what_was_ticked(client, world):
    lesson = world["lessons"][0]
    client.force_login(world["learner"])
    check = lesson.checks()[0]
    q1, q2 = check.questions
    response = _post(client, lesson, check.id, {q1.id: [q1.options[1].id]})  # q2 left blank
    assert response.status_code == 400
    assert f'value="{q1.options[1].id}" id="o-{q1.options[1].id}" checked' in (
        response.content.decode()
    )


def test_answers_need_an_enrolment_and_a_sign_in(client, world):
    lesson = world["lessons"][0]
    check_id, answers = right_answers(lesson)
    response = _post(client, lesson, check_id, answers)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(UserFactory())
    response = _post(client, lesson, check_id, answers)
    assert response.status_code == 403
    assert "Enrol in the course" in response.content.decode()
    assert client.get(lesson.url + "check/").status_code == 405
    assert not Attempt.objects.exists()


def test_passing_the_checks_and_completing_lessons_leads_to_the_certificate(client, world):
    lessons = world["lessons"]
    client.force_login(world["learner"])
    check_id, answers = right_answers(lessons[0])
    assert _post(client, lessons[0], check_id, answers).status_code == 200
    response = client.post(lessons[1].url + "complete/")
    assert response.status_code == 302 and response["Location"] == lessons[2].url
    response = client.post(lessons[2].url + "complete/")
    assert response["Location"] == world["course"].url
    certificate = Certificate.objects.get()
    page = client.get(world["course"].url).content.decode()
    assert certificate.get_absolute_url() in page


def test_a_lesson_with_a_check_cannot_be_marked_complete_by_hand(client, world):
    client.force_login(world["learner"])
    response = client.post(world["lessons"][0].url + "complete/")
    assert response.status_code == 400
    assert "Pass this lesson" in response.content.decode()


def test_the_course_page_resumes_at_the_next_unfinished_lesson(client, world):
    services.lesson_complete(enrolment=world["enrolment"], lesson=world["lessons"][1])
    client.force_login(world["learner"])
    html = client.get(world["course"].url).content.decode()
    assert f'href="{world["lessons"][0].url}">Resume' in html
    assert "1 of 3 lessons done" in html


def test_the_enrol_button_explains_what_is_missing_and_links_to_it(client, world):
    advanced = course_build(modules=1, lessons_per_module=1, checks=(), title="Budgets 201")
    advanced.prerequisites = [world["course"]]
    advanced.save_revision().publish()
    client.force_login(UserFactory())
    html = client.get(advanced.url).content.decode()
    assert "Complete these first" in html
    assert f'<a href="{world["course"].url}">Budgets 101</a>' in html
    response = client.post(advanced.url + "enrol/")  # the service refuses too
    assert response.status_code == 400
    assert "Complete the courses this one builds on first." in response.content.decode()
    assert not Enrolment.objects.filter(course=advanced).exists()


def test_enrolling_sends_to_the_first_lesson_and_twice_is_harmless(client, world):
    user = UserFactory()
    client.force_login(user)
    response = client.post(world["course"].url + "enrol/")
    assert response["Location"] == world["lessons"][0].url
    client.post(world["course"].url + "enrol/")
    assert Enrolment.objects.filter(user=user).count() == 1


# --- verification ----------------------------------------------------------------------------


def _certificate(world):
    return services.certificate_issue(enrolment=world["enrolment"])


def test_the_verification_page_shows_a_valid_certificate_to_anyone(client, world):
    certificate = _certificate(world)
    html = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "Valid." in html and "Budgets 101" in html
    # the name the holder chose (their profile's, private as it is), without a profile link
    slug = world["learner"].profile.slug
    assert "Ama Learner" in html and f"/reformers/{slug}/" not in html


def test_a_revoked_certificate_says_so_at_once_with_the_reason(client, world, staff):
    certificate = _certificate(world)
    services.certificate_revoke(certificate=certificate, reason="Answers copied", by=staff)
    html = client.get(f"/fr/certificates/{certificate.code}/").content.decode()
    assert "Answers copied" in html and "Valid." not in html


def test_without_a_profile_the_name_given_at_issue_is_shown(client, world):
    user = UserFactory(first_name="Kofi", last_name="Mensah")
    enrolment = Enrolment.objects.create(user=user, course=world["course"])
    certificate = services.certificate_issue(enrolment=enrolment)
    assert "Kofi Mensah" in client.get(certificate.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "code",
    [
        "A" * 43,  # the shape of a code, unknown
        "x",
        "x" * 5000,
        "%C3%A9" * 10,
        "../../etc/passwd",
        "a%00b" + "c" * 30,
        "²" * 40,
        "' OR 1=1 --",
        "<script>alert(1)</script>",
    ],
)
def test_unknown_and_malformed_codes_are_a_404_with_a_message(client, world, code):
    response = client.get(f"/certificates/{code}/")
    assert response.status_code == (400 if "%00" in code else 404)  # NUL: the site's 400
    if "/" not in code and "%00" not in code:  # a slash: not a certificate address
        assert "No certificate has this code" in response.content.decode()


def test_the_not_found_page_title_is_plain_text(client, world):
    """The link to the credential check belongs in the page, not in its <title>."""
    html = client.get("/certificates/" + "A" * 43 + "/").content.decode()
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in title and "Certificate not found" in title
    assert 'href="/certificates/verify/"' in html


# --- in French -------------------------------------------------------------------------------


def test_a_french_lesson_is_graded_and_recorded_against_the_original(client, world):
    fr = Locale.objects.get(language_code="fr")
    lesson = world["lessons"][0]
    course = world["course"]
    french_course = course.copy_for_translation(fr, copy_parents=True)
    french_course.title = "Budgets 101 en français"
    french_course.save_revision().publish()
    module = lesson.get_parent().copy_for_translation(fr)
    module.save_revision().publish()
    french = lesson.copy_for_translation(fr).specific
    french.title = "Première leçon"
    french.save_revision().publish()
    client.force_login(world["learner"])
    response = client.get(french.url)
    html = response.content.decode()
    assert french.url.startswith("/fr/") and "Première leçon" in html
    assert "Budgets 101 en français" in html  # its course, in French
    check_id, answers = right_answers(french)
    assert check_id == right_answers(lesson)[0]  # the same check in both languages
    assert _post(client, french, check_id, answers).status_code == 200
    attempt = Attempt.objects.get()
    assert attempt.lesson_id == lesson.pk and attempt.passed
    assert settings.LANGUAGE_CODE == "en"


def test_the_catalogue_lists_courses_in_the_readers_alphabetical_order(client, world):
    """By the titles shown, collated: "Éthique…" with the Es, not after "Z"."""
    course_build(modules=1, lessons_per_module=1, checks=(), title="Éthique publique")
    course_build(modules=1, lessons_per_module=1, checks=(), title="Zones franches")
    course_build(modules=1, lessons_per_module=1, checks=(), title="Droits d'accès")
    html = client.get("/learning/").content.decode()
    positions = [html.index(title) for title in ("Droits d", "Éthique", "Zones")]
    assert positions == sorted(positions)

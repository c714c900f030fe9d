"""The admin: courses are pages in the review workflow; learning records are read-only
listings for staff; revoking a certificate (with a reason) is the one write."""

from django.contrib.auth.models import Group

from wagtail.models import Workflow

import pytest

from learning import services
from learning.models import Certificate, Enrolment
from tests.community.factories import UserFactory
from tests.learning.factories import course_build, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(reformer):
    course = course_build(modules=1, lessons_per_module=1, checks=())
    enrolment = Enrolment.objects.create(user=reformer, course=course)
    return services.certificate_issue(enrolment=enrolment)


def test_courses_and_lessons_go_through_the_moderators_approval_workflow(certificate):
    lesson = lessons_of(certificate.course)[0]
    for page in (certificate.course, lesson):
        workflow = page.get_workflow()
        assert isinstance(workflow, Workflow) and workflow.active
        assert [t.name for t in workflow.tasks.all()] == ["Moderators approval"]


def test_staff_list_and_inspect_the_records_but_cannot_add_edit_or_delete(
    client, staff, certificate
):
    client.force_login(staff)
    for name in ("certificate", "enrolment", "attempt"):
        assert client.get(f"/admin/learning/{name}s/").status_code == 200
    assert client.get(f"/admin/learning/certificates/inspect/{certificate.pk}/").status_code == 200
    for url in (
        "/admin/learning/certificates/new/",
        f"/admin/learning/certificates/edit/{certificate.pk}/",
        f"/admin/learning/certificates/delete/{certificate.pk}/",
    ):
        assert client.get(url).status_code in (302, 403), url
    assert Certificate.objects.count() == 1


def test_staff_revoke_with_a_reason_and_the_public_page_says_so_at_once(client, staff, certificate):
    client.force_login(staff)
    url = f"/admin/learning/certificates/revoke/{certificate.pk}/"
    listing = client.get("/admin/learning/certificates/").content.decode()
    assert url in listing
    response = client.post(url, {"reason": ""})
    assert response.status_code == 400
    assert not Certificate.objects.get().is_revoked
    response = client.post(url, {"reason": "Identity not confirmed"})
    assert response.status_code == 302
    revoked = Certificate.objects.get()
    assert revoked.revoked_by == staff
    client.logout()
    html = client.get(certificate.get_absolute_url()).content.decode()
    assert "Identity not confirmed" in html and "Revoked." in html


def test_editors_and_moderators_cannot_see_or_revoke_certificates(client, editor, certificate):
    moderator = UserFactory(email="mod@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    for user in (editor, moderator):
        client.force_login(user)
        assert client.get("/admin/learning/certificates/").status_code in (302, 403)
        response = client.post(
            f"/admin/learning/certificates/revoke/{certificate.pk}/", {"reason": "no"}
        )
        assert response.status_code in (302, 403)
    assert not Certificate.objects.get().is_revoked


def test_an_editor_translates_a_course_with_its_modules_and_lessons(client, editor, certificate):
    from wagtail.models import Locale

    from learning.models import LessonPage, ModulePage

    course = certificate.course
    fr = Locale.objects.get(language_code="fr")
    client.force_login(editor)
    home = course.get_parent().get_parent()  # the whole tree, as editors translate it
    response = client.post(
        f"/admin/translation/submit/page/{home.pk}/",
        {"locales": [fr.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    assert course.get_translation(fr).title == course.title  # a copy for the translator
    assert ModulePage.objects.filter(locale=fr).count() == 1
    french_lesson = LessonPage.objects.get(locale=fr)
    assert french_lesson.translation_key == lessons_of(course)[0].translation_key


@pytest.mark.parametrize(
    ("kind", "flags", "message"),
    [
        ("single", (False, False), "at least one option"),
        ("single", (True, True), "exactly one right option"),
        ("multiple", (False, False), "at least one option"),
    ],
)
def test_a_question_without_a_sensible_answer_is_refused_in_the_editor(kind, flags, message):
    from wagtail.blocks import StructBlockValidationError

    from learning.blocks import QuestionBlock

    block = QuestionBlock()

    def value(flags):
        options = [
            {"text": f"Option {i}", "correct": f, "feedback": ""} for i, f in enumerate(flags)
        ]
        return block.to_python({"question": "Which?", "kind": kind, "options": options})

    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value(flags))
    assert message in str(refused.value.block_errors["options"])
    ok = value((True, False))
    assert block.clean(ok)["question"] == "Which?"


def test_a_course_cannot_take_an_address_the_site_serves_itself(certificate):
    """/learning/cohorts/ is the cohort list: a course with that slug could not be reached."""
    from django.core.exceptions import ValidationError

    course = certificate.course.specific
    course.slug = "cohorts"
    with pytest.raises(ValidationError) as raised:
        course.full_clean()
    assert "slug" in raised.value.message_dict
    course.slug = "cohorts-2027"
    course.full_clean()  # a longer slug is free

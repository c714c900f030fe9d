"""The demo loader on a tiny course of its own (tests/learning/demo/, the schema of
learning/demo/README.md): pages, translations, checks, learners; a second run changes
nothing."""

import base64
import gzip
import json
from pathlib import Path

from wagtail.models import Page, Revision

import pytest

from learning import selectors
from learning.demo.loader import load_learning, rich_text
from learning.models import (
    Attempt,
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
)
from opengov.demo.loader import load_home
from tests.community.factories import CommitmentFactory, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "demo"


@pytest.fixture
def people(vocab):
    load_home()  # the home page in every language, which the catalogue pages go under
    ProfileFactory(user=UserFactory(email="facilitator@example.net"), visibility="public")
    for email in ("done@example.net", "revoked@example.net", "started@example.net"):
        UserFactory(email=email)
    CommitmentFactory(public_id="SAMPLE-TST-001")


def _state():
    models = [Page, Revision, Enrolment, LessonCompletion, Attempt, Certificate]
    return {
        "counts": {m.__name__: m.objects.count() for m in models},
        "pages": sorted(
            Page.objects.values_list("url_path", "title", "latest_revision", "last_published_at")
        ),
        "certificates": sorted(Certificate.objects.values_list("code", "revoked_at")),
    }


def test_the_loader_builds_the_courses_and_a_second_run_changes_nothing(people):
    load_learning(FIXTURE)
    first = _state()
    load_learning(FIXTURE)
    assert _state() == first

    assert CourseIndexPage.objects.live().count() == 3  # en, fr, es
    course = CoursePage.objects.get(slug="tiny-course", locale__language_code="en")
    advanced = CoursePage.objects.get(slug="tiny-advanced")
    assert list(advanced.prerequisites.all()) == [course]
    assert [o.value for o in course.outcomes] == ["Read a budget", "Ask a question about it"]
    assert course.summary == "Two lessons about budgets, for the loader's tests."
    assert course.facilitators.get().user.email == "facilitator@example.net"
    french_course = course.get_translation(course.locale.__class__.objects.get(language_code="fr"))
    assert french_course.title == "Un tout petit cours"

    outline = selectors.course_outline(course=course)
    assert [m.original.slug for m in outline.modules] == ["budgets", "questions"]
    assert [x.original.slug for x in outline.lessons] == ["reading-a-budget", "asking"]


def test_lessons_have_their_blocks_and_translations_share_the_check(people):
    load_learning(FIXTURE)
    lesson = LessonPage.objects.get(slug="reading-a-budget", locale__language_code="en")
    types = [block.block_type for block in lesson.body]
    assert types == ["text", "examples", "reflection", "takeaways", "knowledge_check"]
    text = lesson.body[0].value.source
    assert "<b>plan</b>" in text and "<i>lines</i>" in text and "<h2>Lines</h2>" in text
    assert '<a href="https://example.org/budgets">' in text and "<script>" not in text
    check = lesson.checks()[0]
    assert [o.correct for o in check.questions[0].options] == [True, False]
    french = LessonPage.objects.get(slug="reading-a-budget", locale__language_code="fr")
    french_check = french.checks()[0]
    assert french_check.id == check.id
    assert [o.id for o in french_check.questions[0].options] == [
        o.id for o in check.questions[0].options
    ]
    assert french_check.questions[0].options[0].feedback == "Oui, un objet et un montant."
    assert [o.correct for o in french_check.questions[0].options] == [True, False]
    assert french.title == "Lire un budget"
    # the untranslated module has no French copy; its lesson stays English only
    assert not LessonPage.objects.filter(slug="asking", locale__language_code="fr").exists()


def test_demo_learners_are_at_varied_progress_with_an_issued_and_a_revoked_certificate(people):
    load_learning(FIXTURE)
    done = Certificate.objects.get(user__email="done@example.net")
    revoked = Certificate.objects.get(user__email="revoked@example.net")
    assert not done.is_revoked
    assert revoked.is_revoked and "shared" in revoked.revocation_reason
    started = Enrolment.objects.get(user__email="started@example.net")
    assert started.completed_at is None
    assert selectors.enrolment_progress(enrolment=started).lessons_done == 1
    assert Enrolment.objects.filter(user__email="done@example.net").count() == 2


def test_the_demo_certificates_have_credentials_and_the_revoked_one_is_in_the_status_list(
    people, client
):
    load_learning(FIXTURE)
    done = Certificate.objects.get(user__email="done@example.net")
    revoked = Certificate.objects.get(user__email="revoked@example.net")
    for certificate, valid in ((done, True), (revoked, False)):
        certificate = selectors.certificate_by_code(certificate.code)
        result = selectors.credential_check(selectors.certificate_credential(certificate))
        assert (result.valid, result.signature, result.status) == (
            valid,
            True,
            "valid" if valid else "revoked",
        )
    token = client.get("/credentials/status/1/").content.decode()
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    encoded = claims["credentialSubject"]["encodedList"][1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    set_bits = [i for i in range(len(bits) * 8) if bits[i // 8] & (0x80 >> (i % 8))]
    assert set_bits == [revoked.status_index]


def test_markdown_becomes_rich_text_without_raw_html():
    assert rich_text("a *b* **c** <i onclick=x>d</i>") == (
        "<p>a <i>b</i> <b>c</b> &lt;i onclick=x&gt;d&lt;/i&gt;</p>"
    )


def test_a_typo_in_a_key_is_an_error_naming_the_file(people, tmp_path):
    import shutil

    shutil.copytree(FIXTURE, tmp_path / "demo")
    learners = tmp_path / "demo" / "learners.yaml"
    learners.write_text("- {learner: nobody@example.net, course: tiny-course, lessons_done: 1}\n")
    with pytest.raises(ValueError, match="unknown learner: nobody@example.net"):
        load_learning(tmp_path / "demo")

"""Closing a cohort: who becomes an alumnus, idempotence, who may close, and the board after
the cohort ends."""

from django.db import IntegrityError, transaction
from django.utils import timezone

import pytest

from learning import alumni_services, board_services
from learning.board_selectors import board_standing
from learning.models import Alumnus, Cohort, Enrolment
from tests.community.factories import UserFactory
from tests.learning.cohort_factories import ApplicationFactory, CohortFactory, accepted
from tests.learning.factories import course_build

pytestmark = pytest.mark.django_db


def _alumni(cohort):
    return set(Alumnus.objects.filter(cohort=cohort).values_list("user_id", flat=True))


@pytest.fixture
def facilitator():
    return UserFactory()


def test_without_a_course_every_member_becomes_an_alumnus_and_closing_twice_changes_nothing(
    facilitator,
):
    cohort = CohortFactory(state="running", facilitators=[facilitator], capacity=5)
    members = [accepted(cohort, UserFactory()).applicant for _ in range(2)]
    for state in ("submitted", "waitlisted", "declined", "withdrawn"):
        ApplicationFactory(cohort=cohort, state=state)
    assert alumni_services.close_cohort(cohort=cohort, by=facilitator) == 2
    assert _alumni(cohort) == {m.pk for m in members}
    cohort.refresh_from_db()
    assert cohort.state == Cohort.State.COMPLETED
    first = list(Alumnus.objects.filter(cohort=cohort).values_list("pk", "since"))
    assert alumni_services.close_cohort(cohort=cohort, by=facilitator) == 2
    assert list(Alumnus.objects.filter(cohort=cohort).values_list("pk", "since")) == first


def test_with_a_course_only_members_who_completed_it_and_closing_again_adds_latecomers(
    facilitator,
):
    course = course_build(modules=1, lessons_per_module=1, checks=())
    cohort = CohortFactory(state="running", facilitators=[facilitator], course=course)
    done, late, outsider = UserFactory(), UserFactory(), UserFactory()
    accepted(cohort, done)
    accepted(cohort, late)
    Enrolment.objects.create(user=done, course=course, completed_at=timezone.now())
    Enrolment.objects.create(user=late, course=course)  # not finished
    # completed the course, but not a member
    Enrolment.objects.create(user=outsider, course=course, completed_at=timezone.now())
    ApplicationFactory(cohort=cohort, applicant=outsider, state="declined")
    staff = UserFactory(is_staff=True)
    assert alumni_services.close_cohort(cohort=cohort, by=staff) == 1
    assert _alumni(cohort) == {done.pk}
    Enrolment.objects.filter(user=late).update(completed_at=timezone.now())
    assert alumni_services.close_cohort(cohort=cohort, by=facilitator) == 2
    assert _alumni(cohort) == {done.pk, late.pk}


def test_only_its_facilitators_and_staff_close_a_cohort_and_not_a_draft_or_cancelled_one(
    facilitator,
):
    cohort = CohortFactory(state="running", facilitators=[facilitator])
    member = accepted(cohort, UserFactory()).applicant
    other_facilitator = UserFactory()
    CohortFactory(facilitators=[other_facilitator])
    for someone in (member, other_facilitator, UserFactory()):
        with pytest.raises(alumni_services.NotAllowed):
            alumni_services.close_cohort(cohort=cohort, by=someone)
    assert not Alumnus.objects.exists()
    assert Cohort.objects.get(pk=cohort.pk).state == "running"
    for state in ("draft", "cancelled"):
        other = CohortFactory(state=state, facilitators=[facilitator])
        with pytest.raises(alumni_services.CohortError, match="cannot be closed"):
            alumni_services.close_cohort(cohort=other, by=facilitator)
        assert Cohort.objects.get(pk=other.pk).state == state


def test_the_database_keeps_one_alumnus_per_person_per_cohort(facilitator):
    cohort = CohortFactory()
    user = UserFactory()
    Alumnus.objects.create(cohort=cohort, user=user)
    with pytest.raises(IntegrityError), transaction.atomic():
        Alumnus.objects.create(cohort=cohort, user=user)


def test_alumni_keep_the_board_after_the_cohort_ends(facilitator):
    cohort = CohortFactory(state="running", facilitators=[facilitator])
    alumna = accepted(cohort, UserFactory()).applicant
    alumni_services.close_cohort(cohort=cohort, by=facilitator)
    cohort.refresh_from_db()
    assert board_standing(user=alumna, cohort=cohort).may_post
    thread = board_services.thread_create(
        cohort=cohort, author=alumna, title="A year on", body="Where are we now?"
    )
    board_services.reply_create(thread=thread, author=facilitator, body="Still publishing.")
    assert thread.replies.count() == 1


def test_board_posts_and_alumni_are_in_the_data_download(facilitator):
    from community import personal_data

    cohort = CohortFactory(title="Lab", state="running", facilitators=[facilitator])
    member = accepted(cohort, UserFactory()).applicant
    thread = board_services.thread_create(cohort=cohort, author=member, title="Hi", body="Hello")
    board_services.reply_create(thread=thread, author=member, body="Me again")
    alumni_services.close_cohort(cohort=cohort, by=facilitator)
    part = personal_data.collect(user=member)["learning"]
    assert [t["body"] for t in part["board_threads"]] == ["Hello"]
    assert [r["body"] for r in part["board_replies"]] == ["Me again"]
    assert [a["cohort"] for a in part["alumni_of"]] == ["Lab"]


def test_a_hidden_thread_takes_no_replies_and_a_member_cannot_moderate(facilitator):
    cohort = CohortFactory(state="running", facilitators=[facilitator])
    member = accepted(cohort, UserFactory()).applicant
    thread = board_services.thread_create(cohort=cohort, author=member, title="T", body="B")
    with pytest.raises(board_services.NotAllowed):
        board_services.post_hide(post=thread, hidden=True, by=member)
    board_services.post_hide(post=thread, hidden=True, by=facilitator)
    with pytest.raises(board_services.CohortError, match="takes no replies"):
        board_services.reply_create(thread=thread, author=facilitator, body="Still here?")
    assert not thread.replies.exists()

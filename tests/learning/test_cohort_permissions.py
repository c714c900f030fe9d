"""Who may open what among the cohort URLs: anonymous, a reformer, an applicant (waiting), a
member (accepted), the cohort's facilitator, an editor and staff, against every cohort URL
(the site-wide walk, tests/opengov/test_url_walk.py, covers the other roles' view)."""

from django.db import transaction
from django.test import Client

import pytest

from learning import cohort_services
from tests.community.factories import UserFactory
from tests.learning.board_factories import ReplyFactory, ThreadFactory
from tests.learning.cohort_factories import ApplicationFactory, CohortFactory, accepted

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "reformer", "applicant", "member", "facilitator", "editor", "staff")
OK, FOUND, LOGIN, DENIED, NOT_FOUND, NOT_ALLOWED = 200, 302, "login", 403, 404, 405


@pytest.fixture
def world(editor, staff):
    facilitator = UserFactory()
    cohort = CohortFactory(slug="c", facilitators=[facilitator])
    CohortFactory(slug="d", state="draft", facilitators=[facilitator])
    applicant, member = UserFactory(), UserFactory()
    pending = ApplicationFactory(cohort=cohort, applicant=applicant)
    accepted(cohort, member)
    thread = ThreadFactory(cohort=cohort, author=member)
    reply = ReplyFactory(thread=thread, author=member)
    people = {
        "anonymous": None,
        "reformer": UserFactory(),
        "applicant": applicant,
        "member": member,
        "facilitator": facilitator,
        "editor": editor,
        "staff": staff,
    }
    tokens = {
        role: cohort_services.calendar_feed_for(user=user).token
        for role, user in people.items()
        if user is not None
    }
    return {
        "cohort": cohort,
        "pending": pending,
        "people": people,
        "tokens": tokens,
        "thread": thread,
        "reply": reply,
    }


# (method, url, data) -> outcome per role, in the order of ROLES. "{token}" is the role's own
# calendar token (anonymous people have none: the member's is used).
MATRIX = {
    ("get", "/learning/cohorts/", None): (OK,) * 7,
    ("get", "/learning/cohorts/c/", None): (OK,) * 7,
    ("get", "/learning/cohorts/d/", None): (NOT_FOUND,) * 4 + (OK, NOT_FOUND, OK),
    ("get", "/learning/cohorts/c/apply/", None): (LOGIN,) + (OK,) * 6,
    ("post", "/learning/cohorts/c/apply/", ()): (LOGIN,) + (400,) * 6,
    ("get", "/learning/cohorts/mine/", None): (LOGIN,) + (OK,) * 6,
    ("post", "/learning/cohorts/mine/{pending}/withdraw/", ()): (
        LOGIN, NOT_FOUND, FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
    ("get", "/learning/cohorts/c/review/", None): (
        LOGIN, DENIED, DENIED, DENIED, OK, DENIED, OK),
    ("post", "/learning/cohorts/c/review/{pending}/", (("state", "declined"),)): (
        LOGIN, DENIED, DENIED, DENIED, FOUND, DENIED, FOUND),
    ("get", "/learning/cohorts/c/members/", None): (LOGIN, DENIED, DENIED, OK, OK, DENIED, OK),
    ("get", "/learning/cohorts/c/calendar/{token}.ics", None): (
        OK, NOT_FOUND, NOT_FOUND, OK, OK, NOT_FOUND, NOT_FOUND),
    ("get", "/learning/cohorts/calendar/{token}.ics", None): (OK,) * 7,
    ("post", "/learning/cohorts/calendar/rotate/", ()): (LOGIN,) + (FOUND,) * 6,
    ("get", "/learning/cohorts/c/close/", None): (
        LOGIN, DENIED, DENIED, DENIED, OK, DENIED, OK),
    ("post", "/learning/cohorts/c/close/", ()): (
        LOGIN, DENIED, DENIED, DENIED, FOUND, DENIED, FOUND),
    ("get", "/alumni/", None): (OK,) * 7,
    # the board: members, facilitators and staff; a 404 to everyone else
    ("get", "/learning/cohorts/c/board/", None): (
        LOGIN, NOT_FOUND, NOT_FOUND, OK, OK, NOT_FOUND, OK),
    ("post", "/learning/cohorts/c/board/", (("title", "T"), ("body", "B"))): (
        LOGIN, NOT_FOUND, NOT_FOUND, FOUND, FOUND, NOT_FOUND, FOUND),
    # a draft's board: its facilitators and staff (preparing it)
    ("get", "/learning/cohorts/d/board/", None): (
        LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, OK),
    ("get", "/learning/cohorts/c/board/{thread}/", None): (
        LOGIN, NOT_FOUND, NOT_FOUND, OK, OK, NOT_FOUND, OK),
    ("post", "/learning/cohorts/c/board/{thread}/", (("body", "B"),)): (
        LOGIN, NOT_FOUND, NOT_FOUND, FOUND, FOUND, NOT_FOUND, FOUND),
    # editing: the author (the member wrote the thread and the reply)
    ("get", "/learning/cohorts/c/board/{thread}/edit/", None): (
        LOGIN, NOT_FOUND, NOT_FOUND, OK, DENIED, NOT_FOUND, DENIED),
    ("post", "/learning/cohorts/c/board/replies/{reply}/edit/", (("body", "B2"),)): (
        LOGIN, NOT_FOUND, NOT_FOUND, FOUND, DENIED, NOT_FOUND, DENIED),
    ("post", "/learning/cohorts/c/board/{thread}/moderate/", (("action", "pin"),)): (
        LOGIN, NOT_FOUND, NOT_FOUND, DENIED, FOUND, NOT_FOUND, FOUND),
    ("post", "/learning/cohorts/c/board/replies/{reply}/moderate/", (("action", "hide"),)): (
        LOGIN, NOT_FOUND, NOT_FOUND, DENIED, FOUND, NOT_FOUND, FOUND),
}  # fmt: skip


def outcome(response):
    if response.status_code == FOUND and "/accounts/login/" in response["Location"]:
        return LOGIN
    return response.status_code


@pytest.mark.parametrize("target", list(MATRIX), ids=[f"{m} {u}" for m, u, _d in MATRIX])
def test_cohort_permission_matrix(world, target):
    method, url, data = target
    failures = []
    for role, expected in zip(ROLES, MATRIX[target], strict=True):
        user = world["people"][role]
        client = Client()
        if user is not None:
            client.force_login(user)
        token = world["tokens"][role if user is not None else "member"]
        address = url.format(
            pending=world["pending"].pk,
            token=token,
            thread=world["thread"].pk,
            reply=world["reply"].pk,
        )
        with transaction.atomic():  # what a request changes, the next role does not see
            response = getattr(client, method)(address, *([dict(data)] if data is not None else []))
            transaction.set_rollback(True)
        if outcome(response) != expected:
            failures.append(
                f"{role} {method.upper()} {address}: {outcome(response)}, want {expected}"
            )
    assert not failures, "\n".join(failures)

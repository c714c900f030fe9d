"""Every page of the Open Gov Challenge for every kind of person, and what the forms do with
bad input: a clear message and a 400, nothing typed lost, nothing stored."""

from urllib.parse import urlsplit

from django.test import Client

import pytest

from community.models import ChallengeSubmission
from tests.community.challenge_factories import SubmissionFactory, contact_of
from tests.community.factories import CommitmentFactory, MemberFactory, UserFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db
State = ChallengeSubmission.State

ROLES = ("anonymous", "reformer", "contact", "other contact", "editor", "staff")
LOGIN, OK, FOUND, FORBIDDEN = "login", 200, 302, 403
EDITORS = (LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK)
EDITORS_POST = (LOGIN, FORBIDDEN, FOUND, FORBIDDEN, FORBIDDEN, FOUND)
STAFF = (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK)
STAFF_POST = (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FOUND)


@pytest.fixture
def world(vocab, editor, staff):
    member = MemberFactory(slug="ruritania")
    contact = contact_of(member)
    users = {
        "anonymous": None,
        "reformer": UserFactory(),
        "contact": contact,
        "other contact": contact_of(MemberFactory()),
        "editor": editor,
        "staff": staff,
    }
    area = vocab["areas"]["justice"]
    return {
        "users": users,
        "member": member,
        "area": area,
        "draft": SubmissionFactory(member=member, challenge_area=area, submitted_by=contact),
        "sent": SubmissionFactory(member=member, challenge_area=area, state=State.SUBMITTED),
    }


def _form(world, **extra):
    return {
        "challenge_area": world["area"].pk,
        "title": "Open courts",
        "description": "Publish every ruling.",
        "ambition": "A first.",
        "lead_institution": "Supreme Court",
        "action": "submit",
        **extra,
    }


REQUESTS = [
    ("get", "/challenge/members/ruritania/", None, EDITORS),
    ("get", "/challenge/members/ruritania/new/", None, EDITORS),
    ("post", "/challenge/members/ruritania/new/", _form, EDITORS_POST),
    ("get", "/challenge/submissions/{draft}/edit/", None, EDITORS),
    ("post", "/challenge/submissions/{draft}/edit/", _form, EDITORS_POST),
    ("get", "/challenge/review/", None, STAFF),
    ("get", "/challenge/review/{sent}/", None, STAFF),
    ("post", "/challenge/review/{sent}/", lambda w: {"decision": "accept"}, STAFF_POST),
]


def _outcome(response):
    if response.status_code != FOUND:
        return response.status_code
    return LOGIN if "/accounts/login/" in urlsplit(response["Location"]).path else FOUND


@pytest.mark.parametrize(("method", "url", "data", "expected"), REQUESTS)
def test_who_may_open_what(world, method, url, data, expected):
    url = url.format(draft=world["draft"].pk, sent=world["sent"].pk)
    got = []
    for role in ROLES:
        client = Client()
        if world["users"][role] is not None:
            client.force_login(world["users"][role])
        args = (data(world),) if data else ()
        got.append(_outcome(getattr(client, method)(url, *args)))
        if method == "post" and got[-1] == FOUND:  # each role starts from the same records
            kept = (world["draft"].pk, world["sent"].pk)
            ChallengeSubmission.objects.exclude(pk__in=kept).delete()
            ChallengeSubmission.objects.filter(pk=world["sent"].pk).update(state=State.SUBMITTED)
            ChallengeSubmission.objects.filter(pk=world["draft"].pk).update(state=State.DRAFT)
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, expected, strict=True))


def test_a_forged_commitment_id_is_refused_with_a_message_and_nothing_lost(world, client):
    client.force_login(world["users"]["contact"])
    own = CommitmentFactory(action_plan__member=world["member"])
    foreign = CommitmentFactory()
    for forged in (foreign.pk, "99999999999999999999", "x"):
        data = _form(world, title="Kept title", commitments=[own.pk, forged])
        response = client.post("/challenge/members/ruritania/new/", data)
        html = response.content.decode()
        assert response.status_code == 400, forged
        assert "Link only commitments of this member." in html
        assert "Kept title" in html and "Publish every ruling." in html
    assert not ChallengeSubmission.objects.filter(title="Kept title").exists()
    response = client.post(
        "/challenge/members/ruritania/new/", _form(world, commitments=[own.pk], action="draft")
    )
    assert response.status_code == 302
    created = ChallengeSubmission.objects.get(title="Open courts")
    assert created.state == State.DRAFT and list(created.commitments.all()) == [own]


def test_the_submitter_edits_and_sends_again_after_changes_are_asked(world, client):
    submission = SubmissionFactory(
        member=world["member"], challenge_area=world["area"], state=State.CHANGES_REQUESTED,
        review_note="Name the courts.",
    )  # fmt: skip
    client.force_login(world["users"]["contact"])
    page = client.get(f"/challenge/submissions/{submission.pk}/edit/").content.decode()
    assert "Name the courts." in page
    response = client.post(
        f"/challenge/submissions/{submission.pk}/edit/", _form(world, title="Open courts, named")
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert (submission.state, submission.title) == (State.SUBMITTED, "Open courts, named")


def test_a_settled_submission_is_not_changed_by_a_post(world, client):
    submission = SubmissionFactory(
        member=world["member"], challenge_area=world["area"], state=State.ACCEPTED
    )
    client.force_login(world["users"]["contact"])
    response = client.post(
        f"/challenge/submissions/{submission.pk}/edit/", _form(world, title="Changed")
    )
    assert response.status_code == 400
    assert "Changed" in response.content.decode()  # what was typed is shown again
    submission.refresh_from_db()
    assert submission.title != "Changed"


def test_staff_decisions_refused_say_why(world, client):
    client.force_login(world["users"]["staff"])
    url = f"/challenge/review/{world['sent'].pk}/"
    response = client.post(url, {"decision": "changes", "note": " "})
    assert response.status_code == 400
    assert "Say what should change." in response.content.decode()
    assert client.post(url, {"decision": "nonsense"}).status_code == 400
    response = client.post(f"/challenge/review/{world['draft'].pk}/", {"decision": "accept"})
    assert response.status_code == 400
    world["sent"].refresh_from_db()
    world["draft"].refresh_from_db()
    assert (world["sent"].state, world["draft"].state) == (State.SUBMITTED, State.DRAFT)


def test_missing_submissions_and_members_are_404(world, client):
    client.force_login(world["users"]["staff"])
    for url in (
        "/challenge/members/nobody/",
        "/challenge/members/nobody/new/",
        "/challenge/submissions/999999/edit/",
        "/challenge/review/999999/",
    ):
        assert client.get(url).status_code == 404, url


def _grow(world, n):
    for i in range(n):
        commitment = CommitmentFactory(action_plan__member=world["member"])
        SubmissionFactory(
            member=world["member"], challenge_area=world["area"],
            state=[State.SUBMITTED, State.ACCEPTED, State.CHANGES_REQUESTED][i % 3],
            commitments=[commitment],
        )  # fmt: skip


@pytest.mark.parametrize(
    ("role", "url", "limit"),
    [
        ("contact", "/challenge/members/ruritania/", 14),
        ("contact", "/challenge/members/ruritania/new/", 14),
        ("contact", "/challenge/submissions/{draft}/edit/", 14),
        # +1 since notifications (issue 15): the header's unread count, cold cache
        ("staff", "/challenge/review/", 13),
        ("staff", "/challenge/review/{sent}/", 12),
    ],
)
def test_challenge_pages_do_not_grow_with_submissions(
    world, client, django_assert_max_num_queries, role, url, limit
):
    client.force_login(world["users"][role])
    url = url.format(draft=world["draft"].pk, sent=world["sent"].pk)
    _grow(world, 2)
    small = count_queries(client, url, django_assert_max_num_queries, limit)
    _grow(world, 9)
    assert count_queries(client, url, django_assert_max_num_queries, limit) <= small


def test_staff_find_the_review_in_the_admin_menu_and_editors_do_not(world, client):
    client.force_login(world["users"]["staff"])
    assert "/challenge/review/" in client.get("/admin/").content.decode()
    client.force_login(world["users"]["editor"])
    response = client.get("/admin/")
    assert response.status_code == 200 and "/challenge/review/" not in response.content.decode()


def test_the_members_page_leads_its_contacts_and_staff_to_the_challenge(world, client):
    link = "/challenge/members/ruritania/"
    for role, shown in (("anonymous", False), ("other contact", False), ("contact", True),
                        ("staff", True)):  # fmt: skip
        client.logout()
        if world["users"][role] is not None:
            client.force_login(world["users"][role])
        assert (link in client.get("/members/ruritania/").content.decode()) is shown, role

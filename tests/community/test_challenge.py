"""The Open Gov Challenge: the state machine (one service per transition, the rest refused),
who may do what on every page of it, forged commitment ids, the e-mails of the review, and
accepted reforms on the hub and the member's page."""

from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

import pytest

from community import challenge_services as services
from community.models import ChallengeSubmission
from core import outbox
from tests.community.challenge_factories import SubmissionFactory, contact_of
from tests.community.factories import CommitmentFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db
State = ChallengeSubmission.State

TEXT = {
    "title": "Open courts",
    "description": "Publish every ruling within a week.",
    "ambition": "A first for the country's courts.",
    "lead_institution": "Supreme Court",
}


@pytest.fixture
def area(vocab):
    return vocab["areas"]["justice"]


@pytest.fixture
def member():
    return MemberFactory(slug="ruritania")


@pytest.fixture
def contact(member):
    return contact_of(member, email="contact@example.org")


def _create(member, user, area, **kwargs):
    return services.submission_create(
        user=user, member=member, challenge_area=area, **{**TEXT, **kwargs}
    )


# --- the state machine ------------------------------------------------------------------------

TRANSITIONS = {
    "submit": lambda s, contact, staff: services.submission_submit(submission=s, user=contact),
    "accept": lambda s, contact, staff: services.submission_accept(submission=s, user=staff),
    "request_changes": lambda s, contact, staff: services.submission_request_changes(
        submission=s, user=staff, note="Name the courts."
    ),
    "decline": lambda s, contact, staff: services.submission_decline(submission=s, user=staff),
}
# (state before, transition) -> state after; None: refused
TABLE = {
    (State.DRAFT, "submit"): State.SUBMITTED,
    (State.DRAFT, "accept"): None,
    (State.DRAFT, "request_changes"): None,
    (State.DRAFT, "decline"): None,
    (State.SUBMITTED, "submit"): None,
    (State.SUBMITTED, "accept"): State.ACCEPTED,
    (State.SUBMITTED, "request_changes"): State.CHANGES_REQUESTED,
    (State.SUBMITTED, "decline"): State.DECLINED,
    (State.CHANGES_REQUESTED, "submit"): State.SUBMITTED,
    (State.CHANGES_REQUESTED, "accept"): None,
    (State.CHANGES_REQUESTED, "request_changes"): None,
    (State.CHANGES_REQUESTED, "decline"): None,
    (State.ACCEPTED, "submit"): None,
    (State.ACCEPTED, "accept"): None,
    (State.ACCEPTED, "request_changes"): None,
    (State.ACCEPTED, "decline"): None,
    (State.DECLINED, "submit"): None,
    (State.DECLINED, "accept"): None,
    (State.DECLINED, "request_changes"): None,
    (State.DECLINED, "decline"): None,
}


def test_the_table_covers_every_state_and_transition():
    assert set(TABLE) == {(s, t) for s in State for t in TRANSITIONS}


@pytest.mark.parametrize(("before", "transition"), list(TABLE))
def test_state_machine(member, contact, staff, area, before, transition):
    submission = SubmissionFactory(member=member, challenge_area=area, state=before)
    after = TABLE[(before, transition)]
    if after is None:
        with pytest.raises(services.ChallengeError) as refused:
            TRANSITIONS[transition](submission, contact, staff)
        assert refused.value.message
        submission.refresh_from_db()
        assert submission.state == before
    else:
        TRANSITIONS[transition](submission, contact, staff)
        submission.refresh_from_db()
        assert submission.state == after


@pytest.mark.parametrize("state", list(State))
def test_only_drafts_and_sent_back_submissions_are_edited(member, contact, area, state):
    submission = SubmissionFactory(member=member, challenge_area=area, state=state)
    editable = state in (State.DRAFT, State.CHANGES_REQUESTED)
    change = {**TEXT, "title": "Open courts, all of them"}
    if editable:
        services.submission_update(
            submission=submission, user=contact, challenge_area=area, **change
        )
    else:
        with pytest.raises(services.ChallengeError):
            services.submission_update(
                submission=submission, user=contact, challenge_area=area, **change
            )
    submission.refresh_from_db()
    assert (submission.title == "Open courts, all of them") is editable


def test_only_staff_review(member, contact, area, editor):
    submission = SubmissionFactory(member=member, challenge_area=area, state=State.SUBMITTED)
    for user in (contact, editor, UserFactory()):
        with pytest.raises(services.NotAllowed):
            services.submission_accept(submission=submission, user=user)
    submission.refresh_from_db()
    assert submission.state == State.SUBMITTED


def test_only_the_members_contacts_and_staff_submit(member, area, staff):
    other_contact = contact_of(MemberFactory())
    for user in (UserFactory(), other_contact):
        with pytest.raises(services.NotAllowed):
            _create(member, user, area)
    assert not ChallengeSubmission.objects.exists()
    assert _create(member, staff, area).member == member


def test_asking_for_changes_needs_a_note(member, area, staff):
    submission = SubmissionFactory(member=member, challenge_area=area, state=State.SUBMITTED)
    with pytest.raises(services.ChallengeError):
        services.submission_request_changes(submission=submission, user=staff, note="  ")
    submission.refresh_from_db()
    assert submission.state == State.SUBMITTED


def test_only_the_members_own_commitments_are_linked(member, contact, area):
    own = CommitmentFactory(action_plan__member=member)
    foreign = CommitmentFactory()
    with pytest.raises(services.ChallengeError):
        _create(member, contact, area, commitments=[own.pk, foreign.pk])
    assert not ChallengeSubmission.objects.exists()
    submission = _create(member, contact, area, commitments=[own.pk], submit=True)
    assert list(submission.commitments.all()) == [own]
    assert submission.state == State.SUBMITTED


def test_a_submission_records_its_language(member, contact, area):
    with translation.override("es"):
        assert _create(member, contact, area).language == "es"


# --- e-mails ---------------------------------------------------------------------------------


def test_each_review_sends_one_email_in_the_submissions_language(
    member, area, staff, django_capture_on_commit_callbacks
):
    french = contact_of(member, email="amelie@example.org")
    spanish = contact_of(member, email="juan@example.org")
    with translation.override("fr"):
        sent_back = _create(member, french, area, submit=True)
    with translation.override("es"):
        declined = _create(member, spanish, area, submit=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.submission_request_changes(
            submission=sent_back, user=staff, note="Nommez les tribunaux."
        )
        services.submission_decline(submission=declined, user=staff)
    with django_capture_on_commit_callbacks(execute=True):
        services.submission_submit(submission=sent_back, user=french)  # no e-mail
    with django_capture_on_commit_callbacks(execute=True):
        services.submission_accept(submission=sent_back, user=staff, note="Bravo.")
    for _ in range(2):  # the outbox drained again sends nothing more
        outbox.drain()

    def subject(language, text, title="Open courts"):
        with translation.override(language):
            return f"[OpenGov Commons] {gettext(text) % {'title': title}}"

    reform = "Open Gov Challenge reform"
    assert [(m.to[0], m.subject) for m in mail.outbox] == [
        ("amelie@example.org", subject("fr", f"Changes requested to your {reform}: %(title)s")),
        ("juan@example.org", subject("es", f"Your {reform} was not accepted: %(title)s")),
        ("amelie@example.org", subject("fr", f"Your {reform} is accepted: %(title)s")),
    ]
    changes, declined_mail, accepted = mail.outbox
    assert "Nommez les tribunaux." in changes.body
    # links at the submitter's language prefix: each e-mail was written in its language
    assert f"/fr/challenge/submissions/{sent_back.pk}/edit/" in changes.body
    assert "/fr/challenge-areas/justice/" in accepted.body and "Bravo." in accepted.body
    assert "/es/" not in changes.body and "/fr/" not in declined_mail.body


# --- accepted reforms on the hub and the member's page ------------------------------------------


def test_accepted_reforms_show_on_the_hub_and_the_members_page(client, member, area):
    SubmissionFactory(member=member, challenge_area=area, state=State.ACCEPTED, title="Shown")
    for state in (State.DRAFT, State.SUBMITTED, State.CHANGES_REQUESTED, State.DECLINED):
        SubmissionFactory(member=member, challenge_area=area, state=state, title=f"Hidden {state}")
    for url in ("/challenge-areas/justice/", "/members/ruritania/", "/fr/members/ruritania/"):
        html = client.get(url).content.decode()
        assert "Shown" in html, url
        assert "Hidden" not in html, url


def test_a_persons_submissions_are_in_their_data_download(member, area):
    from community import personal_data

    person = UserFactory()
    SubmissionFactory(member=member, challenge_area=area, submitted_by=person, title="Open courts")
    SubmissionFactory(member=member, challenge_area=area, title="Someone else's")
    part = personal_data.collect(user=person)["points_of_contact"]
    assert [s["reform"] for s in part["challenge_submissions"]] == ["Open courts"]
    assert part["challenge_submissions"][0]["member"] == member.slug

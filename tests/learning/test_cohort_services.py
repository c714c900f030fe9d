"""Cohort writes: who may apply when (the window in the cohort's time zone), decisions, the
capacity, the waitlist, and one e-mail per step in the applicant's language."""

from datetime import UTC, date, datetime

from django.core import mail
from django.db import IntegrityError, transaction

import pytest

from core import outbox
from learning import cohort_services as services
from learning.models import Application, Cohort
from tests.community.factories import UserFactory
from tests.learning.cohort_factories import ApplicationFactory, CohortFactory, accepted

pytestmark = pytest.mark.django_db

ANSWERS = ["Publish every ruling."]


def _apply(cohort, user=None, **kwargs):
    kwargs.setdefault("statement", "I keep the court's records.")
    kwargs.setdefault("answers", ANSWERS)
    return services.application_create(user=user or UserFactory(), cohort=cohort, **kwargs)


def utc(*args):
    return datetime(*args, tzinfo=UTC)


# Applications open 10 January and close at the end of 31 January 2027, where the cohort is:
# Auckland is 13 hours ahead of UTC in January, Los Angeles 8 hours behind.
WINDOW = [
    ("Pacific/Auckland", utc(2027, 1, 9, 10, 59), "not yet"),
    ("Pacific/Auckland", utc(2027, 1, 9, 11, 0), "open"),  # still 9 January in UTC
    ("Pacific/Auckland", utc(2027, 1, 31, 10, 59), "open"),
    ("Pacific/Auckland", utc(2027, 1, 31, 11, 0), "closed"),  # still 31 January in UTC
    ("America/Los_Angeles", utc(2027, 1, 10, 7, 59), "not yet"),  # 10 January in UTC
    ("America/Los_Angeles", utc(2027, 1, 10, 8, 0), "open"),
    ("America/Los_Angeles", utc(2027, 2, 1, 7, 59), "open"),  # 1 February in UTC
    ("America/Los_Angeles", utc(2027, 2, 1, 8, 0), "closed"),
    ("UTC", utc(2027, 1, 31, 23, 59), "open"),
    ("UTC", utc(2027, 2, 1, 0, 0), "closed"),
]


@pytest.mark.parametrize(("zone", "now", "expected"), WINDOW)
def test_the_window_is_open_on_its_dates_in_the_cohorts_time_zone(zone, now, expected):
    cohort = CohortFactory(
        time_zone=zone,
        applications_open_on=date(2027, 1, 10),
        applications_close_on=date(2027, 1, 31),
    )
    if expected == "open":
        application = _apply(cohort, now=now)
        assert application.state == Application.State.SUBMITTED
        return
    with pytest.raises(services.CohortError) as refused:
        _apply(cohort, now=now)
    words = {"not yet": "Applications open on Jan. 10, 2027", "closed": "closed on Jan. 31, 2027"}
    assert words[expected] in refused.value.message
    assert zone in refused.value.message
    assert not Application.objects.exists()


def _full(cohort):
    for _ in range(cohort.capacity):
        accepted(cohort, UserFactory())


REFUSALS = [
    ("cancelled", {"state": Cohort.State.CANCELLED}, None, "cancelled"),
    ("draft", {"state": Cohort.State.DRAFT}, None, "not open"),
    ("running", {"state": Cohort.State.RUNNING}, None, "closed"),
    ("completed", {"state": Cohort.State.COMPLETED}, None, "closed"),
    ("full", {"capacity": 2}, _full, "full"),
    ("no statement", {}, None, "Write a statement"),
    ("a question unanswered", {"questions": "One?\nTwo?"}, None, "Answer every question"),
]


@pytest.mark.parametrize(("fields", "prepare", "words"), [r[1:] for r in REFUSALS],
                         ids=[r[0] for r in REFUSALS])  # fmt: skip
def test_applications_refused_say_why_and_record_nothing(fields, prepare, words):
    cohort = CohortFactory(**fields)
    if prepare:
        prepare(cohort)
    before = Application.objects.count()
    statement = "" if words == "Write a statement" else "I keep the court's records."
    with pytest.raises(services.CohortError) as refused:
        _apply(cohort, statement=statement)
    assert words in refused.value.message
    assert Application.objects.count() == before


def test_one_application_per_person_per_cohort_but_cohorts_overlap():
    regional, thematic = CohortFactory(kind="regional"), CohortFactory(kind="thematic")
    user = UserFactory()
    _apply(regional, user)
    _apply(thematic, user)  # in two cohorts at once
    with pytest.raises(services.CohortError, match="already applied"):
        _apply(regional, user)
    assert Application.objects.filter(applicant=user).count() == 2
    with pytest.raises(IntegrityError), transaction.atomic():  # and the database says so too
        Application.objects.create(cohort=regional, applicant=user, statement="again")


def test_the_answers_are_kept_with_the_questions_as_asked():
    cohort = CohortFactory(questions="Where do you work?\nWhat will you change?")
    application = _apply(cohort, answers=["Court of Nairobi", "Publish rulings"])
    assert application.answers == [
        {"question": "Where do you work?", "answer": "Court of Nairobi"},
        {"question": "What will you change?", "answer": "Publish rulings"},
    ]


# --- decisions --------------------------------------------------------------------------------


@pytest.fixture
def facilitator():
    return UserFactory(email="facilitator@example.org")


@pytest.fixture
def cohort(facilitator):
    return CohortFactory(capacity=1, facilitators=[facilitator])


@pytest.mark.parametrize("who", ["applicant", "another reformer", "other facilitator", "editor"])
def test_only_the_cohorts_facilitators_and_staff_decide(cohort, who, editor):
    application = _apply(cohort)
    people = {
        "applicant": application.applicant,
        "another reformer": UserFactory(),
        "other facilitator": CohortFactory(facilitators=[UserFactory()]).facilitators.get(),
        "editor": editor,
    }
    with pytest.raises(services.NotAllowed):
        services.application_decide(application=application, state="accepted", by=people[who])
    application.refresh_from_db()
    assert application.state == Application.State.SUBMITTED
    assert Cohort.objects.get(pk=cohort.pk).accepted_count == 0


def test_staff_decide_any_cohort(cohort, staff):
    application = _apply(cohort)
    services.application_decide(
        application=application, state="declined", message="Sorry", by=staff
    )
    application.refresh_from_db()
    assert (application.state, application.message, application.decided_by) == (
        "declined",
        "Sorry",
        staff,
    )


def test_acceptances_stop_at_capacity(cohort, facilitator):
    first, second = _apply(cohort), _apply(cohort)
    services.application_decide(application=first, state="accepted", by=facilitator)
    with pytest.raises(services.CohortError, match="full"):
        services.application_decide(application=second, state="accepted", by=facilitator)
    second.refresh_from_db()
    assert second.state == Application.State.SUBMITTED
    assert Cohort.objects.get(pk=cohort.pk).accepted_count == 1


def test_the_database_refuses_more_acceptances_than_places(cohort):
    with pytest.raises(IntegrityError), transaction.atomic():
        Cohort.objects.filter(pk=cohort.pk).update(accepted_count=cohort.capacity + 1)


def test_a_settled_application_is_not_decided_again(cohort, facilitator):
    application = _apply(cohort)
    services.application_decide(application=application, state="declined", by=facilitator)
    with pytest.raises(services.CohortError, match="already declined"):
        services.application_decide(application=application, state="accepted", by=facilitator)
    with pytest.raises(services.CohortError, match="Choose"):
        services.application_decide(application=application, state="withdrawn", by=facilitator)


# --- withdrawing and the waitlist -------------------------------------------------------------


def test_a_withdrawal_gives_the_place_to_the_first_on_the_waitlist(cohort, facilitator):
    place, first, second = _apply(cohort), _apply(cohort), _apply(cohort)
    services.application_decide(application=place, state="accepted", by=facilitator)
    services.application_decide(application=second, state="waitlisted", by=facilitator)
    services.application_decide(application=first, state="waitlisted", by=facilitator)
    assert list(services.waitlist(cohort)) == [first, second]  # in the order they applied

    services.application_withdraw(application=place, by=place.applicant)

    states = {a.pk: a.state for a in Application.objects.all()}
    assert states == {place.pk: "withdrawn", first.pk: "accepted", second.pk: "waitlisted"}
    assert Cohort.objects.get(pk=cohort.pk).accepted_count == 1


def test_a_withdrawal_with_nobody_waiting_leaves_the_place_free(cohort, facilitator):
    application = _apply(cohort)
    services.application_decide(application=application, state="accepted", by=facilitator)
    services.application_withdraw(application=application, by=application.applicant)
    services.application_withdraw(application=application, by=application.applicant)  # again
    assert Cohort.objects.get(pk=cohort.pk).accepted_count == 0


def test_only_the_applicant_withdraws(cohort):
    application = _apply(cohort)
    with pytest.raises(services.NotAllowed):
        services.application_withdraw(application=application, by=UserFactory())
    application.refresh_from_db()
    assert application.state == Application.State.SUBMITTED


def test_capacity_cannot_be_set_below_the_acceptances(cohort):
    from django.core.exceptions import ValidationError

    accepted(cohort, UserFactory())
    cohort.capacity = 0
    with pytest.raises(ValidationError):
        cohort.full_clean()


# --- e-mails ---------------------------------------------------------------------------------


def _subjects():
    return [m.subject for m in mail.outbox]


def test_every_step_sends_one_email_in_the_applicants_language(
    cohort, facilitator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        place = _apply(cohort, UserFactory(email="ama@example.org"), language="fr")
        waiting = _apply(cohort, UserFactory(email="juan@example.org"), language="es")
    with django_capture_on_commit_callbacks(execute=True):
        services.application_decide(
            application=place, state="accepted", message="Bienvenue !", by=facilitator
        )
        services.application_decide(application=waiting, state="waitlisted", by=facilitator)
        services.application_decide(application=waiting, state="waitlisted", by=facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        services.application_withdraw(application=place, by=place.applicant)
    for _ in range(2):  # the outbox drained again sends nothing more
        outbox.drain()

    sent = [(m.to[0], m.subject) for m in mail.outbox]
    title = cohort.title
    # Ama applied in French, Juan in Spanish: each step in their language (the catalogues')
    assert sent == [
        ("ama@example.org", f"[OpenGov Commons] Nous avons bien reçu votre candidature à {title}"),
        ("juan@example.org", f"[OpenGov Commons] Hemos recibido su solicitud para {title}"),
        ("ama@example.org", f"[OpenGov Commons] Votre candidature à {title} est acceptée"),
        ("juan@example.org", f"[OpenGov Commons] Está en la lista de espera de {title}"),
        ("ama@example.org", f"[OpenGov Commons] Vous avez retiré votre candidature à {title}"),
        (
            "juan@example.org",
            f"[OpenGov Commons] Se liberó una plaza: su solicitud para {title} ha sido aceptada",
        ),
    ]
    bodies = {(m.to[0], m.subject): m.body for m in mail.outbox}
    accepted_body = bodies[
        ("ama@example.org", f"[OpenGov Commons] Votre candidature à {title} est acceptée")
    ]
    assert "Bienvenue !" in accepted_body
    # the links are at the applicant's language prefix: the e-mail was written in it
    assert f"/fr/learning/cohorts/{cohort.slug}/" in accepted_body
    promoted = [m for m in mail.outbox if m.to == ["juan@example.org"]][-1]
    assert f"/es/learning/cohorts/{cohort.slug}/" in promoted.body


def test_an_application_records_the_language_it_was_made_in(cohort):
    from django.utils import translation

    with translation.override("es"):
        application = _apply(cohort)
    assert application.language == "es"


def test_an_old_application_seen_by_the_waitlist_is_not_shared_between_cohorts(facilitator):
    """The waitlist is per cohort: a place in one cohort does not go to another's list."""
    one, other = CohortFactory(capacity=1, facilitators=[facilitator]), CohortFactory()
    place = _apply(one)
    services.application_decide(application=place, state="accepted", by=facilitator)
    elsewhere = ApplicationFactory(cohort=other, state="waitlisted")
    services.application_withdraw(application=place, by=place.applicant)
    elsewhere.refresh_from_db()
    assert elsewhere.state == "waitlisted"


def test_saving_a_cohort_loaded_earlier_keeps_the_acceptances_made_since(cohort, facilitator):
    loaded = Cohort.objects.get(pk=cohort.pk)  # an admin form opened before the decision
    services.application_decide(application=_apply(cohort), state="accepted", by=facilitator)
    loaded.title = "Renamed"
    loaded.save()
    saved = Cohort.objects.get(pk=cohort.pk)
    assert (saved.title, saved.accepted_count) == ("Renamed", 1)


def test_a_member_deleting_their_account_frees_their_place_for_the_waitlist(cohort, facilitator):
    from community.services import account_delete

    member, waiting = _apply(cohort), _apply(cohort)
    services.application_decide(application=member, state="accepted", by=facilitator)
    services.application_decide(application=waiting, state="waitlisted", by=facilitator)
    account_delete(user=member.applicant)
    waiting.refresh_from_db()
    assert waiting.state == "accepted"
    assert Cohort.objects.get(pk=cohort.pk).accepted_count == 1
    assert Application.objects.count() == 1

"""The nomination services: the window at its exact edges in two time zones (frozen clock),
one nomination per form, a nominator's own only, eligibility with its e-mail, declining."""

import datetime
import uuid
import zoneinfo

from django.core import mail
from django.core.exceptions import PermissionDenied

import pytest
import time_machine

from awards import services
from awards.models import AuditEntry, Nomination
from tests.awards.factories import NominationFactory, programme_build
from tests.community.factories import CommitmentFactory, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
MICRO = datetime.timedelta(microseconds=1)


def _data(programme, commitment, **extra):
    return services.NominationData(
        category=programme.categories.first(),
        kind=Nomination.Kind.COMMITMENT,
        record=commitment,
        statement="It works.",
        **extra,
    )


def _submit(programme, user, commitment=None):
    return services.nomination_save(
        nominator=user,
        programme=programme,
        data=_data(programme, commitment or CommitmentFactory()),
        client_key=uuid.uuid4(),
        submit=True,
    )


# Paris: the deadline falls two days after the change to summer time (UTC+2), Bogotá has
# none (UTC-5): the instants are written out by hand, not computed with the code's helpers.
WINDOWS = {
    "Europe/Paris": (
        {"opens_on": datetime.date(2026, 3, 1), "opens_time": datetime.time(9, 0),
             "closes_on": datetime.date(2026, 3, 31), "closes_time": datetime.time(23, 59)},
        datetime.datetime(2026, 3, 1, 8, 0, tzinfo=UTC),  # 09:00 CET
        datetime.datetime(2026, 3, 31, 21, 59, tzinfo=UTC),  # 23:59 CEST
    ),
    "America/Bogota": (
        {"opens_on": datetime.date(2026, 3, 1), "opens_time": datetime.time(0, 0),
             "closes_on": datetime.date(2026, 3, 31), "closes_time": datetime.time(17, 0)},
        datetime.datetime(2026, 3, 1, 5, 0, tzinfo=UTC),
        datetime.datetime(2026, 3, 31, 22, 0, tzinfo=UTC),
    ),
}  # fmt: skip


@pytest.mark.parametrize("zone", list(WINDOWS))
def test_the_window_opens_and_closes_at_the_exact_instants_of_its_time_zone(zone):
    dates, opens, closes = WINDOWS[zone]
    programme = programme_build(time_zone=zone, jury_closes_on=datetime.date(2026, 5, 1), **dates)
    assert programme.opens_at == opens and programme.closes_at == closes
    user = UserFactory()
    with time_machine.travel(opens - MICRO, tick=False):
        with pytest.raises(services.NominationError, match="not open yet"):
            _submit(programme, user)
    with time_machine.travel(opens, tick=False):
        assert _submit(programme, user).state == Nomination.State.SUBMITTED
    with time_machine.travel(closes - MICRO, tick=False):
        last = _submit(programme, user)
        assert last.state == Nomination.State.SUBMITTED
    with time_machine.travel(closes, tick=False):
        with pytest.raises(services.NominationError, match="deadline"):
            _submit(programme, user)
        # nor a draft, nor an edit of a submitted one, once the deadline has passed
        with pytest.raises(services.NominationError, match="deadline"):
            services.nomination_save(
                nominator=user,
                programme=programme,
                data=_data(programme, last.commitment),
                nomination=last,
            )
    assert Nomination.objects.filter(nominator=user).count() == 2


def test_a_draft_may_be_saved_before_the_window_opens_but_not_submitted():
    programme = programme_build(
        opens_on=datetime.date(2099, 1, 1), closes_on=datetime.date(2099, 2, 1),
        jury_closes_on=datetime.date(2099, 3, 1),
    )  # fmt: skip
    user = UserFactory()
    draft = services.nomination_save(
        nominator=user, programme=programme, data=_data(programme, CommitmentFactory()),
        client_key=uuid.uuid4(),
    )  # fmt: skip
    assert draft.state == Nomination.State.DRAFT
    with pytest.raises(services.NominationError):
        services.nomination_submit(nomination=draft, by=user)


def test_the_same_form_sent_twice_makes_one_nomination(django_capture_on_commit_callbacks):
    programme = programme_build()
    user, key, commitment = UserFactory(), uuid.uuid4(), CommitmentFactory()
    with django_capture_on_commit_callbacks(execute=True):
        first = services.nomination_save(
            nominator=user, programme=programme, data=_data(programme, commitment),
            client_key=key, submit=True,
        )  # fmt: skip
        second = services.nomination_save(
            nominator=user, programme=programme, data=_data(programme, commitment),
            client_key=key, submit=True,
        )  # fmt: skip
    assert first.pk == second.pk
    assert Nomination.objects.count() == 1
    assert len(mail.outbox) == 1  # one "received"


def test_naming_the_same_record_twice_in_a_category_is_refused_until_withdrawn():
    programme = programme_build()
    user, commitment = UserFactory(), CommitmentFactory()
    first = _submit(programme, user, commitment)
    with pytest.raises(services.NominationError, match="already nominated"):
        _submit(programme, user, commitment)
    services.nomination_withdraw(nomination=first, by=user)
    assert _submit(programme, user, commitment).state == Nomination.State.SUBMITTED


def test_only_the_nominator_changes_or_withdraws_a_nomination():
    nomination = NominationFactory()
    stranger = UserFactory()
    with pytest.raises(PermissionDenied):
        services.nomination_withdraw(nomination=nomination, by=stranger)
    with pytest.raises(PermissionDenied):
        services.nomination_save(
            nominator=stranger, programme=nomination.programme,
            data=_data(nomination.programme, nomination.commitment), nomination=nomination,
        )  # fmt: skip
    assert Nomination.objects.get(pk=nomination.pk).state == Nomination.State.SUBMITTED
    services.nomination_withdraw(nomination=nomination, by=nomination.nominator)
    nomination.refresh_from_db()
    assert nomination.state == Nomination.State.WITHDRAWN
    assert AuditEntry.objects.filter(nomination=nomination, action="nomination.withdraw").exists()


def test_eligibility_is_decided_by_staff_with_a_reason_mailed_in_the_nominators_language(
    staff, django_capture_on_commit_callbacks
):
    nomination = NominationFactory(language="fr")
    with pytest.raises(PermissionDenied):
        services.eligibility_decide(
            nomination=nomination, by=UserFactory(), eligible=False, reason="No."
        )
    with pytest.raises(services.NominationError):
        services.eligibility_decide(nomination=nomination, by=staff, eligible=False, reason=" ")
    with django_capture_on_commit_callbacks(execute=True):
        services.eligibility_decide(
            nomination=nomination, by=staff, eligible=False, reason="Le plan a fini en 2019."
        )
    nomination.refresh_from_db()
    assert nomination.state == Nomination.State.INELIGIBLE
    assert nomination.eligibility_decided_by == staff
    [message] = mail.outbox
    assert message.to == [nomination.nominator.email]
    assert "Le plan a fini en 2019." in message.body
    assert f"http://testserver/fr/awards/nominations/{nomination.pk}/" in message.body
    entry = AuditEntry.objects.get(nomination=nomination, action="eligibility.decide")
    assert entry.before["state"] == "submitted" and entry.after["state"] == "ineligible"


def test_a_nominated_reformer_is_told_and_may_decline(django_capture_on_commit_callbacks):
    programme = programme_build()
    nominee = ProfileFactory(visibility="public", languages=["es", "en"])
    nominator = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        nomination = services.nomination_save(
            nominator=nominator, programme=programme,
            data=services.NominationData(
                category=programme.categories.last(), kind=Nomination.Kind.REFORMER,
                record=nominee, statement="She opened the courts.",
            ),
            client_key=uuid.uuid4(), submit=True,
        )  # fmt: skip
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([nominator.email, nominee.user.email])
    told = next(m for m in mail.outbox if m.to == [nominee.user.email])
    assert f"http://testserver/es/awards/nominations/{nomination.pk}/decline/" in told.body
    with pytest.raises(PermissionDenied):
        services.nominee_decline(nomination=nomination, user=nominator)
    services.nominee_decline(nomination=nomination, user=nominee.user)
    nomination.refresh_from_db()
    assert nomination.nominee_declined and nomination.nominee_declined_at is not None


def test_the_programme_state_follows_the_clock():
    programme = programme_build(
        time_zone="Asia/Tokyo", opens_on=datetime.date(2026, 1, 10),
        closes_on=datetime.date(2026, 2, 10), jury_closes_on=datetime.date(2026, 3, 10),
    )  # fmt: skip
    tokyo = zoneinfo.ZoneInfo("Asia/Tokyo")
    assert programme.state_at(datetime.datetime(2026, 1, 9, 23, 59, tzinfo=tokyo)) == "upcoming"
    assert programme.state_at(datetime.datetime(2026, 1, 10, 0, 0, tzinfo=tokyo)) == "open"
    assert programme.state_at(datetime.datetime(2026, 2, 10, 23, 59, tzinfo=tokyo)) == "judging"


def test_my_data_holds_my_nominations_and_those_of_me_without_who_made_them():
    from community import personal_data

    nominee = ProfileFactory(visibility="public")
    mine = NominationFactory(statement="Because it worked.")
    NominationFactory(kind=Nomination.Kind.REFORMER, commitment=None, reformer=nominee, title="Me")
    part = personal_data.collect(user=mine.nominator)["awards"]
    assert [n["statement"] for n in part["nominations"]] == ["Because it worked."]
    of_me = personal_data.collect(user=nominee.user)["awards"]["nominations_of_me"]
    assert len(of_me) == 1 and "nominator" not in of_me[0]

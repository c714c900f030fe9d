"""The jury's writes with real records: the facts the conflict rules read, automatic and
manual assignment (never a conflicted juror), recusal (reassigns), scores (bounds, only
the assigned juror, until the jury closes, audited before/after), results and publishing."""

from django.core.exceptions import PermissionDenied

import pytest

from awards import selectors, services
from awards.conflicts import ConflictCode, conflicts
from awards.models import AuditEntry, ConflictDeclaration, JurorAssignment, Nomination, Score
from awards.services import ScoreInput
from tests.awards.factories import NominationFactory, eligible, juror_seat, programme_build
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    CountryFactory,
    MemberFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def jury(staff):
    """A programme (2 jurors per nomination), four jurors and four eligible nominations:
    juror "kenyan" works for Kenya's government, "ministry" in the ministry that leads a
    Ghanaian commitment, "nominator" made a nomination, "free" has no conflict."""
    programme = programme_build(jurors_per_nomination=2)
    kenya = MemberFactory(name="Kenya", country=CountryFactory(iso3="KEN"))
    ghana = MemberFactory(name="Ghana", country=CountryFactory(iso3="GHA"))
    seats = {
        "kenyan": juror_seat(programme, member=kenya),
        "ministry": juror_seat(programme, organisation="Ministry of Finance "),
        "nominator": juror_seat(programme),
        "free": juror_seat(programme),
    }
    kenyan_commitment = CommitmentFactory(action_plan=ActionPlanFactory(member=kenya))
    ghana_commitment = CommitmentFactory(
        action_plan=ActionPlanFactory(member=ghana), lead_institution="Ministry of finance"
    )
    nominations = {
        "kenya": eligible(NominationFactory(programme=programme, commitment=kenyan_commitment)),
        "ghana": eligible(NominationFactory(programme=programme, commitment=ghana_commitment)),
        "by_juror": eligible(
            NominationFactory(programme=programme, nominator=seats["nominator"].user)
        ),
        "other": eligible(NominationFactory(programme=programme)),
    }
    return {"programme": programme, "seats": seats, "nominations": nominations, "staff": staff}


def _facts(jury, seat, nomination):
    juror = selectors.juror_facts(programme=jury["programme"])[jury["seats"][seat].user_id]
    loaded = selectors.with_fact_relations(
        Nomination.objects.filter(pk=jury["nominations"][nomination].pk)
    ).get()
    return juror, selectors.nomination_facts(loaded)


@pytest.mark.parametrize(
    ("seat", "nomination", "codes"),
    [
        ("kenyan", "kenya", [ConflictCode.OWN_COUNTRY, ConflictCode.OWN_MEMBER]),
        ("ministry", "ghana", [ConflictCode.NOMINEE_ORGANISATION]),
        ("nominator", "by_juror", [ConflictCode.SELF]),
        ("free", "kenya", []),
        ("kenyan", "ghana", []),
    ],
)
def test_the_facts_come_from_the_seat_and_the_records(jury, seat, nomination, codes):
    assert [c.code for c in conflicts(*_facts(jury, seat, nomination))] == codes


def test_a_jurors_profile_country_and_organisation_count_too(jury):
    profile = jury["seats"]["free"].user.profile
    profile.country = jury["nominations"]["ghana"].commitment.action_plan.member.country
    profile.save()
    assert [c.code for c in conflicts(*_facts(jury, "free", "ghana"))] == [ConflictCode.OWN_COUNTRY]


def _active(nomination):
    return set(
        JurorAssignment.objects.filter(nomination=nomination, recused_at__isnull=True).values_list(
            "juror_id", flat=True
        )
    )


def test_automatic_assignment_never_gives_a_conflicted_juror_and_records_conflicts(
    jury, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        outcome = services.assign_automatically(programme=jury["programme"], by=jury["staff"])
    seats, nominations = jury["seats"], jury["nominations"]
    assert outcome.added == 8 and outcome.short == {}
    assert seats["kenyan"].user_id not in _active(nominations["kenya"])
    assert seats["ministry"].user_id not in _active(nominations["ghana"])
    assert seats["nominator"].user_id not in _active(nominations["by_juror"])
    assert sorted(outcome.load.values()) == [2, 2, 2, 2]
    detected = set(
        ConflictDeclaration.objects.filter(source="detected").values_list(
            "juror_id", "nomination_id"
        )
    )
    assert detected == {
        (seats["kenyan"].user_id, nominations["kenya"].pk),
        (seats["ministry"].user_id, nominations["ghana"].pk),
        (seats["nominator"].user_id, nominations["by_juror"].pk),
    }
    assert AuditEntry.objects.filter(action=AuditEntry.Action.ASSIGNED).count() == 8
    # again: nothing changes
    again = services.assign_automatically(programme=jury["programme"], by=jury["staff"])
    assert (again.added, again.removed, again.conflicts) == (0, 0, 0)


def test_only_eligible_nominations_are_assigned(jury):
    submitted = NominationFactory(programme=jury["programme"])
    services.assign_automatically(programme=jury["programme"], by=jury["staff"])
    assert not JurorAssignment.objects.filter(nomination=submitted).exists()


def test_manual_assignment_refuses_a_conflicted_juror_with_the_reason(jury):
    with pytest.raises(services.JuryError) as refused:
        services.assign_manually(
            nomination=jury["nominations"]["kenya"],
            juror=jury["seats"]["kenyan"].user,
            by=jury["staff"],
        )
    assert "own country" in refused.value.message
    assert not JurorAssignment.objects.exists()
    assignment = services.assign_manually(
        nomination=jury["nominations"]["kenya"], juror=jury["seats"]["free"].user,
        by=jury["staff"],
    )  # fmt: skip
    assert assignment.assigned_by == jury["staff"]
    with pytest.raises(PermissionDenied):
        services.assign_manually(
            nomination=jury["nominations"]["kenya"], juror=jury["seats"]["ministry"].user,
            by=jury["seats"]["free"].user,
        )  # fmt: skip


def test_a_recusal_ends_the_assignment_and_gives_the_nomination_to_another_juror(jury):
    services.assign_automatically(programme=jury["programme"], by=jury["staff"])
    nomination = jury["nominations"]["other"]
    assignment = JurorAssignment.objects.filter(nomination=nomination).first()
    before = _active(nomination)
    new = services.recuse(assignment=assignment, by=assignment.juror, reason="My former team.")
    assignment.refresh_from_db()
    assert assignment.recused_at is not None
    assert new is not None and new.juror_id not in before
    assert _active(nomination) == (before - {assignment.juror_id}) | {new.juror_id}
    declared = ConflictDeclaration.objects.get(nomination=nomination, juror=assignment.juror)
    assert (declared.source, declared.reason) == ("declared", "My former team.")
    assert AuditEntry.objects.filter(action=AuditEntry.Action.RECUSED).count() == 1
    # automatic assignment never gives it back
    services.assign_automatically(programme=jury["programme"], by=jury["staff"])
    assert assignment.juror_id not in _active(nomination)


def test_only_the_juror_recuses_themselves(jury):
    services.assign_automatically(programme=jury["programme"], by=jury["staff"])
    assignment = JurorAssignment.objects.first()
    with pytest.raises(PermissionDenied):
        services.recuse(assignment=assignment, by=jury["staff"], reason="")


@pytest.fixture
def assigned(jury):
    nomination = jury["nominations"]["other"]
    assignment = services.assign_manually(
        nomination=nomination, juror=jury["seats"]["free"].user, by=jury["staff"]
    )
    criteria = list(jury["programme"].criteria.order_by("sort_order"))
    return assignment, criteria


def test_scores_are_saved_and_a_change_is_audited_before_and_after(jury, assigned):
    assignment, criteria = assigned
    juror = assignment.juror
    first = {criteria[0].pk: ScoreInput(4, "Solid"), criteria[1].pk: ScoreInput(2)}
    assert services.score_save(assignment=assignment, by=juror, scores=first) == 2
    changed = {criteria[0].pk: ScoreInput(5, "Solid"), criteria[1].pk: ScoreInput(2)}
    assert services.score_save(assignment=assignment, by=juror, scores=changed) == 1
    assert Score.objects.get(criterion=criteria[0]).value == 5
    entry = AuditEntry.objects.filter(action=AuditEntry.Action.SCORED).first()  # newest
    assert entry.before == {"value": 4, "comment": "Solid"}
    assert entry.after["value"] == 5


@pytest.mark.parametrize("value", [0, 6, -1])
def test_a_score_outside_1_to_5_is_refused_and_nothing_is_saved(jury, assigned, value):
    assignment, criteria = assigned
    scores = {criteria[0].pk: ScoreInput(3), criteria[1].pk: ScoreInput(value)}
    with pytest.raises(services.JuryError):
        services.score_save(assignment=assignment, by=assignment.juror, scores=scores)
    assert not Score.objects.exists()


def test_only_the_assigned_juror_scores_and_not_after_recusal(jury, assigned):
    assignment, criteria = assigned
    scores = {criteria[0].pk: ScoreInput(3)}
    with pytest.raises(PermissionDenied):
        services.score_save(assignment=assignment, by=jury["seats"]["ministry"].user,
                            scores=scores)  # fmt: skip
    services.recuse(assignment=assignment, by=assignment.juror, reason="")
    with pytest.raises(PermissionDenied):
        services.score_save(assignment=assignment, by=assignment.juror, scores=scores)


def test_scores_are_refused_once_the_jury_closes(jury, assigned):
    assignment, criteria = assigned
    services.jury_close(programme=jury["programme"], by=jury["staff"])
    with pytest.raises(services.JuryError) as refused:
        services.score_save(
            assignment=assignment, by=assignment.juror, scores={criteria[0].pk: ScoreInput(3)}
        )
    assert "closed" in refused.value.message
    assert not Score.objects.exists()


def test_winners_need_a_citation_and_publishing_tells_the_nominators(
    jury, mailoutbox, django_capture_on_commit_callbacks
):
    nomination = jury["nominations"]["other"]
    with pytest.raises(services.JuryError):
        services.results_publish(programme=jury["programme"], by=jury["staff"])
    with pytest.raises(services.JuryError):
        services.result_set(nomination=nomination, by=jury["staff"], state="winner")
    services.result_set(nomination=nomination, by=jury["staff"], state="winner",
                        citation="For opening the budget.")  # fmt: skip
    services.result_set(nomination=jury["nominations"]["kenya"], by=jury["staff"],
                        state="shortlisted")  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        programme = services.results_publish(programme=jury["programme"], by=jury["staff"])
    assert programme.results_published_at is not None and programme.jury_is_closed
    assert AuditEntry.objects.filter(action=AuditEntry.Action.PUBLISHED).count() == 1
    told = {message.to[0]: message.body for message in mailoutbox}
    assert "is a winner" in told[nomination.nominator.email]
    assert "on the shortlist" in told[jury["nominations"]["kenya"].nominator.email]
    assert len(told) == 4


def test_assignments_do_not_change_once_the_jury_closes(jury):
    services.jury_close(programme=jury["programme"], by=jury["staff"])
    with pytest.raises(services.JuryError):
        services.assign_automatically(programme=jury["programme"], by=jury["staff"])
    with pytest.raises(services.JuryError):
        services.assign_manually(nomination=jury["nominations"]["other"],
                                 juror=jury["seats"]["free"].user, by=jury["staff"])  # fmt: skip
    assert not JurorAssignment.objects.exists() and not ConflictDeclaration.objects.exists()


def test_a_juror_is_emailed_the_assignment_in_their_language(
    jury, mailoutbox, django_capture_on_commit_callbacks
):
    juror = jury["seats"]["free"].user
    juror.profile.languages = ["fr"]
    juror.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.assign_manually(
            nomination=jury["nominations"]["other"], juror=juror, by=jury["staff"]
        )
    (message,) = mailoutbox
    assert message.to == [juror.email]
    assert f"/fr/awards/jury/{jury['nominations']['other'].pk}/" in message.body

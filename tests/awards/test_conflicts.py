"""The conflict-of-interest rule and the assignment of jurors (awards.conflicts), table-driven
over plain facts: no database."""

import random
from dataclasses import replace

from django.utils.functional import Promise

import pytest

from awards.conflicts import (
    REASONS,
    ConflictCode,
    JurorFacts,
    NominationFacts,
    NomineeKind,
    assign,
    conflicts,
    normalise_organisation,
)

C = ConflictCode

JUROR = JurorFacts(
    user_id=1,
    countries=frozenset({"FRA"}),
    member_ids=frozenset({10}),
    organisations=frozenset({"Ministère de l'Économie"}),
    commitment_ids=frozenset({100}),
    connection_user_ids=frozenset({2}),
    declared_nomination_ids=frozenset({7}),
)

# Nothing in common with JUROR.
NOMINATION = NominationFacts(
    id=5,
    kind=NomineeKind.REFORMER,
    nominee_country="KEN",
    nominee_member_id=20,
    nominee_organisation="Open Kenya Trust",
    nominee_user_id=3,
    commitment_id=None,
    nominator_user_id=4,
    nominator_organisation="Transparency Nairobi",
)


@pytest.mark.parametrize(
    ("juror_changes", "nomination_changes", "expected"),
    [
        # Not conflicted.
        ({}, {}, []),
        ({"countries": frozenset()}, {"nominee_country": ""}, []),
        # Two blank organisations are not the same organisation.
        ({"organisations": frozenset({"", "  "})}, {"nominee_organisation": " "}, []),
        (
            {},
            {"kind": NomineeKind.INITIATIVE, "nominee_country": "", "nominee_member_id": None},
            [],
        ),
        # A neighbouring member in another country, a commitment of someone else's.
        ({}, {"kind": NomineeKind.COMMITMENT, "commitment_id": 101}, []),
        # An organisation whose name merely contains the juror's.
        ({}, {"nominee_organisation": "Ministère de l'Économie numérique"}, []),
        # Each rule on its own.
        ({}, {"nominee_user_id": 1}, [C.SELF]),
        ({}, {"nominator_user_id": 1}, [C.SELF]),
        ({}, {"nominee_country": "FRA"}, [C.OWN_COUNTRY]),
        ({}, {"nominee_country": "fra"}, [C.OWN_COUNTRY]),
        ({"countries": frozenset({"FRA", "KEN"})}, {}, [C.OWN_COUNTRY]),
        ({}, {"nominee_member_id": 10}, [C.OWN_MEMBER]),
        ({}, {"kind": NomineeKind.COMMITMENT, "commitment_id": 100}, [C.OWN_COMMITMENT]),
        ({}, {"nominee_organisation": "ministere de l economie"}, [C.NOMINEE_ORGANISATION]),
        ({}, {"nominee_organisation": "  MINISTÈRE   DE L'ÉCONOMIE. "}, [C.NOMINEE_ORGANISATION]),
        ({}, {"nominator_organisation": "Ministere de l'Economie"}, [C.NOMINATOR_ORGANISATION]),
        ({}, {"nominee_user_id": 2}, [C.NOMINEE_CONNECTION]),
        ({}, {"nominator_user_id": 2}, [C.NOMINATOR_CONNECTION]),
        ({}, {"id": 7}, [C.DECLARED]),
        # Combinations, reported in rule order.
        (
            {},
            {
                "kind": NomineeKind.COMMITMENT,
                "commitment_id": 100,
                "nominee_member_id": 10,
                "nominee_country": "FRA",
            },
            [C.OWN_COUNTRY, C.OWN_MEMBER, C.OWN_COMMITMENT],
        ),
        (
            {},
            {
                "nominee_organisation": "Ministère de l'Économie",
                "nominator_organisation": "MINISTÈRE DE L'ÉCONOMIE",
            },
            [C.NOMINEE_ORGANISATION, C.NOMINATOR_ORGANISATION],
        ),
        (
            {"connection_user_ids": frozenset({3, 4})},
            {"id": 7},
            [C.NOMINEE_CONNECTION, C.NOMINATOR_CONNECTION, C.DECLARED],
        ),
        ({}, {"nominee_user_id": 1, "nominator_user_id": 2}, [C.SELF, C.NOMINATOR_CONNECTION]),
    ],
)
def test_conflict_rules(juror_changes, nomination_changes, expected):
    found = conflicts(replace(JUROR, **juror_changes), replace(NOMINATION, **nomination_changes))

    assert [conflict.code for conflict in found] == expected
    assert [conflict.reason for conflict in found] == [REASONS[code] for code in expected]


def test_every_rule_has_a_translatable_reason():
    assert set(REASONS) == set(ConflictCode)
    # Lazy: translated when shown, in the reader's language, not when the module is imported.
    assert all(isinstance(reason, Promise) for reason in REASONS.values())


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("  Ministère de l'Économie ", "ministere de l economie"),
        ("MINISTERE-DE-L'ECONOMIE", "ministere de l economie"),
        ("Straße\tder Transparenz", "strasse der transparenz"),
        ("", ""),
        ("...", ""),
    ],
)
def test_organisations_are_compared_without_case_accents_or_spacing(name, normalised):
    assert normalise_organisation(name) == normalised


# --- assignment ---------------------------------------------------------------------------


def juror(user_id, **facts):
    return JurorFacts(user_id=user_id, **facts)


def nomination(nomination_id, **facts):
    return NominationFacts(id=nomination_id, kind=NomineeKind.INITIATIVE, **facts)


def spread(plan):
    return max(plan.load.values()) - min(plan.load.values())


def assert_no_conflicted_assignment(plan, nominations, jurors):
    by_id = {j.user_id: j for j in jurors}
    for n in nominations:
        for user_id in plan.assignments[n.id]:
            assert not conflicts(by_id[user_id], n), (n.id, user_id)


@pytest.mark.parametrize(
    ("nomination_count", "juror_count", "per_nomination"),
    [(40, 6, 3), (7, 3, 2), (10, 4, 3), (5, 5, 5), (1, 6, 3), (13, 5, 2)],
)
def test_loads_are_balanced_without_conflicts(nomination_count, juror_count, per_nomination):
    nominations = [nomination(i) for i in range(nomination_count)]
    jurors = [juror(100 + i) for i in range(juror_count)]

    plan = assign(nominations, jurors, per_nomination=per_nomination)

    assert plan.short == {}
    assert all(len(set(ids)) == per_nomination for ids in plan.assignments.values())
    assert sum(plan.load.values()) == nomination_count * per_nomination
    assert spread(plan) <= 1


def test_conflicted_jurors_are_never_assigned_and_loads_stay_balanced():
    """Six jurors, two per country; nominations spread over the three countries: every load
    stays at 40 * 3 / 6 = 20."""
    countries = ["FRA", "KEN", "MEX"]
    jurors = [juror(100 + i, countries=frozenset({countries[i % 3]})) for i in range(6)]
    nominations = [nomination(i, nominee_country=countries[i % 4 % 3]) for i in range(40)]

    plan = assign(nominations, jurors, per_nomination=3)

    assert_no_conflicted_assignment(plan, nominations, jurors)
    assert plan.short == {}
    assert plan.load == dict.fromkeys(plan.load, 20)


def test_a_constrained_nomination_gets_the_only_juror_who_can_judge_it():
    """Greedy in id order would give nomination 1 to juror 100 (least loaded, lowest id), then
    nomination 2, which only juror 100 may judge, to juror 100 as well: loads 2 and 0."""
    jurors = [juror(100), juror(101, declared_nomination_ids=frozenset({2}))]
    nominations = [nomination(1), nomination(2)]

    plan = assign(nominations, jurors, per_nomination=1)

    assert plan.assignments == {1: (101,), 2: (100,)}
    assert plan.load == {100: 1, 101: 1}


def test_nominations_that_cannot_get_enough_jurors_are_reported():
    jurors = [
        juror(100, countries=frozenset({"FRA"})),
        juror(101, countries=frozenset({"FRA"})),
        juror(102),
    ]
    nominations = [nomination(1, nominee_country="FRA"), nomination(2), nomination(3)]

    plan = assign(nominations, jurors, per_nomination=2)

    assert plan.assignments[1] == (102,)
    assert plan.short == {1: 1}
    assert len(plan.assignments[2]) == len(plan.assignments[3]) == 2
    assert sorted(plan.load.values()) == [1, 2, 2]
    assert_no_conflicted_assignment(plan, nominations, jurors)


def test_the_plan_does_not_depend_on_the_order_of_the_inputs():
    countries = ["FRA", "KEN", "MEX", ""]
    jurors = [
        juror(100 + i, countries=frozenset({countries[i % 3]}), connection_user_ids=frozenset({i}))
        for i in range(7)
    ]
    nominations = [
        nomination(i, nominee_country=countries[i % 4], nominee_user_id=i % 5) for i in range(30)
    ]
    plan = assign(nominations, jurors, per_nomination=3)

    shuffler = random.Random(13)
    for _ in range(3):
        shuffler.shuffle(jurors)
        shuffler.shuffle(nominations)
        assert assign(nominations, jurors, per_nomination=3) == plan


def test_a_recusal_reassigns_that_nomination_only():
    jurors = [juror(100 + i) for i in range(4)]
    nominations = [nomination(i) for i in range(8)]
    first = assign(nominations, jurors, per_nomination=2)
    recusing = first.assignments[3][0]

    jurors = [
        replace(j, declared_nomination_ids=frozenset({3})) if j.user_id == recusing else j
        for j in jurors
    ]
    second = assign(nominations, jurors, per_nomination=2, existing=first.assignments)

    assert second.removed == {3: (recusing,)}
    assert list(second.added) == [3]
    assert recusing not in second.assignments[3]
    assert len(second.assignments[3]) == 2
    assert {i: second.assignments[i] for i in range(8) if i != 3} == {
        i: first.assignments[i] for i in range(8) if i != 3
    }
    assert second.short == {}
    assert_no_conflicted_assignment(second, nominations, jurors)
    # Other assignments stay (their jurors may have scored already), so the recusing juror is
    # one lighter and the replacement one heavier than the even 4 each.
    assert first.load == dict.fromkeys(first.load, 4)
    assert sorted(second.load.values()) == [3, 4, 4, 5]


def test_existing_assignments_are_kept_and_count_towards_the_load():
    jurors = [juror(100), juror(101), juror(102)]
    nominations = [nomination(i) for i in range(6)]
    existing = {0: [100], 1: [100], 2: [100]}

    plan = assign(nominations, jurors, per_nomination=1, existing=existing)

    assert plan.assignments[0] == plan.assignments[1] == plan.assignments[2] == (100,)
    assert plan.load[100] == 3
    assert plan.removed == {}
    assert plan.short == {}
    assert sorted(plan.load.values()) == [1, 2, 3]


def test_an_existing_juror_who_left_the_jury_or_is_conflicted_is_removed():
    jurors = [juror(100), juror(101, countries=frozenset({"FRA"})), juror(102)]
    nominations = [nomination(1, nominee_country="FRA")]

    plan = assign(nominations, jurors, per_nomination=2, existing={1: [101, 999, 100]})

    assert plan.removed == {1: (101, 999)}
    assert plan.assignments == {1: (100, 102)}
    assert plan.added == {1: (102,)}


def test_a_custom_conflict_function_is_used():
    jurors = [juror(100), juror(101)]
    nominations = [nomination(1), nomination(2)]

    def only_matching_parity(j, n):
        return [] if j.user_id % 2 == n.id % 2 else ["conflict"]

    plan = assign(nominations, jurors, per_nomination=1, conflicts_fn=only_matching_parity)

    assert plan.assignments == {1: (101,), 2: (100,)}


def test_per_nomination_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        assign([nomination(1)], [juror(100)], per_nomination=0)

"""Conflicts of interest between a juror and a nomination, and the assignment of jurors.

Pure functions over plain facts (no models, no database): the awards services read the facts
from the records and call these, so the one conflict rule (docs/awards-judging.md) is used by
automatic and manual assignment, the juror's screen and the audit log alike.
"""

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

import networkx
from unidecode import unidecode


class NomineeKind(StrEnum):
    COMMITMENT = "commitment"
    MEMBER = "member"
    REFORMER = "reformer"
    INITIATIVE = "initiative"


class ConflictCode(StrEnum):
    """In the order the rules are checked, which is the order conflicts are reported in."""

    SELF = "self"
    OWN_COUNTRY = "own_country"
    OWN_MEMBER = "own_member"
    OWN_COMMITMENT = "own_commitment"
    NOMINEE_ORGANISATION = "nominee_organisation"
    NOMINATOR_ORGANISATION = "nominator_organisation"
    NOMINEE_CONNECTION = "nominee_connection"
    NOMINATOR_CONNECTION = "nominator_connection"
    DECLARED = "declared"


REASONS: dict[ConflictCode, Promise] = {
    ConflictCode.SELF: _("The juror is the nominee or the nominator."),
    ConflictCode.OWN_COUNTRY: _("The nominee is in the juror's own country."),
    ConflictCode.OWN_MEMBER: _("The nominee is the juror's own member government."),
    ConflictCode.OWN_COMMITMENT: _("The nominated commitment is one of the juror's own."),
    ConflictCode.NOMINEE_ORGANISATION: _("The nominee is from the juror's own organisation."),
    ConflictCode.NOMINATOR_ORGANISATION: _(
        "The nomination was made from the juror's own organisation."
    ),
    ConflictCode.NOMINEE_CONNECTION: _("The nominee is one of the juror's connections."),
    ConflictCode.NOMINATOR_CONNECTION: _("The nominator is one of the juror's connections."),
    ConflictCode.DECLARED: _("The juror declared a conflict of interest."),
}


@dataclass(frozen=True)
class JurorFacts:
    """What is known about a juror. Countries are ISO 3166 codes (a juror may hold or have
    served more than one); members and commitments are record ids; organisations are free
    text, compared normalised (case, accents, punctuation and spacing do not matter)."""

    user_id: int
    countries: frozenset[str] = frozenset()
    member_ids: frozenset[int] = frozenset()
    organisations: frozenset[str] = frozenset()
    commitment_ids: frozenset[int] = frozenset()
    connection_user_ids: frozenset[int] = frozenset()
    declared_nomination_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class NominationFacts:
    """What is known about a nomination. For a commitment, nominee_member_id and
    nominee_country are its member government's; for a reformer, their profile's."""

    id: int
    kind: NomineeKind
    nominee_country: str = ""
    nominee_member_id: int | None = None
    nominee_organisation: str = ""
    nominee_user_id: int | None = None
    commitment_id: int | None = None
    nominator_user_id: int | None = None
    nominator_organisation: str = ""


@dataclass(frozen=True)
class Conflict:
    code: ConflictCode
    reason: Promise


def normalise_organisation(name: str) -> str:
    """ "  Ministère de l'Économie " and "ministere de l economie" are the same organisation."""
    folded = unidecode(name).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def conflicts(juror: JurorFacts, nomination: NominationFacts) -> list[Conflict]:
    """Every rule the pair breaks, in ConflictCode order; empty when the juror may judge."""
    organisations = {normalise_organisation(name) for name in juror.organisations} - {""}
    nominee_user = nomination.nominee_user_id
    nominator_user = nomination.nominator_user_id
    broken = {
        ConflictCode.SELF: juror.user_id in (nominee_user, nominator_user),
        ConflictCode.OWN_COUNTRY: bool(nomination.nominee_country)
        and nomination.nominee_country.upper() in {code.upper() for code in juror.countries},
        ConflictCode.OWN_MEMBER: nomination.nominee_member_id in juror.member_ids,
        ConflictCode.OWN_COMMITMENT: nomination.commitment_id in juror.commitment_ids,
        ConflictCode.NOMINEE_ORGANISATION: normalise_organisation(nomination.nominee_organisation)
        in organisations,
        ConflictCode.NOMINATOR_ORGANISATION: normalise_organisation(
            nomination.nominator_organisation
        )
        in organisations,
        ConflictCode.NOMINEE_CONNECTION: nominee_user in juror.connection_user_ids,
        ConflictCode.NOMINATOR_CONNECTION: nominator_user in juror.connection_user_ids,
        ConflictCode.DECLARED: nomination.id in juror.declared_nomination_ids,
    }
    return [Conflict(code, REASONS[code]) for code, is_broken in broken.items() if is_broken]


ConflictsFn = Callable[[JurorFacts, NominationFacts], Sequence[Conflict]]


@dataclass(frozen=True)
class AssignmentPlan:
    """assignments: every nomination's jurors (kept and new), by user id, sorted.
    added: the new ones only. removed: existing assignments dropped because the juror is now
    conflicted (a recusal), no longer on the jury or beyond per_nomination. short: nominations
    that could not get per_nomination unconflicted jurors, with how many they lack. load: each
    juror's number of nominations."""

    assignments: dict[int, tuple[int, ...]]
    added: dict[int, tuple[int, ...]] = field(default_factory=dict)
    removed: dict[int, tuple[int, ...]] = field(default_factory=dict)
    short: dict[int, int] = field(default_factory=dict)
    load: dict[int, int] = field(default_factory=dict)


def assign(
    nominations: Iterable[NominationFacts],
    jurors: Iterable[JurorFacts],
    *,
    per_nomination: int,
    existing: Mapping[int, Collection[int]] | None = None,
    conflicts_fn: ConflictsFn = conflicts,
) -> AssignmentPlan:
    """Give every nomination per_nomination unconflicted jurors, keeping the existing
    assignments that are still allowed, with the jurors' loads as even as the conflicts allow.

    A min-cost maximum flow (docs/awards-judging.md, "Assignment"): source → nomination
    (capacity: the jurors it still needs) → juror (capacity 1, only when unconflicted and not
    already assigned) → sink through one unit edge per extra nomination, the k-th costing the
    juror's k-th nomination in all. The flow fills as many places as possible; among those
    fillings, the increasing costs make it the most even one. Inputs are sorted by id first, so
    the plan does not depend on their order.
    """
    if per_nomination < 1:
        raise ValueError("per_nomination must be at least 1")
    nominations = sorted(nominations, key=lambda nomination: nomination.id)
    jurors = sorted(jurors, key=lambda juror: juror.user_id)
    existing = existing or {}
    by_id = {juror.user_id: juror for juror in jurors}

    kept: dict[int, list[int]] = {}
    removed: dict[int, tuple[int, ...]] = {}
    for nomination in nominations:
        previous = sorted(set(existing.get(nomination.id, ())))
        allowed = [
            user_id
            for user_id in previous
            if user_id in by_id and not conflicts_fn(by_id[user_id], nomination)
        ]
        kept[nomination.id] = allowed[:per_nomination]
        if dropped := tuple(u for u in previous if u not in kept[nomination.id]):
            removed[nomination.id] = dropped
    load = {juror.user_id: 0 for juror in jurors}
    for user_ids in kept.values():
        for user_id in user_ids:
            load[user_id] += 1

    graph = networkx.DiGraph()
    graph.add_node("source")
    graph.add_node("sink")
    needs = {nomination.id: per_nomination - len(kept[nomination.id]) for nomination in nominations}
    for nomination in nominations:
        if needs[nomination.id] <= 0:
            continue
        graph.add_edge("source", ("n", nomination.id), capacity=needs[nomination.id], weight=0)
        for juror in jurors:
            if juror.user_id in kept[nomination.id] or conflicts_fn(juror, nomination):
                continue
            graph.add_edge(("n", nomination.id), ("j", juror.user_id), capacity=1, weight=0)
    for juror in jurors:
        node = ("j", juror.user_id)
        if node not in graph:
            continue
        # Parallel unit edges are not allowed in a DiGraph: one intermediate node per unit, as
        # many units as nominations the juror may take.
        for unit in range(1, graph.in_degree(node) + 1):
            step = ("u", juror.user_id, unit)
            graph.add_edge(node, step, capacity=1, weight=load[juror.user_id] + unit)
            graph.add_edge(step, "sink", capacity=1, weight=0)
    flow = networkx.max_flow_min_cost(graph, "source", "sink")

    added: dict[int, tuple[int, ...]] = {}
    short: dict[int, int] = {}
    for nomination in nominations:
        node = ("n", nomination.id)
        new = tuple(sorted(target[1] for target, units in flow.get(node, {}).items() if units > 0))
        if new:
            added[nomination.id] = new
        for user_id in new:
            load[user_id] += 1
        if lacking := per_nomination - len(kept[nomination.id]) - len(new):
            short[nomination.id] = lacking
    assignments = {
        nomination.id: tuple(sorted([*kept[nomination.id], *added.get(nomination.id, ())]))
        for nomination in nominations
    }
    return AssignmentPlan(
        assignments=assignments, added=added, removed=removed, short=short, load=load
    )

"""Reads of the awards app: programmes by address, a nominator's list, the records a
nomination may name (with the privacy of profiles), who may open a nomination's files, and
the facts the eligibility screen shows."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext as _

from community.models import Commitment, Member, ReformerProfile
from community.recognitions import Recognition
from core import request_cache
from core.languages import page_url

from . import export, scoring
from .conflicts import JurorFacts, NominationFacts, NomineeKind
from .models import (
    COMPLETION_ORDER,
    OPENED_GOVERNMENT_ORDER,
    AwardProgrammePage,
    ConflictDeclaration,
    Juror,
    JurorAssignment,
    Nomination,
    NominationFile,
    NominationKind,
    RubricCriterion,
    Score,
    original_of,
)

SUGGESTIONS = 10
# the states of a nomination the jury judges
JUDGED = (
    Nomination.State.ELIGIBLE,
    Nomination.State.SHORTLISTED,
    Nomination.State.WINNER,
)


def programme_by_slug(slug: str) -> AwardProgrammePage | None:
    """The original of the live programme at this slug (in any language), or None."""
    page = AwardProgrammePage.objects.live().public().filter(slug=slug).order_by("pk").first()
    return original_of(page) if page is not None else None


def programme_in_language(programme: AwardProgrammePage, locale) -> AwardProgrammePage:
    """The programme in the reader's language where it is translated (and live), else the
    programme itself."""
    if programme.locale_id == locale.pk:
        return programme
    translation = (
        AwardProgrammePage.objects.live()
        .filter(translation_key=programme.translation_key, locale=locale)
        .first()
    )
    return translation or programme


def category_names(*, programme: AwardProgrammePage, shown: AwardProgrammePage) -> dict:
    """{category id of the original programme: its name in `shown`, a translation of it},
    matched by position (a translation is a copy of the original's categories)."""
    if shown.pk == programme.pk:
        return {}
    originals = programme.categories.order_by("sort_order", "pk")
    translated = shown.categories.order_by("sort_order", "pk")
    return {o.pk: t.name for o, t in zip(originals, translated, strict=False)}


def nominations_of(*, user):
    """A nominator's nominations, newest first, with what their list shows (a fixed number
    of queries however many there are)."""
    return (
        Nomination.objects.filter(nominator=user)
        .with_list_relations()
        .annotate(file_count=Count("files"))
        .order_by("-created_at", "-pk")
    )


def nomination_of(*, user, pk: int) -> Nomination | None:
    """One of the user's own nominations; None for anyone else's (a 404 for the view)."""
    return (
        Nomination.objects.with_list_relations()
        .prefetch_related(Prefetch("files", queryset=NominationFile.objects.order_by("pk")))
        .filter(nominator=user, pk=pk)
        .first()
    )


def nomination_of_nominee(*, user, pk: int) -> Nomination | None:
    """A nomination of this user's reformer profile (that they may decline), or None."""
    return (
        Nomination.objects.with_list_relations()
        .filter(pk=pk, reformer__user=user)
        .exclude(state__in=[Nomination.State.DRAFT, Nomination.State.WITHDRAWN])
        .first()
    )


# --- the records a nomination names ------------------------------------------------------


def nominable_profiles():
    """Reformers who may be nominated by name: public profiles of active accounts only
    (a private or community-only profile is never offered nor accepted)."""
    return ReformerProfile.objects.featurable()


def record_for(*, kind: str, key: str):
    """The record a nomination form names: by its public key (a commitment's public id, a
    member's or a reformer's address) or as the list shows it ("KE0012 · title", a name);
    None for an unknown or hidden one."""
    key = key.strip()
    if kind == NominationKind.COMMITMENT:
        public_id = key.split(" · ", 1)[0].strip().upper()
        return (
            Commitment.objects.select_related("action_plan__member")
            .filter(public_id=public_id)
            .first()
        )
    if kind == NominationKind.MEMBER:
        return Member.objects.filter(Q(slug=key) | Q(name__iexact=key)).order_by("pk").first()
    if kind == NominationKind.REFORMER:
        by_slug = nominable_profiles().filter(slug=key).first()
        if by_slug is not None:
            return by_slug
        named = list(nominable_profiles().filter(display_name__iexact=key)[:2])
        return named[0] if len(named) == 1 else None
    return None


def record_key(record) -> str:
    if isinstance(record, Commitment):
        return record.public_id
    return getattr(record, "slug", "")


def record_label(record) -> str:
    if isinstance(record, Commitment):
        return f"{record.public_id} · {record.title}"
    if isinstance(record, Member):
        return record.name
    if isinstance(record, ReformerProfile):
        return record.display_name
    return ""


def record_suggestions(*, kind: str, query: str, limit: int = SUGGESTIONS) -> list[dict]:
    """[{"key", "label"}] of records of `kind` whose name (or id) contains `query`."""
    query = query.strip()
    if len(query) < 2:
        return []
    if kind == NominationKind.COMMITMENT:
        rows = (
            Commitment.objects.filter(Q(public_id__istartswith=query) | Q(title__icontains=query))
            .only("public_id", "title")
            .order_by("public_id")
        )
    elif kind == NominationKind.MEMBER:
        rows = Member.objects.filter(name__icontains=query).only("slug", "name").order_by("name")
    elif kind == NominationKind.REFORMER:
        rows = (
            nominable_profiles()
            .filter(display_name__icontains=query)
            .only("slug", "display_name")
            .order_by("display_name", "pk")
        )
    else:
        return []
    return [{"key": record_key(row), "label": record_label(row)} for row in rows[:limit]]


# --- files ---------------------------------------------------------------------------------


def file_visible_to(*, user, name: str) -> NominationFile | None:
    """The nomination file stored under `name`, if `user` may open it: its nominator, staff,
    or a juror assigned to its nomination (and not recused)."""
    if not user.is_authenticated:
        return None
    files = NominationFile.objects.select_related("nomination").filter(file=name)
    if not (user.is_active and user.is_staff):
        jurors = JurorAssignment.objects.filter(juror=user, recused_at__isnull=True)
        files = files.filter(
            Q(nomination__nominator=user) | Q(nomination__in=jurors.values("nomination"))
        )
    return files.first()


# --- eligibility -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleCheck:
    rule: str  # what the programme asks, in words
    value: str  # what the record says
    passed: bool | None  # None: the record does not say


def _at_least(value: str, minimum: str, order: list[str]) -> bool | None:
    if not value or value not in order:
        return None
    return order.index(value) >= order.index(minimum)


def eligibility_checks(*, programme: AwardProgrammePage, commitment: Commitment) -> list[RuleCheck]:
    """Each eligibility rule the programme sets, checked against a nominated commitment's
    IRM assessment and action plan."""
    checks = []
    if programme.min_completion:
        completion = commitment.latest_completion
        checks.append(
            RuleCheck(
                _("Completion at least %(level)s")
                % {"level": programme.get_min_completion_display()},
                commitment.get_latest_completion_display() or _("not assessed"),
                _at_least(completion, programme.min_completion, COMPLETION_ORDER),
            )
        )
    if programme.min_opened_government:
        opened = commitment.irm_opened_government
        checks.append(
            RuleCheck(
                _("Opened government at least %(level)s")
                % {"level": programme.get_min_opened_government_display()},
                commitment.get_irm_opened_government_display() or _("not assessed"),
                _at_least(opened, programme.min_opened_government, OPENED_GOVERNMENT_ORDER),
            )
        )
    if programme.plan_ended_after:
        end = commitment.action_plan.end_year
        checks.append(
            RuleCheck(
                _("Action plan ended after %(year)s") % {"year": programme.plan_ended_after},
                str(end) if end else _("unknown"),
                None if end is None else end > programme.plan_ended_after,
            )
        )
    if programme.starred_only:
        checks.append(
            RuleCheck(
                _("Starred by the IRM"),
                _("starred") if commitment.irm_starred else _("not starred"),
                bool(commitment.irm_starred),
            )
        )
    return checks


def eligibility_facts(*, nomination: Nomination) -> dict:
    """What the eligibility screen shows beside a nomination: for a commitment, its IRM
    results, status and action plan, and the programme's rules checked against them."""
    commitment = nomination.commitment
    if commitment is None:
        return {"commitment": None, "checks": [], "plan": None}
    commitment = Commitment.objects.select_related("action_plan__member").get(pk=commitment.pk)
    return {
        "commitment": commitment,
        "plan": commitment.action_plan,
        "checks": eligibility_checks(programme=nomination.programme, commitment=commitment),
    }


# --- the jury: the facts the conflict rules read --------------------------------------------


def _iso(country) -> str:
    return country.iso3 if country is not None else ""


def juror_facts(*, programme: AwardProgrammePage, users=None) -> dict[int, JurorFacts]:
    """{user id: JurorFacts} for the programme's jurors (or those of `users`), from their
    seat (country, member government, organisation) and their profile (country,
    organisation), with the conflicts they declared on its nominations. Community has no
    notion of a connection between reformers, nor of a person's own commitments: those sets
    stay empty (a commitment of the juror's member government is caught as their member's,
    one led by their organisation as their organisation's)."""
    seats = Juror.objects.filter(programme=programme).select_related(
        "country", "member__country", "user__profile__country"
    )
    if users is not None:
        seats = seats.filter(user__in=users)
    declared: dict[int, set[int]] = {}
    for juror_id, nomination_id in ConflictDeclaration.objects.filter(
        nomination__programme=programme, source=ConflictDeclaration.Source.DECLARED
    ).values_list("juror_id", "nomination_id"):
        declared.setdefault(juror_id, set()).add(nomination_id)
    facts = {}
    for seat in seats:
        profile = getattr(seat.user, "profile", None)
        countries = {_iso(seat.country), _iso(profile.country if profile else None)}
        if seat.member is not None:
            countries.add(_iso(seat.member.country))
        organisations = {seat.organisation, profile.organisation if profile else ""}
        facts[seat.user_id] = JurorFacts(
            user_id=seat.user_id,
            countries=frozenset(countries - {""}),
            member_ids=frozenset({seat.member_id} - {None}),
            organisations=frozenset(organisations - {""}),
            declared_nomination_ids=frozenset(declared.get(seat.user_id, ())),
        )
    return facts


def with_fact_relations(nominations):
    return nominations.select_related(
        "commitment__action_plan__member__country",
        "member__country",
        "reformer__country",
        "nominator__profile",
    )


def nomination_facts(nomination: Nomination) -> NominationFacts:
    """The facts of a nomination (load it `with_fact_relations`): the nominee's country and
    member government (a commitment's are its action plan's member's), organisation (a
    reformer's profile's, a commitment's lead institution), the nominator and their
    organisation."""
    member = None
    country = organisation = ""
    user_id = None
    if nomination.commitment is not None:
        member = nomination.commitment.action_plan.member
        organisation = nomination.commitment.lead_institution
    elif nomination.member is not None:
        member = nomination.member
    elif nomination.reformer is not None:
        country = _iso(nomination.reformer.country)
        organisation = nomination.reformer.organisation
        user_id = nomination.reformer.user_id
    if member is not None:
        country = _iso(member.country)
    nominator_profile = getattr(nomination.nominator, "profile", None)
    return NominationFacts(
        id=nomination.pk,
        kind=NomineeKind(nomination.kind),
        nominee_country=country,
        nominee_member_id=member.pk if member is not None else None,
        nominee_organisation=organisation,
        nominee_user_id=user_id,
        commitment_id=nomination.commitment_id,
        nominator_user_id=nomination.nominator_id,
        nominator_organisation=nominator_profile.organisation if nominator_profile else "",
    )


def judged_nominations(*, programme: AwardProgrammePage):
    """The nominations the jury judges: found eligible (and later shortlisted or winners),
    whose nominee did not decline."""
    return Nomination.objects.filter(
        programme=programme, state__in=JUDGED, nominee_declined=False
    ).order_by("pk")


def active_assignments(*, programme: AwardProgrammePage) -> dict[int, list[int]]:
    """{nomination id: [juror user ids]} of the assignments not recused."""
    existing: dict[int, list[int]] = {}
    for nomination_id, juror_id in JurorAssignment.objects.filter(
        nomination__programme=programme, recused_at__isnull=True
    ).values_list("nomination_id", "juror_id"):
        existing.setdefault(nomination_id, []).append(juror_id)
    return existing


# --- the juror's screens -------------------------------------------------------------------


@dataclass
class JuryProgramme:
    programme: AwardProgrammePage  # in the reader's language where translated
    assignments: list
    criteria: int
    closed: bool

    @property
    def scored(self) -> int:
        return sum(1 for a in self.assignments if a.scored >= self.criteria)

    @property
    def total(self) -> int:
        return len(self.assignments)


def juror_dashboard(*, user, locale) -> list[JuryProgramme]:
    """The user's assignments (not recused) by programme, newest first, each with how many
    criteria it has scored; a fixed number of queries however many there are."""
    assignments = list(
        JurorAssignment.objects.filter(
            juror=user, recused_at__isnull=True, nomination__state__in=JUDGED
        )
        .select_related("nomination__programme", "nomination__category")
        .annotate(scored=Count("scores"))
        .order_by(
            "-nomination__programme__closes_on",
            "nomination__programme_id",
            "nomination__title",
            "pk",
        )
    )
    if not assignments:
        return []
    programmes = {a.nomination.programme_id: a.nomination.programme for a in assignments}
    criteria = dict(
        RubricCriterion.objects.filter(programme_id__in=programmes)
        .values("programme_id")
        .annotate(n=Count("pk"))
        .values_list("programme_id", "n")
    )
    keys = {p.translation_key: p for p in programmes.values()}
    translated = {
        page.translation_key: page
        for page in AwardProgrammePage.objects.live().filter(
            translation_key__in=keys, locale=locale
        )
    }
    groups = {}
    for assignment in assignments:
        programme = assignment.nomination.programme
        group = groups.get(programme.pk)
        if group is None:
            group = groups[programme.pk] = JuryProgramme(
                programme=translated.get(programme.translation_key, programme),
                assignments=[],
                criteria=criteria.get(programme.pk, 0),
                closed=programme.jury_is_closed,
            )
        assignment.complete = assignment.scored >= group.criteria
        group.assignments.append(assignment)
    return list(groups.values())


def assignment_of(*, user, nomination_id: int) -> JurorAssignment | None:
    """The user's assignment of this nomination, not recused; None for anything else (a 404:
    a juror sees only what is given to them)."""
    return (
        JurorAssignment.objects.filter(
            juror=user,
            nomination_id=nomination_id,
            recused_at__isnull=True,
            nomination__state__in=JUDGED,
        )
        .select_related(
            "nomination__programme",
            "nomination__category",
            "nomination__commitment__action_plan__member",
            "nomination__member",
            "nomination__reformer",
        )
        .first()
    )


def score_criteria(*, programme: AwardProgrammePage, locale) -> list[tuple]:
    """[(criterion of the programme, the same in the reader's language)], matched by
    position."""
    originals = list(programme.criteria.order_by("sort_order", "pk"))
    shown = programme_in_language(programme, locale)
    if shown.pk == programme.pk:
        return [(criterion, criterion) for criterion in originals]
    translated = list(shown.criteria.order_by("sort_order", "pk"))
    if len(translated) != len(originals):
        translated = originals
    return list(zip(originals, translated, strict=True))


# --- staff: assignments, ranking, exports ---------------------------------------------------


@dataclass
class JurorLoad:
    seat: Juror
    load: int
    scored: int
    conflicts: int


def assignment_overview(*, programme: AwardProgrammePage) -> dict:
    """What the assignment screen shows: each juror's load (and sheets scored, conflicts
    recorded), the judged nominations with their jurors, and those short of jurors."""
    seats = list(
        Juror.objects.filter(programme=programme).select_related("user", "country", "member")
    )
    active = (
        JurorAssignment.objects.filter(recused_at__isnull=True)
        .select_related("juror")
        .annotate(scored=Count("scores"))
        .order_by("juror_id")
    )
    nominations = list(
        judged_nominations(programme=programme)
        .select_related("category")
        .prefetch_related(Prefetch("assignments", queryset=active, to_attr="active"))
    )
    criteria = programme.criteria.count()
    conflict_counts = dict(
        ConflictDeclaration.objects.filter(nomination__programme=programme)
        .values("juror_id")
        .annotate(n=Count("pk"))
        .values_list("juror_id", "n")
    )
    load: dict[int, int] = {seat.user_id: 0 for seat in seats}
    scored: dict[int, int] = {seat.user_id: 0 for seat in seats}
    for nomination in nominations:
        for assignment in nomination.active:
            load[assignment.juror_id] = load.get(assignment.juror_id, 0) + 1
            if criteria and assignment.scored >= criteria:
                scored[assignment.juror_id] = scored.get(assignment.juror_id, 0) + 1
        nomination.lacking = max(0, programme.jurors_per_nomination - len(nomination.active))
    return {
        "loads": [
            JurorLoad(
                seat, load[seat.user_id], scored[seat.user_id], conflict_counts.get(seat.user_id, 0)
            )
            for seat in seats
        ],
        "nominations": nominations,
        "short": [n for n in nominations if n.lacking],
        "seats": seats,
    }


def _pure_scores(programme: AwardProgrammePage, nomination_ids) -> list:
    return [
        scoring.Score(nomination_id, juror_id, str(criterion_id), value)
        for nomination_id, juror_id, criterion_id, value in Score.objects.filter(
            assignment__nomination_id__in=nomination_ids,
            assignment__recused_at__isnull=True,
        ).values_list("assignment__nomination_id", "assignment__juror_id", "criterion_id", "value")
    ]


def _pure_criteria(criteria) -> list:
    return [scoring.Criterion(str(criterion.pk), criterion.weight) for criterion in criteria]


AGREEMENT_GUIDE = (0.5, 0.75, 0.9)  # Koo & Li (2016): poor, moderate, good, excellent


@dataclass
class RankingRow:
    nomination: Nomination
    ranked: object  # scoring.RankedNomination
    adjusted_position: int | None
    adjusted_score: float | None
    moved: int


@dataclass
class CategoryRanking:
    category: object
    rows: list
    agreement: object  # scoring.Agreement

    @property
    def strength(self) -> str:
        """The agreement in words (ICC(1), Koo & Li's bands)."""
        value = self.agreement.icc1
        if value is None:
            return ""
        if value < AGREEMENT_GUIDE[0]:
            return _("poor")
        if value < AGREEMENT_GUIDE[1]:
            return _("moderate")
        if value < AGREEMENT_GUIDE[2]:
            return _("good")
        return _("excellent")


def ranking(*, programme: AwardProgrammePage) -> list[CategoryRanking]:
    """Per category: the ranking by weighted mean (with the spread, the juror count and the
    tie-break rule that placed each row), the ranking with per-juror standardisation over
    the whole programme side by side, and the jury's agreement. Scores of recused
    assignments do not count. A fixed number of queries."""
    nominations = list(judged_nominations(programme=programme).select_related("category"))
    criteria = list(programme.criteria.all())
    ids = [n.pk for n in nominations]
    totals = scoring.juror_totals(_pure_scores(programme, ids), _pure_criteria(criteria))
    adjusted = scoring.standardised_totals(totals)
    categories = list(programme.categories.order_by("sort_order", "pk"))
    result = []
    for category in categories:
        members = [n for n in nominations if n.category_id == category.pk]
        if not members:
            continue
        by_id = {n.pk: n for n in members}
        entries = [scoring.NominationEntry(n.pk, n.submitted_at) for n in members]
        category_totals = {n.pk: totals.get(n.pk, {}) for n in members}
        category_adjusted = {n.pk: adjusted.get(n.pk, {}) for n in members}
        ranked = scoring.rank(entries, category_totals)
        compared = {
            row.nomination_id: row
            for row in scoring.compare_rankings(entries, category_totals, category_adjusted)
        }
        rows = [
            RankingRow(
                nomination=by_id[row.nomination_id],
                ranked=row,
                adjusted_position=compared[row.nomination_id].adjusted_position,
                adjusted_score=compared[row.nomination_id].adjusted_score,
                moved=compared[row.nomination_id].moved,
            )
            for row in ranked
        ]
        result.append(
            CategoryRanking(
                category=category,
                rows=rows,
                agreement=scoring.agreement({k: v for k, v in category_totals.items() if v}),
            )
        )
    return result


def nomination_export_rows(*, programme: AwardProgrammePage):
    """export.NominationRow per nomination of the programme (drafts left out), with the
    jury's figures for the judged ones."""
    positions = {
        row.nomination.pk: row for category in ranking(programme=programme) for row in category.rows
    }
    nominations = (
        Nomination.objects.filter(programme=programme)
        .exclude(state=Nomination.State.DRAFT)
        .select_related("category", "nominator")
        .annotate(jurors=Count("assignments", filter=Q(assignments__recused_at__isnull=True)))
        .order_by("category__sort_order", "pk")
    )
    for nomination in nominations:
        row = positions.get(nomination.pk)
        yield export.NominationRow(
            id=nomination.pk,
            programme=programme.title,
            category=nomination.category.name,
            kind=nomination.get_kind_display(),
            nominee=nomination.title,
            nominator=nomination.nominator.email,
            status=nomination.get_state_display(),
            submitted_at=nomination.submitted_at,
            jurors=nomination.jurors,
            score=row.ranked.score if row else None,
            adjusted_score=row.adjusted_score if row else None,
            position=row.ranked.position if row else None,
        )


def score_export_rows(*, programme: AwardProgrammePage):
    """export.ScoreRow per score that counts (assignments not recused)."""
    scores = (
        Score.objects.filter(
            assignment__nomination__programme=programme, assignment__recused_at__isnull=True
        )
        .select_related("assignment__nomination__category", "assignment__juror", "criterion")
        .order_by("assignment__nomination_id", "assignment__juror_id", "criterion__sort_order")
    )
    for score in scores.iterator(chunk_size=500):
        nomination = score.assignment.nomination
        yield export.ScoreRow(
            nomination_id=nomination.pk,
            category=nomination.category.name,
            nominee=nomination.title,
            juror=score.assignment.juror.email,
            criterion=score.criterion.name,
            weight=score.criterion.weight,
            score=score.value,
            comment=score.comment,
        )


# --- winners on the nominee's own page ----------------------------------------------------

RECOGNISED = {"commitment": "commitment_id", "member": "member_id", "reformer": "reformer_id"}


def commitment_nominations(pk: int) -> list[Nomination]:
    """A commitment's wins and shortlistings in programmes whose results are published (not
    declined), with their programme and category, in the order of their ids: read once per
    request for both its recognitions and its timeline (awards.timeline)."""

    def read():
        return list(
            Nomination.objects.filter(
                commitment_id=pk,
                state__in=[Nomination.State.WINNER, Nomination.State.SHORTLISTED],
                nominee_declined=False,
                programme__results_published_at__isnull=False,
            )
            .select_related("programme", "category")
            .order_by("pk")
        )

    return request_cache.remembered(("awards.commitment_nominations", pk), read)


def recognitions(kind: str, pk: int) -> list[Recognition]:
    """The awards a commitment, member government or reformer won, once the results are
    published (registered with community.recognitions at app ready): one query (none for
    a commitment whose nominations this request has read: commitment_nominations)."""
    field = RECOGNISED.get(kind)
    if field is None:
        return []
    if kind == "commitment":
        won = [n for n in commitment_nominations(pk) if n.state == Nomination.State.WINNER]
        # newest programme first (stable: the ids' order within one closing date)
        winners = sorted(won, key=lambda n: n.programme.closes_on, reverse=True)
    else:
        winners = (
            Nomination.objects.filter(
                **{field: pk},
                state=Nomination.State.WINNER,
                nominee_declined=False,
                programme__results_published_at__isnull=False,
            )
            .select_related("programme", "category")
            .order_by("-programme__closes_on", "pk")
        )
    return [
        Recognition(
            title=_("Winner · %(programme)s · %(category)s")
            % {"programme": winner.programme.title, "category": winner.category.name},
            citation=winner.citation,
            url=page_url(winner.programme),
        )
        for winner in winners
    ]

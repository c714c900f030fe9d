"""Judging arithmetic: juror totals, ranking with its tie-break, per-juror standardisation,
inter-rater agreement and the anonymised scores published with the results.

Pure functions over plain values (docs/awards-judging.md has the rules and formulae). Scores
are whole numbers 1-5; totals are kept as exact fractions so equal scores compare equal and
the tie-break, not a rounding error, decides between them.
"""

import hashlib
import hmac
import math
import statistics
import warnings
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction

from django.utils.translation import gettext

import numpy
from scipy import stats

LOWEST, HIGHEST = 1, 5

# Totals: nomination id -> juror id -> the juror's weighted total for that nomination.
Totals = Mapping[int, Mapping[int, Fraction | float]]


@dataclass(frozen=True)
class Criterion:
    key: str
    weight: int | Decimal | Fraction


@dataclass(frozen=True)
class Score:
    nomination_id: int
    juror_id: int
    criterion: str
    value: int


@dataclass(frozen=True)
class NominationEntry:
    """What the tie-break needs besides the scores."""

    id: int
    submitted_at: datetime | None = None


def juror_totals(
    scores: Iterable[Score], criteria: Sequence[Criterion]
) -> dict[int, dict[int, Fraction]]:
    """Each juror's weighted mean over the rubric for each nomination, Σ w·s / Σ w, counted
    only once the juror has scored every criterion (a partial sheet is still a draft)."""
    weights = {criterion.key: Fraction(criterion.weight) for criterion in criteria}
    if not weights or any(weight <= 0 for weight in weights.values()):
        raise ValueError("Every criterion needs a positive weight.")
    sheets: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)
    for score in scores:
        if score.criterion not in weights:
            raise ValueError(f"Unknown criterion {score.criterion!r}.")
        if not LOWEST <= score.value <= HIGHEST:
            raise ValueError(f"Score {score.value} is outside {LOWEST}-{HIGHEST}.")
        sheets[score.nomination_id, score.juror_id][score.criterion] = score.value
    total_weight = sum(weights.values())
    totals: dict[int, dict[int, Fraction]] = defaultdict(dict)
    for (nomination_id, juror_id), values in sorted(sheets.items()):
        if values.keys() == weights.keys():
            weighted = sum(weights[key] * value for key, value in values.items())
            totals[nomination_id][juror_id] = weighted / total_weight
    return dict(totals)


@dataclass(frozen=True)
class RankedNomination:
    """score: the mean of the jurors' totals; spread: their standard deviation (population,
    over the jurors who scored it) and range. decided_by: the tie-break rule that put the
    nomination below the one ranked just above it ("score" when the scores differ, None for
    the first). Nominations nobody has fully scored come last, with position None."""

    nomination_id: int
    position: int | None
    score: float | None
    median: float | None
    std: float | None
    minimum: float | None
    maximum: float | None
    juror_count: int
    decided_by: str | None


# The tie-break, in order (docs/awards-judging.md, "Ranking").
TIE_BREAK = ("score", "median", "jurors", "submitted", "id")


def _sort_key(entry: NominationEntry, values: Sequence[Fraction | float]) -> tuple:
    submitted = entry.submitted_at.timestamp() if entry.submitted_at else math.inf
    return (
        -_comparable(statistics.mean(values)),
        -_comparable(statistics.median(values)),
        -len(values),
        submitted,
        entry.id,
    )


def _comparable(value: Fraction | float) -> Fraction | float:
    # Exact fractions compare as they are; standardised (float) scores to 9 decimals, so two
    # equal scores reached by different sums are equal.
    return value if isinstance(value, Fraction) else round(value, 9)


def rank(nominations: Iterable[NominationEntry], totals: Totals) -> list[RankedNomination]:
    """The ranking by mean total, ties broken by TIE_BREAK."""
    entries = sorted(nominations, key=lambda entry: entry.id)
    scored = [
        (_sort_key(entry, list(totals[entry.id].values())), entry)
        for entry in entries
        if totals.get(entry.id)
    ]
    scored.sort(key=lambda item: item[0])
    ranked = []
    previous = None
    for position, (key, entry) in enumerate(scored, start=1):
        values = [float(value) for value in totals[entry.id].values()]
        decided_by = None
        if previous is not None:
            decided_by = next(
                rule for rule, a, b in zip(TIE_BREAK, previous, key, strict=True) if a != b
            )
        ranked.append(
            RankedNomination(
                nomination_id=entry.id,
                position=position,
                score=statistics.mean(values),
                median=statistics.median(values),
                std=statistics.pstdev(values),
                minimum=min(values),
                maximum=max(values),
                juror_count=len(values),
                decided_by=decided_by,
            )
        )
        previous = key
    ranked += [
        RankedNomination(entry.id, None, None, None, None, None, None, 0, None)
        for entry in entries
        if not totals.get(entry.id)
    ]
    return ranked


def standardised_totals(totals: Totals) -> dict[int, dict[int, float]]:
    """Each juror's totals as z-scores over all the totals they gave, z = (x − mean_j) / sd_j,
    put back on the scale of the whole jury: adjusted = M + S·z, M and S the mean and standard
    deviation (population) of every total given. A juror whose totals are all equal (or who
    scored one nomination) tells nothing about order: z = 0, adjusted = M."""
    by_juror: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for nomination_id, sheet in sorted(totals.items()):
        for juror_id, total in sorted(sheet.items()):
            by_juror[juror_id].append((nomination_id, float(total)))
    every = [total for given in by_juror.values() for _nomination, total in given]
    if not every:
        return {}
    grand_mean, grand_sd = statistics.mean(every), statistics.pstdev(every)
    adjusted: dict[int, dict[int, float]] = defaultdict(dict)
    for juror_id, given in by_juror.items():
        values = numpy.array([total for _nomination, total in given])
        if len(values) < 2 or numpy.ptp(values) == 0:
            z_scores = numpy.zeros(len(values))
        else:
            z_scores = stats.zscore(values, ddof=0)
        for (nomination_id, _total), z in zip(given, z_scores, strict=True):
            adjusted[nomination_id][juror_id] = grand_mean + grand_sd * float(z)
    return dict(adjusted)


@dataclass(frozen=True)
class RankComparison:
    nomination_id: int
    raw_position: int | None
    raw_score: float | None
    adjusted_position: int | None
    adjusted_score: float | None

    @property
    def moved(self) -> int:
        """Places gained by the adjustment (negative: lost)."""
        if self.raw_position is None or self.adjusted_position is None:
            return 0
        return self.raw_position - self.adjusted_position


def compare_rankings(
    nominations: Iterable[NominationEntry], totals: Totals, adjusted: Totals | None = None
) -> list[RankComparison]:
    """The raw and the standardised ranking side by side, in raw order. `adjusted` defaults
    to standardised_totals(totals); pass it when jurors were standardised over a wider set
    (the whole programme) than the nominations ranked here (one category)."""
    nominations = list(nominations)
    raw = rank(nominations, totals)
    standardised = {
        row.nomination_id: row
        for row in rank(nominations, standardised_totals(totals) if adjusted is None else adjusted)
    }
    return [
        RankComparison(
            nomination_id=row.nomination_id,
            raw_position=row.position,
            raw_score=row.score,
            adjusted_position=standardised[row.nomination_id].position,
            adjusted_score=standardised[row.nomination_id].score,
        )
        for row in raw
    ]


# --- agreement ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Agreement:
    """Inter-rater agreement over one category. complete: every juror scored every nomination
    (then Kendall's W, its Friedman test and the two-way ICCs are defined); otherwise only the
    one-way ICC(1), which fits a design where each nomination has its own set of jurors."""

    nominations: int
    jurors: int
    complete: bool
    kendalls_w: float | None = None
    friedman_p: float | None = None
    icc1: float | None = None
    icc2: float | None = None
    icc3: float | None = None


def kendalls_w(matrix: Sequence[Sequence[float]]) -> tuple[float, float] | None:
    """Kendall's W with the correction for ties, and the p-value of Friedman's test, for a
    complete matrix (rows: jurors, columns: nominations, at least 3 nominations and 2 jurors).
    Through scipy's Friedman statistic, tie-corrected: W = χ²_F / (m (n − 1)). None when
    every juror gave every nomination the same total (W is undefined)."""
    ratings = numpy.asarray(matrix, dtype=float)
    jurors, nominations = ratings.shape
    if jurors < 2 or nominations < 3:
        return None
    if all(numpy.ptp(row) == 0 for row in ratings):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # degenerate input gives nan, handled below
        result = stats.friedmanchisquare(*ratings.T)
    if not math.isfinite(result.statistic):
        return None
    return float(result.statistic) / (jurors * (nominations - 1)), float(result.pvalue)


@dataclass(frozen=True)
class Icc:
    """Shrout & Fleiss (1979): ICC(1,1), (2,1), (3,1) for single jurors; *_k for the mean of
    the k jurors (what the ranking uses)."""

    icc1: float
    icc2: float
    icc3: float
    icc1_k: float
    icc2_k: float
    icc3_k: float


def icc(matrix: Sequence[Sequence[float]]) -> Icc | None:
    """Intraclass correlations from the two-way ANOVA of a complete matrix (rows: targets,
    i.e. nominations; columns: judges). None when there are fewer than 2 of either or the
    nominations' means are all equal."""
    ratings = numpy.asarray(matrix, dtype=float)
    n, k = ratings.shape
    if n < 2 or k < 2:
        return None
    grand = ratings.mean()
    ss_targets = k * ((ratings.mean(axis=1) - grand) ** 2).sum()
    ss_judges = n * ((ratings.mean(axis=0) - grand) ** 2).sum()
    ss_total = ((ratings - grand) ** 2).sum()
    ss_error = ss_total - ss_targets - ss_judges
    bms = ss_targets / (n - 1)
    wms = (ss_judges + ss_error) / (n * (k - 1))
    jms = ss_judges / (k - 1)
    ems = ss_error / ((n - 1) * (k - 1))
    if bms == 0:  # the nominations do not differ at all
        return None
    return Icc(
        icc1=float((bms - wms) / (bms + (k - 1) * wms)),
        icc2=float((bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n)),
        icc3=float((bms - ems) / (bms + (k - 1) * ems)),
        icc1_k=float((bms - wms) / bms),
        icc2_k=float((bms - ems) / (bms + (jms - ems) / n)),
        icc3_k=float((bms - ems) / bms),
    )


def icc1_unbalanced(groups: Sequence[Sequence[float]]) -> float | None:
    """ICC(1) of the one-way random model when nominations have different sets (and numbers)
    of jurors: F from scipy's one-way ANOVA, ICC(1) = (F − 1) / (F + k₀ − 1), k₀ the
    effective number of jurors per nomination, (N − Σnᵢ²/N) / (g − 1)."""
    groups = [list(group) for group in groups if len(group) > 0]
    sizes = [len(group) for group in groups]
    total = sum(sizes)
    if len(groups) < 2 or total <= len(groups):
        return None
    values = [value for group in groups for value in group]
    if max(values) == min(values):
        return None
    k0 = (total - sum(size * size for size in sizes) / total) / (len(groups) - 1)
    with numpy.errstate(divide="ignore", invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = float(stats.f_oneway(*groups).statistic)
    if math.isinf(f):  # every juror agrees within each nomination
        return 1.0
    return (f - 1) / (f + k0 - 1)


def agreement(totals: Totals) -> Agreement:
    """Agreement among the jurors over the nominations in `totals` (one category)."""
    nominations = sorted(nomination for nomination, sheet in totals.items() if sheet)
    jurors = sorted({juror for nomination in nominations for juror in totals[nomination]})
    complete = all(len(totals[nomination]) == len(jurors) for nomination in nominations)
    groups = [[float(total) for total in totals[nomination].values()] for nomination in nominations]
    if not complete:
        return Agreement(
            len(nominations), len(jurors), complete=False, icc1=icc1_unbalanced(groups)
        )
    targets_by_judges = [
        [float(totals[nomination][juror]) for juror in jurors] for nomination in nominations
    ]
    concordance = kendalls_w(numpy.transpose(targets_by_judges)) if targets_by_judges else None
    correlations = icc(targets_by_judges) if targets_by_judges else None
    return Agreement(
        len(nominations),
        len(jurors),
        complete=True,
        kendalls_w=concordance[0] if concordance else None,
        friedman_p=concordance[1] if concordance else None,
        icc1=correlations.icc1 if correlations else None,
        icc2=correlations.icc2 if correlations else None,
        icc3=correlations.icc3 if correlations else None,
    )


# --- publication --------------------------------------------------------------------------


@dataclass(frozen=True)
class AnonymisedSheet:
    label: str
    values: dict[str, int]


def juror_label(index: int) -> str:
    """Juror A … Juror Z, Juror AA …"""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return gettext("Juror %(letter)s") % {"letter": letters}


def anonymised_scores(
    scores: Iterable[Score], finalist_ids: Iterable[int], *, secret: bytes
) -> dict[int, list[AnonymisedSheet]]:
    """Each finalist's per-criterion scores, one sheet per juror, labelled Juror A, B, … in an
    order drawn from a keyed hash of (nomination, juror): stable for one secret (the page does
    not reshuffle on every publication), unrelated to the jurors' ids or names, and drawn
    afresh for every nomination, so "Juror A" of one finalist is not "Juror A" of another."""
    finalists = set(finalist_ids)
    sheets: dict[int, dict[int, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for score in scores:
        if score.nomination_id in finalists:
            sheets[score.nomination_id][score.juror_id][score.criterion] = score.value

    def draw(nomination_id: int, juror_id: int) -> bytes:
        message = f"{nomination_id}:{juror_id}".encode()
        return hmac.new(secret, message, hashlib.sha256).digest()

    published = {}
    for nomination_id in sorted(sheets):
        by_juror = sheets[nomination_id]
        order = sorted(by_juror, key=lambda juror_id: draw(nomination_id, juror_id))
        published[nomination_id] = [
            AnonymisedSheet(label=juror_label(index), values=dict(sorted(by_juror[juror].items())))
            for index, juror in enumerate(order)
        ]
    return published

"""Relevance measurement: judged queries in, nDCG@10, MRR and recall@50 out, with bootstrap
confidence intervals per kind of query and paired comparisons between two runs.

Judgments (one JSON object per line) are either a free-text query with optional filters
({"id", "query", "filters", "relevant": {"commitment:AL0002": 1, ...}}) or an evidence-for
list ({"id", "evidence_for": "commitment:AM0037", "relevant": {...}}). Result keys are the
evidence records' keys, which use OGP's commitment ids and the research papers' ids. Gains
are graded (0 = read and judged not relevant); an optional "language" is the query's language
(free text; also the reader's language the search runs with) or the source record's
(evidence-for), and splits the figures by kind and language (search/judgments/README.md)."""

import json
import math
from dataclasses import dataclass, field
from statistics import mean

import numpy
from scipy import stats

from .engines.base import SearchRequest

CUTOFF = 10
RECALL_DEPTH = 50
CONFIDENCE = 0.95
RESAMPLES = 10_000
KIND_ORDER = ("free-text", "evidence-for")
LANGUAGE_ORDER = ("", "en", "fr", "es")


class JudgmentsError(ValueError):
    pass


@dataclass
class Judgment:
    id: str
    relevant: dict[str, float]
    query: str = ""
    filters: dict = field(default_factory=dict)
    evidence_for: str = ""
    language: str = ""

    @property
    def kind(self) -> str:
        return "evidence-for" if self.evidence_for else "free-text"

    @property
    def group(self) -> str:
        """What the figures are reported by: the kind, and the language when judged with one."""
        return f"{self.kind} {self.language}" if self.language else self.kind


def judgments_read(stream, *, seen: set[str] | None = None) -> list[Judgment]:
    """The judgments of a JSON-lines stream. Ids must be unique, also across the streams
    read with the same `seen` set (several files measured together)."""
    seen = set() if seen is None else seen
    judgments = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            judgment = Judgment(
                id=str(item.get("id") or number),
                relevant={str(k): float(v) for k, v in item["relevant"].items()},
                query=str(item.get("query") or ""),
                filters=dict(item.get("filters") or {}),
                evidence_for=str(item.get("evidence_for") or ""),
                language=str(item.get("language") or ""),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise JudgmentsError(f"line {number}: not a judgment ({error})") from error
        if not judgment.query and not judgment.evidence_for:
            raise JudgmentsError(f"line {number}: needs a 'query' or an 'evidence_for'")
        if judgment.id in seen:
            raise JudgmentsError(f"line {number}: the id {judgment.id!r} is used twice")
        seen.add(judgment.id)
        judgments.append(judgment)
    return judgments


def dcg(gains: list[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg(ranked: list[str], relevant: dict[str, float], k: int = CUTOFF) -> float:
    ideal = dcg(sorted(relevant.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([relevant.get(key, 0.0) for key in ranked[:k]]) / ideal


def reciprocal_rank(ranked: list[str], relevant: dict[str, float]) -> float:
    for position, key in enumerate(ranked, start=1):
        if relevant.get(key, 0) > 0:
            return 1 / position
    return 0.0


def recall(ranked: list[str], relevant: dict[str, float], k: int = RECALL_DEPTH) -> float:
    wanted = {key for key, gain in relevant.items() if gain > 0}
    if not wanted:
        return 0.0
    return len(wanted & set(ranked[:k])) / len(wanted)


def ranked_keys(engine, judgment: Judgment) -> list[str]:
    if judgment.evidence_for:
        kinds = judgment.filters.get("type") or ["commitment"]
        hits = engine.more_like(judgment.evidence_for, kinds=kinds, limit=RECALL_DEPTH)
        return [hit.key for hit in hits]
    request = SearchRequest(
        query=judgment.query,
        filters={k: [str(v) for v in values] for k, values in judgment.filters.items()},
        per_page=RECALL_DEPTH,
        language=judgment.language or "en",
        facets=False,
    )
    return [hit.key for hit in engine.search(request).hits]


def unjudged(ranked: list[str], relevant: dict[str, float], k: int = CUTOFF) -> float:
    """Share of the first k results nobody judged (not even as irrelevant): where a set's
    figures may be too low because the engine finds what the judges never read."""
    top = ranked[:k]
    return sum(key not in relevant for key in top) / len(top) if top else 0.0


@dataclass
class Scores:
    judgment: Judgment
    ndcg: float
    mrr: float
    recall: float
    unjudged: float = 0.0


def evaluate(engine, judgments: list[Judgment]) -> list[Scores]:
    scores = []
    for judgment in judgments:
        ranked = ranked_keys(engine, judgment)
        scores.append(
            Scores(
                judgment,
                ndcg(ranked, judgment.relevant),
                reciprocal_rank(ranked, judgment.relevant),
                recall(ranked, judgment.relevant),
                unjudged(ranked, judgment.relevant),
            )
        )
    return scores


def _group_order(group: str) -> tuple[int, int, str]:
    kind, _, language = group.partition(" ")
    return (
        KIND_ORDER.index(kind),
        LANGUAGE_ORDER.index(language) if language in LANGUAGE_ORDER else len(LANGUAGE_ORDER),
        language,
    )


def by_group(scores: list[Scores]) -> dict[str, list[Scores]]:
    """The scores per kind and language ("free-text", "free-text fr", "evidence-for es"),
    free text first, unlabelled first, then English, French, Spanish."""
    groups: dict[str, list[Scores]] = {}
    for score in scores:
        groups.setdefault(score.judgment.group, []).append(score)
    return {group: groups[group] for group in sorted(groups, key=_group_order)}


def bootstrap_interval(
    values: list[float],
    *,
    confidence: float = CONFIDENCE,
    resamples: int = RESAMPLES,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean over queries (queries resampled with
    replacement; scipy.stats.bootstrap). A seed makes reports reproducible."""
    data = numpy.asarray(values, dtype=float)
    if len(data) < 2 or numpy.ptp(data) == 0:
        return (float(data.mean()), float(data.mean())) if len(data) else (0.0, 0.0)
    result = stats.bootstrap(
        (data,),
        numpy.mean,
        confidence_level=confidence,
        n_resamples=resamples,
        method="percentile",
        random_state=numpy.random.default_rng(seed),
    )
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


@dataclass
class Difference:
    """`after` − `before` on the same queries: the mean difference, its paired-bootstrap
    interval, and the share of resamples where `after` is not better (a one-sided p)."""

    queries: int
    before: float
    after: float
    mean: float
    low: float
    high: float
    not_better: float


def paired_difference(
    before: list[float],
    after: list[float],
    *,
    confidence: float = CONFIDENCE,
    resamples: int = RESAMPLES,
    seed: int = 0,
) -> Difference:
    """Paired bootstrap: the same resampled queries on both sides, so that what one query
    does to both runs cancels out."""
    if len(before) != len(after):
        raise ValueError("a paired comparison needs the same queries on both sides")
    a, b = numpy.asarray(before, dtype=float), numpy.asarray(after, dtype=float)
    delta = b - a
    if len(delta) < 2 or numpy.ptp(delta) == 0:
        value = float(delta.mean()) if len(delta) else 0.0
        return Difference(len(delta), float(a.mean()) if len(a) else 0.0,
                          float(b.mean()) if len(b) else 0.0, value, value, value,
                          1.0 if value <= 0 else 0.0)  # fmt: skip
    result = stats.bootstrap(
        (a, b),
        lambda x, y, axis=-1: numpy.mean(y - x, axis=axis),
        paired=True,
        vectorized=True,
        confidence_level=confidence,
        n_resamples=resamples,
        method="percentile",
        random_state=numpy.random.default_rng(seed),
    )
    return Difference(
        queries=len(delta),
        before=float(a.mean()),
        after=float(b.mean()),
        mean=float(delta.mean()),
        low=float(result.confidence_interval.low),
        high=float(result.confidence_interval.high),
        not_better=float(numpy.mean(result.bootstrap_distribution <= 0)),
    )


def summary(scores: list[Scores], *, intervals: bool = True) -> dict[str, dict[str, float]]:
    """Mean of each measure per kind (and language) of judgment, and the bootstrap interval
    of the mean nDCG@10."""
    table = {}
    for group, rows in by_group(scores).items():
        table[group] = {
            "queries": len(rows),
            "ndcg@10": mean(s.ndcg for s in rows),
            "mrr": mean(s.mrr for s in rows),
            "recall@50": mean(s.recall for s in rows),
            "unjudged@10": mean(s.unjudged for s in rows),
        }
        if intervals:
            low, high = bootstrap_interval([s.ndcg for s in rows])
            table[group]["ndcg@10 low"], table[group]["ndcg@10 high"] = low, high
    return table


def run_dump(engine: str, scores: list[Scores]) -> dict:
    """A run as JSON (search_eval --save), to compare a later run with (--compare)."""
    return {
        "engine": engine,
        "scores": {
            s.judgment.id: {
                "group": s.judgment.group,
                "ndcg@10": s.ndcg,
                "mrr": s.mrr,
                "recall@50": s.recall,
            }  # fmt: skip
            for s in scores
        },
    }


def run_load(stream) -> dict[str, float]:
    """A saved run's nDCG@10 per judgment id."""
    try:
        data = json.load(stream)
        return {str(key): float(row["ndcg@10"]) for key, row in data["scores"].items()}
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise JudgmentsError(f"not a saved run ({error})") from error


def compare(baseline: dict[str, float], scores: list[Scores]) -> dict[str, Difference]:
    """nDCG@10 of `scores` against a baseline run, paired by judgment id, per group (queries
    the baseline did not measure are left out)."""
    table = {}
    for group, rows in by_group(scores).items():
        paired = [(baseline[s.judgment.id], s.ndcg) for s in rows if s.judgment.id in baseline]
        if paired:
            table[group] = paired_difference([b for b, _ in paired], [a for _, a in paired])
    return table

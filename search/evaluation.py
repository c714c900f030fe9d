"""Relevance measurement: judged queries in, nDCG@10, MRR and recall@50 out.

Judgments (one JSON object per line) are either a free-text query with optional filters
({"id", "query", "filters", "relevant": {"commitment:AL0002": 1, ...}}) or an evidence-for
list ({"id", "evidence_for": "commitment:AM0037", "relevant": {...}}). Result keys are the
evidence records' keys, which use OGP's commitment ids and the research papers' ids."""

import json
import math
from dataclasses import dataclass, field
from statistics import mean

from .engines.base import SearchRequest

CUTOFF = 10
RECALL_DEPTH = 50


class JudgmentsError(ValueError):
    pass


@dataclass
class Judgment:
    id: str
    relevant: dict[str, float]
    query: str = ""
    filters: dict = field(default_factory=dict)
    evidence_for: str = ""

    @property
    def kind(self) -> str:
        return "evidence-for" if self.evidence_for else "free-text"


def judgments_read(stream) -> list[Judgment]:
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
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise JudgmentsError(f"line {number}: not a judgment ({error})") from error
        if not judgment.query and not judgment.evidence_for:
            raise JudgmentsError(f"line {number}: needs a 'query' or an 'evidence_for'")
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
        facets=False,
    )
    return [hit.key for hit in engine.search(request).hits]


@dataclass
class Scores:
    judgment: Judgment
    ndcg: float
    mrr: float
    recall: float


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
            )
        )
    return scores


def summary(scores: list[Scores]) -> dict[str, dict[str, float]]:
    """Mean of each measure per kind of judgment."""
    table = {}
    for kind in ("free-text", "evidence-for"):
        rows = [s for s in scores if s.judgment.kind == kind]
        if rows:
            table[kind] = {
                "queries": len(rows),
                "ndcg@10": mean(s.ndcg for s in rows),
                "mrr": mean(s.mrr for s in rows),
                "recall@50": mean(s.recall for s in rows),
            }
    return table

"""Reciprocal rank fusion, the one helper every fusion uses (more-like-this here; free-text
search with the semantic retriever, semantic.py, on every engine), and more-like-this as both
engines answer it: text similarity fused with shared topics.

Each engine computes two rankings with its own primitives, over groups of translations:
- text: the records most like the source's most characteristic words (BM25 on the database,
  `more_like_this` on Elasticsearch);
- topics: the records sharing the source's challenge areas and tags (the importer's OGP
  policy areas, research categories, story tags), each shared value weighted by its idf, so
  that sharing a rare policy area counts for more than sharing "anti-corruption".

They are fused by reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): a candidate
scores the sum of 1 / (RRF_K + rank) over the rankings it appears in. RRF needs no score
calibration between two very different scales and has one constant, left at the value of the
paper (60), not tuned on our judgments. Text alone fails a Spanish source in a mostly English
corpus (its rarest words are all Spanish, so it finds Spanish records whatever their topic)
and a multi-topic commitment (its headline topic dominates its words); the topics ranking
knows neither language nor headline.

This module knows no engine: it takes and returns plain values."""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from . import analysis

RRF_K = 60


def idf(document_frequency: int, total: int) -> float:
    """BM25's (and Lucene's) idf: what sharing a value found in `document_frequency` of `total`
    records says. Elasticsearch scores a `term` query on a keyword field with exactly this."""
    return math.log(1 + (total - document_frequency + 0.5) / (document_frequency + 0.5))


def topic_features(areas: Iterable[str], tags: Iterable[str]) -> frozenset[str]:
    """A record's topics, comparable across kinds and languages: its challenge-area slugs and
    its tags (folded, as "Right to Information" and "right to information" are one tag)."""
    return frozenset(
        [f"area:{slug}" for slug in areas if slug]
        + [f"tag:{' '.join(analysis.words(tag))}" for tag in tags if analysis.words(tag)]
    )


def competition_ranks(scores: Mapping[str, float]) -> dict[str, int]:
    """Ranks from scores, best first, equal scores sharing the better rank (1, 2, 2, 4): a tie
    in shared topics is no reason to put one record before another."""
    ranks, previous, rank = {}, None, 0
    for position, (key, score) in enumerate(
        sorted(scores.items(), key=lambda item: (-item[1], item[0])), start=1
    ):
        if score != previous:
            rank, previous = position, score
        ranks[key] = rank
    return ranks


def reciprocal_rank_fusion(
    *rankings: Mapping[str, float] | Sequence,
    weights: Sequence[float] | None = None,
    k: int = RRF_K,
) -> dict:
    """{key: fused score} over every key of any ranking: Σ weight / (k + rank), rank from 1,
    weight 1 unless given; a key absent from a ranking gets nothing from it. A ranking is
    either a ranked sequence of keys, best first (its position is its rank), or a {key: score}
    map, higher is better, where only positive scores count as ranked and equal scores share
    the better rank (`competition_ranks`)."""
    fused: dict = {}
    weights = (1.0,) * len(rankings) if weights is None else weights
    for ranking, weight in zip(rankings, weights, strict=True):
        if isinstance(ranking, Mapping):
            ranks = competition_ranks({key: score for key, score in ranking.items() if score > 0})
        else:
            ranks = {}
            for rank, key in enumerate(ranking, start=1):
                ranks.setdefault(key, rank)
        for key, rank in ranks.items():
            fused[key] = fused.get(key, 0.0) + weight / (k + rank)
    return fused


@dataclass
class Candidate:
    """One group of translations as a more-like-this candidate."""

    key: str  # the group
    kind: str
    text: float = 0.0  # text similarity (0: not among the text matches)
    topics: float = 0.0  # idf-weighted shared topics (0: none shared)
    bonus: float = 0.0  # ranking.reader_bonus: IRM quality and the reader's language

    @property
    def agreed(self) -> bool:
        """Both rankings found it: like the source in words and in topics."""
        return self.text > 0 and self.topics > 0


def fuse(candidates: Iterable[Candidate], *, limit: int, every_kind: bool = False) -> list:
    """The best `limit` candidates by reciprocal rank fusion of their text and topics scores,
    the reader bonus (quality, language) breaking ties. With `every_kind`, the best candidate
    of each kind that both rankings found has a place whatever its rank (evidence for a
    commitment offers the guide, stories and research, not only the many other commitments
    that outnumber them); the list stays in fused order."""
    by_key = {candidate.key: candidate for candidate in candidates}
    text = {key: c.text * (1 + c.bonus) for key, c in by_key.items()}
    topics = {key: c.topics for key, c in by_key.items()}
    fused = reciprocal_rank_fusion(text, topics)
    ordered = sorted(fused, key=lambda key: (-fused[key], -by_key[key].bonus, key))
    if not every_kind:
        return [by_key[key] for key in ordered[:limit]]
    chosen: list[str] = []
    kinds_seen: set[str] = set()
    for key in ordered:
        candidate = by_key[key]
        if candidate.agreed and candidate.kind not in kinds_seen:
            kinds_seen.add(candidate.kind)
            chosen.append(key)
    chosen = chosen[:limit]
    for key in ordered:
        if len(chosen) >= limit:
            break
        if key not in chosen:
            chosen.append(key)
    position = {key: index for index, key in enumerate(ordered)}
    return [by_key[key] for key in sorted(chosen, key=position.__getitem__)]

"""The database engine's snapshot as NumPy columns: what a search does with its candidates
(one translation per group, the final score, filters, facet counts, the order), done over
arrays instead of one Python object per candidate.

At full scale a broad query matches most of the 60,000 records; the same steps done per
record in Python cost 300-900 ms of CPU a search, the arrays a few milliseconds (the
PeerMatrix idea, search/peers.py). A candidate list is a pair of arrays: `pos`, positions in
the snapshot (0 … n-1, the records in id order), and `score`, their scores."""

import datetime
import itertools
from dataclasses import dataclass

import numpy as np

from .. import ranking
from .base import FACETS, FacetValue


@dataclass(frozen=True)
class FacetColumn:
    """One facet's values as a sparse record × value table: `owner[i]` is the position of
    the record of the i-th (record, value) pair, `code[i]` the value's index in `values`."""

    values: list[str]
    owner: np.ndarray
    code: np.ndarray

    def codes(self, wanted) -> np.ndarray:
        index = {value: code for code, value in enumerate(self.values)}
        return np.array([index[v] for v in wanted if v in index], dtype=np.int32)


class Columns:
    """The snapshot entries' columns, by position (the entries in ascending id order)."""

    def __init__(self, entries: list) -> None:
        entries = sorted(entries, key=lambda e: e.id)
        count = len(entries)
        self.entries = entries
        self.ids = np.fromiter((e.id for e in entries), dtype=np.int64, count=count)
        self.positions_by_key = {e.key: i for i, e in enumerate(entries)}
        self.group = _codes([e.group for e in entries])[0]
        self.language, self.languages = _codes([e.language for e in entries])
        self.kind, self.kinds = _codes([e.kind for e in entries])
        self.quality = np.fromiter((e.quality or 0.0 for e in entries), dtype=np.float64)
        self.year = np.fromiter((e.year or 0 for e in entries), dtype=np.int64, count=count)
        self.date = np.fromiter((_date_ordinal(e) for e in entries), dtype=np.int64, count=count)
        self.indexed = np.fromiter(
            (e.first_indexed_at.timestamp() if e.first_indexed_at else -np.inf for e in entries),
            dtype=np.float64,
            count=count,
        )
        # the rank of each key in sorted order: the last tie-breaker of both sorts
        key_rank = np.empty(count, dtype=np.int64)
        key_rank[sorted(range(count), key=lambda i: entries[i].key)] = np.arange(count)
        self.key_rank = key_rank
        self.facets = {facet: _facet_column(entries, facet) for facet in FACETS}

    @property
    def nbytes(self) -> int:
        arrays = [self.ids, self.group, self.language, self.kind, self.quality, self.year]
        arrays += [self.date, self.indexed, self.key_rank]
        arrays += [a for f in self.facets.values() for a in (f.owner, f.code)]
        return sum(a.nbytes for a in arrays)

    def locate(self, ids) -> tuple[np.ndarray, np.ndarray]:
        """(positions, present): the position of each of these record ids, and whether it
        is in the snapshot at all (where it is not, its position means nothing)."""
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids) or not len(self.ids):
            return np.zeros(len(ids), dtype=np.int64), np.zeros(len(ids), dtype=bool)
        found = np.searchsorted(self.ids, ids)
        found[found >= len(self.ids)] = 0
        return found, self.ids[found] == ids

    def positions(self, ids) -> np.ndarray:
        """The positions of these record ids (ids not in the snapshot left out), in order."""
        found, present = self.locate(ids)
        return found[present]

    def of_kinds(self, kinds) -> np.ndarray:
        codes = [self.kinds.index(kind) for kind in kinds if kind in self.kinds]
        return np.flatnonzero(np.isin(self.kind, codes))

    def language_code(self, language: str) -> int:
        return self.languages.index(language) if language in self.languages else -1

    def one_per_group(self, pos, score, language: str) -> np.ndarray:
        """The index (into pos) of one candidate per group of translations: the reader's
        language when there is one, else the best-scoring one; among equals the first."""
        if not len(pos):
            return np.empty(0, dtype=np.int64)
        other = self.language[pos] != self.language_code(language)
        order = np.lexsort((-score, other, self.group[pos]))  # stable: the first among equals
        groups = self.group[pos][order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = groups[1:] != groups[:-1]
        return np.sort(order[first])  # in the candidates' order

    def final_scores(
        self, pos, score, language: str, *, has_query: bool, query_language: str | None
    ) -> np.ndarray:
        """ranking.final_score of every candidate at once."""
        in_query = False
        if query_language is not None:
            in_query = self.language[pos] == self.language_code(query_language)
        return ranking.final_score(
            score,
            self.quality[pos],
            in_reader_language=self.language[pos] == self.language_code(language),
            has_query=has_query,
            in_query_language=in_query,
        )

    def passes(self, pos, facet: str, wanted: set[str]) -> np.ndarray:
        """For each candidate, whether it has one of the `wanted` values of `facet`."""
        column = self.facets[facet]
        hit = np.zeros(len(self.ids), dtype=bool)
        pairs = np.isin(column.code, column.codes(wanted))
        hit[column.owner[pairs]] = True
        return hit[pos]

    def filter_and_count(
        self, pos, active: dict[str, set[str]], *, facets: bool
    ) -> tuple[np.ndarray, dict[str, list[FacetValue]]]:
        """A mask of the candidates passing every active filter (AND across facets, OR within
        one), and the counts per facet value over the candidates that pass every *other*
        active filter, so a reader sees how many results each further choice would give."""
        failed = {facet: ~self.passes(pos, facet, wanted) for facet, wanted in active.items()}
        misses = np.zeros(len(pos), dtype=np.int32)
        for mask in failed.values():
            misses += mask
        matching = misses == 0
        if not facets:
            return matching, {}
        result = {}
        for facet in FACETS:
            counted = matching | (failed[facet] & (misses == 1)) if facet in failed else matching
            result[facet] = self._values(facet, pos[counted], active.get(facet, set()))
        return matching, result

    def _values(self, facet: str, pos, selected: set[str]) -> list[FacetValue]:
        column = self.facets[facet]
        member = np.zeros(len(self.ids), dtype=bool)
        member[pos] = True
        counts = np.bincount(column.code[member[column.owner]], minlength=len(column.values))
        found = {column.values[c]: int(counts[c]) for c in np.flatnonzero(counts)}
        values = [FacetValue(v, c, v in selected) for v, c in found.items()]
        values += [FacetValue(v, 0, True) for v in selected - set(found)]
        if facet == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        else:
            values.sort(key=lambda v: (-v.count, v.value))
        return values

    def language_counts(self, pos, active: dict[str, set[str]]) -> list[FacetValue]:
        """The language facet over every translation passing the active filters."""
        keep = np.ones(len(pos), dtype=bool)
        for facet, wanted in active.items():
            keep &= self.passes(pos, facet, wanted)
        return self._values("language", pos[keep], set())

    def order(self, pos, score, sort: str) -> np.ndarray:
        """The indexes (into pos) in result order: by relevance (score, then the newer year,
        then the key) or by date (then score, then key)."""
        if sort == "date":
            return np.lexsort((self.key_rank[pos], -score, -self.date[pos]))
        return np.lexsort((self.key_rank[pos], -self.year[pos], -score))


def _codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    distinct = list(dict.fromkeys(values))
    index = {value: code for code, value in enumerate(distinct)}
    return np.fromiter((index[v] for v in values), dtype=np.int32, count=len(values)), distinct


def _facet_column(entries: list, facet: str) -> FacetColumn:
    """The (record, value) pairs of one facet, values coded in order of first appearance
    (one pass in C over the entries' sets, not a Python loop per pair)."""
    sets = [entry.facets[facet] for entry in entries]
    pairs = list(itertools.chain.from_iterable(sets))
    index = {value: code for code, value in enumerate(dict.fromkeys(pairs))}
    sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    return FacetColumn(
        values=list(index),
        owner=np.repeat(np.arange(len(sets), dtype=np.int64), sizes),
        code=np.fromiter(map(index.__getitem__, pairs), dtype=np.int32, count=len(pairs)),
    )


def _date_ordinal(entry) -> int:
    if entry.date:
        return entry.date.toordinal()
    return datetime.date(entry.year, 1, 1).toordinal() if entry.year else 0

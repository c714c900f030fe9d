"""The embedded engine: the database's own full-text search over the evidence records.

SQLite answers with FTS5 and BM25 (`bm25()` with column weights); PostgreSQL with a weighted
tsvector and `ts_rank`. Both index the analysed columns (analysis.py), so they see the same
tokens. One full-text query returns the matching ids with their scores, and with flags for
which of the query's words each record contains and whether they stand close together.
Filtering, facet counts, grouping of translations and the final ranking then happen in
Python over that candidate list, using the facet columns of every record kept in a
per-process snapshot; one more query loads the page of results. That is two queries per
search once the snapshot is warm."""

import datetime
import difflib
import json
import math
import sys
import time
from collections import Counter
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.db import connection
from django.db.models import BinaryField, BooleanField, Case, QuerySet, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.dateparse import parse_datetime

import numpy as np

from core import collector

from .. import analysis, fts, fusion, index_version, peers, ranking, semantic
from ..models import EvidenceRecord
from .base import (
    FACETS,
    Hit,
    IndexReport,
    PeerHit,
    PeerQuery,
    SearchEngine,
    SearchRequest,
    SearchResults,
)
from .columns import Columns

# bm25()'s column weights, in the FTS5 table's column order (migration 0002)
BM25_WEIGHTS = ", ".join(
    str(ranking.FIELD_WEIGHTS[field]) for field in ("title", "tags", "summary", "body")
)
TS_RANK_WEIGHTS = "{" + ", ".join(str(w) for w in ranking.POSTGRES_RANK_WEIGHTS) + "}"
# PostgreSQL's BM25 for searches (_postgres_bm25): FIELD_WEIGHTS as ts_rank_cd's {D, C, B, A}
# (body, summary, tags, title) scaled to at most 1, and the factor that makes one occurrence
# in the body a term frequency of 1
_BM25_FIELDS = [ranking.FIELD_WEIGHTS[f] for f in ("body", "summary", "tags", "title")]
BM25_TS_WEIGHTS = "{" + ", ".join(f"{w / max(_BM25_FIELDS):.4f}" for w in _BM25_FIELDS) + "}"
BM25_TS_UNIT = max(_BM25_FIELDS) / _BM25_FIELDS[0]
BM25_K1, BM25_B = 1.2, 0.75  # SQLite FTS5's bm25() constants
MEMO_SECONDS = 30
# past this share of the records (and this many) changed at once (a rebuild), the snapshot is
# read again from scratch rather than brought up to date
REFRESH_MAX_SHARE, REFRESH_MIN = 0.2, 100
# typo correction: a query word found in fewer records than this may be a typo of a close word
# found in POPULAR_FACTOR times as many records
RARE_WORD_RECORDS = 3
POPULAR_FACTOR = 10

# the columns of the snapshot's entries, in _Entry's field order
_COLUMNS = (
    "id",
    "first_indexed_at",
    "key",
    "kind",
    "language",
    "group",
    "themes",
    "areas",
    "country",
    "region",
    "year",
    "date",
    "quality",
    "member",
    "level",
)


@dataclass(frozen=True, slots=True)
class _Entry:
    """What the engine keeps in memory of one record: the columns filters, facets, grouping
    and ordering need, with its facet values worked out once per snapshot, not per query."""

    id: int
    first_indexed_at: datetime.datetime
    key: str
    kind: str
    language: str
    group: str
    year: int | None
    date: object
    quality: float
    member: str
    facets: dict  # facet -> frozenset of values

    @classmethod
    def from_values(cls, values, shared: dict) -> "_Entry":
        """An entry from the _COLUMNS values; `shared` holds one copy of each distinct facet
        set and tuple across a snapshot (most records share their type, language, region)."""
        (pk, first_indexed_at, key, kind, language, group, themes, areas, country, region,
         year, date, quality, member, level) = values  # fmt: skip
        raw = {
            "type": [kind],
            "theme": themes,
            "area": areas,
            "level": [level] if level else [],
            "country": [country] if country else [],
            "region": [region] if region else [],
            "year": [str(year)] if year else [],
            "language": [language] if language else [],
        }
        ordered = {facet: tuple(dict.fromkeys(raw[facet])) for facet in FACETS}
        return cls(
            id=pk,
            first_indexed_at=first_indexed_at,
            key=key,
            kind=kind,
            language=language,
            group=group,
            year=year,
            date=date,
            quality=quality,
            member=member,
            facets={facet: _one(shared, frozenset(v)) for facet, v in ordered.items()},
        )


def _one(shared: dict, value):
    return shared.setdefault(value, value)


@dataclass(slots=True)
class _Row:
    """One candidate of one query: a snapshot entry and its score."""

    entry: _Entry
    score: float = 0.0

    @property
    def id(self) -> int:
        return self.entry.id

    @property
    def key(self) -> str:
        return self.entry.key


@dataclass(frozen=True)
class _Snapshot:
    vocabulary: dict[str, int]
    total: int
    spelling: list[str]
    entries: dict[int, _Entry]
    # {country: challenge areas of its strong commitments} (search.peers: comparable reforms)
    reform_areas: dict[str, frozenset]
    # more-like-this's topics ranking (fusion.py): the records of each area and tag
    topic_postings: dict[str, np.ndarray] = field(default_factory=dict)
    vectors: semantic.VectorIndex | None = None  # the embedded records (SEARCH_SEMANTIC)
    # distinct terms per record, on average (PostgreSQL's BM25: _postgres_bm25)
    average_length: float = 1.0
    columns: Columns | None = None  # the entries as arrays (searches)
    # SQLite: each record's size in tokens, by column position (FTS5's docsize), and the
    # terms' postings read so far (in-memory BM25: _Postings)
    lengths: np.ndarray | None = None
    postings: "_Postings | None" = None
    # what each record contributed, kept to bring the snapshot up to date (_refreshed)
    parts: "_Parts | None" = None


@dataclass
class _Parts:
    """A snapshot's parts by record: its entry, its FTS5 size, the words of its title and tags
    spelling suggests, its topics, and the change stamp (`updated_at`) it was read at. A
    snapshot brought up to date drops the changed records' parts and adds them as read again;
    whatever is summed over every record (spelling, topics, columns) is then summed again
    from the parts, with the same functions as a snapshot read from scratch."""

    stamps: dict[int, str]
    following: bool = True  # the full-text index followed the table when every part was read
    entries: dict[int, _Entry] = field(default_factory=dict)
    sizes: dict[int, int] = field(default_factory=dict)  # tokens (FTS5's docsize)
    words: dict[int, tuple[str, ...]] = field(default_factory=dict)
    topics: dict[int, frozenset] = field(default_factory=dict)
    spelling: Counter = field(default_factory=Counter)  # records per word
    shared: dict = field(default_factory=dict)

    def add(self, values) -> None:
        """A record from `_records`'s values (without its analysed columns)."""
        entry = _Entry.from_values(values[: len(_COLUMNS)], self.shared)
        size, stamp, following, title, tags = values[len(_COLUMNS) :]
        self.stamps[entry.id] = stamp
        self.following = self.following and bool(following)
        words = set(analysis.words(title))
        for tag in tags:
            words.update(analysis.words(tag))
        words = tuple(sys.intern(w) for w in words if len(w) >= 4 and not w.isdigit())
        self.entries[entry.id] = entry
        self.sizes[entry.id] = sum(_varints(size or b""))
        self.words[entry.id] = words
        self.spelling.update(words)
        topics = fusion.topic_features(entry.facets["area"], tags)
        self.topics[entry.id] = _one(self.shared, frozenset(sys.intern(t) for t in topics))

    def signature(self) -> tuple:
        """What DatabaseEngine._signature gives for the records read."""
        if not self.stamps:
            return (0, None, None)
        return (len(self.stamps), max(self.stamps), max(self.stamps.values()))

    def without(self, ids: list[int], stamps: dict[int, str]) -> "_Parts":
        """A copy without these records' parts, for the new stamps."""
        parts = _Parts(
            stamps=dict(stamps),
            entries=dict(self.entries),
            sizes=dict(self.sizes),
            words=dict(self.words),
            topics=dict(self.topics),
            spelling=Counter(self.spelling),
            shared=dict(self.shared),
        )
        for pk in ids:
            if pk in parts.entries:
                del parts.entries[pk], parts.sizes[pk], parts.topics[pk]
                words = parts.words.pop(pk)
                parts.spelling.subtract(words)
                for word in words:
                    if parts.spelling[word] <= 0:
                        del parts.spelling[word]
        return parts

    def snapshot(
        self,
        vocabulary: dict[str, int],
        *,
        vectors: semantic.VectorIndex | None,
        postings: bool,
        carried: "tuple[_Postings, dict[int, tuple]] | None" = None,
    ) -> "_Snapshot":
        """The snapshot of these parts: `postings` (SQLite) for in-memory BM25, `carried`
        the previous snapshot's postings and the analysed columns of the records read again
        since ({id: columns}), whose postings are brought up to date."""
        entries = self.entries
        columns = Columns(list(entries.values()))
        lengths = _record_lengths(columns, self.sizes) if postings else None
        # the records of each topic as positions in the columns (more-like-this's topics)
        found: dict[str, list[int]] = {}
        for position, pk in enumerate(columns.ids.tolist()):
            for topic in self.topics[pk]:
                found.setdefault(topic, []).append(position)
        topic_postings = {t: np.array(p, dtype=np.int64) for t, p in found.items()}
        if not postings:
            kept = None
        elif carried is not None:
            kept = carried[0].carried(columns, lengths, carried[1])
        else:
            kept = _Postings(columns, lengths)
        return _Snapshot(
            vocabulary=vocabulary,
            total=len(entries),
            spelling=sorted(self.spelling),
            entries=entries,
            topic_postings=topic_postings,
            vectors=vectors,
            reform_areas=_reform_areas(entries.values()),
            columns=columns,
            lengths=lengths,
            postings=kept,
            # each term's document count is its share of the records' distinct terms
            average_length=sum(vocabulary.values()) / max(len(entries), 1),
            parts=self,
        )


class _Coverage(NamedTuple):
    """What raises a record's text score (ranking.COVERAGE_WEIGHT, PROXIMITY_BONUS), as
    full-text expressions (FTS5 syntax, tsquery syntax): one per counted word of the query, the
    query's glossary concepts (matching one covers every word), its words close together."""

    words: list[tuple[str, str]]
    concept: tuple[str, str] | None
    near: tuple[str, str] | None

    def sql(self, flag: str, syntax: int) -> tuple[str, list[str]]:
        """(1 + COVERAGE_WEIGHT × coverage + proximity) as an SQL expression over `flag` (a
        0/1 expression with one placeholder for an expression in `syntax`), and its
        parameters, in order: the same operations, in the same order, as on floats."""
        params = [w[syntax] for w in self.words]
        coverage = "(" + " + ".join([flag] * len(self.words)) + f") * 1.0 / {len(self.words)}"
        if self.concept:
            coverage = f"(CASE WHEN {flag} = 1 THEN 1.0 ELSE {coverage} END)"
            params.insert(0, self.concept[syntax])
        factor = f"1 + {ranking.COVERAGE_WEIGHT} * {coverage}"
        if self.near:
            factor += f" + {ranking.PROXIMITY_BONUS} * {flag}"
            params.append(self.near[syntax])
        return f"({factor})", params


class _Scored(NamedTuple):
    """The text scores of a query's matches: {id: score} of every match, or of the best
    ranking.SEARCH_CANDIDATES by BM25 only; then `matching` holds the ids of every match and
    `bound` the highest text score a record not scored could have."""

    scores: dict[int, float]
    matching: list[int] | None
    bound: float | None


# what a result shows, read for the page of results only
_HIT_FIELDS = (
    "key",
    "kind",
    "title",
    "url",
    "language",
    "year",
    "date",
    "country",
    "member",
    "themes",
    "areas",
    "starred",
    "level",
    "first_indexed_at",
    "summary",
    "body",
)


def _hit_values(ids: list[int]) -> dict[int, dict]:
    """{id: the _HIT_FIELDS of that record} in one plain SQL query: the ORM's compilation
    costs more than the query itself here (0.8 ms against 0.13 ms for a page of 10), and
    this runs on every search. Values come back as the ORM would give them."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(name) for name in ("id", *_HIT_FIELDS))
    placeholders = ", ".join(["%s"] * len(ids))
    table = quote(EvidenceRecord._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM {table} WHERE id IN ({placeholders})",  # noqa: S608
            ids,
        )
        rows = cursor.fetchall()
    found = {}
    for values in rows:
        record = dict(zip(("id", *_HIT_FIELDS), values, strict=True))
        for name in ("themes", "areas"):
            if isinstance(record[name], str):  # SQLite keeps JSON as text
                record[name] = json.loads(record[name])
        stamp = record["first_indexed_at"]
        if isinstance(stamp, str):
            stamp = parse_datetime(stamp)
        if stamp is not None and settings.USE_TZ and timezone.is_naive(stamp):
            stamp = timezone.make_aware(stamp, datetime.UTC)  # stored in UTC
        record["first_indexed_at"] = stamp
        record["starred"] = bool(record["starred"])
        found[record["id"]] = record
    return found


class _Memo(NamedTuple):
    checked_until: float
    version: int
    signature: tuple
    snapshot: _Snapshot


def fts_quote(term: str) -> str:
    return '"' + term.replace('"', "") + '"'


class DatabaseEngine(SearchEngine):
    name = "database"

    def __init__(self):
        self._memo = None
        self._peer_memo = None

    # --- the full-text part, per database --------------------------------------------------

    @property
    def vendor(self) -> str:
        return connection.vendor

    def _match(
        self,
        terms: list[str],
        coverage: "_Coverage | None" = None,
        limit: int | None = None,
        *,
        words: list["_Word"] | None = None,
        average_length: float = 1.0,
    ) -> dict[int, float]:
        """{record id: score} for the records matching any of the terms (higher is better),
        in one query: BM25 with column weights (ts_rank on PostgreSQL), × (1 + coverage
        weight × the share of the query's words the record contains + the proximity bonus)
        when `coverage` says which further full-text expressions ("flags") count for those.
        With `limit`, only the best-scoring that many. On PostgreSQL, `words` (a search's
        query words and concepts, with their idf) score by BM25 (_postgres_bm25) instead of
        ts_rank over all the terms."""
        if not terms:
            return {}
        best = f" ORDER BY 2 DESC, 1 LIMIT {int(limit)}" if limit else ""
        sqlite = self.vendor == "sqlite"
        if sqlite:
            score = f"-bm25(search_evidence_fts, {BM25_WEIGHTS})"
            flag = (
                "(rowid IN (SELECT rowid FROM search_evidence_fts "
                "WHERE search_evidence_fts MATCH %s))"
            )
        else:
            score = (
                f"ts_rank('{TS_RANK_WEIGHTS}', search_vector, q, 1) * {ranking.POSTGRES_RANK_SCALE}"
            )
            flag = "(search_vector @@ to_tsquery('simple', %s))::int"
        source, source_params = "search_evidencerecord, to_tsquery('simple', %s) q", []
        if words and not sqlite:  # BM25, from the tf columns of a subquery
            score, tf_sql, source_params = _postgres_bm25(words, average_length)
            score = f"({score})"
            source = (
                f"(SELECT id, search_vector, length(search_vector) AS dl, {tf_sql} "  # noqa: S608
                "FROM search_evidencerecord, to_tsquery('simple', %s) q "
                "WHERE search_vector @@ q) m"
            )
        params = []
        if coverage is not None:
            factor, params = coverage.sql(flag, 0 if sqlite else 1)
            score = f"{score} * {factor}"
        with connection.cursor() as cursor:
            if sqlite:
                cursor.execute(
                    # the weights are this module's constants and the flags placeholders
                    f"SELECT rowid, {score} "  # noqa: S608
                    "FROM search_evidence_fts WHERE search_evidence_fts MATCH %s" + best,
                    [*params, " OR ".join(fts_quote(t) for t in terms)],
                )
            else:
                cursor.execute(
                    # the weights and scale are constants of ranking.py, the flags placeholders
                    f"SELECT id, {score} FROM {source}"  # noqa: S608
                    + ("" if source_params else " WHERE search_vector @@ q")
                    + best,
                    [*params, *source_params, " | ".join(terms)],
                )
            return {pk: float(value) for pk, value in cursor.fetchall()}

    def _snapshot(self):
        """What every query needs besides the full-text match, read once and kept in this
        process until the index changes: the index vocabulary with document counts (idf, typo
        correction), the words of titles and tags (spelling suggestions), and the facet
        columns of every record (filters and facets in Python, without reading rows per
        search). About 3.5 MB for the 1,040 records of the evaluation corpus, built in 0.5 s;
        it grows by about 2.5 KB per record (docs/performance.md).

        A change made in this process, or in any process sharing the cache, bumps the index
        version and is seen at once. Every MEMO_SECONDS a cheap signature of the table (count,
        highest id, latest update) is compared too, for changes made by a process that does
        not share this cache (a per-process cache in development)."""
        version = index_version.current()
        now = time.monotonic()
        memo = self._memo
        wants_vectors = semantic.enabled()
        if memo and (memo.snapshot.vectors is not None) != wants_vectors:
            memo = None  # SEARCH_SEMANTIC changed (tests)
        if memo and memo.version == version and memo.checked_until > now:
            return memo.snapshot
        if memo and memo.version == version:
            # no change seen through the cache: the table's signature, for changes made by a
            # process that does not share it
            if self._signature() == memo.signature:
                if self._memo is memo:  # another thread may have built a newer one meanwhile
                    self._memo = memo._replace(checked_until=now + MEMO_SECONDS)
                return memo.snapshot
        snapshot, vocabulary = None, None
        if memo:
            snapshot, vocabulary = self._refreshed(memo.snapshot, wants_vectors)
        if snapshot is None:
            snapshot = self._built(wants_vectors, vocabulary)
        signature = snapshot.parts.signature()
        self._memo = _Memo(now + MEMO_SECONDS, version, signature, snapshot)
        # the snapshot is hundreds of thousands of long-lived objects (60,000 entries at full
        # scale): left to the cyclic garbage collector, every full collection walked them
        # all, about 270 ms of CPU that landed on whichever request triggered it (the
        # pages' p95 was 4-7 times their median). Frozen, the collector skips them;
        # reference counting still frees an old snapshot, which holds no cycles. Collected
        # first (core.collector.freeze): garbage frozen with it would never be freed, and
        # with a snapshot brought up to date at every index change that would add up.
        collector.freeze()
        return snapshot

    def _vocabulary_sql(self, first: str = "term, doc") -> str:
        """(term, document count) of every term of the full-text index (or `first`)."""
        if self.vendor == "sqlite":
            return f"SELECT {first} FROM search_evidence_vocab"  # noqa: S608 - constants
        first = first.replace("term", "word").replace("doc", "ndoc")
        return (
            f"SELECT {first} FROM ts_stat("  # noqa: S608 - constants
            "'SELECT search_vector FROM search_evidencerecord')"
        )

    def _vocabulary(self) -> dict[str, int]:
        """The full-text index's terms and their document counts."""
        with connection.cursor() as cursor:
            cursor.execute(self._vocabulary_sql())
            return dict(cursor.fetchall())

    def _stamps_and_vocabulary(self) -> tuple[dict[int, str], bool, dict[str, int]]:
        """{id: updated_at} of every record, as text (compared, never parsed: parsing 60,000
        timestamps cost more than the scan), from one scan of the `evidence_updated_idx`
        index; whether the full-text index follows the table (`_FOLLOWING`); and the
        vocabulary: in one query (a snapshot brought up to date costs no more queries than
        one read from scratch)."""
        table = connection.ops.quote_name(EvidenceRecord._meta.db_table)
        parts = [
            f"SELECT 0, id, CAST(updated_at AS TEXT) FROM {table}",  # noqa: S608
            self._vocabulary_sql("1, doc, term"),
        ]
        if self.vendor == "sqlite":
            parts.append(f"SELECT 2, {_FOLLOWING}, NULL")
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts))
            rows = cursor.fetchall()
        stamps, vocabulary, following = {}, {}, True
        for kind, number, text in rows:
            if kind == 0:
                stamps[number] = text
            elif kind == 1:
                vocabulary[text] = number
            else:
                following = bool(number)
        return stamps, following, vocabulary

    def _records(self, ids: list[int] | None = None, *, text: bool = False):
        """The snapshot's values of every record (or of these ids): its _COLUMNS, then its
        FTS5 size (SQLite), change stamp (`_stamps_and_vocabulary`), whether the full-text
        index follows the table (`_FOLLOWING`), title and tags (_Parts.add), and with `text`
        its analysed columns."""
        records = EvidenceRecord.objects.all()
        if ids is not None:
            records = records.filter(pk__in=ids)
        if self.vendor == "sqlite":  # each record's size in tokens: in-memory BM25
            records = records.annotate(
                fts_size=_FTS_SIZE,
                following=RawSQL(_FOLLOWING, [], output_field=BooleanField()),  # noqa: S611 - a constant
            )
        else:
            records = records.annotate(
                fts_size=Value(None, output_field=BinaryField()),
                following=Value(True, output_field=BooleanField()),
            )
        records = records.annotate(stamp=Cast("updated_at", TextField()))
        fields = [*_COLUMNS, "fts_size", "stamp", "following", "title", "tags"]
        return records.values_list(*fields, *(_FTS_COLUMNS if text else ()))

    def _built(self, wants_vectors: bool, vocabulary: dict[str, int] | None) -> "_Snapshot":
        """A snapshot read from scratch (with the vocabulary if just read)."""
        vocabulary = self._vocabulary() if vocabulary is None else vocabulary
        parts = _Parts(stamps={})
        for values in self._records():
            parts.add(values)
        return parts.snapshot(
            vocabulary,
            vectors=self._vectors() if wants_vectors else None,
            postings=self.vendor == "sqlite",
        )

    def _refreshed(
        self, previous: "_Snapshot", wants_vectors: bool
    ) -> tuple["_Snapshot | None", dict[str, int] | None]:
        """The previous snapshot brought up to date by reading again only the records written
        since (their `updated_at` differs, or they are new or gone), or None when a snapshot
        read from scratch is needed: no record changed by that measure (a write that left
        `updated_at` alone, or the full-text index rebuilt: fts.resume), most records
        changed, or the full-text index was not following the table (SQLite's triggers
        paused for a rebuild: search/fts.py) when this or the previous snapshot was read.

        A snapshot read from scratch cost 5 s of CPU at 60,000 records after every index
        change, in every process; this reads the change stamps (one index-only scan), the
        vocabulary and the changed rows, and carries the rest over, with the term postings
        read so far (_Postings.carried): the same snapshot, in a fraction of the time
        (tests/search/test_database_engine.py compares them). Returns the snapshot, or
        None, and the vocabulary read."""
        if previous.parts is None or (previous.vectors is not None) != wants_vectors:
            return None, None
        stamps, following, vocabulary = self._stamps_and_vocabulary()
        if not (following and previous.parts.following):
            return None, vocabulary
        old = previous.parts.stamps
        changed = [pk for pk, stamp in stamps.items() if old.get(pk) != stamp]
        gone = [pk for pk in old if pk not in stamps]
        if not changed and not gone:
            return None, vocabulary
        if len(changed) + len(gone) > max(REFRESH_MAX_SHARE * len(stamps), REFRESH_MIN):
            return None, vocabulary
        parts = previous.parts.without(changed + gone, stamps)
        text = previous.postings is not None
        rows = list(self._records(changed, text=text))
        for values in rows:
            parts.add(values[: -len(_FTS_COLUMNS)] if text else values)
        carried = None
        if text:
            texts = {values[0]: values[-len(_FTS_COLUMNS) :] for values in rows}
            carried = (previous.postings, texts)
        snapshot = parts.snapshot(
            vocabulary,
            vectors=self._vectors() if wants_vectors else None,
            postings=self.vendor == "sqlite",
            carried=carried,
        )
        return snapshot, vocabulary

    @staticmethod
    def _vectors() -> semantic.VectorIndex:
        """The records' vectors in one matrix (~1.5 KB a record), kept with the snapshot."""
        rows = EvidenceRecord.objects.exclude(embedding=None).order_by("pk")
        return semantic.VectorIndex(list(rows.values_list("pk", "embedding")))

    @staticmethod
    def _signature() -> tuple:
        """(count, highest id, latest update as text) of the records, in one query whose
        parts each read an index (the primary key, `evidence_updated_idx`): one aggregate
        query over all three scanned the table, 200 ms of CPU at 60,000 records every
        MEMO_SECONDS. A snapshot's own is _Parts.signature, from the stamps it read."""
        table = connection.ops.quote_name(EvidenceRecord._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT (SELECT COUNT(*) FROM {table}), (SELECT MAX(id) FROM {table}), "  # noqa: S608
                f"(SELECT CAST(updated_at AS TEXT) FROM {table} ORDER BY updated_at DESC "
                "LIMIT 1)"
            )
            return tuple(cursor.fetchone())

    # --- queries ---------------------------------------------------------------------------

    @staticmethod
    def _correct(
        snapshot: _Snapshot, query: analysis.AnalysedQuery
    ) -> tuple[analysis.AnalysedQuery, str]:
        """Replace words the index has never seen by the closest words it has (typos)."""
        vocabulary = snapshot.vocabulary
        if not vocabulary:
            return query, ""
        changed = False
        groups, shown = [], []
        known = analysis.glossary_stems()
        for group, word in zip(query.groups, query.words, strict=False):
            # glossary words are never typos: they find records through their concept
            in_glossary = any(term in known for term in group)
            frequency = max((vocabulary.get(term, 0) for term in group), default=0)
            if frequency >= RARE_WORD_RECORDS or in_glossary:
                groups.append(group)
                shown.append(word)
                continue
            if len(word) < 4 or word.isdigit():
                groups.append(group)
                shown.append(word)
                continue
            if frequency and _stemmings_found(word, vocabulary) > 1:
                # a rare word two languages' stemmers agree on is a word ("projets": the
                # English and French stems are both "projet"), not a typo
                groups.append(group)
                shown.append(word)
                continue
            close = difflib.get_close_matches(word, snapshot.spelling, n=1, cutoff=0.8)
            if close and frequency:
                # a rare word only one stemmer finds: replaced only by a far more common close
                # word, as Elasticsearch's "popular" suggestions ("benefical": only its English
                # stem "benef" is in the index, from one French record; "beneficial" is in
                # dozens)
                stems = {analysis.stem(close[0], la) for la in analysis.LANGUAGES}
                common = max(vocabulary.get(term, 0) for term in stems)
                close = close if common >= POPULAR_FACTOR * frequency else []
            if close:
                groups.append(frozenset(analysis.stem(close[0], la) for la in analysis.LANGUAGES))
                shown.append(close[0])
                changed = True
            else:
                groups.append(group)
                shown.append(word)
        if not changed:
            return query, ""
        corrected = analysis.analyse_query(" ".join(shown))
        corrected.groups = groups
        corrected.phrases = query.phrases
        return corrected, " ".join(shown)

    def _score(
        self, snapshot: _Snapshot, query: analysis.AnalysedQuery, *, limit: int | None = None
    ) -> "_Scored":
        """BM25 with column weights, raised for records that contain more of the query's
        words (coverage; a glossary concept counts for all the words it names) and for those
        where the words stand close together (proximity). Coverage and proximity come from
        the same SQL query as the match, as flags per record.

        With `limit`, only the best `limit` records by BM25 are scored (a broad query matches
        most of the records at full scale, and scoring each in Python cost more than the
        query); then the ids of every match come from a second, unscored query, and the
        result says how high a record left out could score (`_Scored.bound`)."""
        vocabulary = snapshot.vocabulary
        terms = sorted(t for t in query.all_terms() if t in vocabulary)
        groups = [sorted(t for t in g if t in vocabulary) for g in query.groups]
        groups = [g for g in groups if g]
        words = _bm25_words(snapshot, groups, [c for c in query.concepts if c in vocabulary])
        bm25 = {"words": words, "average_length": snapshot.average_length}
        postings = snapshot.postings  # SQLite: FTS5's bm25() in memory
        if len(groups) < 2:
            if postings is not None:
                return postings.search(terms, None, limit)
            return self._scored(terms, self._match(terms, limit=limit, **bm25), limit)
        # words in most records say little about which records cover the query ("public",
        # "open"): coverage counts the others, which also spares a subquery each
        common = ranking.COMMON_SHARE * snapshot.total
        counted = [g for g in groups if min(vocabulary[t] for t in g) <= common]
        counted = (counted or groups)[: ranking.MAX_COVERAGE_WORDS]
        flags = [
            (" OR ".join(fts_quote(t) for t in g), " | ".join(g)) for g in counted
        ]  # one flag per word of the query
        concepts = [c for c in query.concepts if c in vocabulary]
        concept = (" OR ".join(fts_quote(c) for c in concepts), " | ".join(concepts))
        near = _near_expression(groups, vocabulary)
        if postings is not None:
            return postings.search(terms, (counted, concepts, near[0] if near else None), limit)
        scores = self._match(
            terms,
            _Coverage(
                words=flags,
                concept=concept if concepts else None,
                near=near,
            ),
            limit=limit,
            **bm25,
        )
        return self._scored(terms, scores, limit)

    def _scored(self, terms, scores: dict[int, float], limit: int | None) -> "_Scored":
        if limit is None or len(scores) < limit:
            return _Scored(scores, None, None)  # every match is scored
        with connection.cursor() as cursor:
            if self.vendor == "sqlite":
                cursor.execute(
                    "SELECT rowid FROM search_evidence_fts WHERE search_evidence_fts MATCH %s",
                    [" OR ".join(fts_quote(t) for t in terms)],
                )
            else:
                cursor.execute(
                    "SELECT id FROM search_evidencerecord "
                    "WHERE search_vector @@ to_tsquery('simple', %s)",
                    [" | ".join(terms)],
                )
            matching = [pk for (pk,) in cursor.fetchall()]
        # a record left out has no higher text score than the last one kept
        return _Scored(scores, matching, min(scores.values()))

    def search(self, request: SearchRequest) -> SearchResults:
        snapshot = self._snapshot()
        columns = snapshot.columns
        query = analysis.analyse_query(request.query)
        if query.is_empty:
            # without facet counts, records of another type can only be filtered out: start
            # from those of the types asked for (a few hundred stories, not every record)
            kinds = None if request.facets else request.active_filters().get("type")
            pos = columns.of_kinds(kinds) if kinds else np.arange(len(columns.ids))
            return self._search_among(
                snapshot, request, query, "", pos, np.zeros(len(pos)), _Scored({}, None, None)
            )
        # the query's vector is computed while the words are matched (semantic.py)
        vector = self._start_vector(snapshot, request)
        query, corrected = self._correct(snapshot, query)
        limit = ranking.SEARCH_CANDIDATES
        while True:
            scored = self._score(snapshot, query, limit=limit)
            nearest = self._nearest(snapshot, scored.scores, vector)
            ids = scored.scores.keys() if scored.matching is None else scored.matching
            pos = np.union1d(
                columns.positions(np.fromiter(ids, dtype=np.int64, count=len(ids))),
                columns.positions(nearest),
            )
            full = np.zeros(len(columns.ids))
            if scored.scores:
                found, present = columns.locate(list(scored.scores))
                full[found[present]] = np.fromiter(scored.scores.values(), dtype=np.float64)[
                    present
                ]
            results = self._search_among(
                snapshot, request, query, corrected, pos, full[pos], scored, nearest
            )
            if results is not None:
                return results
            limit = None  # the page needs records beyond the best `limit`: score every match

    def _search_among(  # noqa: PLR0913 - the steps of one search
        self,
        snapshot: "_Snapshot",
        request: SearchRequest,
        query: analysis.AnalysedQuery,
        corrected: str,
        pos: np.ndarray,
        score: np.ndarray,
        scored: "_Scored",
        nearest: list[int] = (),
    ) -> SearchResults | None:
        """The search over these candidates (positions in the snapshot's columns and their
        text scores), or None when only some matches were scored (`scored.bound`) and a
        record left unscored could still reach the page asked for."""
        columns = snapshot.columns
        excluded = [columns.positions_by_key.get(k) for k in request.exclude_keys]
        excluded = [p for p in excluded if p is not None] if excluded else []
        keep = np.ones(len(pos), dtype=bool)
        if excluded:
            keep &= ~np.isin(pos, excluded)
        if query.phrases:
            keep &= np.isin(pos, columns.positions(self._with_phrases(query.phrases)))
        pos, score = pos[keep], score[keep]
        active = request.active_filters()
        translations = pos
        if "language" not in active:
            chosen = columns.one_per_group(pos, score, request.language)
            pos, score = pos[chosen], score[chosen]
        if request.indexed_after is not None:
            # after grouping: the translation the reader is shown must be the new one, as the
            # results page marks it (a new translation of an old record is not a new match)
            new = columns.indexed[pos] > request.indexed_after.timestamp()
            pos, score = pos[new], score[new]
        query_language = None if query.is_empty else analysis.query_language(request.query)
        score = columns.final_scores(
            pos,
            score,
            request.language,
            has_query=not query.is_empty,
            query_language=query_language,
        )
        if len(nearest):
            score = _fuse(columns, pos, score, nearest)
        matching, facets = columns.filter_and_count(pos, active, facets=request.facets)
        if facets and translations is not pos:
            # one translation per group is shown, but choosing a language shows every record
            # in it: its count is what choosing it would give (the groups with a translation
            # in that language), as Elasticsearch counts groups per language
            facets["language"] = columns.language_counts(translations, active)
        pos, score = pos[matching], score[matching]
        order = columns.order(pos, score, request.sort)
        start = (request.page - 1) * request.per_page
        page = order[start : start + request.per_page]
        if scored.bound is not None and not len(nearest):
            needed = start + request.per_page
            if not _complete(
                columns,
                pos,
                score,
                order,
                needed,
                scored,
                language=request.language,
                query_language=query_language,
                by_date=request.sort == "date",
            ):
                return None
        shown = zip(pos[page].tolist(), score[page].tolist(), strict=True)
        rows = [_Row(columns.entries[p], s) for p, s in shown]
        return SearchResults(
            hits=self._hits(rows, query),
            total=len(pos),
            page=request.page,
            per_page=request.per_page,
            facets=facets,
            corrected_query=corrected,
            engine=self.name,
        )

    def _with_phrases(self, phrases: list[list[str]]) -> list[int]:
        """The ids of the records containing every quoted phrase: its words next to each other
        (stop words aside, as the index keeps none), stemmed in any one language. One query
        per phrase."""
        kept = None
        for phrase in phrases:
            variants = [[analysis.stem(w, lang) for w in phrase] for lang in analysis.LANGUAGES]
            variants = list(dict.fromkeys(tuple(v) for v in variants))
            with connection.cursor() as cursor:
                if self.vendor == "sqlite":
                    expression = " OR ".join(fts_quote(" ".join(v)) for v in variants)
                    cursor.execute(
                        "SELECT rowid FROM search_evidence_fts WHERE search_evidence_fts MATCH %s",
                        [expression],
                    )
                else:
                    expression = " | ".join("(" + " <-> ".join(v) + ")" for v in variants)
                    cursor.execute(
                        "SELECT id FROM search_evidencerecord "
                        "WHERE search_vector @@ to_tsquery('simple', %s)",
                        [expression],
                    )
                found = {pk for (pk,) in cursor.fetchall()}
            kept = found if kept is None else kept & found
        return sorted(kept or ())

    @staticmethod
    def _start_vector(snapshot: _Snapshot, request: SearchRequest) -> Future | None:
        """The query's vector on its way (semantic.start_query), or None: SEARCH_SEMANTIC
        off, and for the counts of saved searches' new matches (`indexed_after`), which stay
        word matches."""
        if not snapshot.vectors or request.indexed_after is not None:
            return None
        return semantic.start_query(request.query)

    @staticmethod
    def _nearest(snapshot: _Snapshot, scores: dict, vector: Future | None) -> list[int]:
        """The ids of the records nearest the query's meaning (semantic.py), best first, or
        none: without a vector, or when no record matched any of the query's words (nonsense
        or an unknown word: the page suggests instead of guessing)."""
        if vector is None or not scores:
            return []
        return snapshot.vectors.nearest(vector.result())

    def _hits(self, rows: list[_Row], query: analysis.AnalysedQuery) -> list[Hit]:
        """The page of results: one query for the fields a result shows, then a highlighted
        snippet from the summary, or from the body when the summary does not mention the
        query's words."""
        if not rows:
            return []
        by_id = _hit_values([row.id for row in rows])
        hits = []
        for row in rows:
            values = by_id.get(row.id)
            if values is None:
                continue
            summary, body = values.pop("summary"), values.pop("body")
            del values["id"]
            snippet = analysis.highlight(summary or body, query)
            if not query.is_empty and "<mark>" not in snippet and body and summary:
                in_body = analysis.highlight(body, query)
                snippet = in_body if "<mark>" in in_body else snippet
            hits.append(Hit(**values, snippet=snippet, score=row.score))
        return hits

    def more_like(
        self, key, *, kinds=None, limit=8, language="en", exclude_member=True, every_kind=False
    ):
        """Text similarity (BM25 over the record's most characteristic terms) fused with
        shared topics (idf-weighted areas and tags) by reciprocal rank fusion (fusion.py),
        one result per group of translations."""
        record = EvidenceRecord.objects.filter(key=key).first()
        if record is None:
            return []
        snapshot = self._snapshot()
        vocabulary, total = snapshot.vocabulary, snapshot.total
        terms = _characteristic_terms(record, vocabulary, total)
        # the best-matching few hundred, not every record sharing a word (tens of thousands
        # at full scale): the topics and quality then re-rank these
        if snapshot.postings is not None:  # SQLite: FTS5's bm25(), from postings in memory
            text_scores = snapshot.postings.bm25(terms, limit=ranking.MORE_LIKE_CANDIDATES)
        else:
            text_scores = self._match(terms, limit=ranking.MORE_LIKE_CANDIDATES)
        topic_scores = _topic_scores(snapshot, record)
        entries = snapshot.entries

        # (about 2,000 candidates a call at full scale: the loops below are written for speed;
        # a candidate is left out when it is the record's own group, of a kind not asked for,
        # or a commitment of the record's own member)
        own_group, own_member = record.group, record.member
        skip_member = bool(exclude_member and own_member and record.kind == "commitment")
        text_score, topic_score = text_scores.get, topic_scores.get
        groups: dict[str, list[_Row]] = {}
        for pk in text_scores.keys() | topic_scores.keys():
            entry = entries.get(pk)
            if (
                entry is None
                or entry.group == own_group
                or (kinds and entry.kind not in kinds)
                or (skip_member and entry.kind == "commitment" and entry.member == own_member)
            ):
                continue
            row = _Row(entry, text_score(pk, 0.0))
            rows = groups.get(entry.group)
            if rows is None:
                groups[entry.group] = [row]
            else:
                rows.append(row)
        candidates, shown = [], {}
        for group, rows in groups.items():
            if len(rows) == 1:  # most groups: one record, no translation among the candidates
                row = rows[0]
                text, topics = row.score, topic_score(row.entry.id, 0.0)
            else:
                row = _one_per_group(rows, language)[0]
                text = max(r.score for r in rows)
                topics = max(topic_score(r.id, 0.0) for r in rows)
            shown[group] = row
            entry = row.entry
            candidates.append(
                fusion.Candidate(
                    key=group,
                    kind=entry.kind,
                    text=text,
                    topics=topics,
                    bonus=ranking.reader_bonus(
                        entry.quality, in_reader_language=entry.language == language
                    ),
                )
            )
        chosen = fusion.fuse(candidates, limit=limit, every_kind=every_kind)
        rows = []
        for rank, candidate in enumerate(chosen):
            row = shown[candidate.key]
            row.score = float(len(chosen) - rank)  # the fused order, as a score
            rows.append(row)
        return self._hits(rows, analysis.AnalysedQuery())

    def peers(self, query: PeerQuery) -> list[PeerHit]:
        """The best peers from the per-process peer matrix (search.peers.PeerMatrix: no
        query once built); the countries with comparable reforms come from the snapshot."""
        areas, themes = set(query.areas), set(query.themes)
        if not areas and not themes:
            return []
        reform_areas = self._snapshot().reform_areas
        found = self._peer_matrix().top(
            areas=areas,
            themes=themes,
            country=query.country,
            comparable_countries={c for c, strong in reform_areas.items() if areas & strong},
            visibilities=query.visibilities,
            exclude_user_ids=query.exclude_user_ids,
            limit=query.limit,
        )
        return [PeerHit(*row) for row in found]

    def _peer_matrix(self) -> "peers.PeerMatrix":
        """Kept in this process until a profile changes (search.peers.bump, from the
        profile signals), or, checked every MEMO_SECONDS, the profiles' signature does."""
        version, now = peers.version(), time.monotonic()
        memo = self._peer_memo
        if memo and memo.version == version and memo.checked_until > now:
            return memo.snapshot
        signature = peers.signature()
        if memo and memo.version == version and memo.signature == signature:
            self._peer_memo = memo._replace(checked_until=now + MEMO_SECONDS)
            return memo.snapshot
        matrix = peers.PeerMatrix()
        self._peer_memo = _Memo(now + MEMO_SECONDS, version, signature, matrix)
        return matrix

    def autocomplete(self, prefix, *, limit=8, language="en"):
        prefix = " ".join(prefix.split())[:100]
        if len(prefix) < 2:
            return []
        in_language = Case(When(language=language, then=0), default=1)
        records = EvidenceRecord.objects.filter(title__icontains=prefix).order_by(
            in_language, "-quality", "title"
        )[: limit * 3]
        # the reader's language first, so the first record of a group is its translation
        # in that language whenever one matched
        seen, hits = set(), []
        for record in records:
            if record.group in seen:
                continue
            seen.add(record.group)
            hits.append(hit_from_record(record, 0.0, ""))
            if len(hits) == limit:
                break
        return hits

    # --- index maintenance: the records table is this engine's index ----------------------
    # Its full-text index follows the table by itself (FTS5 triggers on SQLite, a generated
    # tsvector column on PostgreSQL: migration 0002) as services.py saves records, and peers
    # are read live from the profiles, so incremental writes have nothing to do.

    def index_records(self, records) -> None:
        """Nothing to do: the triggers (or the generated column) indexed them on save."""

    def delete_keys(self, keys) -> None:
        """Nothing to do: deleting the rows removed them from the full-text index."""

    def index_peers(self, profile_ids) -> None:
        """The peer matrix is built again on the next query in every process."""
        peers.bump()

    def rebuild(self, records, *, progress=False) -> int:
        """On SQLite, rebuild the FTS5 index from the records table and put back its triggers
        if they are paused or missing (a rebuild that wrote records; or an index a migration
        left behind, e.g. one that rebuilt the table without its triggers: search.fts); with
        every trigger in place the index has followed the table. A PostgreSQL tsvector is a
        generated column and cannot drift. Returns the records."""
        if fts.resume():
            index_version.bump()
        peers.bump()
        return records.count() if isinstance(records, QuerySet) else len(records)

    def reconcile(self, expected: dict[str, str], *, repair: bool) -> IndexReport:
        """The index is the table that services.reconcile has just compared: no drift."""
        return IndexReport(checked=len(expected))


# FTS5's column names in its bm25() weights' order, and the weights (BM25_WEIGHTS)
_FTS_COLUMNS = ("analysed_title", "analysed_tags", "analysed_summary", "analysed_body")
_FTS_WEIGHTS = tuple(ranking.FIELD_WEIGHTS[f] for f in ("title", "tags", "summary", "body"))
# a term's weighted frequency from an fts5vocab 'instance' row's column (_Postings)
_WEIGHT_CASE = " ".join(
    f"WHEN '{column}' THEN {weight!r}"
    for column, weight in zip(_FTS_COLUMNS, _FTS_WEIGHTS, strict=True)
)
# whether SQLite's full-text index follows the records table: all its triggers are there
# (search.fts pauses them for a rebuild)
_FOLLOWING = (
    "(SELECT COUNT(*) = 3 FROM sqlite_master WHERE type = 'trigger' "
    "AND name IN ('search_evidence_ai', 'search_evidence_ad', 'search_evidence_au'))"
)
# a record's docsize row, read with the snapshot's other columns (SQLite)
_FTS_SIZE = RawSQL(
    "SELECT sz FROM search_evidence_fts_docsize WHERE id = search_evidencerecord.id", []
)
# the postings kept per process at most (an entry is a record position and a weighted term
# frequency: 12 bytes): about 100 MB; past it the cache starts again
POSTINGS_MAX_ENTRIES = 8_000_000


def _varints(blob: bytes) -> list[int]:
    """The SQLite varints of an FTS5 record (its docsize row: tokens per column)."""
    values, value = [], 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    return values


def _record_lengths(columns: Columns, sizes: dict[int, int]) -> np.ndarray:
    """Each record's size in tokens, every column together (FTS5's docsize row: what its
    bm25() normalises by; `_Parts.sizes`), by position in the columns; 0 for a record the
    index lacks."""
    return np.fromiter(
        (sizes.get(pk, 0) for pk in columns.ids.tolist()),
        dtype=np.float64,
        count=len(columns.ids),
    )


class _Postings:
    """FTS5's bm25() over OR-ed terms (the scores `_match` reads from SQLite, bit for bit),
    computed in memory from each term's postings: the records containing it (positions in
    the snapshot's columns) and its frequency weighted by column (_FTS_WEIGHTS). A term's
    postings are read from FTS5's index the first time a query needs it (one query for the
    missing terms, through an fts5vocab 'instance' table of the connection), then kept with
    the snapshot, so they go when the index changes. FTS5 scores every match of a broad
    query in its bm25() (about 100 ms of CPU for evidence-for's 25 terms at 60,000 records);
    here it is a few array operations."""

    def __init__(self, columns: Columns, lengths: np.ndarray):
        self.columns = columns
        self.count = len(columns.ids)
        average = lengths.sum() / self.count if self.count else 1.0
        # k1 × (1 - b + b × D / avgdl), in the order FTS5 evaluates it
        self.norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths / (average or 1.0))
        self.terms: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.entries = 0

    def carried(
        self, columns: Columns, lengths: np.ndarray, texts: dict[int, tuple]
    ) -> "_Postings":
        """These postings for a snapshot brought up to date: `columns` and `lengths` the new
        snapshot's, `texts` {id: analysed columns} of the records written since (new or
        changed; a record gone is simply not in `columns`). Each term read so far keeps its
        postings at the records' new positions, without the old postings of the records
        written, and with their new ones, tokenized by FTS5 itself (a scratch FTS5 table
        of this connection with the same tokenizer) and weighted by the same SQL as `_read`:
        what reading the term again would give, without reading it (a term held by 40,000
        records costs about 250 ms to read at full scale)."""
        fresh = _Postings(columns, lengths)
        if not self.terms:
            return fresh
        moved, present = columns.locate(self.columns.ids)
        moved = np.where(present, moved, -1)
        written = np.fromiter(texts, dtype=np.int64, count=len(texts))
        old, was = self.columns.locate(written)
        moved[old[was]] = -1
        added = self._tokenized(columns, texts)
        # (a copy: another thread may be reading terms into the previous snapshot's postings)
        for term, (positions, frequency) in list(self.terms.items()):
            positions = moved[positions]
            keep = positions >= 0
            positions, frequency = positions[keep], frequency[keep]
            new = added.get(term)
            if new is not None:
                positions = np.concatenate([positions, new[0]])
                frequency = np.concatenate([frequency, new[1]])
                order = np.argsort(positions, kind="stable")
                positions, frequency = positions[order], frequency[order]
            fresh.terms[term] = (positions.astype(np.int32), frequency)
            fresh.entries += len(positions)
        return fresh

    def _tokenized(self, columns: Columns, texts: dict[int, tuple]) -> dict[str, tuple]:
        """{term: (positions, weighted frequencies)} of these records' analysed columns, for
        the terms read so far, as FTS5 tokenizes and `_read` weighs them."""
        if not texts:
            return {}
        connection.ensure_connection()
        raw = connection.connection
        raw.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_evidence_scratch USING fts5("
            "analysed_title, analysed_tags, analysed_summary, analysed_body, "
            "tokenize='unicode61')"
        )
        raw.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_evidence_scratch_instance "
            "USING fts5vocab(temp, search_evidence_scratch, 'instance')"
        )
        raw.execute("DELETE FROM temp.search_evidence_scratch")
        raw.executemany(
            "INSERT INTO temp.search_evidence_scratch(rowid, analysed_title, analysed_tags, "
            "analysed_summary, analysed_body) VALUES (?, ?, ?, ?, ?)",
            [(pk, *text) for pk, text in texts.items()],
        )
        rows = raw.execute(
            f"SELECT term, doc, SUM(CASE col {_WEIGHT_CASE} END) "  # noqa: S608
            "FROM temp.search_evidence_scratch_instance GROUP BY term, doc"
        ).fetchall()
        raw.execute("DELETE FROM temp.search_evidence_scratch")
        found: dict[str, tuple[list, list]] = {}
        for term, doc, frequency in rows:
            if term in self.terms:
                pair = found.setdefault(term, ([], []))
                pair[0].append(doc)
                pair[1].append(frequency)
        added = {}
        for term, (ids, frequency) in found.items():
            positions, present = columns.locate(ids)
            added[term] = (positions[present], np.array(frequency, dtype=np.float64)[present])
        return added

    def _read(self, terms: list[str], near: str | None = None) -> np.ndarray | None:
        """Read the postings of the terms not read yet; with `near` (an FTS5 expression),
        also the ids of the records matching it (unscored), in the same query: a search
        costs one query whether its terms were read before or not."""
        missing = [t for t in dict.fromkeys(terms) if t not in self.terms]
        if not missing and near is None:
            return None
        sql, params = [], []
        if missing:
            weight = _WEIGHT_CASE
            connection.ensure_connection()
            # a table of this connection only (not logged as a query): no migration, no drift
            connection.connection.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_evidence_instance "
                "USING fts5vocab(main, search_evidence_fts, 'instance')"
            )
            placeholders = ", ".join(["%s"] * len(missing))
            # the weights are this module's constants, the terms placeholders
            sql.append(
                f"SELECT term, doc, SUM(CASE col {weight} END) "  # noqa: S608
                "FROM temp.search_evidence_instance "
                f"WHERE term IN ({placeholders}) GROUP BY term, doc"
            )
            params += missing
        if near is not None:
            sql.append(
                "SELECT NULL, rowid, NULL FROM search_evidence_fts "
                "WHERE search_evidence_fts MATCH %s"
            )
            params.append(near)
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(sql), params)
            rows = cursor.fetchall()
        found: dict[str, list] = {t: [] for t in missing}
        close = []
        for term, doc, frequency in rows:
            if term is None:
                close.append(doc)
            else:
                found[term].append((doc, frequency))
        read = len(rows) - len(close)
        if self.entries + read > POSTINGS_MAX_ENTRIES:
            self.terms, self.entries = {}, 0
        for term, pairs in found.items():
            ids = np.fromiter((d for d, _ in pairs), dtype=np.int64, count=len(pairs))
            frequency = np.fromiter((f for _, f in pairs), dtype=np.float64, count=len(pairs))
            positions, present = self.columns.locate(ids)
            self.terms[term] = (positions[present].astype(np.int32), frequency[present])
        self.entries += read
        return np.array(close, dtype=np.int64) if near is not None else None

    def bm25(self, terms: list[str], *, limit: int | None = None) -> dict[int, float]:
        """{record id: score} of the records matching any of the terms, as `_match` without
        coverage: FTS5's -bm25() with BM25_WEIGHTS (the same operations in the same order);
        with `limit` the best that many (equal scores: the lower id first), else in id
        order."""
        if not terms or not self.count:
            return {}
        self._read(terms)
        score, hit = self._bm25(terms)
        return self._best(score, hit, limit)

    def search(
        self,
        terms: list[str],
        coverage: tuple[list[list[str]], list[str], str | None] | None,
        limit: int | None,
    ) -> "_Scored":
        """`_match` with `coverage` (the counted words' stems, the concepts, and the FTS5
        expression of the words standing close together, or None) and `_scored` in one:
        the scores, and with `limit` the ids of every match (no second query)."""
        if not terms or not self.count:
            return _Scored({}, None, None)
        words, concepts, expression = coverage or ([], [], None)
        near = self._read([*terms, *(t for word in words for t in word), *concepts], expression)
        score, hit = self._bm25(terms)
        if coverage is not None:
            # as _Coverage.sql: an integer count of flags, then the same float operations
            flags = sum(self._hit(word).astype(np.int64) for word in words)
            share = flags * 1.0 / len(words)
            if concepts:
                share = np.where(self._hit(concepts), 1.0, share)
            factor = 1 + ranking.COVERAGE_WEIGHT * share
            if near is not None:
                close = np.zeros(self.count, dtype=np.int64)
                found, present = self.columns.locate(near)
                close[found[present]] = 1
                factor = factor + ranking.PROXIMITY_BONUS * close
            score = score * factor
        scores = self._best(score, hit, limit)
        if limit is None or len(scores) < limit:
            return _Scored(scores, None, None)
        # a record left out has no higher text score than the last one kept
        return _Scored(scores, self.columns.ids[hit].tolist(), min(scores.values()))

    def _hit(self, terms) -> np.ndarray:
        """Whether each record contains any of the terms."""
        hit = np.zeros(self.count, dtype=bool)
        for term in terms:
            positions, _ = self.terms.get(term, (None, None))
            if positions is not None:
                hit[positions] = True
        return hit

    def _bm25(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        score = np.zeros(self.count)
        hit = np.zeros(self.count, dtype=bool)
        for term in terms:
            positions, frequency = self.terms.get(term, (None, None))
            if positions is None or not len(positions):
                continue
            documents = len(positions)
            idf = math.log((self.count - documents + 0.5) / (documents + 0.5))
            idf = idf if idf > 0 else 1e-6  # as FTS5
            score[positions] += idf * (
                (frequency * (BM25_K1 + 1.0)) / (frequency + self.norm[positions])
            )
            hit[positions] = True
        return score, hit

    def _best(self, score: np.ndarray, hit: np.ndarray, limit: int | None) -> dict[int, float]:
        matched = np.flatnonzero(hit)
        if limit is not None:
            matched = matched[np.lexsort((matched, -score[matched]))[: int(limit)]]
        ids = self.columns.ids[matched]
        return dict(zip(ids.tolist(), score[matched].tolist(), strict=True))


def _reform_areas(entries) -> dict[str, frozenset]:
    """search.peers.reform_areas_by_country, from the snapshot's entries (no query)."""
    found: dict[str, set] = {}
    for entry in entries:
        if entry.kind == "commitment" and entry.quality >= ranking.STRONG_QUALITY:
            for country in entry.facets["country"]:
                found.setdefault(country, set()).update(entry.facets["area"])
    return {country: frozenset(areas) for country, areas in found.items()}


def _near_expression(groups, vocabulary) -> tuple[str, str] | None:
    """Records where the query's words appear close together (ranking.PROXIMITY_WINDOW), in any one
    language's stemming: (FTS5 NEAR, PostgreSQL followed-by), or None when no stemming has
    all its words in the index."""
    sqlite_parts, pg_parts = [], []
    for index in range(3):
        stems = []
        for group in groups:
            ordered = sorted(group)
            stems.append(ordered[min(index, len(ordered) - 1)])
        if all(s in vocabulary for s in stems):
            window = ranking.PROXIMITY_WINDOW
            sqlite_parts.append("NEAR(" + " ".join(fts_quote(s) for s in stems) + f", {window})")
            pg_parts.append("(" + " <-> ".join(stems) + ")")
    if not sqlite_parts:
        return None
    return " OR ".join(dict.fromkeys(sqlite_parts)), " | ".join(dict.fromkeys(pg_parts))


def _idf(term: str, vocabulary: dict[str, int], total: int) -> float:
    df = vocabulary.get(term, 0)
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


def _stemmings_found(word: str, vocabulary: dict[str, int]) -> int:
    """How many of the three languages' stemmings of `word` are in the index."""
    return sum(1 for lang in analysis.LANGUAGES if analysis.stem(word, lang) in vocabulary)


def _topic_scores(snapshot: _Snapshot, record) -> dict[int, float]:
    """{record id: the idf-weighted sum of the topics it shares with `record`}, for the best
    MORE_LIKE_CANDIDATES only (equal sums: the lower id first): at full scale most records
    share some area with any record, and ranking them all (one group and candidate each)
    took seconds. Summed over the postings' arrays at once (bincount adds each record's
    weights in the topics' order, as a loop would)."""
    postings, total, columns = snapshot.topic_postings, snapshot.total, snapshot.columns
    found = [postings[f] for f in fusion.topic_features(record.areas, record.tags) if f in postings]
    found = [positions for positions in found if len(positions)]
    if not found:
        return {}
    weights = np.concatenate([np.full(len(p), fusion.idf(len(p), total)) for p in found])
    sums = np.bincount(np.concatenate(found), weights=weights, minlength=len(columns.ids))
    shared = np.flatnonzero(sums > 0)
    if len(shared) > ranking.MORE_LIKE_CANDIDATES:
        best = np.lexsort((shared, -sums[shared]))[: ranking.MORE_LIKE_CANDIDATES]
        shared = shared[best]
    return dict(zip(columns.ids[shared].tolist(), sums[shared].tolist(), strict=True))


def _characteristic_terms(record, vocabulary, total) -> list[str]:
    """The terms that best describe a record (more-like-this): its tags and concepts, then
    the words of its title, summary and body by tf-idf. Terms in most records are skipped."""
    weights: Counter = Counter()
    field_weights = ranking.MORE_LIKE_FIELD_WEIGHTS
    for text, weight in (
        (record.analysed_title, field_weights["title"]),
        (record.analysed_tags, field_weights["tags"]),
        (record.analysed_summary, field_weights["summary"]),
        (record.analysed_body, field_weights["body"]),
    ):
        for term in text.split():
            weights[term] += weight
    scored = []
    for term, tf in weights.items():
        df = vocabulary.get(term, 0)
        common = total >= 20 and df > total * ranking.MORE_LIKE_MAX_SHARE
        if df <= 1 or common or term.isdigit() or len(term) < 3:
            continue
        scored.append((math.log(1 + tf) * _idf(term, vocabulary, total), term))
    scored.sort(reverse=True)
    return [term for _, term in scored[: ranking.MORE_LIKE_TERMS]]


def _one_per_group(rows: list[_Row], language: str) -> list[_Row]:
    """One row per group of translations: the reader's language when there is one, else the
    best-scoring one."""
    best: dict[str, _Row] = {}
    for row in rows:
        group = row.entry.group
        current = best.get(group)
        if current is None:
            best[group] = row
            continue
        if (row.entry.language == language, row.score) > (
            current.entry.language == language,
            current.score,
        ):
            best[group] = row
    return list(best.values())


class _Word(NamedTuple):
    """A word of a query (its alternative stems) or a concept, and its BM25 idf."""

    terms: tuple[str, ...]
    idf: float


def _bm25_words(snapshot: _Snapshot, groups: list[list[str]], concepts: list[str]) -> list[_Word]:
    """The query's words and concepts with their idf (BM25's, from the snapshot's document
    counts; a word's is that of its most common stem: the records matching it are at least
    those), for _postgres_bm25."""
    vocabulary, total = snapshot.vocabulary, max(snapshot.total, 1)
    found = []
    for terms in [*groups, *([c] for c in concepts)]:
        count = max(vocabulary[t] for t in terms)
        found.append(_Word(tuple(terms), math.log(1 + (total - count + 0.5) / (count + 0.5))))
    return found


def _postgres_bm25(words: list[_Word], average_length: float) -> tuple[str, str, list[str]]:
    """PostgreSQL's ts_rank has no idf, and its field weights multiply: a record repeating
    one query word in its title outranked one with every word in its text ("justicia
    abierta" ranked "Portales de datos abiertos" first). This scores as SQLite's bm25()
    does: per query word (its alternative stems, or a concept) a term frequency weighted by
    field — cover density (ts_rank_cd) of that word alone with FIELD_WEIGHTS, unnormalised:
    the sum of its occurrences' field weights, in units of one occurrence in the body —
    saturated and normalised by length as BM25 does (k1, b; the record's lexemes against the
    average), times the word's idf, summed over the words.

    Returns (the score over the subquery's columns, the subquery's tf columns, their
    parameters: each word's stems as a tsquery). The numbers in the SQL are computed floats,
    not input."""
    tf_columns, params, score = [], [], []
    length = f"(1 - {BM25_B} + {BM25_B} * dl / {max(average_length, 1.0):.6f})"
    for n, word in enumerate(words):
        # ts_rank_cd of one word (its stems OR-ed): each occurrence is a cover of its own and
        # adds its field's weight, so this is bm25()'s weighted term frequency exactly
        tf_columns.append(
            f"ts_rank_cd('{BM25_TS_WEIGHTS}', search_vector, to_tsquery('simple', %s), 0)"
            f" * {BM25_TS_UNIT:.6f} AS tf{n}"
        )
        params.append(" | ".join(word.terms))
        score.append(f"{word.idf:.6f} * tf{n} * {BM25_K1 + 1} / (tf{n} + {BM25_K1} * {length})")
    return " + ".join(score), ", ".join(tf_columns), params


def _fuse(columns: Columns, pos: np.ndarray, score: np.ndarray, nearest: list[int]) -> np.ndarray:
    """Reciprocal rank fusion of the full-text ranking (its final scores: text, quality, the
    reader's language) with the semantic one (`nearest`, over the same candidates): the fused
    score of each candidate. A candidate only one side found gets that side's share."""
    order = np.lexsort((columns.key_rank[pos], -score))
    lexical = pos[order][score[order] > 0]
    present = set(pos.tolist())
    fused = fusion.reciprocal_rank_fusion(
        lexical.tolist(),
        [p for p in columns.positions(nearest).tolist() if p in present],
        weights=(1.0, semantic.SEMANTIC_WEIGHT),
    )
    return np.fromiter((fused.get(p, 0.0) for p in pos.tolist()), dtype=np.float64, count=len(pos))


def _complete(  # noqa: PLR0913
    columns: Columns,
    pos,
    score,
    order,
    needed: int,
    scored: _Scored,
    *,
    language: str,
    query_language: str | None,
    by_date: bool,
) -> bool:
    """Whether the first `needed` results are right although only the best matches were
    scored: each candidate not scored, given the highest text score it could have
    (`scored.bound`) with its own quality and language bonus (its ceiling), stays below the
    results shown; by date, below those of the same date (the score orders a day's records)."""
    needed = min(needed, len(order))
    unscored = ~np.isin(columns.ids[pos], np.fromiter(scored.scores, dtype=np.int64))
    if not needed or not unscored.any():
        return True
    page = order[:needed]
    if unscored[page].any():
        return False
    ceiling = columns.final_scores(
        pos[unscored],
        np.full(int(unscored.sum()), scored.bound),
        language,
        has_query=True,
        query_language=query_language,
    )
    if not by_date:
        return bool(score[page].min() > ceiling.max())
    dates, shown = columns.date[pos], score[page]
    page_dates, unscored_dates = dates[page], dates[unscored]
    for date in np.unique(page_dates):
        same_day = ceiling[unscored_dates == date]
        if len(same_day) and shown[page_dates == date].min() <= same_day.max():
            return False
    return True


def hit_from_record(record: EvidenceRecord, score: float, snippet: str) -> Hit:
    return Hit(
        key=record.key,
        kind=record.kind,
        title=record.title,
        url=record.url,
        snippet=snippet
        or analysis.highlight(record.summary or record.body, analysis.AnalysedQuery()),
        language=record.language,
        year=record.year,
        date=record.date,
        country=record.country,
        member=record.member,
        themes=list(record.themes),
        areas=list(record.areas),
        starred=record.starred,
        level=record.level or "",
        score=score,
        first_indexed_at=record.first_indexed_at,
    )

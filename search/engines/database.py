"""The embedded engine: the database's own full-text search over the evidence records.

SQLite answers with FTS5 and BM25 (`bm25()` with column weights); PostgreSQL with a weighted
tsvector and `ts_rank`. Both index the analysed columns (analysis.py), so they see the same
tokens. One full-text query returns the matching ids with their scores and the few columns
filters and facets need; filtering, facet counts, grouping of translations and the final
ranking then happen in Python over that candidate list (a few thousand rows at most for this
corpus), and one more query loads the page of results. That is three queries per search."""

import datetime
import difflib
import functools
import math
import time
from collections import Counter
from dataclasses import dataclass

from django.db import connection

from .. import analysis
from ..models import EvidenceRecord
from .base import (
    FACETS,
    FacetValue,
    Hit,
    PeerHit,
    PeerQuery,
    SearchEngine,
    SearchRequest,
    SearchResults,
    peer_score,
)

# field weights: title, tags (themes, areas, policy areas), summary, body
WEIGHTS = (6.0, 4.0, 1.5, 1.0)
COVERAGE_WEIGHT = 0.6  # how much matching every word of the query counts
PROXIMITY_BONUS = 0.25  # the query's words close together (within 4 words)
QUALITY_WEIGHT = 0.08  # IRM results: a tie-breaker, not a ranking of its own
LANGUAGE_BONUS = 0.1  # the reader's own language first among equals
MORE_LIKE_TERMS = 25
MEMO_SECONDS = 30

# the facet columns of _Row, in its field order
_COLUMNS = (
    "id",
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
)


@dataclass
class _Row:
    id: int
    key: str
    kind: str
    language: str
    group: str
    themes: list
    areas: list
    country: str
    region: str
    year: int | None
    date: object
    quality: float
    member: str
    score: float = 0.0

    @functools.cached_property
    def facet_values(self) -> dict[str, tuple[str, ...]]:
        return {facet: tuple(dict.fromkeys(self.values(facet))) for facet in FACETS}

    def values(self, facet: str) -> list[str]:
        if facet == "type":
            return [self.kind]
        if facet == "theme":
            return self.themes
        if facet == "area":
            return self.areas
        if facet == "year":
            return [str(self.year)] if self.year else []
        value = getattr(self, facet)
        return [value] if value else []


@dataclass(frozen=True)
class _Snapshot:
    vocabulary: dict[str, int]
    total: int
    spelling: list[str]
    rows: dict[int, tuple]
    terms: dict[int, frozenset]  # each record's distinct analysed terms (query coverage)


def _quote(term: str) -> str:
    return '"' + term.replace('"', "") + '"'


class DatabaseEngine(SearchEngine):
    name = "database"

    def __init__(self):
        self._memo = None

    # --- the full-text part, per database --------------------------------------------------

    @property
    def vendor(self) -> str:
        return connection.vendor

    def _match(self, terms: list[str], *, near: list[list[str]] | None = None) -> dict[int, float]:
        """{record id: score} for records matching any of the terms (higher is better)."""
        if not terms:
            return {}
        with connection.cursor() as cursor:
            if self.vendor == "sqlite":
                expression = " OR ".join(_quote(t) for t in terms)
                weights = ", ".join(str(w) for w in WEIGHTS)
                cursor.execute(
                    # the weights are this module's constants, never input
                    f"SELECT rowid, -bm25(search_evidence_fts, {weights}) "  # noqa: S608
                    "FROM search_evidence_fts WHERE search_evidence_fts MATCH %s",
                    [expression],
                )
            else:
                cursor.execute(
                    "SELECT id, ts_rank('{0.1, 0.25, 0.6, 1.0}', search_vector, q, 1) * 10 "
                    "FROM search_evidencerecord, to_tsquery('simple', %s) q "
                    "WHERE search_vector @@ q",
                    [" | ".join(terms)],
                )
            return {row[0]: float(row[1]) for row in cursor.fetchall()}

    def _match_ids(self, expression_sqlite: str, expression_pg: str) -> set[int]:
        with connection.cursor() as cursor:
            if self.vendor == "sqlite":
                cursor.execute(
                    "SELECT rowid FROM search_evidence_fts WHERE search_evidence_fts MATCH %s",
                    [expression_sqlite],
                )
            else:
                cursor.execute(
                    "SELECT id FROM search_evidencerecord "
                    "WHERE search_vector @@ to_tsquery('simple', %s)",
                    [expression_pg],
                )
            return {row[0] for row in cursor.fetchall()}

    def raw_match(self, query: str) -> int:
        """The floor for the benchmark: the bare full-text query on the same index, ranked,
        with no analysis beyond splitting words and no filters or facets."""
        terms = [w for w in analysis.words(query) if w not in analysis.ALL_STOPWORDS]
        if not terms:
            return 0
        with connection.cursor() as cursor:
            if self.vendor == "sqlite":
                cursor.execute(
                    "SELECT rowid FROM search_evidence_fts WHERE search_evidence_fts MATCH %s "
                    "ORDER BY bm25(search_evidence_fts) LIMIT 50",
                    [" OR ".join(_quote(t) for t in terms)],
                )
            else:
                cursor.execute(
                    "SELECT id FROM search_evidencerecord, to_tsquery('simple', %s) q "
                    "WHERE search_vector @@ q ORDER BY ts_rank(search_vector, q) DESC LIMIT 50",
                    [" | ".join(terms)],
                )
            return len(cursor.fetchall())

    def _snapshot(self):
        """What every query needs besides the full-text match, read once and kept in this
        process until the index changes (or MEMO_SECONDS pass, for other processes' changes):
        the index vocabulary with document counts (idf, typo correction), the words of titles
        and tags (spelling suggestions), and the facet columns of every record (filters and
        facets in Python, without reading rows per search). A few MB for 100k records."""
        from ..services import index_version

        version = index_version()
        now = time.monotonic()
        memo = self._memo
        if memo and memo[1] == version and memo[0] > now:
            return memo[2]
        with connection.cursor() as cursor:
            if self.vendor == "sqlite":
                cursor.execute("SELECT term, doc FROM search_evidence_vocab")
            else:
                cursor.execute(
                    "SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM "
                    "search_evidencerecord')"
                )
            vocabulary = dict(cursor.fetchall())
        fields = list(_COLUMNS)
        rows, terms, spelling = {}, {}, set()
        analysed = ("analysed_title", "analysed_tags", "analysed_summary", "analysed_body")
        for values in EvidenceRecord.objects.values_list(*fields, "title", "tags", *analysed):
            row = values[: len(fields)]
            rows[row[0]] = row
            title, tags = values[len(fields)], values[len(fields) + 1]
            spelling.update(analysis.words(title))
            for tag in tags:
                spelling.update(analysis.words(tag))
            terms[row[0]] = frozenset(" ".join(values[len(fields) + 2 :]).split())
        snapshot = _Snapshot(
            vocabulary=vocabulary,
            total=len(rows),
            spelling=sorted(w for w in spelling if len(w) >= 4 and not w.isdigit()),
            rows=rows,
            terms=terms,
        )
        self._memo = (now + MEMO_SECONDS, version, snapshot)
        return snapshot

    def _vocabulary(self) -> tuple[dict[str, int], int]:
        snapshot = self._snapshot()
        return snapshot.vocabulary, snapshot.total

    def _candidates(self, scores: dict[int, float] | None) -> dict[int, _Row]:
        """Rows (facet columns) for the matching ids with their scores; all rows for None."""
        rows = self._snapshot().rows
        if scores is None:
            return {pk: _Row(*values) for pk, values in rows.items()}
        found = {}
        for pk, score in scores.items():
            values = rows.get(pk)
            if values is not None:
                found[pk] = _Row(*values, score=score)
        return found

    # --- queries ---------------------------------------------------------------------------

    def _correct(self, query: analysis.AnalysedQuery) -> tuple[analysis.AnalysedQuery, str]:
        """Replace words the index has never seen by the closest words it has (typos)."""
        vocabulary, _ = self._vocabulary()
        if not vocabulary:
            return query, ""
        changed = False
        groups, shown = [], []
        known = analysis.glossary_stems()
        for group, word in zip(query.groups, query.words, strict=False):
            # glossary words are never typos: they find records through their concept
            in_glossary = any(term in known for term in group)
            if any(term in vocabulary for term in group) or in_glossary:
                groups.append(group)
                shown.append(word)
                continue
            if len(word) < 4 or word.isdigit():
                groups.append(group)
                shown.append(word)
                continue
            spelling = self._snapshot().spelling
            close = difflib.get_close_matches(word, spelling, n=1, cutoff=0.8)
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
        return corrected, " ".join(shown)

    def _score(self, query: analysis.AnalysedQuery) -> dict[int, float]:
        vocabulary, _ = self._vocabulary()
        terms = sorted(t for t in query.all_terms() if t in vocabulary)
        scores = self._match(terms)
        if not scores:
            return {}
        groups = [g for g in query.groups if any(t in vocabulary for t in g)]
        if len(groups) > 1:
            # coverage: the share of the query's words a record contains (a concept counts
            # for the words it names)
            # (read from the snapshot's term sets: no query per word)
            terms_by_id = self._snapshot().terms
            concepts = set(query.concepts)
            near = self._near_ids(groups, vocabulary)
            kept = {}
            for pk, score in scores.items():
                present = terms_by_id.get(pk, frozenset())
                if concepts & present:
                    coverage = 1.0
                else:
                    coverage = sum(1 for g in groups if g & present) / len(groups)
                proximity = PROXIMITY_BONUS if pk in near else 0
                kept[pk] = score * (1 + COVERAGE_WEIGHT * coverage + proximity)
            return kept
        return scores

    def _near_ids(self, groups, vocabulary) -> set[int]:
        """Records where the query's words appear close together, in any one language's
        stemming (FTS5 NEAR; PostgreSQL's followed-by)."""
        sqlite_parts, pg_parts = [], []
        for index in range(3):
            stems = []
            for group in groups:
                ordered = sorted(group)
                stems.append(ordered[min(index, len(ordered) - 1)])
            if all(s in vocabulary for s in stems):
                sqlite_parts.append("NEAR(" + " ".join(_quote(s) for s in stems) + ", 4)")
                pg_parts.append("(" + " <-> ".join(stems) + ")")
        if not sqlite_parts:
            return set()
        return self._match_ids(" OR ".join(dict.fromkeys(sqlite_parts)), " | ".join(pg_parts))

    def search(self, request: SearchRequest) -> SearchResults:
        query = analysis.analyse_query(request.query)
        corrected = ""
        if not query.is_empty:
            query, corrected = self._correct(query)
            rows = self._candidates(self._score(query))
        else:
            rows = self._candidates(None)
        excluded = set(request.exclude_keys)
        candidates = [row for row in rows.values() if row.key not in excluded]
        active = request.active_filters()
        if "language" not in active:
            candidates = _one_per_group(candidates, request.language)
        for row in candidates:
            row.score = _final_score(row, request.language, has_query=not query.is_empty)
        matching = [row for row in candidates if _passes(row, active)]
        facets = _facet_counts(candidates, active) if request.facets else {}
        ordered = _order(matching, request.sort)
        start = (request.page - 1) * request.per_page
        page_rows = ordered[start : start + request.per_page]
        hits = self._hits(page_rows, query)
        return SearchResults(
            hits=hits,
            total=len(matching),
            page=request.page,
            per_page=request.per_page,
            facets=facets,
            corrected_query=corrected,
            engine=self.name,
        )

    def _hits(self, rows: list[_Row], query: analysis.AnalysedQuery) -> list[Hit]:
        if not rows:
            return []
        records = (
            EvidenceRecord.objects.defer(
                "analysed_title", "analysed_tags", "analysed_summary", "analysed_body"
            )
            .in_bulk([row.id for row in rows])
            .values()
        )
        by_id = {r.pk: r for r in records}
        hits = []
        for row in rows:
            record = by_id.get(row.id)
            if record is None:
                continue
            snippet = analysis.highlight(record.summary or record.body, query)
            if not query.is_empty and "<mark>" not in snippet and record.body:
                in_body = analysis.highlight(record.body, query)
                snippet = in_body if "<mark>" in in_body else snippet
            hits.append(hit_from_record(record, row.score, snippet))
        return hits

    def more_like(self, key, *, kinds=None, limit=8, language="en", exclude_member=True):
        record = EvidenceRecord.objects.filter(key=key).first()
        if record is None:
            return []
        vocabulary, total = self._vocabulary()
        terms = _characteristic_terms(record, vocabulary, total)
        scores = self._match(terms)
        rows = self._candidates(scores)
        own_tags = set(record.analysed_tags.split())
        candidates = []
        for row in rows.values():
            if row.group == record.group or (kinds and row.kind not in kinds):
                continue
            if exclude_member and record.member and row.kind == record.kind == "commitment":
                if row.member == record.member:
                    continue
            candidates.append(row)
        candidates = _one_per_group(candidates, language)
        tags_by_id = dict(
            EvidenceRecord.objects.filter(pk__in=[r.id for r in candidates]).values_list(
                "pk", "analysed_tags"
            )
        )
        for row in candidates:
            shared = own_tags & set(tags_by_id.get(row.id, "").split())
            overlap = sum(_idf(t, vocabulary, total) for t in shared)
            row.score = row.score + 0.5 * overlap
            row.score = _final_score(row, language, has_query=True)
        ordered = _order(candidates, "relevance")[:limit]
        return self._hits(ordered, analysis.AnalysedQuery())

    def peers(self, query: PeerQuery) -> list[PeerHit]:
        from django.db.models import Q

        from .. import peers

        areas, themes = set(query.areas), set(query.themes)
        if not areas and not themes:
            return []
        candidates = (
            peers.peer_candidates()
            .filter(visibility__in=query.visibilities)
            .exclude(user_id__in=query.exclude_user_ids)
            .filter(Q(challenge_areas__slug__in=areas) | Q(themes__slug__in=themes))
            .distinct()
        )
        reform_areas = peers.reform_areas_by_country()
        found = []
        for profile in candidates:
            record = peers.peer_record(profile, reform_areas)
            shared_areas = sorted(areas.intersection(record["areas"]))
            shared_themes = sorted(themes.intersection(record["themes"]))
            other_country = bool(record["country"]) and record["country"] != query.country
            comparable = other_country and bool(areas.intersection(record["reform_areas"]))
            score = peer_score(
                shared_areas, shared_themes, other_country=other_country, comparable=comparable
            )
            found.append(PeerHit(profile.pk, score, shared_areas, shared_themes, comparable))
        found.sort(key=lambda hit: (-hit.score, hit.profile_id))
        return found[: query.limit]

    def autocomplete(self, prefix, *, limit=8):
        prefix = " ".join(prefix.split())[:100]
        if len(prefix) < 2:
            return []
        records = EvidenceRecord.objects.filter(title__icontains=prefix).order_by(
            "-quality", "title"
        )[: limit * 3]
        seen, hits = set(), []
        for record in records:
            if record.group in seen:
                continue
            seen.add(record.group)
            hits.append(hit_from_record(record, 0.0, ""))
            if len(hits) == limit:
                break
        return hits


def _idf(term: str, vocabulary: dict[str, int], total: int) -> float:
    df = vocabulary.get(term, 0)
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


def _characteristic_terms(record, vocabulary, total) -> list[str]:
    """The terms that best describe a record (more-like-this): its tags and concepts, then
    the words of its title, summary and body by tf-idf. Terms in most records are skipped."""
    weights: Counter = Counter()
    for text, weight in (
        (record.analysed_title, 3.0),
        (record.analysed_tags, 2.0),
        (record.analysed_summary, 1.5),
        (record.analysed_body, 0.5),
    ):
        for term in text.split():
            weights[term] += weight
    scored = []
    for term, tf in weights.items():
        df = vocabulary.get(term, 0)
        if df <= 1 or (total >= 20 and df > total * 0.4) or term.isdigit() or len(term) < 3:
            continue
        scored.append((math.log(1 + tf) * _idf(term, vocabulary, total), term))
    scored.sort(reverse=True)
    return [term for _, term in scored[:MORE_LIKE_TERMS]]


def _one_per_group(rows: list[_Row], language: str) -> list[_Row]:
    """One row per group of translations: the reader's language when there is one, else the
    best-scoring one."""
    best: dict[str, _Row] = {}
    for row in rows:
        current = best.get(row.group)
        if current is None:
            best[row.group] = row
            continue
        if (row.language == language, row.score) > (current.language == language, current.score):
            best[row.group] = row
    return list(best.values())


def _final_score(row: _Row, language: str, *, has_query: bool) -> float:
    bonus = QUALITY_WEIGHT * row.quality + (LANGUAGE_BONUS if row.language == language else 0)
    if has_query:
        return row.score * (1 + bonus)
    return bonus


def _passes(row: _Row, active: dict[str, set[str]], *, skip: str = "") -> bool:
    for facet, wanted in active.items():
        if facet == skip:
            continue
        if not wanted.intersection(row.values(facet)):
            return False
    return True


def _facet_counts(rows: list[_Row], active: dict[str, set[str]]) -> dict[str, list[FacetValue]]:
    """Counts per facet value over the rows that pass every *other* active filter, so a
    reader sees how many results each further choice would give. One pass: a row failing no
    filter counts for every facet, a row failing exactly one counts for that facet only."""
    counts: dict[str, Counter] = {facet: Counter() for facet in FACETS}
    for row in rows:
        values = row.facet_values
        failed = [f for f, wanted in active.items() if wanted.isdisjoint(values[f])]
        if len(failed) > 1:
            continue
        for facet in failed or FACETS:
            counts[facet].update(values[facet])
    facets = {}
    for facet in FACETS:
        selected = active.get(facet, set())
        values = [FacetValue(v, c, v in selected) for v, c in counts[facet].items()]
        values += [FacetValue(v, 0, True) for v in selected - set(counts[facet])]
        if facet == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        else:
            values.sort(key=lambda v: (-v.count, v.value))
        facets[facet] = values
    return facets


def _order(rows: list[_Row], sort: str) -> list[_Row]:
    if sort == "date":
        return sorted(
            rows,
            key=lambda r: (
                -(
                    r.date or (datetime.date(r.year, 1, 1) if r.year else datetime.date.min)
                ).toordinal(),
                -r.score,
                r.key,
            ),
        )
    return sorted(rows, key=lambda r: (-r.score, -(r.year or 0), r.key))


_NO_QUERY = analysis.AnalysedQuery()


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
        score=score,
        first_indexed_at=record.first_indexed_at,
    )

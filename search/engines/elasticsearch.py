"""The production engine: Elasticsearch 9 through the official client's DSL (`elasticsearch.dsl`).

Index layout. Readers and writers use the alias `ELASTICSEARCH_INDEX` ("opengov-evidence");
each rebuild creates a concrete index `<alias>-<UTC timestamp>`, fills it, then moves the alias
in one `update_aliases` call and drops the old index (zero downtime). Peers live behind
`<alias>-peers` the same way.

Analysis. Every text field has a language-neutral main field (folded, stop words of the three
languages removed, not stemmed: phrases, typo tolerance, highlighting) and `.en`, `.fr`, `.es`
subfields stemmed in that language. All analysers fold accents (`asciifolding`) and strip
French elisions. At search time a `synonym_graph` filter made from the glossary (one line per
concept: all its names are equivalent) expands the query, after stemming, so "propriété
effective" finds "beneficial ownership"; this is what the database engine's concept tokens do.

Ranking follows the database engine, with the weights of ranking.py: text score × (1 + 0.08 ×
quality + 0.1 when the record is in the reader's language), one result per translation group
(the reader's language preferred) unless a language filter is set, facet counts over the rows
passing every *other* active filter (post_filter + one filter aggregation per facet).

Nothing connects at import or construction time; the client is built on first use. Every
cluster error becomes `EngineUnavailable` (`EngineDown` when the cluster cannot be reached or
does not answer in time), so the fallback engine can answer instead and its circuit breaker
knows when to stop trying. Reads wait at most `read_timeout`, index writes `write_timeout`
(both short: a user's request may be waiting, or a task that will retry); only a rebuild,
which an operator runs, waits longer."""

import dataclasses
import datetime
import html
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from django.db.models import QuerySet

from elasticsearch import (
    ApiError,
    ConnectionError,
    ConnectionTimeout,
    Elasticsearch,
    NotFoundError,
    TransportError,
)
from elasticsearch.dsl import (
    SF,
    A,
    Boolean,
    Date,
    DenseVector,
    Document,
    ElasticsearchDslException,
    FacetedSearch,
    Float,
    Integer,
    Keyword,
    MetaField,
    Q,
    Search,
    SearchAsYouType,
    TermsFacet,
    Text,
    analyzer,
    char_filter,
    token_filter,
)
from elasticsearch.dsl.faceted_search import FacetedResponse
from elasticsearch.dsl.query import Query
from elasticsearch.dsl.response import Hit as DslHit
from elasticsearch.dsl.response import Response
from elasticsearch.helpers import BulkIndexError, ScanError, bulk, scan
from tqdm import tqdm

from community.models import ChallengeArea, Theme

from .. import analysis, fusion, glossary, peers, ranking, semantic
from ..models import EvidenceRecord
from .base import (
    FACETS,
    EngineDown,
    EngineUnavailable,
    FacetValue,
    Hit,
    IndexReport,
    PeerHit,
    PeerQuery,
    SearchEngine,
    SearchRequest,
    SearchResults,
)

logger = logging.getLogger(__name__)

LANGUAGES = analysis.LANGUAGES  # ("en", "fr", "es")
BATCH_SIZE = 500
READ_TIMEOUT = 1.0  # seconds; defaults of the settings' ELASTICSEARCH_READ_TIMEOUT …
WRITE_TIMEOUT = 5.0  # … and ELASTICSEARCH_WRITE_TIMEOUT
REBUILD_TIMEOUT = 120  # one bulk request of a rebuild (manage.py rebuild_search_index)
MAX_WINDOW = 10_000  # index.max_result_window
# With the semantic retriever, the word ranking's first FUSION_WINDOW groups (or as many as
# the page asked for needs) are fused with the nearest records' ranking before paging: a
# group below it that the retriever did not find cannot reach the first pages (its fused
# score, 1 / (60 + rank), is below any nearest record's, SEMANTIC_WEIGHT / (60 + NEAREST)).
FUSION_WINDOW = 100
FACET_SIZE = 500
SNIPPET_LENGTH = 260
EXCERPT_LENGTH = 400
FUSION_DEPTH = 200  # candidates of each more-like-this ranking fused (search.fusion)

FIELD_WEIGHTS = ranking.FIELD_WEIGHTS
PHRASE_SLOP = ranking.PROXIMITY_WINDOW - 1  # words within PROXIMITY_WINDOW positions

FACET_FIELDS = {
    "type": "kind",
    "theme": "themes",
    "area": "areas",
    "level": "level",
    "country": "country",
    "region": "region",
    "year": "year",
    "language": "language",
}
_ERRORS = (ApiError, TransportError, BulkIndexError, ScanError, ElasticsearchDslException)
_DOWN = (ConnectionError, ConnectionTimeout)  # refused, unreachable, or no answer in time


# --- analysis ------------------------------------------------------------------------------


def _folded(words: Iterable[str]) -> list[str]:
    return sorted({analysis.fold(w) for w in words})


def synonym_lines() -> list[str]:
    """One equivalence line per glossary concept: its names folded, without stop words (the
    analysers remove those before the synonym filter), e.g. "beneficial ownership, beneficial
    owners, ..., propriete effective, ..."."""
    lines = []
    for names in glossary.CONCEPTS.values():
        phrases: list[str] = []
        for name in names:
            phrase = " ".join(w for w in analysis.words(name) if w not in analysis.ALL_STOPWORDS)
            if phrase and phrase not in phrases:
                phrases.append(phrase)
        if len(phrases) > 1:
            lines.append(", ".join(phrases))
    return lines


ELISION = token_filter(
    "og_elision",
    type="elision",
    articles_case=True,
    articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
)
STOP_ALL = token_filter("og_stop_all", type="stop", stopwords=_folded(analysis.ALL_STOPWORDS))
STOP = {
    language: token_filter(
        f"og_stop_{language}", type="stop", stopwords=_folded(analysis.STOPWORDS[language])
    )
    for language in LANGUAGES
}
STEMMERS = {
    "en": [
        token_filter("og_possessive_en", type="stemmer", language="possessive_english"),
        token_filter("og_stem_en", type="stemmer", language="english"),
    ],
    "fr": [token_filter("og_stem_fr", type="stemmer", language="light_french")],
    "es": [token_filter("og_stem_es", type="stemmer", language="light_spanish")],
}
SYNONYMS = token_filter(
    "og_synonyms", type="synonym_graph", synonyms=synonym_lines(), expand=True, lenient=True
)
_FOLD = ["lowercase", ELISION, "asciifolding"]
# A letter hyphenated to a word joins it ("e-government" -> "egovernment"), as
# analysis._LETTER_PREFIX does for the database engine: split, "e" is a Spanish stop word and
# "e-government" would mean "government". Before the tokenizer, so the letters are any case.
LETTER_PREFIX = char_filter(
    "og_letter_prefix",
    type="pattern_replace",
    pattern=r"(?<![\p{L}\p{N}\-\u2010\u2011])(\p{L})[\-\u2010\u2011](?=\p{L}{2})",
    replacement="$1",
)
_CHARS = [LETTER_PREFIX]

TEXT_ANALYZER = analyzer(
    "og_text", tokenizer="standard", char_filter=_CHARS, filter=[*_FOLD, STOP_ALL]
)
TEXT_SEARCH_ANALYZER = analyzer(
    "og_text_search",
    tokenizer="standard",
    char_filter=_CHARS,
    filter=[*_FOLD, STOP_ALL, SYNONYMS],
)
LANGUAGE_ANALYZERS = {
    language: analyzer(
        f"og_{language}",
        tokenizer="standard",
        char_filter=_CHARS,
        filter=[*_FOLD, STOP[language], *STEMMERS[language]],
    )
    for language in LANGUAGES
}
# Search side: the stop words of every language (a reader may type English on the French
# site), stemming, then the glossary's synonyms matched on stems.
LANGUAGE_SEARCH_ANALYZERS = {
    language: analyzer(
        f"og_{language}_search",
        tokenizer="standard",
        char_filter=_CHARS,
        filter=[*_FOLD, STOP_ALL, *STEMMERS[language], SYNONYMS],
    )
    for language in LANGUAGES
}
PREFIX_ANALYZER = analyzer("og_prefix", tokenizer="standard", char_filter=_CHARS, filter=_FOLD)
# The search analysers without the glossary: a multi-word synonym turns the words of a query
# into a graph whose paths each need all their words ("beneficial ownership" would no longer
# match a record that says only "ownership"); these analysers match the words one by one,
# beside the glossary's concepts (_text_query), as the database engine does.
PLAIN_SEARCH_ANALYZERS = {
    language: analyzer(
        f"og_{language}_plain",
        tokenizer="standard",
        char_filter=_CHARS,
        filter=[*_FOLD, STOP_ALL, *STEMMERS[language]],
    )
    for language in LANGUAGES
}


def _text_field(*, copy_to: str | None = "all_text", autocomplete: bool = False, **kwargs):
    fields = {
        language: Text(
            analyzer=LANGUAGE_ANALYZERS[language],
            search_analyzer=LANGUAGE_SEARCH_ANALYZERS[language],
        )
        for language in LANGUAGES
    }
    if autocomplete:
        fields["suggest"] = SearchAsYouType(analyzer=PREFIX_ANALYZER)
    if copy_to:
        kwargs["copy_to"] = copy_to
    return Text(
        analyzer=TEXT_ANALYZER, search_analyzer=TEXT_SEARCH_ANALYZER, fields=fields, **kwargs
    )


# --- documents -----------------------------------------------------------------------------


class EvidenceDocument(Document):
    """One evidence record (search.models.EvidenceRecord) as Elasticsearch stores it."""

    key = Keyword()
    kind = Keyword()
    group = Keyword()
    language = Keyword()
    themes = Keyword(multi=True)
    areas = Keyword(multi=True)
    tags = Keyword(
        multi=True,
        copy_to="all_text",
        fields={"text": Text(analyzer=TEXT_ANALYZER, search_analyzer=TEXT_SEARCH_ANALYZER)},
    )
    # tags plus the names of the record's themes and challenge areas in every language, so a
    # French query for a challenge area finds English records in it (the database engine's
    # analysed_tags)
    term_names = _text_field(copy_to=None, multi=True)
    country = Keyword()
    region = Keyword()
    level = Keyword()  # courses and lessons
    member = Keyword()
    year = Integer()
    date = Date()
    sort_date = Date()  # date, else 1 January of the year: the "date" sort
    quality = Float()
    starred = Boolean()
    fingerprint = Keyword()
    first_indexed_at = Date()
    url = Keyword(index=False, doc_values=False)
    excerpt = Keyword(index=False, doc_values=False)  # start of summary or body, for snippets
    title = _text_field(autocomplete=True)
    summary = _text_field()
    body = _text_field()
    all_text = Text(analyzer=TEXT_ANALYZER)  # copy_to target: the spelling suggester's field
    # the semantic retriever's vector (search/semantic.py), absent until the record is embedded
    embedding = DenseVector(dims=semantic.DIMENSIONS, index=True, similarity="cosine")

    class Meta:
        dynamic = MetaField("strict")

    class Index:
        name = "opengov-evidence"  # placeholder: the engine always names the index it uses
        settings = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}

    @classmethod
    def from_record(cls, record, *, index: str, names: dict | None = None) -> "EvidenceDocument":
        names = names or {}
        term_names = list(record.tags)
        for facet, slugs in (("theme", record.themes), ("area", record.areas)):
            for slug in slugs:
                term_names.extend(names.get(facet, {}).get(slug, [slug.replace("-", " ")]))
        sort_date = record.date or (datetime.date(record.year, 1, 1) if record.year else None)
        excerpt = " ".join((record.summary or record.body or "").split())[:EXCERPT_LENGTH]
        return cls(
            meta={"id": record.key, "index": index},
            key=record.key,
            kind=record.kind,
            group=record.group,
            language=record.language,
            themes=list(record.themes),
            areas=list(record.areas),
            tags=list(record.tags),
            term_names=list(dict.fromkeys(term_names)),
            country=record.country or None,
            region=record.region or None,
            level=record.level or None,
            member=record.member or None,
            year=record.year,
            date=record.date,
            sort_date=sort_date,
            quality=float(record.quality or 0.0),
            starred=bool(record.starred),
            fingerprint=record.fingerprint,
            first_indexed_at=record.first_indexed_at,
            url=record.url,
            excerpt=excerpt,
            title=record.title,
            summary=record.summary,
            body=record.body,
            embedding=_embedding(record),
        )


def _embedding(record) -> list[float] | None:
    vector = getattr(record, "embedding", None)
    return None if vector is None else semantic.from_bytes(vector).tolist()


class PeerDocument(Document):
    """A reformer open to peer exchange (search.peers.peer_record)."""

    profile_id = Integer()
    user_id = Integer()
    visibility = Keyword()
    country = Keyword()
    areas = Keyword(multi=True)
    themes = Keyword(multi=True)
    reform_areas = Keyword(multi=True)
    name = Text(analyzer=TEXT_ANALYZER)

    class Meta:
        dynamic = MetaField("strict")

    class Index:
        name = "opengov-evidence-peers"
        settings = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}

    @classmethod
    def from_peer_record(cls, data: dict, *, index: str) -> "PeerDocument":
        return cls(
            meta={"id": str(data["profile_id"]), "index": index},
            profile_id=data["profile_id"],
            user_id=data["user_id"],
            visibility=str(data["visibility"]),
            country=data["country"] or None,
            areas=list(data["areas"]),
            themes=list(data["themes"]),
            reform_areas=list(data["reform_areas"]),
            name=data["name"],
        )


for _plain in PLAIN_SEARCH_ANALYZERS.values():  # used by queries only, defined in the index
    EvidenceDocument._index.analyzer(_plain)


def term_names() -> dict[str, dict[str, list[str]]]:
    """{"theme"|"area": {slug: [its names in every locale]}}: two small queries."""
    found: dict[str, dict[str, list[str]]] = {}
    for facet, model in (("theme", Theme), ("area", ChallengeArea)):
        names: dict[str, list[str]] = defaultdict(list)
        for slug, name in model.objects.order_by("pk").values_list("slug", "name"):
            if name not in names[slug]:
                names[slug].append(name)
        found[facet] = dict(names)
    return found


# --- query pieces --------------------------------------------------------------------------


def _search_fields() -> list[str]:
    fields = []
    for name in ("title", "summary", "body"):
        weight = FIELD_WEIGHTS[name]
        for field in (name, *(f"{name}.{language}" for language in LANGUAGES)):
            fields.append(f"{field}^{weight:g}" if weight != 1 else field)
        if name == "title":
            tags = f"^{FIELD_WEIGHTS['tags']:g}"
            fields.append(f"tags.text{tags}")
            fields.extend(
                f"{field}{tags}"
                for field in ("term_names", *(f"term_names.{la}" for la in LANGUAGES))
            )
    return fields


SEARCH_FIELDS = _search_fields()
HIGHLIGHT_FIELDS = tuple(
    field
    for name in ("summary", "body")
    for field in (name, *(f"{name}.{language}" for language in LANGUAGES))
)
HIGHLIGHT_OPTIONS = {
    "type": "unified",
    "encoder": "html",  # the fragment's text arrives escaped; only our tags are markup
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
}
HIGHLIGHT_FIELD_OPTIONS = {"number_of_fragments": 1, "fragment_size": SNIPPET_LENGTH}
SOURCE_EXCLUDES = ["summary", "body", "term_names", "embedding"]
KNN_SOURCE = ["key", "group"]


def _terms(facet: str, values: Iterable[str]) -> Q:
    field = FACET_FIELDS[facet]
    if facet == "year":
        wanted = sorted({int(v) for v in values if str(v).isdigit() and 0 < int(v) < 10000})
    else:
        wanted = sorted(str(v) for v in values)
    return Q("terms", **{field: wanted})


def _all_of(queries: list) -> Q:
    return Q("bool", filter=queries) if queries else Q("match_all")


def _boosted(query: Q, language: str, *, replace: bool = False) -> Q:
    """score × (1 + ranking.reader_bonus), as the database engine; with `replace` (no words
    to match) the bonus alone ranks."""
    return Q(
        "function_score",
        query=query,
        functions=[
            SF({"weight": 1}),
            SF("field_value_factor", field="quality", factor=ranking.QUALITY_WEIGHT, missing=0),
            SF({"filter": Q("term", language=language), "weight": ranking.LANGUAGE_BONUS}),
        ],
        score_mode="sum",
        boost_mode="replace" if replace else "multiply",
    )


def _words_query(
    text: str, fields: list[str], analyzer_name: str | None = None, *, fuzzy: bool = False
) -> Q:
    options = {"analyzer": analyzer_name} if analyzer_name else {}
    if fuzzy:
        options.update(fuzziness="AUTO", prefix_length=1)
    return Q(
        "multi_match", query=text, type="best_fields", fields=fields, tie_breaker=0.3, **options
    )


def _subfield_language(field: str) -> str:
    name = field.split("^")[0]
    suffix = name.rsplit(".", 1)[-1] if "." in name else ""
    return suffix if suffix in LANGUAGES else ""


def _concept_query(text: str) -> Q:
    """The glossary's concepts (and the words themselves, one path of the synonym graph), as
    a bonus of the field's weight wherever the concept is named: as in the database engine,
    where a concept is one token shared by all its names, a record does not score higher
    for naming it in a rarer language (BM25's idf would rank the one Spanish record that
    says "beneficiarios finales" above every English one that says "beneficial
    ownership")."""
    per_field = []
    for name, weight in (
        ("title", FIELD_WEIGHTS["title"]),
        ("term_names", FIELD_WEIGHTS["tags"]),
        ("tags.text", FIELD_WEIGHTS["tags"]),
        ("summary", FIELD_WEIGHTS["summary"]),
        ("body", FIELD_WEIGHTS["body"]),
    ):
        fields = [name] if name == "tags.text" else [name, *(f"{name}.{la}" for la in LANGUAGES)]
        per_field.append(
            Q(
                "constant_score",
                filter=Q("multi_match", query=text, type="best_fields", fields=fields),
                boost=weight,
            )
        )
    return Q("dis_max", queries=per_field)


def _text_query(text: str) -> Q:
    """The glossary's concepts (_concept_query) plus the words one by one (BM25: the better
    of the unstemmed main fields and each language's stemmed subfields). Typos are forgiven
    on the unstemmed main fields only: on stems, two edits join unrelated words of different
    languages ("benefici", English "beneficial", and "beneficiari", Spanish "beneficiarios")."""
    main = [f for f in SEARCH_FIELDS if not _subfield_language(f)]
    words = [_words_query(text, main, TEXT_ANALYZER._name, fuzzy=True)]
    for language in LANGUAGES:
        fields = [f for f in SEARCH_FIELDS if _subfield_language(f) == language]
        words.append(_words_query(text, fields, PLAIN_SEARCH_ANALYZERS[language]._name))
    matched = Q(
        "bool",
        should=[_concept_query(text), Q("dis_max", queries=words)],
        minimum_should_match=1,
    )
    return Q(
        "bool",
        must=[matched],
        should=[
            Q(
                "match_phrase",
                **{
                    field: {
                        "query": text,
                        "slop": PHRASE_SLOP,
                        "boost": ranking.PHRASE_BOOST * FIELD_WEIGHTS[field],
                    }
                },
            )
            for field in ("title", "summary", "body")
        ],
    )


def _with_phrases(query: Q, phrases: list[list[str]]) -> Q:
    """Records containing each quoted phrase in one of their texts (the language-neutral main
    fields: folded, stop words out, not stemmed), as the database engine requires them."""
    if not phrases:
        return query
    fields = ("title", "summary", "body", "tags.text")
    # the index side's analyser: the search side's glossary synonyms would let "beneficial
    # ownership" match "beneficial owners" (the concept's other name)
    required = [
        Q(
            "bool",
            should=[
                Q(
                    "match_phrase",
                    **{f: {"query": " ".join(phrase), "analyzer": TEXT_ANALYZER._name}},
                )
                for f in fields
            ],
        )
        for phrase in phrases
    ]
    return Q("bool", must=[query], filter=required)


def _without_fuzziness(body):
    """A query body with its fuzzy matching left out (`_words_query(fuzzy=True)`)."""
    if isinstance(body, dict):
        return {
            key: _without_fuzziness(value)
            for key, value in body.items()
            if key not in ("fuzziness", "prefix_length")
        }
    if isinstance(body, list):
        return [_without_fuzziness(value) for value in body]
    return body


def _highlighted(search: Search) -> Search:
    """The summary's and body's best fragment, marked. The highlighter is given the query
    without its fuzzy matching (`highlight_query`): OpenSearch's unified highlighter expands
    every fuzzy term again in every hit's text, most of a search's time at full scale (4.0 s
    of 4.9 measured with the profile API; without it the same fragments, 1.4-2.1 s); the
    database engine marks the query's own words too."""
    for field in HIGHLIGHT_FIELDS:
        search = search.highlight(field, **HIGHLIGHT_FIELD_OPTIONS)
    options = dict(HIGHLIGHT_OPTIONS)
    query = search.to_dict().get("query")
    if query:
        options["highlight_query"] = _without_fuzziness(query)
    return search.highlight_options(**options)


def _relevance_sort() -> list:
    return [
        {"_score": {"order": "desc"}},
        {"year": {"order": "desc", "missing": "_last"}},
        {"key": {"order": "asc"}},
    ]


def _date_sort() -> list:
    return [
        {"sort_date": {"order": "desc", "missing": "_last"}},
        {"_score": {"order": "desc"}},
        {"key": {"order": "asc"}},
    ]


def clean_query(text: str) -> str:
    return " ".join((text or "").split()[: analysis.MAX_QUERY_WORDS * 2])[:500]


# --- the search page: a faceted search ----------------------------------------------------


class GroupTermsFacet(TermsFacet):
    """A facet of the search page (FACET_FIELDS): a terms aggregation over its keyword field
    whose counts are translation groups. While results show one translation per group, a
    value's count is a `cardinality` of `group` in its bucket (what choosing it would show),
    not its documents (TermsFacet's doc_count); with a language filter (nothing collapsed),
    documents. Filters take only well-formed years (_terms); a selected value that nothing
    has is listed with 0, as the database engine lists it."""

    def __init__(self, facet: str, *, groups: bool):
        self.facet = facet
        metric = A("cardinality", field="group") if groups else None
        # metric_sort="": buckets in doc_count order, the FACET_SIZE largest; _facets sorts
        super().__init__(field=FACET_FIELDS[facet], size=FACET_SIZE, metric=metric, metric_sort="")

    def add_filter(self, filter_values) -> Query | None:
        return _terms(self.facet, filter_values) if filter_values else None

    def get_value(self, bucket) -> str:
        return str(bucket["key"])  # years arrive as numbers

    def is_filtered(self, key, filter_values) -> bool:
        return key in {str(value) for value in filter_values}

    def get_values(self, data, filter_values) -> list[tuple[str, int, bool]]:
        found = [
            (value, int(count), selected)
            for value, count, selected in super().get_values(data, filter_values)
            if value and count
        ]
        listed = {value for value, _, _ in found}
        found += [
            (str(value), 0, True)
            for value in dict.fromkeys(filter_values)
            if str(value) not in listed
        ]
        return found


class EvidenceSearch(FacetedSearch):
    """The search page's request as `elasticsearch.dsl.FacetedSearch` builds it: the active
    filters (AND across facets, OR within one) in `post_filter`, so they narrow the hits but
    not the counts, and one `filter` aggregation per facet (`_filter_<facet>`) applying every
    *other* active filter around its GroupTermsFacet. On top: the results collapsed to one
    translation per group unless a language is chosen (then `matching` counts the groups),
    the page window, the source fields, highlighting and the spelling suggester.

    `query` is the scored query (the engine's _boosted base query); `execute_with` runs the
    request through the engine's Cluster (either client) and returns the FacetedResponse,
    whose `facets` are {facet: [(value, count, selected)]}."""

    def __init__(
        self,
        index: str,
        request: SearchRequest,
        query: Q,
        *,
        word_query: Query | None = None,
        window: int = 0,
    ):
        self.index = index
        self.request = request
        self.word_query = word_query
        self.window = window
        self.text = clean_query(request.query)
        active = request.active_filters()
        self.collapse = "language" not in active
        self.facets = {facet: GroupTermsFacet(facet, groups=self.collapse) for facet in FACETS}
        sort = _date_sort() if request.sort == "date" else _relevance_sort()
        filters = {facet: sorted(values) for facet, values in active.items()}
        super().__init__(query, filters=filters, sort=sort)

    def query(self, search: Search, query: Q) -> Search:
        return search.query(query)

    def aggregate(self, search: Search) -> None:
        if self.request.facets:
            super().aggregate(search)
        if self.collapse:  # the total: groups, not documents
            matching = A("filter", filter=_all_of(list(self._filters.values())))
            matching.metric("groups", "cardinality", field="group", precision_threshold=40000)
            search.aggs.bucket("matching", matching)
        if self.word_query is not None:  # the fusion: did any record match a word?
            search.aggs.bucket("word_matches", "filter", filter=self.word_query)

    def build_search(self) -> Search:
        search = super().build_search()
        request = self.request
        start = max(0, (request.page - 1) * request.per_page)
        size = request.per_page
        if self.window:  # the fusion's window: its first hits in word order
            start, size = 0, self.window
        if start + size > MAX_WINDOW:
            start, size = 0, 0
        if self.collapse and size:  # with no hits wanted, the "matching" aggregation counts
            # the best translation of each group; _reader_translations then swaps in the
            # reader's (inner_hits did it in one request, but ran the query again for every
            # group of the page: measured live, most of a search's time)
            search = search.collapse("group")
        search = search.extra(from_=start, size=size, track_total_hits=True, track_scores=True)
        search = search.source(excludes=SOURCE_EXCLUDES)
        if not analysis.analyse_query(self.text).is_empty:
            if not self.window:  # the fusion highlights its page alone (_page_translations)
                search = _highlighted(search)
            search = search.suggest(
                "spelling",
                self.text,
                term={
                    "field": "all_text",
                    "analyzer": TEXT_ANALYZER._name,
                    "suggest_mode": "missing",
                    "min_word_length": 4,
                    "prefix_length": 1,
                    "size": 1,
                },
            )
        return search

    def execute_with(self, run: Callable[[Search], Response]) -> FacetedResponse:
        response = run(self._s)
        response._faceted_search = self  # what FacetedSearch.execute does for its own client
        return response


# --- response pieces -----------------------------------------------------------------------

_MARK = re.compile(r"(</?mark>)")


def safe_fragment(fragment: str) -> str:
    """A highlight fragment as safe HTML: every character escaped except our <mark> tags
    (balanced). Text ES already escaped (encoder html) is unescaped first, so nothing is
    escaped twice, and raw markup is escaped whatever the cluster did."""
    out, open_mark = [], False
    for part in _MARK.split(fragment or ""):
        if part == "<mark>":
            if not open_mark:
                out.append(part)
                open_mark = True
        elif part == "</mark>":
            if open_mark:
                out.append(part)
                open_mark = False
        elif part:
            out.append(html.escape(html.unescape(part)))
    if open_mark:
        out.append("</mark>")
    return " ".join("".join(out).split())


def _snippet(highlight: dict, language: str, excerpt: str) -> str:
    """The first highlighted fragment, in the record's language first ({field: [fragments]}:
    the field names have dots, so this one is read as a dictionary)."""
    language = language or "en"
    order = []
    for name in ("summary", "body"):
        for field in (f"{name}.{language}", name, *(f"{name}.{la}" for la in LANGUAGES)):
            if field not in order:
                order.append(field)
    for field in order:
        for fragment in highlight.get(field, []):
            if "<mark>" in fragment:
                return safe_fragment(fragment)
    return analysis.highlight(excerpt or "", analysis.AnalysedQuery())


def _date(value) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _datetime(value) -> datetime.datetime | None:
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _field(hit, name: str, default=None):
    value = getattr(hit, name, None)
    return default if value is None else value


def _group(hit) -> str:
    """A hit's translation group (a collapsed hit also has it in `fields`, as a list, which
    elasticsearch.dsl merges over `_source`)."""
    value = getattr(hit, "group", None)
    if value is not None and not isinstance(value, str):
        value = next(iter(value), None)
    return value or ""


def hit_from_es(found, translation=None) -> Hit:
    """A Hit from an `elasticsearch.dsl` response hit, showing `translation` (another hit of
    its group) or else the group's preferred translation in `inner_hits` when there is one;
    the score and order stay the found hit's."""
    inner = getattr(found.meta, "inner_hits", None)
    preferred = getattr(inner, "preferred", None) if inner is not None else None
    doc = found
    if translation is not None:
        doc = translation
    elif preferred is not None and preferred.hits:
        doc = preferred.hits[0]
    highlight = getattr(doc.meta, "highlight", None) or getattr(found.meta, "highlight", None)
    score = getattr(found.meta, "score", None)
    return Hit(
        key=_field(doc, "key") or doc.meta.id,
        kind=_field(doc, "kind", ""),
        title=_field(doc, "title", ""),
        url=_field(doc, "url", ""),
        snippet=_snippet(
            highlight.to_dict() if highlight is not None else {},
            _field(doc, "language", ""),
            _field(doc, "excerpt", ""),
        ),
        language=_field(doc, "language", ""),
        year=_field(doc, "year"),
        date=_date(_field(doc, "date")),
        country=_field(doc, "country", ""),
        member=_field(doc, "member", ""),
        themes=list(_field(doc, "themes", [])),
        areas=list(_field(doc, "areas", [])),
        starred=bool(_field(doc, "starred", False)),
        level=_field(doc, "level", ""),
        score=float(score) if score is not None else 0.0,
        first_indexed_at=_datetime(_field(doc, "first_indexed_at")),
    )


def _facets(response: FacetedResponse) -> dict[str, list[FacetValue]]:
    """The response's facets ({facet: [(value, count, selected)]}, GroupTermsFacet) as the
    page shows them: years newest first, other values by count."""
    facets = {}
    for facet, found in response.facets.items():
        values = [FacetValue(value, count, selected) for value, count, selected in found]
        if facet == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        else:
            values.sort(key=lambda v: (-v.count, v.value))
        facets[facet] = values
    return facets


def _corrected(query: str, suggest) -> str:
    """The query with each word the index has never seen replaced by its best suggestion."""
    replacements = []
    for entry in getattr(suggest, "spelling", None) or []:
        if entry.options:
            replacements.append((entry.offset, entry.length, entry.options[0].text))
    if not replacements:
        return ""
    corrected = query
    for offset, length, text in sorted(replacements, reverse=True):
        corrected = corrected[:offset] + text + corrected[offset + length :]
    # each word once, as the database engine shows it ("register register benficial")
    seen: set[str] = set()
    words = [w for w in corrected.split() if not (w.casefold() in seen or seen.add(w.casefold()))]
    corrected = " ".join(words)
    return corrected if corrected != " ".join(dict.fromkeys(query.split())) else ""


def parse_search(
    response: FacetedResponse,
    request: SearchRequest,
    *,
    engine: str = "elasticsearch",
    preferred: dict | None = None,
):
    """SearchResults from the FacetedResponse to `_search(request)`; `preferred`: {group: the
    hit to show instead} (the reader's translation)."""
    preferred = preferred or {}
    total = int(response.hits.total.value)  # track_total_hits: exact
    aggregations = response.aggregations
    matching = getattr(aggregations, "matching", None)
    if matching is not None:  # collapsed: count groups, not documents
        total = int(matching.groups.value)
    return SearchResults(
        hits=[hit_from_es(found, preferred.get(_group(found))) for found in response],
        total=total,
        page=request.page,
        per_page=request.per_page,
        facets=_facets(response) if request.facets else {},
        corrected_query=_corrected(clean_query(request.query), getattr(response, "suggest", None)),
        engine=engine,
    )


def _check_shards(response: Response) -> None:
    shards = response._shards
    if shards.total and not shards.successful:
        raise EngineUnavailable("every shard failed")


def compare_fingerprints(expected: dict[str, str], indexed: dict[str, str]) -> IndexReport:
    return IndexReport(
        checked=len(expected),
        missing=sorted(k for k in expected if k not in indexed),
        stale=sorted(k for k in expected if k in indexed and indexed[k] != expected[k]),
        orphaned=sorted(k for k in indexed if k not in expected),
    )


def _timestamp() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")


class Cluster:
    """Every call the engine makes to the cluster, on the official Elasticsearch client. The
    OpenSearch engine (opensearch.py) sends the same bodies through opensearch-py with its
    own `Cluster`: nothing else differs."""

    errors: tuple = _ERRORS
    down: tuple = _DOWN  # refused, unreachable, or no answer in time
    not_found: type = NotFoundError

    def __init__(self, client):
        self.client = client

    @classmethod
    def connect(cls, url: str, *, timeout: float, retries: int) -> "Cluster":
        return cls(
            Elasticsearch(url, request_timeout=timeout, retry_on_timeout=False, max_retries=retries)
        )

    def search(self, search: Search) -> Response:
        return search.using(self.client).execute()

    def create_index(self, document, name: str) -> None:
        document._index.clone(name=name).create(using=self.client)

    def put_settings(self, index: str, settings: dict) -> None:
        self.client.indices.put_settings(index=index, settings=settings)

    def update_aliases(self, actions: list[dict]) -> None:
        self.client.indices.update_aliases(actions=actions)

    def aliased(self, alias: str) -> list[str]:
        """The concrete indices behind `alias` ([] when there is no such alias)."""
        try:
            return list(self.client.indices.get_alias(name=alias).keys())
        except self.not_found:
            return []

    def exists_alias(self, alias: str) -> bool:
        return bool(self.client.indices.exists_alias(name=alias))

    def exists(self, index: str) -> bool:
        return bool(self.client.indices.exists(index=index))

    def refresh(self, index: str) -> None:
        self.client.indices.refresh(index=index)

    def delete(self, index: str) -> None:
        self.client.indices.delete(index=index, ignore_unavailable=True)

    def bulk(self, actions: Iterable[dict], **options) -> tuple[int, list]:
        return bulk(self.client, actions, chunk_size=BATCH_SIZE, **options)

    def scan(self, index: str, query: dict) -> Iterator[DslHit]:
        """Every document matching `query`, as `elasticsearch.dsl` hits (scroll)."""
        return map(DslHit, scan(self.client, index=index, query=query, size=1000))


# --- the engine ----------------------------------------------------------------------------


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"
    cluster_class: type[Cluster] = Cluster
    url_setting = "ELASTICSEARCH_URL"

    def __init__(
        self,
        *,
        url: str,
        index: str,
        read_timeout: float = READ_TIMEOUT,
        write_timeout: float = WRITE_TIMEOUT,
        rebuild_timeout: float = REBUILD_TIMEOUT,
    ):
        self.url = url or ""
        self.index = index  # the alias
        self.peers_index = f"{index}-peers"
        self.read_timeout = read_timeout
        self.write_timeout = write_timeout
        self.rebuild_timeout = rebuild_timeout
        self._clusters: dict[str, Cluster] = {}
        self._ready: set[str] = set()  # aliases known to exist

    # --- plumbing ---------------------------------------------------------------------------

    def _cluster(self, purpose: str) -> Cluster:
        """ "read": `read_timeout`, one retry on a refused connection (another node of the
        cluster); "write": `write_timeout`, no retry (the task retries, with backoff);
        "rebuild": an operator's command, which may take its time."""
        if purpose not in self._clusters:
            if not self.url:
                raise EngineUnavailable(f"{self.url_setting} is not set")
            timeout, retries = {
                "read": (self.read_timeout, 1),
                "write": (self.write_timeout, 0),
                "rebuild": (self.rebuild_timeout, 1),
            }[purpose]
            try:
                self._clusters[purpose] = self.cluster_class.connect(
                    self.url, timeout=timeout, retries=retries
                )
            except ValueError as error:
                raise EngineUnavailable(f"bad {self.url_setting}: {error}") from error
        return self._clusters[purpose]

    @property
    def client(self):
        """The readers' client (tests and operators use it for index admin too)."""
        return self._cluster("read").client

    @contextmanager
    def _guard(self, what: str):
        cluster = self.cluster_class
        try:
            yield
        except cluster.errors as error:
            if isinstance(error, cluster.not_found):
                self._ready.clear()
            problem = EngineDown if isinstance(error, cluster.down) else EngineUnavailable
            raise problem(f"{self.name} {what}: {error}") from error

    def execute(self, search: Search, what: str) -> Response:
        """Run a search on the cluster: its response, or EngineUnavailable."""
        with self._guard(what):
            response = self._cluster("read").search(search)
        _check_shards(response)
        return response

    # --- request bodies (no cluster needed) -------------------------------------------------

    @staticmethod
    def _base_query(request: SearchRequest, nearest: Sequence[str] = ()) -> Q:
        """What a record must match (words, excluded keys, first indexed after), unboosted;
        the `nearest` keys (the semantic retriever's) match too, with a score of 0: their
        place comes from the fusion (`_fused_search`)."""
        text = clean_query(request.query)
        base = Q("match_all") if analysis.analyse_query(text).is_empty else _text_query(text)
        if nearest:
            by_meaning = Q("constant_score", filter=Q("terms", key=list(nearest)), boost=0)
            base = Q("bool", should=[base, by_meaning], minimum_should_match=1)
        base = _with_phrases(base, analysis.quoted_phrases(text))
        if request.exclude_keys:
            base = Q("bool", must=[base], must_not=[Q("terms", key=sorted(request.exclude_keys))])
        if request.indexed_after is not None:
            since = Q("range", first_indexed_at={"gt": request.indexed_after.isoformat()})
            base = Q("bool", must=[base], filter=[since])
        return base

    def _search(
        self, request: SearchRequest, nearest: Sequence[str] = (), window: int = 0
    ) -> EvidenceSearch:
        """The search's request; with `nearest` keys, they match too and a `word_matches`
        count says whether any record matched a word; with a `window`, its first `window`
        hits (groups) in word order, unhighlighted, for the fusion to page."""
        empty = analysis.analyse_query(clean_query(request.query)).is_empty
        query = _boosted(self._base_query(request, nearest), request.language, replace=empty)
        words = self._base_query(request) if nearest else None
        return EvidenceSearch(self.index, request, query, word_query=words, window=window)

    def _run(self, search: EvidenceSearch) -> FacetedResponse:
        return search.execute_with(lambda body: self.execute(body, "search"))

    def _knn_search(self, vector) -> Search:
        """The semantic side of a search (search/semantic.py): the records nearest the
        query's vector, approximate kNN over the `embedding` field's HNSW graph. Not within
        the request's filters, as on the database engine: the nearest records join the
        matches before filters and facets count them, so a facet's count is what ticking it
        gives (a filtered kNN would find other records once a value is ticked)."""
        knn = {
            "field": "embedding",
            "query_vector": [float(x) for x in vector],
            "k": semantic.NEAREST,
            "num_candidates": semantic.NEAREST * 4,
        }
        return Search(index=self.index).extra(knn=knn, size=semantic.NEAREST).source(KNN_SOURCE)

    def _nearest(self, request: SearchRequest) -> list[tuple[str, str]]:
        """(key, group) of the records nearest the request's query by meaning, best first,
        within SIMILARITY_MARGIN of the best (the database engine's `_nearest`); none with
        SEARCH_SEMANTIC off, without words, or for saved searches' new matches."""
        if not semantic.enabled() or request.indexed_after is not None:
            return []
        if analysis.analyse_query(clean_query(request.query)).is_empty:
            return []
        vector = semantic.embed_query(request.query)
        found = list(self.execute(self._knn_search(vector), "knn"))
        if not found:
            return []
        # both clusters score a cosine kNN match (1 + cosine) / 2
        floor = found[0].meta.score - semantic.SIMILARITY_MARGIN / 2
        return [
            (_field(hit, "key") or hit.meta.id, _group(hit))
            for hit in found
            if hit.meta.score >= floor
        ]

    def _more_like_search(
        self, key: str, record: dict, *, kinds=None, limit=8, language="en", exclude_member=True
    ) -> Search:
        """`record` holds the liked record's group, kind, member and language."""
        own = record.get("language") if record.get("language") in LANGUAGES else "en"
        like = Q(
            "more_like_this",
            fields=[f"title.{own}", "tags.text", f"summary.{own}", f"body.{own}"],
            like=[{"_index": self.index, "_id": key}],
            min_term_freq=1,
            min_doc_freq=2,
            max_query_terms=ranking.MORE_LIKE_TERMS,
            minimum_should_match="10%",
        )
        must_not = [Q("term", group=record["group"])]
        if exclude_member and record.get("member") and record.get("kind") == "commitment":
            must_not.append(
                Q(
                    "bool",
                    filter=[Q("term", kind="commitment"), Q("term", member=record["member"])],
                )
            )
        filters = [Q("terms", kind=sorted(str(k) for k in kinds))] if kinds else []
        query = Q("bool", must=[like], filter=filters, must_not=must_not)
        return (
            Search(index=self.index)
            .query(_boosted(query, language))
            .collapse("group")  # the reader's translations: _more_like_translations
            .sort(*_relevance_sort())
            .source(excludes=SOURCE_EXCLUDES)
            .extra(size=limit)
        )

    def _autocomplete_search(self, prefix: str, limit: int, language: str = "en") -> Search:
        # a constant bonus far above any prefix score puts the reader's language first, and
        # makes the collapse keep a group's translation in that language when it matched
        return (
            Search(index=self.index)
            .query(
                Q(
                    "bool",
                    must=[
                        Q(
                            "multi_match",
                            query=prefix,
                            type="bool_prefix",
                            operator="and",
                            fields=[
                                "title.suggest",
                                "title.suggest._2gram",
                                "title.suggest._3gram",
                            ],
                        )
                    ],
                    should=[Q("constant_score", filter=Q("term", language=language), boost=100)],
                )
            )
            .collapse("group")
            .sort({"_score": {"order": "desc"}}, {"quality": {"order": "desc"}}, "key")
            .source(excludes=SOURCE_EXCLUDES)
            .extra(size=limit)
        )

    def _peers_search(self, query: PeerQuery) -> Search:
        """Scores exactly as ranking.peer_score: 2 per shared area, 1 per shared theme, 0.5 for
        another country, 1.5 when that country has strong commitments in a queried area."""
        areas, themes = sorted(set(query.areas)), sorted(set(query.themes))
        other_country = (
            Q(
                "bool",
                filter=[Q("exists", field="country")],
                must_not=[Q("term", country=query.country)],
            )
            if query.country
            else Q("exists", field="country")
        )
        functions = [
            SF({"filter": Q("term", areas=a), "weight": ranking.PEER_AREA_WEIGHT}) for a in areas
        ]
        functions += [
            SF({"filter": Q("term", themes=t), "weight": ranking.PEER_THEME_WEIGHT}) for t in themes
        ]
        functions.append(SF({"filter": other_country, "weight": ranking.PEER_OTHER_COUNTRY}))
        if areas:
            functions.append(
                SF(
                    {
                        "filter": Q("bool", filter=[other_country, Q("terms", reform_areas=areas)]),
                        "weight": ranking.PEER_COMPARABLE_REFORM,
                    }
                )
            )
        should = []
        if areas:
            should.append(Q("terms", areas=areas))
        if themes:
            should.append(Q("terms", themes=themes))
        must_not = (
            [Q("terms", user_id=sorted(int(u) for u in query.exclude_user_ids))]
            if query.exclude_user_ids
            else []
        )
        base = Q(
            "bool",
            filter=[Q("terms", visibility=sorted(str(v) for v in query.visibilities))],
            must_not=must_not,
            should=should,
            minimum_should_match=1,
        )
        return (
            Search(index=self.peers_index)
            .query(
                Q(
                    "function_score",
                    query=base,
                    functions=functions,
                    score_mode="sum",
                    boost_mode="replace",
                )
            )
            .sort({"_score": {"order": "desc"}}, {"profile_id": {"order": "asc"}})
            .extra(size=query.limit)
        )

    # --- reads ------------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResults:
        nearest = self._nearest(request)
        if nearest:
            results = self._fused_search(request, nearest)
            if results is not None:
                return results
        response = self._run(self._search(request))
        preferred = self._reader_translations(response, request)
        return parse_search(response, request, engine=self.name, preferred=preferred)

    def _fused_search(
        self, request: SearchRequest, nearest: list[tuple[str, str]]
    ) -> SearchResults | None:
        """The word matches and the nearest records, as the database engine fuses them: the
        nearest join the matches (totals and facets count them), and in relevance order the
        word ranking's first groups and the nearest are fused by reciprocal rank fusion
        (fusion.py, the semantic side weighted SEMANTIC_WEIGHT) before paging. None when no
        record matched a word (the page suggests instead of guessing): a plain search then."""
        keys = [key for key, _ in nearest]
        start = max(0, (request.page - 1) * request.per_page)
        window = max(FUSION_WINDOW, start + request.per_page)
        if request.sort == "date" or window > MAX_WINDOW:  # the order is not the fusion's
            response = self._run(self._search(request, nearest=keys))
            if not response.aggregations.word_matches.doc_count:
                return None
            preferred = self._reader_translations(response, request, nearest=keys)
            return parse_search(response, request, engine=self.name, preferred=preferred)
        response = self._run(self._search(request, nearest=keys, window=window))
        if not response.aggregations.word_matches.doc_count:
            return None
        collapse = "language" not in request.active_filters()

        def unit(hit) -> str:  # what is ranked: a group of translations, or a record
            return _group(hit) if collapse else _field(hit, "key") or hit.meta.id

        found = {}
        for hit in response:
            found.setdefault(unit(hit), hit)
        wanted = list(dict.fromkeys(group if collapse else key for key, group in nearest))
        missing = [u for u in wanted if u not in found]
        if missing:  # matched below the window: fetched, as ranked by meaning only
            for hit in self.execute(self._units(request, keys, missing, collapse), "search"):
                found.setdefault(unit(hit), hit)
        lexical = [u for u, hit in found.items() if (hit.meta.score or 0) > 0]
        fused = fusion.reciprocal_rank_fusion(
            lexical,
            [u for u in wanted if u in found],
            weights=(1.0, semantic.SEMANTIC_WEIGHT),
        )
        position = {u: index for index, u in enumerate(found)}
        order = sorted(found, key=lambda u: (-fused.get(u, 0.0), position[u]))
        page = order[start : start + request.per_page]
        shown = self._page_translations(request, keys, [found[u] for u in page], collapse)
        results = parse_search(response, request, engine=self.name)
        results.hits = [
            dataclasses.replace(
                hit_from_es(found[u], shown.get(u)), score=round(fused.get(u, 0.0), 6)
            )
            for u in page
        ]
        return results

    def _units_query(
        self, request: SearchRequest, nearest: list[str], units: list[str], collapse: bool
    ) -> Query:
        """The search's query (words and `nearest`) within its filters, limited to `units`
        (groups, or keys)."""
        field = "group" if collapse else "key"
        filters = [_terms(facet, values) for facet, values in request.active_filters().items()]
        return Q(
            "bool",
            must=[self._base_query(request, nearest)],
            filter=[Q("terms", **{field: units}), *filters],
        )

    def _units(
        self, request: SearchRequest, nearest: list[str], units: list[str], collapse: bool
    ) -> Search:
        """The best matching hit of each of `units` (groups, or keys) within the filters."""
        query = self._units_query(request, nearest, units, collapse)
        search = (
            Search(index=self.index)
            .query(_boosted(query, request.language))
            .sort(*_relevance_sort())
            .source(excludes=SOURCE_EXCLUDES)
            .extra(size=len(units), track_scores=True)
        )
        return search.collapse("group") if collapse else search

    def _page_translations(
        self, request: SearchRequest, nearest: list[str], page: list, collapse: bool
    ) -> dict:
        """{unit: the hit to show} for a fused page, highlighted: the reader's translation of
        a group when one matches, else the group's best hit itself. One request."""
        if not page:
            return {}
        units = [_group(hit) if collapse else _field(hit, "key") or hit.meta.id for hit in page]
        best = {(_field(hit, "key") or hit.meta.id) for hit in page}
        query = self._units_query(request, nearest, units, collapse)
        search = (
            Search(index=self.index)
            .query(query)
            .sort({"_score": {"order": "desc"}}, {"key": {"order": "asc"}})
            .source(excludes=SOURCE_EXCLUDES)
            .extra(size=len(units) * (len(LANGUAGES) + 1))
        )
        shown: dict = {}
        for hit in self.execute(_highlighted(search), "search"):
            key = _field(hit, "key") or hit.meta.id
            unit = _group(hit) if collapse else key
            if collapse and _field(hit, "language") == request.language:
                shown[unit] = hit  # the reader's translation wins
            elif key in best:
                shown.setdefault(unit, hit)
        return shown

    def _reader_translations(
        self, response: Response, request: SearchRequest, nearest: Sequence[str] = ()
    ) -> dict:
        """{group: the hit of its translation in the reader's language} for the collapsed
        hits of the page that show another language: one small request (the same query and
        filters, restricted to those groups and the reader's language), none when every hit
        is already in the reader's language or a language filter is set."""
        active = request.active_filters()
        if "language" in active:
            return {}
        groups = sorted(
            {
                _group(found)
                for found in response
                if _group(found) and _field(found, "language") != request.language
            }
        )
        if not groups:
            return {}
        filters = [_terms(facet, values) for facet, values in active.items()]
        query = Q(
            "bool",
            must=[self._base_query(request, nearest)],
            filter=[Q("terms", group=groups), Q("term", language=request.language), *filters],
        )
        search = (
            Search(index=self.index)
            .query(query)
            .sort({"_score": {"order": "desc"}}, {"key": {"order": "asc"}})
            .source(excludes=SOURCE_EXCLUDES)
            .extra(size=len(groups) * 3)
        )
        if not analysis.analyse_query(clean_query(request.query)).is_empty:
            search = _highlighted(search)
        found: dict = {}
        for translation in self.execute(search, "search"):
            found.setdefault(_group(translation), translation)
        return found

    def more_like(
        self, key, *, kinds=None, limit=8, language="en", exclude_member=True, every_kind=False
    ):
        return self._fused_more_like(
            key,
            kinds=kinds,
            limit=limit,
            language=language,
            exclude_member=exclude_member,
            every_kind=every_kind,
        )

    def autocomplete(self, prefix, *, limit=8, language="en"):
        prefix = " ".join((prefix or "").split())[:100]
        if len(prefix) < 2:
            return []
        search = self._autocomplete_search(prefix, limit, language)
        response = self.execute(search, "autocomplete")
        return [hit_from_es(found) for found in response]

    def peers(self, query: PeerQuery) -> list[PeerHit]:
        if not query.areas and not query.themes:
            return []
        response = self.execute(self._peers_search(query), "peers")
        return parse_peers(response, query)

    # --- writes -----------------------------------------------------------------------------

    def _ensure_alias(self, alias: str, document) -> None:
        """First write on an empty cluster: an empty concrete index behind the alias (never
        let a bulk request auto-create an unmapped index named like the alias)."""
        if alias in self._ready:
            return
        cluster = self._cluster("write")
        if not cluster.exists_alias(alias):
            concrete = f"{alias}-{_timestamp()}"
            cluster.create_index(document, concrete)
            swap_alias(cluster, alias, concrete)
        self._ready.add(alias)

    def _evidence_actions(self, records: Iterable, index: str, names=None) -> Iterator[dict]:
        for record in records:
            document = EvidenceDocument.from_record(record, index=index, names=names)
            yield document.to_dict(include_meta=True)

    def index_records(self, records) -> None:
        records = list(records)
        if not records:
            return
        names = term_names()
        with self._guard("index_records"):
            self._ensure_alias(self.index, EvidenceDocument)
            self._cluster("write").bulk(
                self._evidence_actions(records, self.index, names), require_alias=True
            )

    def delete_keys(self, keys) -> None:
        keys = list(keys)
        if not keys:
            return
        actions = ({"_op_type": "delete", "_index": self.index, "_id": key} for key in keys)
        with self._guard("delete_keys"):
            self._cluster("write").bulk(actions, ignore_status=(404,))

    def _peer_actions(self, profiles, index: str) -> Iterator[dict]:
        reform_areas = peers.reform_areas_by_country()
        for profile in profiles:
            data = peers.peer_record(profile, reform_areas)
            yield PeerDocument.from_peer_record(data, index=index).to_dict(include_meta=True)

    def index_peers(self, profile_ids) -> None:
        profile_ids = sorted({int(pk) for pk in profile_ids})
        if not profile_ids:
            return
        candidates = list(peers.peer_candidates().filter(pk__in=profile_ids))
        gone = sorted(set(profile_ids) - {p.pk for p in candidates})
        with self._guard("index_peers"):
            self._ensure_alias(self.peers_index, PeerDocument)
            if candidates:
                self._cluster("write").bulk(
                    self._peer_actions(candidates, self.peers_index), require_alias=True
                )
            if gone:
                actions = (
                    {"_op_type": "delete", "_index": self.peers_index, "_id": str(pk)}
                    for pk in gone
                )
                self._cluster("write").bulk(actions, ignore_status=(404,))

    def _fill(self, document, alias: str, actions_for: Callable[[str], Iterable[dict]]) -> int:
        """A new concrete index `<alias>-<UTC timestamp>` with the document's mappings, filled
        with `actions_for(index)`, refreshed, then swapped in behind the alias (the old
        concrete index is deleted). On failure the new index is dropped and the alias kept."""
        concrete = f"{alias}-{_timestamp()}"
        cluster = self._cluster("rebuild")  # an operator's command: it may take its time
        cluster.create_index(document, concrete)
        try:
            cluster.put_settings(concrete, {"refresh_interval": "-1"})
            indexed, _ = cluster.bulk(actions_for(concrete))
            cluster.put_settings(concrete, {"refresh_interval": None})
            cluster.refresh(concrete)
        except BaseException:
            try:
                cluster.delete(concrete)
            except cluster.errors:
                logger.warning("could not delete the unfinished index %s", concrete)
            raise
        old = swap_alias(cluster, alias, concrete)
        self._ready.add(alias)
        logger.info("%s now points at %s (%d documents); removed %s", alias, concrete, indexed, old)
        return indexed

    def rebuild(self, records, *, progress=False) -> int:
        """A new index filled from `records`, swapped in behind the alias (_fill). Records
        written or deleted while it filled were sent to the old index by their indexing
        tasks: with a queryset, the fingerprints streamed are compared with the table's once
        the alias points at the new index, and the difference is indexed or deleted there."""
        is_queryset = isinstance(records, QuerySet)
        total = records.count() if is_queryset else len(records)
        rows = records.iterator(chunk_size=BATCH_SIZE) if is_queryset else records
        names = term_names()
        streamed: dict[str, str] = {}

        def remembered(rows: Iterable) -> Iterator:
            for record in rows:
                streamed[record.key] = record.fingerprint
                yield record

        def evidence(index: str) -> Iterator[dict]:
            with tqdm(
                total=total, unit="record", disable=not progress, desc="elasticsearch"
            ) as bar:
                for action in self._evidence_actions(remembered(rows), index, names):
                    bar.update(1)
                    yield action

        with self._guard("rebuild"):
            indexed = self._fill(EvidenceDocument, self.index, evidence)
        if is_queryset:
            now = dict(records.values_list("key", "fingerprint"))
            self._repair(compare_fingerprints(now, streamed))
        with self._guard("rebuild"):
            self._fill(
                PeerDocument,
                self.peers_index,
                lambda index: self._peer_actions(peers.peer_candidates(), index),
            )
        return indexed

    def _repair(self, report: IndexReport) -> None:
        """Index the missing and stale records of `report`, delete its orphans."""
        keys = report.missing + report.stale
        for start in range(0, len(keys), BATCH_SIZE):
            chunk = keys[start : start + BATCH_SIZE]
            self.index_records(EvidenceRecord.objects.filter(key__in=chunk))
        if report.orphaned:
            self.delete_keys(report.orphaned)

    def _scan(self, alias: str, fields: list[str]) -> dict[str, DslHit]:
        """{_id: hit with the requested _source fields} of every document behind `alias`
        ({} when there is no such alias)."""
        with self._guard("reconcile"):
            cluster = self._cluster("write")  # a worker's (or an operator's), not a reader's
            if not cluster.exists_alias(alias):
                return {}
            query = Search().query("match_all").source(fields or False).to_dict()
            return {found.meta.id: found for found in cluster.scan(alias, query)}

    def indexed_fingerprints(self) -> dict[str, str]:
        """{key: fingerprint} of every document behind the alias ({} when there is none)."""
        found = self._scan(self.index, ["fingerprint"])
        return {key: _field(hit, "fingerprint", "") for key, hit in found.items()}

    def reconcile(self, expected: dict[str, str], *, repair: bool) -> IndexReport:
        """Evidence: compare fingerprints, re-index what is missing or stale, drop orphans.
        Peers (a profile saved while the cluster was down): with `repair`, every peer entry
        is written again from the profiles and entries of people no longer candidates go."""
        report = compare_fingerprints(expected, self.indexed_fingerprints())
        if repair and report.drift:
            self._repair(report)
        if repair:
            indexed = {int(pk) for pk in self._scan(self.peers_index, []) if pk.isdigit()}
            candidates = set(peers.peer_candidates().values_list("pk", flat=True))
            self.index_peers(indexed | candidates)
        return report

    # --- more like this: text and topics, fused (search.fusion) ------------------------------

    def _topics_search(
        self, record: dict, *, kinds=None, language="en", exclude_member=True
    ) -> Search | None:
        """Records sharing the liked record's areas and tags, each shared value scoring its
        idf: a `term` query on a keyword field scores BM25's idf (no norms, one occurrence),
        the database engine's fusion.idf. None when the record has no topics."""
        should = [Q("term", areas=area) for area in record.get("areas") or []]
        should += [Q("term", tags=tag) for tag in record.get("tags") or []]
        if not should:
            return None
        must_not = [Q("term", group=record["group"])]
        if exclude_member and record.get("member") and record.get("kind") == "commitment":
            must_not.append(
                Q(
                    "bool",
                    filter=[Q("term", kind="commitment"), Q("term", member=record["member"])],
                )
            )
        filters = [Q("terms", kind=sorted(str(k) for k in kinds))] if kinds else []
        query = Q("bool", should=should, minimum_should_match=1, filter=filters, must_not=must_not)
        return (
            Search(index=self.index)
            .query(query)
            .collapse("group")  # the reader's translations: _more_like_translations
            .sort(*_relevance_sort())
            .source(excludes=SOURCE_EXCLUDES)
            .extra(size=FUSION_DEPTH)
        )

    def _fused_more_like(
        self, key, *, kinds=None, limit=8, language="en", exclude_member=True, every_kind=False
    ) -> list[Hit]:
        record = (
            EvidenceRecord.objects.filter(key=key)
            .values("group", "kind", "member", "language", "areas", "tags")
            .first()
        )
        if record is None:
            return []
        options = {"kinds": kinds, "language": language, "exclude_member": exclude_member}
        text = self._more_like_search(key, record, limit=FUSION_DEPTH, **options)
        responses = [self.execute(text, "more_like")]
        topics = self._topics_search(record, **options)
        if topics is not None:
            responses.append(self.execute(topics, "more_like_topics"))
        hits: dict[str, Hit] = {}
        raw: dict[str, DslHit] = {}
        scores: list[dict[str, float]] = [{}, {}]
        bonus: dict[str, float] = {}
        for ranking_index, response in enumerate(responses):
            for found in response:
                hit = hit_from_es(found)
                group = _group(found) or hit.key
                raw.setdefault(group, found)
                reader = ranking.reader_bonus(
                    _field(found, "quality", 0.0),
                    in_reader_language=_field(found, "language") == language,
                )
                # the text query is boosted by the reader bonus (_boosted): fusion applies it
                score = hit.score / (1 + reader) if ranking_index == 0 else hit.score
                scores[ranking_index][group] = score
                hits.setdefault(group, hit)
                bonus.setdefault(group, reader)
        candidates = [
            fusion.Candidate(
                key=group,
                kind=hit.kind,
                text=scores[0].get(group, 0.0),
                topics=scores[1].get(group, 0.0),
                bonus=bonus[group],
            )
            for group, hit in hits.items()
        ]
        chosen = [c.key for c in fusion.fuse(candidates, limit=limit, every_kind=every_kind)]
        shown = self._more_like_translations(
            [group for group in chosen if _field(raw[group], "language") != language], language
        )
        return [
            hit_from_es(raw[group], shown[group]) if group in shown else hits[group]
            for group in chosen
        ]

    def _more_like_translations(self, groups: list[str], language: str) -> dict:
        """{group: its translation in the reader's language} for the chosen groups shown in
        another language, in one small request. The candidate searches collapse without
        inner_hits: with them the query ran again for each of the 200 groups (measured live
        on 1,040 records: evidence-for 1.2-1.7 s)."""
        if not groups:
            return {}
        search = (
            Search(index=self.index)
            .filter("terms", group=groups)
            .filter("term", language=language)
            .source(excludes=SOURCE_EXCLUDES)
            .extra(size=len(groups) * 2)
        )
        found = {}
        for hit in self.execute(search, "more_like_translations"):
            found.setdefault(_group(hit), hit)
        return found


def parse_peers(response: Response, query: PeerQuery) -> list[PeerHit]:
    areas, themes = set(query.areas), set(query.themes)
    found = []
    for peer in response:
        country = _field(peer, "country", "")
        other_country = bool(country) and country != query.country
        comparable = other_country and bool(areas.intersection(_field(peer, "reform_areas", [])))
        found.append(
            PeerHit(
                profile_id=int(_field(peer, "profile_id") or peer.meta.id),
                score=float(getattr(peer.meta, "score", None) or 0.0),
                shared_areas=sorted(areas.intersection(_field(peer, "areas", []))),
                shared_themes=sorted(themes.intersection(_field(peer, "themes", []))),
                comparable_reform=comparable,
            )
        )
    return found


def swap_alias(cluster: Cluster, alias: str, concrete: str) -> list[str]:
    """Point `alias` at `concrete` alone, atomically, then delete the indices it left.
    A concrete index squatting the alias's name (auto-created by an early write) goes in the
    same request. Returns the deleted indices."""
    current = cluster.aliased(alias)
    old = [index for index in current if index != concrete]
    actions: list[dict] = [{"remove": {"index": index, "alias": alias}} for index in old]
    if not current and cluster.exists(alias):
        actions.append({"remove_index": {"index": alias}})
    actions.append({"add": {"index": concrete, "alias": alias}})
    cluster.update_aliases(actions)
    for index in old:
        cluster.delete(index)
    return old

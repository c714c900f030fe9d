"""The Elasticsearch engine, in two halves.

Offline (always runs, no cluster): the request bodies the engine sends, checked against the
Elasticsearch query DSL (multi_match with fuzziness, post_filter plus one filter aggregation
per facet, function_score, collapse, highlight with the html encoder, more_like_this, the
peers' function_score weights); the index settings and mappings (analysers, the glossary's
synonym_graph, subfields); the parsing of hand-written `_search` responses into
SearchResults; the alias swap against a recording fake client; and unavailability: an engine
pointed at a closed port raises EngineUnavailable at once, and FallbackEngine answers from the
database engine with a notice.

Live (skipped unless ELASTICSEARCH_URL is set, e.g. `ELASTICSEARCH_URL=http://127.0.0.1:9200
make test`; see docs/search-elasticsearch.md): rebuilds a throwaway alias
"opengov-test-<random>" from a few records and profiles, runs search, facets, more_like,
autocomplete, peers and reconcile against it (comparing with the database engine where both
must agree), and deletes its indices afterwards."""

import datetime
import os
import uuid

import pytest
from elasticsearch import NotFoundError

from search import projection
from search.engines import get_engine, reset
from search.engines.base import (
    FACETS,
    EngineDown,
    EngineUnavailable,
    PeerQuery,
    SearchRequest,
)
from search.engines.elasticsearch import (
    ElasticsearchEngine,
    EvidenceDocument,
    PeerDocument,
    parse_peers,
    parse_search,
    safe_fragment,
    swap_alias,
    synonym_lines,
)
from search.engines.fallback import CircuitBreaker, FallbackEngine
from search.models import EvidenceRecord
from search.ranking import peer_score

CLOSED_PORT = "http://127.0.0.1:9"


@pytest.fixture
def offline():
    return ElasticsearchEngine(url=CLOSED_PORT, index="opengov-test")


def _record_data(key, title, *, summary="", body="", language="en", group=None, **extra):
    data = {
        "key": key,
        "kind": extra.pop("kind", "commitment"),
        "owner": extra.pop("owner", key),
        "group": group or key,
        "title": title,
        "summary": summary,
        "url": f"/evidence/{key.replace(':', '-')}/",
        "language": language,
        "themes": extra.pop("themes", []),
        "areas": extra.pop("areas", []),
        "tags": extra.pop("tags", []),
        "country": extra.pop("country", ""),
        "region": extra.pop("region", ""),
        "member": extra.pop("member", ""),
        "year": extra.pop("year", None),
        "date": extra.pop("date", None),
        "quality": extra.pop("quality", 0.0),
        "starred": extra.pop("starred", False),
    }
    assert not extra, extra
    return projection.finish(data, tag_names=list(data["tags"]), body=body or summary)


def make_record(key, title, **kwargs) -> EvidenceRecord:
    return EvidenceRecord.objects.create(**_record_data(key, title, **kwargs))


def search_body(engine, request) -> dict:
    """The body of the `_search` request the engine sends for `request`."""
    return engine._search(request).to_dict()


# --- (a) request bodies ----------------------------------------------------------------------


def _filters_in(query: dict) -> list[dict]:
    if "match_all" in query:
        return []
    return query["bool"]["filter"]


def test_search_body_for_a_query_with_filters_on_page_3(offline):
    request = SearchRequest(
        query="beneficial ownership",
        filters={"theme": ["anti-corruption"], "country": ["kenya", "nigeria"]},
        page=3,
        per_page=10,
        language="fr",
    )
    body = search_body(offline, request)

    scored = body["query"]["function_score"]
    text = scored["query"]["bool"]
    multi_match = text["must"][0]["multi_match"]
    assert multi_match["query"] == "beneficial ownership"
    assert multi_match["fuzziness"] == "AUTO"
    assert multi_match["type"] == "best_fields"
    for field in (
        "title^6",
        "title.en^6",
        "title.fr^6",
        "title.es^6",
        "tags.text^4",
        "summary^1.5",
        "summary.fr^1.5",
        "body",
        "body.es",
    ):
        assert field in multi_match["fields"]
    phrases = [clause["match_phrase"] for clause in text["should"]]
    assert {next(iter(p)) for p in phrases} == {"title", "summary", "body"}
    assert all(next(iter(p.values()))["slop"] == 3 for p in phrases)

    # relevance × (1 + 0.08 × quality + 0.1 in the reader's language)
    assert scored["score_mode"] == "sum"
    assert scored["boost_mode"] == "multiply"
    functions = scored["functions"]
    assert {"weight": 1} in functions
    assert {"field_value_factor": {"field": "quality", "factor": 0.08, "missing": 0}} in functions
    assert {"filter": {"term": {"language": "fr"}}, "weight": 0.1} in functions

    # the active filters narrow the hits only (post_filter) ...
    theme = {"terms": {"themes": ["anti-corruption"]}}
    country = {"terms": {"country": ["kenya", "nigeria"]}}
    assert body["post_filter"] == {"bool": {"filter": [theme, country]}}
    assert "filter" not in scored["query"]["bool"]
    # ... and each facet counts over every other active filter, never its own
    aggs = body["aggs"]
    assert {f"facet_{facet}" for facet in FACETS} <= set(aggs)
    assert _filters_in(aggs["facet_theme"]["filter"]) == [country]
    assert _filters_in(aggs["facet_country"]["filter"]) == [theme]
    for facet in ("type", "area", "region", "year", "language"):
        assert _filters_in(aggs[f"facet_{facet}"]["filter"]) == [theme, country]
    assert aggs["facet_type"]["aggs"]["values"]["terms"]["field"] == "kind"
    assert aggs["facet_year"]["aggs"]["values"]["terms"]["field"] == "year"
    # one result per translation group, counted as groups
    assert aggs["facet_area"]["aggs"]["values"]["aggs"]["groups"] == {
        "cardinality": {"field": "group"}
    }
    assert _filters_in(aggs["matching"]["filter"]) == [theme, country]
    assert aggs["matching"]["aggs"]["groups"]["cardinality"]["field"] == "group"
    collapse = body["collapse"]
    assert collapse["field"] == "group"
    preferred = collapse["inner_hits"]["sort"][0]["_script"]
    assert preferred["order"] == "desc"
    assert preferred["script"]["params"] == {"language": "fr"}

    highlight = body["highlight"]
    assert highlight["encoder"] == "html"
    assert highlight["pre_tags"] == ["<mark>"]
    assert highlight["post_tags"] == ["</mark>"]
    assert {"summary", "summary.en", "body", "body.fr"} <= set(highlight["fields"])
    assert collapse["inner_hits"]["highlight"]["encoder"] == "html"

    assert body["from"] == 20
    assert body["size"] == 10
    assert body["sort"][0] == {"_score": {"order": "desc"}}
    assert body["track_total_hits"] is True
    assert "body" in body["_source"]["excludes"]
    assert body["suggest"]["spelling"]["term"]["suggest_mode"] == "missing"


def test_search_body_with_a_language_filter_does_not_collapse(offline):
    body = search_body(offline, SearchRequest(query="audit", filters={"language": ["es"]}))
    assert "collapse" not in body
    assert "matching" not in body["aggs"]
    assert "groups" not in body["aggs"]["facet_theme"]["aggs"]["values"].get("aggs", {})
    assert body["post_filter"] == {"bool": {"filter": [{"terms": {"language": ["es"]}}]}}
    assert body["aggs"]["facet_language"]["filter"] == {"match_all": {}}


def test_empty_query_is_match_all_sorted_by_date(offline):
    body = search_body(offline, SearchRequest(query="  the ", sort="date", facets=False))
    scored = body["query"]["function_score"]
    assert scored["query"] == {"match_all": {}}
    assert scored["boost_mode"] == "replace"  # no words: quality and language alone
    assert body["sort"][0] == {"sort_date": {"order": "desc", "missing": "_last"}}
    assert "highlight" not in body
    assert "suggest" not in body
    assert set(body["aggs"]) == {"matching"}  # facets=False: only the group count


def test_search_body_excludes_keys_and_keeps_bad_years_out(offline):
    body = search_body(
        offline,
        SearchRequest(query="audit", exclude_keys=("story:1",), filters={"year": ["2021", "x"]}),
    )
    inner = body["query"]["function_score"]["query"]["bool"]
    assert inner["must_not"] == [{"terms": {"key": ["story:1"]}}]
    assert body["post_filter"]["bool"]["filter"] == [{"terms": {"year": [2021]}}]


def test_search_body_past_the_result_window_asks_for_no_hits(offline):
    body = search_body(offline, SearchRequest(query="audit", page=5000, per_page=10))
    assert body["size"] == 0
    assert body["from"] == 0
    assert "collapse" not in body  # no hits wanted: the "matching" aggregation counts
    assert "matching" in body["aggs"]


def test_search_body_for_new_matches_filters_on_first_indexing_and_counts_only(offline):
    since = datetime.datetime(2026, 3, 1, 12, 30, tzinfo=datetime.UTC)
    body = search_body(
        offline, SearchRequest(query="audit", per_page=0, facets=False, indexed_after=since)
    )
    inner = body["query"]["function_score"]["query"]["bool"]
    assert inner["filter"] == [{"range": {"first_indexed_at": {"gt": "2026-03-01T12:30:00+00:00"}}}]
    assert body["size"] == 0
    assert "collapse" not in body
    assert set(body["aggs"]) == {"matching"}  # the number of groups is the count


def test_more_like_body(offline):
    record = {
        "group": "commitment:KE0001",
        "kind": "commitment",
        "member": "Kenya",
        "language": "en",
    }
    search = offline._more_like_search(
        "commitment:KE0001",
        record,
        kinds=["story", "commitment"],
        limit=6,
        language="fr",
    )
    body = search.to_dict()
    scored = body["query"]["function_score"]
    assert {"field_value_factor": {"field": "quality", "factor": 0.08, "missing": 0}} in scored[
        "functions"
    ]
    query = scored["query"]["bool"]
    mlt = query["must"][0]["more_like_this"]
    assert mlt["like"] == [{"_index": "opengov-test", "_id": "commitment:KE0001"}]
    assert mlt["fields"] == ["title.en", "tags.text", "summary.en", "body.en"]
    assert mlt["max_query_terms"] == 25
    assert query["filter"] == [{"terms": {"kind": ["commitment", "story"]}}]
    assert {"term": {"group": "commitment:KE0001"}} in query["must_not"]
    assert {
        "bool": {"filter": [{"term": {"kind": "commitment"}}, {"term": {"member": "Kenya"}}]}
    } in query["must_not"]
    assert body["size"] == 6
    assert body["collapse"]["field"] == "group"

    story = {"group": "story:3", "kind": "story", "member": "", "language": "fr"}
    body = offline._more_like_search("story:3:fr", story, exclude_member=True).to_dict()
    query = body["query"]["function_score"]["query"]["bool"]
    assert query["must_not"] == [{"term": {"group": "story:3"}}]
    assert "filter" not in query
    assert query["must"][0]["more_like_this"]["fields"][0] == "title.fr"


def test_autocomplete_body(offline):
    body = offline._autocomplete_search("open con", 8, "es").to_dict()
    (match,) = (q["multi_match"] for q in body["query"]["bool"]["must"])
    # the reader's language first, far above any difference between prefix scores
    (boost,) = body["query"]["bool"]["should"]
    assert boost["constant_score"] == {"filter": {"term": {"language": "es"}}, "boost": 100}
    assert match["type"] == "bool_prefix"
    assert match["fields"] == ["title.suggest", "title.suggest._2gram", "title.suggest._3gram"]
    assert body["collapse"] == {"field": "group"}
    assert body["size"] == 8


def _matches(query: dict, doc: dict) -> bool:
    """Just enough of the query DSL to evaluate the peers' filters on a document."""
    ((kind, spec),) = query.items()
    if kind == "match_all":
        return True
    if kind == "term":
        ((field, value),) = spec.items()
        values = doc.get(field)
        return value in values if isinstance(values, list) else value == values
    if kind == "terms":
        ((field, wanted),) = spec.items()
        values = doc.get(field)
        values = values if isinstance(values, list) else [values]
        return bool(set(wanted) & set(values))
    if kind == "exists":
        return doc.get(spec["field"]) not in (None, "", [])
    if kind == "bool":
        if not all(_matches(q, doc) for q in spec.get("filter", []) + spec.get("must", [])):
            return False
        if any(_matches(q, doc) for q in spec.get("must_not", [])):
            return False
        should = spec.get("should", [])
        wanted = spec.get("minimum_should_match", 0)
        return sum(_matches(q, doc) for q in should) >= wanted
    raise AssertionError(f"unexpected query {kind}")


def test_peers_body_reproduces_peer_score(offline):
    query = PeerQuery(
        areas=["open-contracting", "beneficial-ownership"],
        themes=["anti-corruption"],
        country="kenya",
        exclude_user_ids=(7,),
        visibilities=("public", "members"),
        limit=4,
    )
    body = offline._peers_search(query).to_dict()
    scored = body["query"]["function_score"]
    assert scored["score_mode"] == "sum"
    assert scored["boost_mode"] == "replace"
    base = scored["query"]["bool"]
    assert base["filter"] == [{"terms": {"visibility": ["members", "public"]}}]
    assert base["must_not"] == [{"terms": {"user_id": [7]}}]
    assert base["minimum_should_match"] == 1
    assert {"terms": {"areas": ["beneficial-ownership", "open-contracting"]}} in base["should"]
    assert {"terms": {"themes": ["anti-corruption"]}} in base["should"]
    weights = sorted(f["weight"] for f in scored["functions"])
    assert weights == [0.5, 1.0, 1.5, 2.0, 2.0]
    assert {"filter": {"term": {"areas": "open-contracting"}}, "weight": 2.0} in scored["functions"]
    assert body["sort"] == [{"_score": {"order": "desc"}}, {"profile_id": {"order": "asc"}}]
    assert body["size"] == 4

    people = [
        {"areas": ["open-contracting"], "themes": [], "country": "kenya", "reform_areas": []},
        {
            "areas": ["open-contracting", "beneficial-ownership"],
            "themes": ["anti-corruption"],
            "country": "ghana",
            "reform_areas": ["open-contracting"],
        },
        {"areas": [], "themes": ["anti-corruption"], "country": None, "reform_areas": []},
        {"areas": ["land"], "themes": [], "country": "peru", "reform_areas": ["open-contracting"]},
    ]
    areas, themes = set(query.areas), set(query.themes)
    for person in people:
        doc = {**person, "visibility": "public", "user_id": 1}
        shared_areas = areas & set(person["areas"])
        shared_themes = themes & set(person["themes"])
        other = bool(person["country"]) and person["country"] != query.country
        comparable = other and bool(areas & set(person["reform_areas"]))
        expected = peer_score(
            shared_areas, shared_themes, other_country=other, comparable=comparable
        )
        score = sum(f["weight"] for f in scored["functions"] if _matches(f["filter"], doc))
        assert _matches(scored["query"], doc) == bool(shared_areas or shared_themes)
        if shared_areas or shared_themes:
            assert score == pytest.approx(expected)


def test_peers_without_areas_or_themes_ask_nothing(offline):
    assert offline.peers(PeerQuery()) == []


def test_evidence_index_settings_and_mappings():
    body = EvidenceDocument._index.to_dict()  # the body of indices.create
    assert body == EvidenceDocument._index.to_dict()
    analysis_settings = body["settings"]["analysis"]
    analyzers, filters = analysis_settings["analyzer"], analysis_settings["filter"]
    for language in ("en", "fr", "es"):
        index_side = analyzers[f"og_{language}"]["filter"]
        search_side = analyzers[f"og_{language}_search"]["filter"]
        assert "asciifolding" in index_side and "asciifolding" in search_side
        assert f"og_stop_{language}" in index_side
        assert "og_synonyms" not in index_side  # synonyms at search time only
        assert search_side[-1] == "og_synonyms"
    for name in ("og_text", "og_text_search", "og_prefix"):
        assert "asciifolding" in analyzers[name]["filter"]
    assert "og_elision" in analyzers["og_fr"]["filter"]
    assert filters["og_elision"]["type"] == "elision"
    assert filters["og_stem_en"] == {"type": "stemmer", "language": "english"}
    assert filters["og_stem_fr"] == {"type": "stemmer", "language": "light_french"}
    assert filters["og_stem_es"] == {"type": "stemmer", "language": "light_spanish"}
    assert "ete" in filters["og_stop_fr"]["stopwords"]  # folded, as the tokens are
    assert "the" in filters["og_stop_en"]["stopwords"]
    assert "los" in filters["og_stop_es"]["stopwords"]

    synonyms = filters["og_synonyms"]
    assert synonyms["type"] == "synonym_graph"
    assert synonyms["synonyms"] == synonym_lines()
    line = next(s for s in synonyms["synonyms"] if s.startswith("beneficial ownership,"))
    assert line.split(", ") == [
        "beneficial ownership",
        "beneficial owners",
        "ultimate owners",
        "propriete effective",
        "beneficiaires effectifs",
        "beneficiarios finales",
        "beneficiario final",
        "titularidad real",
    ]
    assert "conflict interest, conflicts interest, conflit interets" in " ".join(
        synonyms["synonyms"]
    )

    properties = body["mappings"]["properties"]
    assert body["mappings"]["dynamic"] == "strict"
    for field in ("title", "summary", "body"):
        mapping = properties[field]
        assert mapping["type"] == "text"
        assert mapping["analyzer"] == "og_text"
        assert mapping["search_analyzer"] == "og_text_search"
        for language in ("en", "fr", "es"):
            assert mapping["fields"][language] == {
                "type": "text",
                "analyzer": f"og_{language}",
                "search_analyzer": f"og_{language}_search",
            }
    assert properties["title"]["fields"]["suggest"]["type"] == "search_as_you_type"
    assert properties["tags"]["type"] == "keyword"
    assert properties["tags"]["fields"]["text"]["type"] == "text"
    for field in ("key", "kind", "group", "language", "themes", "areas", "country", "region"):
        assert properties[field] == {"type": "keyword"}, field
    assert properties["member"]["type"] == "keyword"
    assert properties["fingerprint"]["type"] == "keyword"
    assert properties["year"]["type"] == "integer"
    assert properties["date"]["type"] == "date"
    assert properties["first_indexed_at"]["type"] == "date"
    assert properties["quality"]["type"] == "float"
    assert properties["starred"]["type"] == "boolean"
    assert properties["url"] == {"type": "keyword", "index": False, "doc_values": False}
    assert body["settings"]["number_of_shards"] == 1


def test_peers_index_mapping():
    properties = PeerDocument._index.to_dict()["mappings"]["properties"]
    for field in ("visibility", "country", "areas", "themes", "reform_areas"):
        assert properties[field]["type"] == "keyword"
    assert properties["name"]["type"] == "text"
    assert properties["profile_id"]["type"] == "integer"


def test_documents_from_records(offline):
    record = EvidenceRecord(
        **_record_data(
            "commitment:KE0001",
            "Beneficial ownership register",
            summary="Publish <who> owns companies.",
            themes=["anti-corruption"],
            areas=["beneficial-ownership"],
            tags=["Beneficial Ownership"],
            country="kenya",
            year=2021,
            quality=0.75,
        )
    )
    names = {"theme": {"anti-corruption": ["Anti-corruption", "Lutte contre la corruption"]}}
    (action,) = offline._evidence_actions([record], "opengov-test", names)
    assert action["_index"] == "opengov-test"
    assert action["_id"] == "commitment:KE0001"
    source = action["_source"]
    assert source["country"] == "kenya"
    assert "region" not in source  # empty values are not indexed, so facets skip them
    assert source["sort_date"] == datetime.date(2021, 1, 1)
    assert source["term_names"] == [
        "Beneficial Ownership",
        "Anti-corruption",
        "Lutte contre la corruption",
        "beneficial ownership",
    ]
    assert source["excerpt"] == "Publish <who> owns companies."
    assert source["fingerprint"] == record.fingerprint
    assert "level" not in source  # only courses and lessons have one


def test_a_lesson_document_has_its_level_as_a_keyword_facet(offline):
    record = EvidenceRecord(**_record_data("lesson:7", "Why registers matter", kind="lesson"))
    record.level = "introductory"
    (action,) = offline._evidence_actions([record], "opengov-test", {})
    assert action["_source"]["level"] == "introductory"
    mapping = EvidenceDocument._doc_type.mapping.to_dict()["properties"]
    assert mapping["level"] == {"type": "keyword"}
    body = search_body(offline, SearchRequest(filters={"level": ["introductory"]}))
    assert body["post_filter"] == {"bool": {"filter": [{"terms": {"level": ["introductory"]}}]}}


class _RecordingIndices:
    def __init__(self, aliases, concrete=()):
        self.aliases = aliases
        self.concrete = set(concrete)
        self.calls = []

    def get_alias(self, *, name):
        return {index: {"aliases": {name: {}}} for index in self.aliases}

    def exists(self, *, index):
        return index in self.concrete

    def update_aliases(self, *, actions):
        self.calls.append(("update_aliases", actions))

    def delete(self, *, index, ignore_unavailable):
        self.calls.append(("delete", index))


class _RecordingClient:
    def __init__(self, indices):
        self.indices = indices


def test_alias_swap_is_one_atomic_request_then_the_old_index_goes():
    indices = _RecordingIndices(["opengov-evidence-20250101000000000000"])
    swap_alias(
        _RecordingClient(indices), "opengov-evidence", "opengov-evidence-20250202000000000000"
    )
    assert indices.calls == [
        (
            "update_aliases",
            [
                {
                    "remove": {
                        "index": "opengov-evidence-20250101000000000000",
                        "alias": "opengov-evidence",
                    }
                },
                {
                    "add": {
                        "index": "opengov-evidence-20250202000000000000",
                        "alias": "opengov-evidence",
                    }
                },
            ],
        ),
        ("delete", "opengov-evidence-20250101000000000000"),
    ]


def test_alias_swap_replaces_an_index_squatting_the_alias_name():
    indices = _RecordingIndices([], concrete=["opengov-evidence"])
    swap_alias(_RecordingClient(indices), "opengov-evidence", "opengov-evidence-2")
    assert indices.calls == [
        (
            "update_aliases",
            [
                {"remove_index": {"index": "opengov-evidence"}},
                {"add": {"index": "opengov-evidence-2", "alias": "opengov-evidence"}},
            ],
        )
    ]


# --- (b) response parsing ---------------------------------------------------------------------


def _source(key, title, **extra):
    return {
        "key": key,
        "kind": extra.get("kind", "commitment"),
        "group": extra.get("group", key),
        "language": extra.get("language", "en"),
        "title": title,
        "url": f"/e/{key}/",
        "themes": extra.get("themes", []),
        "areas": extra.get("areas", []),
        "country": extra.get("country"),
        "member": extra.get("member"),
        "year": extra.get("year"),
        "date": extra.get("date"),
        "quality": 0.5,
        "starred": extra.get("starred", False),
        "first_indexed_at": "2025-03-01T10:00:00+00:00",
        "excerpt": extra.get("excerpt", ""),
    }


SEARCH_RESPONSE = {
    "took": 4,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {
        "total": {"value": 3, "relation": "eq"},
        "max_score": 7.5,
        "hits": [
            {
                "_index": "opengov-evidence-20250101000000000000",
                "_id": "commitment:KE0001",
                "_score": 7.5,
                "_source": _source(
                    "commitment:KE0001",
                    "Beneficial ownership register",
                    country="kenya",
                    member="Kenya",
                    themes=["anti-corruption"],
                    year=2021,
                    date="2021-06-30",
                    starred=True,
                ),
                "highlight": {
                    "summary.en": [
                        "Publish the <mark>beneficial</mark> owners <script>alert(1)</script>"
                    ]
                },
                "sort": [7.5, 2021, "commitment:KE0001"],
            },
            {
                "_index": "opengov-evidence-20250101000000000000",
                "_id": "story:12:en",
                "_score": 3.25,
                "_source": _source("story:12:en", "Who owns Kenya", kind="story", group="story:12"),
                "inner_hits": {
                    "preferred": {
                        "hits": {
                            "total": {"value": 2, "relation": "eq"},
                            "max_score": None,
                            "hits": [
                                {
                                    "_index": "opengov-evidence-20250101000000000000",
                                    "_id": "story:12:fr",
                                    "_score": None,
                                    "_source": _source(
                                        "story:12:fr",
                                        "Qui possède le Kenya",
                                        kind="story",
                                        group="story:12",
                                        language="fr",
                                    ),
                                    "highlight": {
                                        "summary.fr": [
                                            "la <mark>propriété</mark> effective &amp; "
                                            "&lt;les&gt; registres"
                                        ]
                                    },
                                    "sort": [1, 3.25, "story:12:fr"],
                                }
                            ],
                        }
                    }
                },
                "sort": [3.25, None, "story:12:en"],
            },
        ],
    },
    "aggregations": {
        "facet_type": {
            "doc_count": 3,
            "values": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [
                    {"key": "commitment", "doc_count": 1, "groups": {"value": 1}},
                    {"key": "story", "doc_count": 2, "groups": {"value": 1}},
                ],
            },
        },
        "facet_country": {
            "doc_count": 5,
            "values": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [
                    {"key": "kenya", "doc_count": 1, "groups": {"value": 1}},
                    {"key": "ghana", "doc_count": 4, "groups": {"value": 3}},
                ],
            },
        },
        "facet_year": {
            "doc_count": 3,
            "values": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [
                    {"key": 2019, "doc_count": 2, "groups": {"value": 2}},
                    {"key": 2021, "doc_count": 1, "groups": {"value": 1}},
                ],
            },
        },
        "facet_theme": {"doc_count": 0, "values": {"buckets": []}},
        "facet_area": {"doc_count": 0, "values": {"buckets": []}},
        "facet_region": {"doc_count": 0, "values": {"buckets": []}},
        "facet_level": {"doc_count": 0, "values": {"buckets": []}},
        "facet_language": {
            "doc_count": 3,
            "values": {"buckets": [{"key": "en", "doc_count": 2, "groups": {"value": 2}}]},
        },
        "matching": {"doc_count": 3, "groups": {"value": 2}},
    },
    "suggest": {
        "spelling": [
            {
                "text": "benefical",
                "offset": 0,
                "length": 9,
                "options": [{"text": "beneficial", "score": 0.875, "freq": 4}],
            },
            {"text": "ownership", "offset": 10, "length": 9, "options": []},
        ]
    },
}


def test_parse_search_response():
    request = SearchRequest(
        query="benefical ownership",
        filters={"country": ["kenya"], "theme": ["open-contracting"]},
        page=1,
        language="fr",
    )
    results = parse_search(SEARCH_RESPONSE, request)

    assert results.engine == "elasticsearch"
    assert results.total == 2  # groups, not the 3 documents
    assert results.page == 1 and results.per_page == 10
    assert results.corrected_query == "beneficial ownership"
    assert [hit.key for hit in results.hits] == ["commitment:KE0001", "story:12:fr"]

    first = results.hits[0]
    assert first.title == "Beneficial ownership register"
    assert first.url == "/e/commitment:KE0001/"
    assert first.kind == "commitment"
    assert first.country == "kenya"
    assert first.member == "Kenya"
    assert first.year == 2021
    assert first.date == datetime.date(2021, 6, 30)
    assert first.themes == ["anti-corruption"]
    assert first.starred is True
    assert first.score == 7.5
    assert first.first_indexed_at == datetime.datetime(2025, 3, 1, 10, tzinfo=datetime.UTC)
    # the fragment's markup is escaped, our <mark> tags kept
    assert first.snippet == (
        "Publish the <mark>beneficial</mark> owners &lt;script&gt;alert(1)&lt;/script&gt;"
    )
    assert "<script>" not in first.snippet

    # a collapsed group shows its preferred translation (the reader's French one)
    second = results.hits[1]
    assert second.language == "fr"
    assert second.title == "Qui possède le Kenya"
    assert second.score == 3.25
    assert second.country == "" and second.year is None and second.date is None
    assert second.snippet == "la <mark>propriété</mark> effective &amp; &lt;les&gt; registres"

    facets = results.facets
    assert set(facets) == set(FACETS)
    assert [(v.value, v.count, v.selected) for v in facets["country"]] == [
        ("ghana", 3, False),
        ("kenya", 1, True),
    ]
    assert [(v.value, v.count) for v in facets["year"]] == [("2021", 1), ("2019", 2)]
    assert [(v.value, v.count) for v in facets["type"]] == [("commitment", 1), ("story", 1)]
    # a selected value with no result still shows, at zero
    assert [(v.value, v.count, v.selected) for v in facets["theme"]] == [
        ("open-contracting", 0, True)
    ]


def test_parse_search_without_collapse_counts_documents():
    response = {
        "hits": {
            "total": {"value": 41, "relation": "eq"},
            "hits": [
                {
                    "_id": "story:1:es",
                    "_score": None,
                    "_source": _source("story:1:es", "Auditoría", excerpt="Una " * 100),
                }
            ],
        },
        "aggregations": {
            "facet_language": {"values": {"buckets": [{"key": "es", "doc_count": 41}]}}
        },
    }
    request = SearchRequest(query="", filters={"language": ["es"]}, sort="date", page=2)
    results = parse_search(response, request)
    assert results.total == 41
    assert results.num_pages == 5
    assert results.corrected_query == ""
    assert results.hits[0].score == 0.0
    # no highlight: the start of the text, as the database engine shows it
    assert results.hits[0].snippet.startswith("Una Una")
    assert results.hits[0].snippet.endswith(" …")
    assert [(v.value, v.count, v.selected) for v in results.facets["language"]] == [
        ("es", 41, True)
    ]
    assert parse_search(response, SearchRequest(facets=False)).facets == {}


def test_safe_fragment():
    assert safe_fragment("a <mark>b</mark> <img src=x onerror=alert(1)>") == (
        "a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt;"
    )
    # already escaped by the html encoder: not escaped twice
    assert safe_fragment("&lt;b&gt; <mark>x</mark> &amp; y") == "&lt;b&gt; <mark>x</mark> &amp; y"
    # unbalanced tags are balanced
    assert safe_fragment("<mark>a</mark></mark> <mark>b") == "<mark>a</mark> <mark>b</mark>"


def test_parse_peers():
    query = PeerQuery(areas=["open-contracting", "land"], themes=["health"], country="kenya")
    response = {
        "hits": {
            "hits": [
                {
                    "_id": "4",
                    "_score": 6.0,
                    "_source": {
                        "profile_id": 4,
                        "user_id": 40,
                        "country": "ghana",
                        "areas": ["land", "open-contracting", "water"],
                        "themes": [],
                        "reform_areas": ["land"],
                    },
                },
                {
                    "_id": "9",
                    "_score": 1.0,
                    "_source": {
                        "profile_id": 9,
                        "user_id": 90,
                        "country": "kenya",
                        "areas": [],
                        "themes": ["health"],
                        "reform_areas": ["land"],
                    },
                },
            ]
        }
    }
    first, second = parse_peers(response, query)
    assert (first.profile_id, first.score) == (4, 6.0)
    assert first.shared_areas == ["land", "open-contracting"]
    assert first.shared_themes == []
    assert first.comparable_reform is True
    assert (second.profile_id, second.shared_themes, second.comparable_reform) == (
        9,
        ["health"],
        False,
    )


# --- (c) unavailability ----------------------------------------------------------------------


@pytest.fixture
def records(db):
    reset()  # a fresh database engine (its vocabulary memo starts empty)
    made = [
        make_record(
            "commitment:KE0001",
            "Beneficial ownership register for extractive companies",
            summary="Publish who owns the companies that win mining licences.",
            country="kenya",
            member="Kenya",
            areas=["beneficial-ownership"],
            year=2021,
            quality=0.8,
        ),
        make_record(
            "commitment:GH0002",
            "Open contracting in public procurement",
            summary="Publish contracts and the beneficial owners of suppliers.",
            country="ghana",
            member="Ghana",
            areas=["open-contracting"],
            year=2019,
        ),
        make_record(
            "story:5:fr",
            "Registre de la propriété effective",
            summary="Le registre des bénéficiaires effectifs ouvre les données.",
            kind="story",
            language="fr",
            group="story:5",
            year=2022,
        ),
    ]
    yield made
    reset()


def test_unreachable_engine_raises_engine_down_quickly(records):
    engine = ElasticsearchEngine(url=CLOSED_PORT, index="x")
    with pytest.raises(EngineDown):
        engine.search(SearchRequest(query="register"))
    with pytest.raises(EngineDown):
        engine.more_like("commitment:KE0001")
    with pytest.raises(EngineDown):
        engine.peers(PeerQuery(areas=["land"]))
    with pytest.raises(EngineDown):
        engine.autocomplete("regis")
    with pytest.raises(EngineDown):
        engine.index_records(records)
    with pytest.raises(EngineDown):
        engine.delete_keys(["commitment:KE0001"])


def test_no_url_means_unavailable():
    with pytest.raises(EngineUnavailable):
        ElasticsearchEngine(url="", index="x").search(SearchRequest(query="register"))


def test_fallback_answers_from_the_database_with_a_notice(records):
    engine = FallbackEngine(
        primary=ElasticsearchEngine(url=CLOSED_PORT, index="opengov-unreachable"),
        fallback=get_engine("database"),
        breaker=CircuitBreaker("closed port"),
    )
    assert engine.name == "elasticsearch"
    results = engine.search(SearchRequest(query="beneficial ownership", language="en"))
    assert results.engine == "database"
    assert results.notice
    keys = {hit.key for hit in results.hits}
    assert {"commitment:KE0001", "story:5:fr"} <= keys  # the glossary finds the French story
    expected = get_engine("database").search(
        SearchRequest(query="beneficial ownership", language="en")
    )
    assert [hit.key for hit in results.hits] == [hit.key for hit in expected.hits]

    related = engine.more_like("commitment:KE0001", limit=4)
    assert all(hit.key != "commitment:KE0001" for hit in related)
    assert [h.key for h in engine.autocomplete("Open contr")] == ["commitment:GH0002"]
    assert engine.peers(PeerQuery(areas=["beneficial-ownership"])) == []


def test_fallback_writes_go_to_the_primary_only():
    calls = []

    class Primary:
        name = "primary"

        def index_records(self, records):
            calls.append(("index", list(records)))

        def delete_keys(self, keys):
            calls.append(("delete", list(keys)))

        def index_peers(self, ids):
            calls.append(("peers", list(ids)))

    class Fallback:
        name = "fallback"

        def __getattr__(self, name):
            raise AssertionError(f"the fallback was asked to {name}")

    engine = FallbackEngine(primary=Primary(), fallback=Fallback(), breaker=CircuitBreaker("w"))
    engine.index_records(["r"])
    engine.delete_keys(["k"])
    engine.index_peers([3])
    assert calls == [("index", ["r"]), ("delete", ["k"]), ("peers", [3])]


# --- (d) live, against a real cluster -----------------------------------------------------------

LIVE_URL = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture
def live(db):
    alias = f"opengov-test-{uuid.uuid4().hex[:10]}"
    engine = ElasticsearchEngine(url=LIVE_URL, index=alias, read_timeout=30, write_timeout=30)
    reset()
    yield engine
    reset()
    client = engine.client
    for name in (alias, engine.peers_index):
        try:
            concrete = list(client.indices.get_alias(name=name).keys())
        except NotFoundError:  # nothing was created under this name
            concrete = []
        for index in concrete:
            client.indices.delete(index=index, ignore_unavailable=True)


@pytest.fixture
def corpus(db):
    from tests.community.factories import ChallengeAreaFactory, CountryFactory, ProfileFactory

    reset()
    records = [
        make_record(
            "commitment:KE0001",
            "Beneficial ownership register for extractive companies",
            summary="Publish who owns the companies that win mining licences.",
            body="A public register of beneficial owners, in open data, checked against tax data.",
            country="kenya",
            region="africa",
            member="Kenya",
            areas=["beneficial-ownership"],
            themes=["anti-corruption"],
            year=2021,
            date=datetime.date(2021, 6, 30),
            quality=0.8,
        ),
        make_record(
            "commitment:KE0002",
            "Beneficial ownership in public procurement",
            summary="Suppliers disclose their beneficial owners before contracts are signed.",
            country="kenya",
            region="africa",
            member="Kenya",
            areas=["beneficial-ownership", "open-contracting"],
            year=2023,
        ),
        make_record(
            "commitment:GH0002",
            "Open contracting in public procurement",
            summary="Publish contracts and the beneficial owners of suppliers.",
            country="ghana",
            region="africa",
            member="Ghana",
            areas=["open-contracting"],
            year=2019,
            quality=0.4,
        ),
        make_record(
            "commitment:PE0003",
            "Registro de beneficiarios finales",
            summary="Un registro público de los beneficiarios finales de las empresas.",
            language="es",
            country="peru",
            region="americas",
            member="Peru",
            areas=["beneficial-ownership"],
            year=2022,
        ),
        make_record(
            "story:5:en",
            "Who owns the mines",
            summary="How a register of beneficial owners changed mining licences.",
            kind="story",
            group="story:5",
            year=2022,
            date=datetime.date(2022, 3, 1),
        ),
        make_record(
            "story:5:fr",
            "À qui appartiennent les mines",
            summary="Comment un registre des bénéficiaires effectifs a changé les licences.",
            kind="story",
            language="fr",
            group="story:5",
            year=2022,
            date=datetime.date(2022, 3, 1),
        ),
        make_record(
            "chapter:9:en",
            "Health services",
            summary="Patient feedback on clinics.",
            kind="chapter",
            year=2020,
        ),
    ]
    kenya, ghana = CountryFactory(slug="kenya"), CountryFactory(slug="ghana")
    area = ChallengeAreaFactory(slug="beneficial-ownership")
    profiles = [
        ProfileFactory(country=kenya, challenge_areas=[area]),
        ProfileFactory(country=ghana, challenge_areas=[area]),
    ]
    return records, profiles


@pytest.mark.integration
@pytest.mark.skipif(not LIVE_URL, reason="set ELASTICSEARCH_URL to run against a live cluster")
class TestLive:
    def _rebuild(self, engine) -> int:
        return engine.rebuild(EvidenceRecord.objects.order_by("pk"))

    def test_rebuild_search_facets_and_alias_swap(self, live, corpus):
        records, _ = corpus
        assert self._rebuild(live) == len(records)
        first = set(live.client.indices.get_alias(name=live.index))
        assert len(first) == 1 and next(iter(first)).startswith(f"{live.index}-")

        results = live.search(SearchRequest(query="beneficial ownership", language="en"))
        keys = [hit.key for hit in results.hits]
        assert keys[0] in {"commitment:KE0001", "commitment:KE0002"}
        assert "story:5:en" in keys and "story:5:fr" not in keys  # one per group
        assert any("<mark>" in hit.snippet for hit in results.hits)
        # the glossary: French and Spanish names of the concept find the English records
        french = live.search(SearchRequest(query="propriété effective", language="fr"))
        assert "commitment:KE0001" in {hit.key for hit in french.hits}
        assert "story:5:fr" in {hit.key for hit in french.hits}
        spanish = live.search(SearchRequest(query="beneficiarios finales", language="es"))
        assert "commitment:KE0001" in {hit.key for hit in spanish.hits}
        # typos
        typo = live.search(SearchRequest(query="benefical ownershp", language="en"))
        assert "commitment:KE0001" in {hit.key for hit in typo.hits}

        # facets count over the other filters, and agree with the database engine
        database = get_engine("database")
        for filters in ({}, {"country": ["kenya"]}, {"country": ["kenya"], "year": ["2021"]}):
            request = SearchRequest(query="", filters=filters, sort="date", language="en")
            ours, theirs = live.search(request), database.search(request)
            assert ours.total == theirs.total, filters
            # the language facet differs on purpose: the database engine counts only the
            # translation it shows, Elasticsearch the groups a language choice would give
            for facet in set(FACETS) - {"language"}:
                assert [(v.value, v.count, v.selected) for v in ours.facets[facet]] == [
                    (v.value, v.count, v.selected) for v in theirs.facets[facet]
                ], (filters, facet)
        languages = live.search(SearchRequest(query="", language="en")).facets["language"]
        assert {(v.value, v.count) for v in languages} == {("en", 5), ("fr", 1), ("es", 1)}
        dated = live.search(SearchRequest(query="", sort="date", language="en"))
        assert dated.hits[0].key == "commitment:KE0002"  # 2023

        page = live.search(SearchRequest(query="", sort="date", page=2, per_page=2))
        assert len(page.hits) == 2 and page.total == 6

        assert self._rebuild(live) == len(records)
        second = set(live.client.indices.get_alias(name=live.index))
        assert len(second) == 1 and second != first
        assert not live.client.indices.exists(index=next(iter(first)))

    def test_more_like_autocomplete_and_peers(self, live, corpus):
        records, profiles = corpus
        self._rebuild(live)
        related = live.more_like("commitment:KE0001", limit=5, language="fr")
        keys = [hit.key for hit in related]
        assert "commitment:KE0001" not in keys
        assert "commitment:KE0002" not in keys  # same member
        assert {"story:5:en", "story:5:fr"} & set(keys)  # the story, once
        assert not {"story:5:en", "story:5:fr"} <= set(keys)

        suggestions = live.autocomplete("Beneficial own")
        assert {hit.key for hit in suggestions} >= {"commitment:KE0001", "commitment:KE0002"}

        query = PeerQuery(areas=["beneficial-ownership"], country="kenya")
        ours = live.peers(query)
        theirs = get_engine("database").peers(query)
        assert [(p.profile_id, p.score, p.shared_areas, p.comparable_reform) for p in ours] == [
            (p.profile_id, p.score, p.shared_areas, p.comparable_reform) for p in theirs
        ]
        assert ours[0].profile_id == profiles[1].pk  # another country first

        profiles[1].open_to_peer_exchange = False
        profiles[1].save()
        live.index_peers([profiles[1].pk])
        live.client.indices.refresh(index=live.peers_index)
        assert [p.profile_id for p in live.peers(query)] == [profiles[0].pk]

    def test_reconcile_reports_and_repairs(self, live, corpus):
        self._rebuild(live)
        expected = dict(EvidenceRecord.objects.values_list("key", "fingerprint"))
        assert live.reconcile(expected, repair=False).drift == 0

        live.delete_keys(["commitment:GH0002"])
        live.client.indices.refresh(index=live.index)
        drifted = dict(expected, **{"commitment:KE0001": "changed", "story:99:en": "x"})
        drifted.pop("chapter:9:en")
        report = live.reconcile(drifted, repair=False)
        assert report.missing == ["commitment:GH0002", "story:99:en"]
        assert report.stale == ["commitment:KE0001"]
        assert report.orphaned == ["chapter:9:en"]

        live.reconcile(expected, repair=True)
        live.client.indices.refresh(index=live.index)
        assert live.reconcile(expected, repair=False).drift == 0

"""The Elasticsearch and OpenSearch engines (one code, two transports), in two halves.

Offline (always runs, no cluster): the index's analysis settings (analysers, the glossary's
synonym_graph), documents built from records, the escaping of highlight fragments, and
unavailability: an engine pointed at a closed port raises EngineDown at once,
and FallbackEngine answers from the database engine with a notice.

Live (skipped unless OPENSEARCH_URL or ELASTICSEARCH_URL is set; .ci/run starts an OpenSearch
node and sets OPENSEARCH_URL, `make es` starts one for development; see
docs/search-elasticsearch.md): rebuilds a throwaway alias "opengov-test-<random>" from a few
records and profiles, runs search, facets, more_like, autocomplete, peers and reconcile
against it (comparing with the database engine where both must agree), the alias swap, the
result window, escaping, and deletes its indices afterwards. The request bodies are checked
by the cluster that answers them, here and in the contract suite (test_contract.py)."""

import datetime
import os
import uuid

import pytest

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
    safe_fragment,
    synonym_lines,
)
from search.engines.fallback import CircuitBreaker, FallbackEngine
from search.engines.opensearch import OpenSearchEngine
from search.models import EvidenceRecord

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


# --- (a) index settings and documents ---------------------------------------------------------


def test_peers_without_areas_or_themes_ask_nothing(offline):
    assert offline.peers(PeerQuery()) == []


def test_evidence_index_settings_and_mappings():
    body = EvidenceDocument._index.to_dict()  # the body of indices.create
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


# --- (b) response parsing ---------------------------------------------------------------------


def test_the_highlighter_gets_the_query_without_its_fuzzy_matching(offline):
    """The unified highlighter expanded every fuzzy term again in each hit's text (most of
    a search's time at full scale): it gets the same query without fuzziness."""
    import json

    body = offline._search(SearchRequest(query="beneficial ownership register"))._s.to_dict()
    assert '"fuzziness"' in json.dumps(body["query"])
    highlight_query = body["highlight"]["highlight_query"]
    assert '"fuzziness"' not in json.dumps(highlight_query)
    assert json.dumps(highlight_query) == json.dumps(body["query"]).replace(
        ', "fuzziness": "AUTO", "prefix_length": 1', ""
    )


def test_safe_fragment():
    assert safe_fragment("a <mark>b</mark> <img src=x onerror=alert(1)>") == (
        "a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt;"
    )
    # already escaped by the html encoder: not escaped twice
    assert safe_fragment("&lt;b&gt; <mark>x</mark> &amp; y") == "&lt;b&gt; <mark>x</mark> &amp; y"
    # unbalanced tags are balanced
    assert safe_fragment("<mark>a</mark></mark> <mark>b") == "<mark>a</mark> <mark>b</mark>"


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


@pytest.mark.parametrize("engine_class", [ElasticsearchEngine, OpenSearchEngine])
def test_unreachable_engine_raises_engine_down_quickly(records, engine_class):
    engine = engine_class(url=CLOSED_PORT, index="x")
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

LIVE = [
    pytest.param(
        engine_class,
        id=engine_class.name,
        marks=pytest.mark.skipif(
            not os.environ.get(engine_class.url_setting),
            reason=f"set {engine_class.url_setting} to run against a live cluster",
        ),
    )
    for engine_class in (ElasticsearchEngine, OpenSearchEngine)
]


@pytest.fixture(params=LIVE)
def live(request, db):
    engine_class = request.param
    alias = f"opengov-test-{uuid.uuid4().hex[:10]}"
    engine = engine_class(
        url=os.environ[engine_class.url_setting], index=alias, read_timeout=30, write_timeout=30
    )
    reset()
    yield engine
    reset()
    cluster = engine._cluster("read")
    for name in (alias, engine.peers_index):
        for index in cluster.aliased(name) or ([name] if cluster.exists(name) else []):
            cluster.delete(index)


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

    def test_writes_made_while_a_rebuild_fills_reach_the_new_index(self, live, corpus):
        """A record edited and another deleted while the rebuild streams: their indexing
        tasks write to the alias, still the old index; the new one must have them too."""
        self._rebuild(live)
        stream = live._evidence_actions
        meanwhile = []

        def writes_meanwhile(records, index, names=None):
            for action in stream(records, index, names):
                if not meanwhile:
                    meanwhile.append(index)
                    edited = EvidenceRecord.objects.get(key="chapter:9:en")
                    edited.title, edited.fingerprint = "Health registers", "edited meanwhile"
                    edited.save()
                    EvidenceRecord.objects.filter(key="commitment:GH0002").delete()
                    live.index_records([edited])  # what the indexing task does
                    live.delete_keys(["commitment:GH0002"])
                yield action

        live._evidence_actions = writes_meanwhile
        self._rebuild(live)
        assert live._cluster("read").aliased(live.index) == [meanwhile[0]]
        live.client.indices.refresh(index=live.index)
        expected = dict(EvidenceRecord.objects.values_list("key", "fingerprint"))
        assert live.reconcile(expected, repair=False).drift == 0
        found = {h.key: h.title for h in live.search(SearchRequest(query="", per_page=50)).hits}
        assert found["chapter:9:en"] == "Health registers"
        assert "commitment:GH0002" not in found

    def test_result_window_bad_years_and_excluded_keys(self, live, corpus):
        self._rebuild(live)
        near = live.search(SearchRequest(query="beneficial"))
        far = live.search(SearchRequest(query="beneficial", page=5000, per_page=10))
        assert near.hits and far.hits == []  # no hits asked past max_result_window …
        assert (
            far.total
            == near.total
            == get_engine("database").search(SearchRequest(query="beneficial")).total
        )  # … and still the count
        one_year = live.search(SearchRequest(query="", filters={"year": ["2021"]}))
        with_junk = live.search(SearchRequest(query="", filters={"year": ["2021", "x", "-3"]}))
        assert [h.key for h in with_junk.hits] == [h.key for h in one_year.hits]
        assert [h.key for h in one_year.hits] == ["commitment:KE0001"]
        fewer = live.search(
            SearchRequest(query="beneficial ownership", exclude_keys=("commitment:KE0001",))
        )
        assert "commitment:KE0001" not in {h.key for h in fewer.hits} and fewer.hits

    def test_a_language_filter_shows_every_translation_of_that_language(self, live, corpus):
        self._rebuild(live)
        french = live.search(SearchRequest(query="", filters={"language": ["fr"]}, language="en"))
        assert [h.key for h in french.hits] == ["story:5:fr"]
        both = live.search(SearchRequest(query="", filters={"language": ["en", "fr"]}))
        assert {"story:5:en", "story:5:fr"} <= {h.key for h in both.hits}  # not collapsed

    def test_snippets_are_escaped_and_marked(self, live, corpus):
        make_record(
            "story:7:en",
            "Scripts in summaries",
            summary='<script>alert("x")</script> a register of beneficial owners & <b>more</b>',
            kind="story",
            group="story:7",
        )
        self._rebuild(live)
        hit = next(
            h
            for h in live.search(SearchRequest(query="owners register")).hits
            if h.key == "story:7:en"
        )
        assert "<mark>" in hit.snippet
        assert "<script>" not in hit.snippet and "<b>" not in hit.snippet
        assert "&lt;script&gt;" in hit.snippet and "&amp;" in hit.snippet
        assert "&amp;amp;" not in hit.snippet  # escaped once

    def test_a_rebuild_replaces_an_index_squatting_the_alias_name(self, live, corpus):
        live.client.indices.create(index=live.index)  # e.g. auto-created by an early write
        self._rebuild(live)
        concrete = live._cluster("read").aliased(live.index)
        assert len(concrete) == 1 and concrete[0].startswith(f"{live.index}-")
        assert {h.key for h in live.search(SearchRequest(query="ownership")).hits} == {
            "commitment:KE0001",
            "commitment:KE0002",
        }

    def test_first_write_on_an_empty_cluster_creates_the_alias(self, live, corpus):
        live.index_records(EvidenceRecord.objects.filter(key="commitment:KE0001"))
        live.client.indices.refresh(index=live.index)
        assert live._cluster("read").aliased(live.index)[0].startswith(f"{live.index}-")
        assert [h.key for h in live.search(SearchRequest(query="beneficial")).hits] == [
            "commitment:KE0001"
        ]

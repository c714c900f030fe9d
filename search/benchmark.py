"""The benchmark's floor (manage.py search_bench): the bare full-text query on the same index as
the engine, top 50, so that a search's cost can be read against what the index alone costs.

Not part of the engine interface: nothing but the benchmark needs it. The query's words are
tokenised as the index was (accents folded, stop words out, stemmed in each language), as
Elasticsearch's `match` does with a field's analyser: words as typed would miss most stemmed
tokens and time a different, smaller query. No glossary concepts, field weights, coverage,
proximity, filters, facets, grouping or highlighting."""

from django.db import connection

from elasticsearch.dsl import Q, Search

from . import analysis
from .engines.base import SearchEngine
from .engines.database import DatabaseEngine, fts_quote
from .engines.elasticsearch import ElasticsearchEngine, clean_query

FLOOR_SIZE = 50


def floor_query(engine: SearchEngine, query: str) -> int:
    """Run the floor query on `engine`'s index; the number of matches returned (≤ 50)."""
    if isinstance(engine, DatabaseEngine):
        return _database_floor(query)
    if isinstance(engine, ElasticsearchEngine):
        return _elasticsearch_floor(engine, query)
    raise TypeError(f"no floor query for {type(engine).__name__}")


def _database_floor(query: str) -> int:
    terms = sorted(set().union(*analysis.analyse_query(query).groups))
    if not terms:
        return 0
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT rowid FROM search_evidence_fts WHERE search_evidence_fts MATCH %s "
                "ORDER BY bm25(search_evidence_fts) LIMIT %s",
                [" OR ".join(fts_quote(t) for t in terms), FLOOR_SIZE],
            )
        else:
            cursor.execute(
                "SELECT id FROM search_evidencerecord, to_tsquery('simple', %s) q "
                "WHERE search_vector @@ q ORDER BY ts_rank(search_vector, q) DESC LIMIT %s",
                [" | ".join(terms), FLOOR_SIZE],
            )
        return len(cursor.fetchall())


def _elasticsearch_floor(engine: ElasticsearchEngine, query: str) -> int:
    text = clean_query(query)
    if not [w for w in analysis.words(text) if w not in analysis.ALL_STOPWORDS]:
        return 0
    search = (
        Search(index=engine.index)
        .query(
            Q(
                "bool",
                should=[Q("match", title=text), Q("match", body=text)],
                minimum_should_match=1,
            )
        )
        .source(False)
        .extra(size=FLOOR_SIZE)
    )
    return len(engine.execute(search, "floor").hits)

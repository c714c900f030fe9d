"""Accent folding keeps every letter, and both engines fold alike.

The database engine folds in Python (analysis.fold: Unidecode, with Lucene's choice for the
letters where the two differ); Elasticsearch folds with its `asciifolding` filter, which is
Lucene's ASCIIFoldingFilter. data/lucene-asciifolding.tsv is Lucene's table for the Latin
letters (read from its source; see the file's header): the database side must match it
letter for letter, and the analysers on the Elasticsearch side must fold with it, after
lower case, in every analyser (checked offline, on the index settings the engine sends)."""

from pathlib import Path

import pytest
from unidecode import unidecode

from search import analysis, projection
from search.engines import get_engine
from search.engines.base import SearchRequest
from search.engines.elasticsearch import EvidenceDocument, PeerDocument
from search.models import EvidenceRecord

TABLE = Path(__file__).parent / "data" / "lucene-asciifolding.tsv"


def lucene_folding() -> dict[str, str]:
    """{letter: how Lucene folds it, lower case}."""
    table = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            folded, letters = line.split("\t")
            table.update(dict.fromkeys(letters, folded))
    return table


def test_the_database_engine_folds_every_letter_as_lucene_does():
    table = lucene_folding()
    assert len(table) == 695
    different = {
        letter: (analysis.fold(letter), folded)
        for letter, folded in table.items()
        if analysis.fold(letter) != folded
    }
    assert different == {}


def test_lucenes_choices_are_kept_only_where_unidecode_differs():
    """The override table is exactly the disagreements: none missing, none stale."""
    table = lucene_folding()
    disagreements = {
        letter for letter, folded in table.items() if unidecode(letter).lower() != folded
    }
    overridden = {chr(code) for code in analysis._AS_LUCENE_FOLDS}
    assert disagreements == overridden
    assert len(disagreements) == 25  # of 695: Unidecode alone agrees on 670


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("œuvre", ["oeuvre"]),
        ("Straße", ["strasse"]),
        ("Ørsted", ["orsted"]),
        ("Æthelred Łódź", ["aethelred", "lodz"]),
        ("Azərbaycan", ["azarbaycan"]),
        ("Þingvellir", ["thingvellir"]),
        ("Propriété effective", ["propriete", "effective"]),
        ("Việt Nam", ["viet", "nam"]),
        ("ﬁnance ＯＧＰ", ["finance", "ogp"]),  # ligature, full width
        ("e\u0301tat", ["etat"]),  # decomposed accent
        # symbols and format characters stay separators, as for Elasticsearch's tokenizer
        ("N°16, § 3, Annex№4, €2m", ["n", "16", "3", "annex", "4", "2m"]),
        ("machine\xadreadable", ["machine", "readable"]),  # soft hyphen
    ],
)
def test_no_letter_is_lost(text, tokens):
    assert analysis.words(text) == tokens


def _analysers(body: dict) -> dict:
    return body["settings"]["analysis"]["analyzer"]


def test_every_elasticsearch_analyser_folds_after_lower_case_with_lucenes_table():
    for document in (EvidenceDocument, PeerDocument):
        body = document._index.to_dict()
        analysers = _analysers(body)
        assert analysers, document
        for name, analyser in analysers.items():
            filters = analyser["filter"]
            assert "asciifolding" in filters, name
            assert filters.index("lowercase") < filters.index("asciifolding"), name
        # the built-in filter (Lucene's table, no preserve_original), not a custom one
        assert "asciifolding" not in body["settings"]["analysis"].get("filter", {})


def test_the_word_lists_elasticsearch_gets_are_folded_as_the_database_folds():
    filters = EvidenceDocument._index.to_dict()["settings"]["analysis"]["filter"]
    french = filters["og_stop_fr"]["stopwords"]
    assert "ete" in french and "etre" in french and "été" not in french
    synonyms = filters["og_synonyms"]["synonyms"]
    assert any("propriete effective" in line for line in synonyms)
    assert all(line.isascii() for line in synonyms)


@pytest.fixture
def records(db):
    def make(key, title):
        data = {
            "key": key,
            "kind": "research",
            "owner": key,
            "group": key,
            "title": title,
            "summary": title,
            "url": f"/{key}/",
            "language": "fr",
            "themes": [],
            "areas": [],
            "tags": [],
            "country": "",
            "region": "",
            "member": "",
            "year": 2024,
            "date": None,
            "quality": 0.0,
            "starred": False,
        }
        return EvidenceRecord.objects.create(**projection.finish(data, tag_names=[], body=title))

    return [
        make("research:1", "Une œuvre collective pour la transparence"),
        make("research:2", "Die Straße der Offenheit"),
        make("research:3", "Ørsted et les données climatiques"),
    ]


@pytest.mark.parametrize(
    "query, key",
    [
        ("oeuvre collective", "research:1"),
        ("œuvre", "research:1"),
        ("strasse", "research:2"),
        ("Straße", "research:2"),
        ("orsted", "research:3"),
    ],
)
def test_folded_words_are_found_however_they_are_typed(records, query, key):
    results = get_engine("database").search(SearchRequest(query=query, language="fr"))
    assert [hit.key for hit in results.hits] == [key]
    assert "<mark>" in results.hits[0].snippet  # and marked in the snippet

"""Text analysis: folding, words, stemming, language guessing, the glossary's concepts,
highlighting, and what a hostile query turns into. No database needed."""

import re

import pytest

from search import analysis, glossary
from search.analysis import (
    analyse,
    analyse_query,
    concept_token,
    fold,
    guess_language,
    highlight,
    stem,
    words,
)

BENEFICIAL_OWNERSHIP = concept_token("beneficial-ownership")


# --- fold, words, stem ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Propriété effective", "propriete effective"),
        ("ÉGALITÉ", "egalite"),
        ("Año Niño", "ano nino"),
        ("naïve façade", "naive facade"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_lowers_and_drops_accents(text, folded):
    assert fold(text) == folded


def test_words_are_folded_alphanumeric_runs():
    assert words("Beneficial-ownership: 2024's REGISTER!") == [
        "beneficial", "ownership", "2024", "s", "register"]  # fmt: skip
    assert words("l'accès à l'information") == ["l", "acces", "a", "l", "information"]
    assert words("<script>alert(1)</script>") == ["script", "alert", "1", "script"]
    assert words("") == [] and words("—…«»") == []


@pytest.mark.parametrize(
    ("language", "variants"),
    [
        ("en", ["register", "registers", "registered", "registering"]),
        ("en", ["declaration", "declarations"]),
        ("fr", ["beneficiaire", "beneficiaires"]),
        ("fr", ["registre", "registres"]),
        ("es", ["contratacion", "contrataciones"]),
        ("es", ["presupuesto", "presupuestos"]),
    ],
)
def test_stemming_brings_the_forms_of_a_word_together(language, variants):
    assert len({stem(word, language) for word in variants}) == 1


def test_index_analysis_drops_stop_words_and_stems():
    assert analyse("The registers of the companies", "en") == "regist compani"
    assert analyse("Les registres des sociétés", "fr") == "registr societ"
    assert analyse("anything", "xx") == analyse("anything", "en")  # unknown language: English


# --- guess_language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Open the register of the owners of companies to the public.", "en"),
        ("Ouvrir le registre des bénéficiaires effectifs des sociétés pour les citoyens.", "fr"),
        ("Abrir el registro de los beneficiarios finales de las empresas para la ciudadanía.",
         "es"),
        ("", "en"),
        ("2024 2025", "en"),
    ],
)  # fmt: skip
def test_guess_language_by_stop_words(text, language):
    assert guess_language(text) == language


def test_guess_language_keeps_the_default_when_unsure():
    assert guess_language("", default="fr") == "fr"
    assert guess_language("Kenya Nairobi Mombasa", default="es") == "es"
    # a single shared word ("de") is no evidence against the default
    assert guess_language("Registro de datos", default="es") == "es"


def test_a_letter_hyphenated_to_a_word_is_part_of_the_word():
    # "e" is a Spanish stop word: split, "e-government" would be plain "government"
    assert words("E-Government and e\u2011procurement") == ["egovernment", "and", "eprocurement"]
    assert analyse("e-government", "en").split()[0] == stem("egovernment", "en")
    assert stem("government", "en") not in analyse("e-government portal", "en").split()
    # a lone letter stays a word (and a stop word), and so do hyphenated words
    assert words("Participación e inclusión") == ["participacion", "e", "inclusion"]
    assert words("c'est-à-dire, co-creation") == ["c", "est", "a", "dire", "co", "creation"]


def test_government_alone_is_not_digital_governance():
    digital = concept_token("digital-governance")
    assert digital in analyse_query("e-government").concepts
    assert digital not in analyse_query("open government").concepts
    assert digital not in analyse("The government publishes its regulatory governance", "en")


# --- the glossary --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["beneficial ownership", "propriété effective", "Propriete Effective",
     "bénéficiaires effectifs", "beneficiarios finales", "beneficiario final",
     "titularidad real"],
)  # fmt: skip
def test_every_name_of_a_concept_gives_the_same_concept_token(query):
    assert BENEFICIAL_OWNERSHIP in analyse_query(query).concepts


def test_french_and_spanish_queries_meet_english_documents_on_the_concept():
    english_document = analyse("Beneficial ownership register for companies", "en").split()
    assert BENEFICIAL_OWNERSHIP in english_document
    for query in ("propriété effective", "beneficiarios finales"):
        assert set(analyse_query(query).concepts) & set(english_document) == {BENEFICIAL_OWNERSHIP}


def test_documents_in_each_language_carry_the_concept():
    assert BENEFICIAL_OWNERSHIP in analyse("Registre des bénéficiaires effectifs", "fr").split()
    assert BENEFICIAL_OWNERSHIP in analyse("Registro de beneficiarios finales", "es").split()


@pytest.mark.parametrize("slug", sorted(glossary.CONCEPTS))
def test_every_glossary_name_is_recognised_as_its_concept(slug):
    for name in glossary.CONCEPTS[slug]:
        assert concept_token(slug) in analyse_query(name).concepts, name


def test_concept_tokens_are_single_index_words():
    for slug in glossary.CONCEPTS:
        assert re.fullmatch(r"zc[0-9a-z]+", concept_token(slug)), slug


def test_the_longest_glossary_name_wins():
    # "public participation in budget" is participatory budgeting, not public participation
    concepts = analyse_query("public participation in budget").concepts
    assert concept_token("participatory-budgeting") in concepts


def test_a_name_inside_a_longer_one_is_not_a_second_concept():
    assert analyse_query("legal aid").concepts == [concept_token("access-to-justice")]
    assert analyse_query("open justice").concepts == [concept_token("open-justice")]
    tags = analyse("Anti-Corruption and Integrity", "en").split()
    assert tags.count(concept_token("anti-corruption")) == 1
    assert concept_token("climate") not in analyse("Civic Space and Enabling Environment", "en")
    # names that only overlap both count
    assert analyse_query("citizen participation in the budget").concepts == [
        concept_token("public-participation"),
        concept_token("participatory-budgeting"),
    ]


def test_a_word_of_a_concept_still_counts_on_its_own():
    query = analyse_query("beneficial ownership")
    assert query.words == ["beneficial", "ownership"]
    assert len(query.groups) == 2 and query.concepts == [BENEFICIAL_OWNERSHIP]


def test_glossary_words_are_known_words():
    known = analysis.glossary_stems()
    assert stem("propriete", "fr") in known and stem("beneficiarios", "es") in known
    assert "xqzzy" not in known


# --- highlight -----------------------------------------------------------------------------


def test_highlight_escapes_html_in_the_text():
    text = '<script>alert("owned")</script> The beneficial ownership register <b>opens</b>.'
    snippet = highlight(text, analyse_query("ownership"))
    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;" in snippet
    assert "&lt;b&gt;opens&lt;/b&gt;" in snippet
    assert "<mark>ownership</mark>" in snippet
    # the only tags left are the marks
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0


def test_highlight_marks_stemmed_matches_in_any_case():
    snippet = highlight("Registers were registered; the REGISTER grew.", analyse_query("register"))
    assert snippet == (
        "<mark>Registers</mark> were <mark>registered</mark>; the <mark>REGISTER</mark> grew."
    )


def test_highlight_marks_accented_words_from_a_folded_query():
    snippet = highlight("Le registre des bénéficiaires effectifs.", analyse_query("beneficiaire"))
    assert "<mark>bénéficiaires</mark>" in snippet


@pytest.mark.parametrize(("text", "query", "marked"), [
    ("La ﬁnance publique", "finance", "ﬁnance"),  # a ligature, as PDF text has them
    ("Ｆｉｎａｎｃｅ report", "finance", "Ｆｉｎａｎｃｅ"),  # full-width letters
    ("Ưu tiên CẢI CÁCH hành chính", "cai cach", "CẢI"),  # Latin Extended Additional
    ("EU funds", "eu", "EU"),  # a stem shorter than three letters
])  # fmt: skip
def test_highlight_marks_words_written_with_unusual_letters(text, query, marked):
    assert f"<mark>{marked}</mark>" in highlight(text, analyse_query(query))


def test_highlight_of_a_match_escapes_the_match_itself():
    snippet = highlight("Tom&Jerry's register", analyse_query("jerry"))
    assert "Tom&amp;<mark>Jerry</mark>&#x27;s register" == snippet


def test_highlight_centres_a_long_text_on_the_first_match():
    text = " ".join(["filler"] * 200) + " the whistleblower hotline " + " ".join(["tail"] * 200)
    snippet = highlight(text, analyse_query("whistleblower"), length=120)
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "<mark>whistleblower</mark>" in snippet
    assert len(re.sub(r"</?mark>", "", snippet)) <= 120 + 4


def test_highlight_without_a_query_is_the_escaped_start_of_the_text():
    assert highlight("A <b>bold</b> start", analyse_query("")) == "A &lt;b&gt;bold&lt;/b&gt; start"
    assert highlight("", analyse_query("anything")) == ""
    assert highlight(None, analyse_query("anything")) == ""


# --- hostile queries -----------------------------------------------------------------------

SYNTAX = '"*()^:-NEAR AND OR'
TERM = re.compile(r"[0-9a-z]+")


@pytest.mark.parametrize(
    "text",
    [
        SYNTAX,
        SYNTAX * 500,
        "x" * 10_000,
        "beneficial " * 1_000,
        " ".join(f"word{n}" for n in range(5_000)),
        'title:"open" AND body:(data OR NOT portal)^2 NEAR/3 * -x',
        "ünïcödé 中文 العربية 😀 \u200b\ufeff",
        "\x00\x01\x1f",
        "",
    ],
)
def test_any_query_analyses_to_a_bounded_set_of_plain_terms(text):
    query = analyse_query(text)
    assert len(query.words) <= analysis.MAX_QUERY_WORDS
    assert len(query.groups) <= analysis.MAX_QUERY_WORDS
    assert len(query.words) == len(query.groups)  # typo correction pairs them
    terms = query.all_terms()
    assert len(terms) <= analysis.MAX_QUERY_WORDS * len(analysis.LANGUAGES) + len(glossary.CONCEPTS)
    for term in terms:
        assert TERM.fullmatch(term), term  # nothing a full-text query language would read
        assert len(term) <= analysis.MAX_WORD_LENGTH or term.startswith("zc")


def test_query_operators_are_plain_words_or_stop_words():
    query = analyse_query(SYNTAX)
    assert query.words == ["near"]  # "and"/"or" are stop words, the rest is punctuation
    assert analyse_query("and or not the").is_empty


def test_a_10000_character_query_keeps_its_first_words():
    text = " ".join(f"word{n}" for n in range(2_000))[:10_000]
    query = analyse_query(text)
    assert query.words == [f"word{n}" for n in range(analysis.MAX_QUERY_WORDS)]


def test_a_repeated_word_makes_one_group_and_words_stay_aligned_with_groups():
    query = analyse_query("budget Budget BUDGET registers budget")
    assert query.words == ["budget", "registers"]
    expected = [
        frozenset(stem(w, la) for la in analysis.LANGUAGES) for w in ("budget", "registers")
    ]
    assert query.groups == expected

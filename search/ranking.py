"""How results are ranked, in one place: every weight both engines use, and the scoring they
share. The database engine computes these in Python and SQL; the Elasticsearch engine turns
the same numbers into query clauses (field boosts, function_score functions). Change a weight
here and both engines follow; docs/search.md explains each one."""

# --- text relevance --------------------------------------------------------------------------

# Field weights. On SQLite they are bm25()'s column weights; on Elasticsearch the boosts of the
# multi_match fields ("tags" also weighs the names of the record's themes and areas).
FIELD_WEIGHTS = {"title": 6.0, "tags": 4.0, "summary": 1.5, "body": 1.0}
# PostgreSQL searches score by BM25 with FIELD_WEIGHTS (database._postgres_bm25); its more-like-
# this text ranking still uses ts_rank, which takes one weight per tsvector class, {D, C, B, A}
# = body, summary, tags, title (migration 0002) and has no idf, so these were tuned on the
# judgments rather than copied from FIELD_WEIGHTS.
POSTGRES_RANK_WEIGHTS = (0.1, 0.25, 0.6, 1.0)
POSTGRES_RANK_SCALE = 10  # ts_rank is in [0, 1]; bm25 scores are in the tens

COVERAGE_WEIGHT = 0.6  # score × (1 + 0.6 × share of the query's words the record contains)
MAX_COVERAGE_WORDS = 8  # words of a longer query beyond these do not count for coverage
COMMON_SHARE = 0.5  # nor does a word found in more than this share of the records
PROXIMITY_BONUS = 0.25  # + this when the query's words stand within PROXIMITY_WINDOW words
PROXIMITY_WINDOW = 4
# a search scores the best this many matches by BM25 (database engine; not a tuning knob: a
# record beyond them is scored too whenever it could reach the page asked for)
SEARCH_CANDIDATES = 1000
# Elasticsearch: a match_phrase with slop (PROXIMITY_WINDOW - 1) in a `should`, boosted by this
# share of the field's weight: an additive nudge, as the proximity bonus is
PHRASE_BOOST = 0.5

# --- quality and language --------------------------------------------------------------------

QUALITY_WEIGHT = 0.08  # IRM results (quality 0..1): a tie-breaker, not a ranking of its own
LANGUAGE_BONUS = 0.1  # the reader's own language first among equals
# a record in the language the query is written in (analysis.query_language, when it can
# tell): a French query's French records before English ones that share a word with it
# ("effective"), which still follow: a preference, not a filter
QUERY_LANGUAGE_BONUS = 0.3


def reader_bonus(quality: float, *, in_reader_language: bool) -> float:
    """What a record adds to (1 + …) on top of its text score: 0.08 × quality, + 0.1 when it
    is in the reader's language. Without words to match, the bonus alone orders results."""
    return QUALITY_WEIGHT * (quality or 0.0) + (LANGUAGE_BONUS if in_reader_language else 0.0)


def final_score(
    text_score,
    quality,
    *,
    in_reader_language,
    has_query: bool = True,
    in_query_language=False,
):
    """text score × (1 + reader_bonus [+ QUERY_LANGUAGE_BONUS]); the bonus alone for a search
    without words. On numbers or on NumPy arrays alike (the database engine scores its
    candidates at once): a bonus not earned adds 0.0, which changes no sum."""
    bonus = (
        QUALITY_WEIGHT * quality
        + LANGUAGE_BONUS * in_reader_language
        + QUERY_LANGUAGE_BONUS * in_query_language
    )
    return text_score * (1 + bonus) if has_query else bonus


# --- more like this (evidence-for, related) ----------------------------------------------------

MORE_LIKE_TERMS = 25  # the record's most characteristic terms that make the query
# tf weight of each field when choosing those terms (database engine)
MORE_LIKE_FIELD_WEIGHTS = {"title": 3.0, "tags": 2.0, "summary": 1.5, "body": 0.5}
# more-like-this re-ranks only the best this many full-text matches (not a tuning knob: at
# today's size fewer records match; at full scale tens of thousands would)
MORE_LIKE_CANDIDATES = 1000
MORE_LIKE_MAX_SHARE = 0.4  # terms in more than this share of records say nothing

# --- peers -------------------------------------------------------------------------------------

PEER_AREA_WEIGHT = 2.0  # per shared challenge area
PEER_THEME_WEIGHT = 1.0  # per shared theme
PEER_OTHER_COUNTRY = 0.5  # someone from another country
PEER_COMPARABLE_REFORM = 1.5  # whose country has strong commitments in a shared area
STRONG_QUALITY = 0.35  # a commitment this good (IRM) is a "comparable reform"


def peer_score(shared_areas, shared_themes, *, other_country: bool, comparable: bool) -> float:
    return (
        PEER_AREA_WEIGHT * len(shared_areas)
        + PEER_THEME_WEIGHT * len(shared_themes)
        + (PEER_OTHER_COUNTRY if other_country else 0)
        + (PEER_COMPARABLE_REFORM if comparable else 0)
    )

"""More-like-this fusion (search/fusion.py): the pure parts here, and on the database engine
what text similarity alone gets wrong — a Spanish source in a mostly English corpus, a
multi-topic source, and a commitment page crowded with commitments."""

import datetime

import pytest

from search import fusion, services
from search.engines import get_engine
from search.fusion import Candidate
from tests.search.factories import commitment_create

# --- the pure parts ----------------------------------------------------------------------------


def test_equal_scores_share_the_better_rank():
    ranks = fusion.competition_ranks({"a": 3.0, "b": 2.0, "c": 2.0, "d": 1.0})
    assert ranks == {"a": 1, "b": 2, "c": 2, "d": 4}


def test_reciprocal_rank_fusion_adds_one_over_k_plus_rank():
    fused = fusion.reciprocal_rank_fusion({"a": 9.0, "b": 1.0}, {"b": 5.0, "c": 0.0})
    assert fused == pytest.approx({"a": 1 / 61, "b": 1 / 62 + 1 / 61})  # c: not ranked


def test_a_candidate_both_rankings_found_beats_the_top_of_one():
    candidates = [
        Candidate("words-only", "commitment", text=100.0),
        Candidate("topics-only", "commitment", topics=9.0),
        Candidate("both", "commitment", text=50.0, topics=4.0),
    ]
    assert [c.key for c in fusion.fuse(candidates, limit=3)][0] == "both"


def test_the_reader_bonus_breaks_ties():
    candidates = [
        Candidate("plain", "commitment", topics=2.0),
        Candidate("strong", "commitment", topics=2.0, bonus=0.08),
    ]
    assert [c.key for c in fusion.fuse(candidates, limit=2)] == ["strong", "plain"]


def test_every_kind_keeps_a_place_for_the_best_agreed_record_of_each_kind():
    commitments = [
        Candidate(f"c{i}", "commitment", text=100.0 - i, topics=10.0 - i) for i in range(6)
    ]
    others = [
        Candidate("rec", "recommendation", text=20.0, topics=1.0),
        Candidate("story-words-only", "story", text=30.0),  # no shared topic: no place
    ]
    plain = fusion.fuse(commitments + others, limit=4)
    assert [c.key for c in plain] == ["c0", "c1", "c2", "c3"]
    mixed = fusion.fuse(commitments + others, limit=4, every_kind=True)
    assert [c.key for c in mixed] == ["c0", "c1", "c2", "rec"]  # in fused order


def test_topic_features_fold_tags_and_keep_areas_apart():
    features = fusion.topic_features(
        ["anti-corruption"], ["Right to Information", "right  to information"]
    )
    assert features == {"area:anti-corruption", "tag:right to information"}


# --- on the database engine ----------------------------------------------------------------------


def _add(corpus, public_id, member, title, description, area, theme, policy_areas):
    commitment_create(corpus, public_id, member, 2020, datetime.date(2020, 1, 1), title,
                      description, area, theme, (False, "", ""), policy_areas)  # fmt: skip


@pytest.fixture
def multilingual(corpus):
    """Beside the corpus: a Spanish asset-declaration commitment (the source), another
    Spanish one on a different topic in much the same words, and English ones on asset
    declarations that share none of the source's words."""
    _add(
        corpus,
        "ES0010",
        "spain",
        "Declaraciones patrimoniales de los funcionarios públicos",
        "Los funcionarios públicos del gobierno presentarán sus declaraciones patrimoniales "
        "cada año en la plataforma del gobierno y la ciudadanía podrá consultarlas en la "
        "plataforma.",
        "anti-corruption",
        "anti-corruption",
        ["Asset Disclosure"],
    )
    _add(
        corpus,
        "ES0011",
        "brazil",
        "Plataforma del gobierno para la ciudadanía",
        "La plataforma del gobierno permitirá a la ciudadanía y a los funcionarios públicos "
        "consultar cada año los trámites del gobierno en la plataforma.",
        "climate-environment",
        "climate",
        ["Public Service Delivery"],
    )
    _add(corpus, "FR0010", "france", "Wealth statements by ministers",
         "Ministers file wealth statements, checked by an independent authority.",
         "anti-corruption", "anti-corruption", ["Asset Disclosure"])  # fmt: skip
    services.rebuild()
    return corpus


@pytest.mark.django_db
def test_a_spanish_source_finds_its_topic_in_english_before_spanish_words_on_another(
    multilingual,
):
    found = [h.key for h in get_engine("database").more_like(
        "commitment:ES0010", kinds=["commitment"], limit=10)]  # fmt: skip
    assert "commitment:FR0010" in found
    assert "commitment:KE0002" in found  # asset declarations, in English
    assert found.index("commitment:FR0010") < found.index("commitment:ES0011")
    assert found.index("commitment:KE0002") < found.index("commitment:ES0011")


@pytest.fixture
def crowded(corpus):
    """Three other members' commitments much like KE0001 (a beneficial ownership register)."""
    for public_id, member in (("ES0020", "spain"), ("FR0020", "france"), ("BR0020", "brazil")):
        _add(corpus, public_id, member, "Public register of the beneficial owners of companies",
             "A public register of the beneficial owners of companies, searchable by anyone, "
             "linked to company filings and open as data.", "anti-corruption",
             "anti-corruption", ["Beneficial Ownership"])  # fmt: skip
    services.rebuild()
    return corpus


@pytest.mark.django_db
def test_the_commitment_page_offers_the_guide_and_a_story_among_many_commitments(crowded):
    engine = get_engine("database")
    kinds = ["recommendation", "story", "commitment", "research"]
    plain = engine.more_like("commitment:KE0001", kinds=kinds, limit=3)
    assert {hit.kind for hit in plain} == {"commitment"}  # the crowd
    hits = engine.more_like("commitment:KE0001", kinds=kinds, limit=3, every_kind=True)
    assert {hit.kind for hit in hits} == {"recommendation", "story", "commitment"}
    assert crowded.key("rec:Publish beneficial ownership data") in {hit.key for hit in hits}

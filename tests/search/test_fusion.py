"""More-like-this fusion (search/fusion.py), its pure parts; what it fixes on both engines (a
Spanish source in a mostly English corpus, a commitment page crowded with commitments) is in
the contract suite (test_contract.py)."""

import pytest

from search import fusion
from search.fusion import Candidate

# --- the pure parts ----------------------------------------------------------------------------


def test_equal_scores_share_the_better_rank():
    ranks = fusion.competition_ranks({"a": 3.0, "b": 2.0, "c": 2.0, "d": 1.0})
    assert ranks == {"a": 1, "b": 2, "c": 2, "d": 4}


def test_reciprocal_rank_fusion_adds_one_over_k_plus_rank():
    fused = fusion.reciprocal_rank_fusion({"a": 9.0, "b": 1.0}, {"b": 5.0, "c": 0.0})
    assert fused == pytest.approx({"a": 1 / 61, "b": 1 / 62 + 1 / 61})  # c: not ranked


def test_ranked_lists_fuse_by_position_with_weights():
    fused = fusion.reciprocal_rank_fusion(["a", "b", "c"], ["c", "d"])
    assert max(fused, key=fused.get) == "c"  # third and first beats first alone
    assert fused["a"] == pytest.approx(1 / 61)
    assert fused["d"] == pytest.approx(1 / 62)
    assert set(fused) == {"a", "b", "c", "d"}
    weighted = fusion.reciprocal_rank_fusion(["a", "b"], ["b"], weights=(1.0, 0.5))
    assert weighted == pytest.approx({"a": 1 / 61, "b": 1 / 62 + 0.5 / 61})


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

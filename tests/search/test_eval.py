"""Relevance measurement: the measures by hand, the judgments file's errors, and the
`search_eval` command on the hand-made corpus."""

import io
import json
import math

from django.core.management import CommandError, call_command

import pytest

from search import evaluation
from search.evaluation import Judgment, Scores, dcg, ndcg, recall, reciprocal_rank
from search.models import EvidenceRecord

# --- the measures, computed by hand --------------------------------------------------------

LOG2_3 = math.log2(3)  # the discount at rank 2


def test_dcg_discounts_by_log2_of_the_rank_plus_one():
    assert dcg([]) == 0
    assert dcg([3, 2, 1]) == pytest.approx(3 / 1 + 2 / LOG2_3 + 1 / 2)  # 4.7619
    assert dcg([0, 1]) == pytest.approx(1 / LOG2_3)


@pytest.mark.parametrize(
    ("ranked", "relevant", "expected"),
    [
        (["a", "b", "c"], {"a": 1, "b": 1, "c": 1}, 1.0),  # all relevant, any order
        (["a", "b"], {"a": 2, "b": 1}, 1.0),  # the ideal order
        (["b", "a"], {"a": 2, "b": 1}, (1 + 2 / LOG2_3) / (2 + 1 / LOG2_3)),  # 0.8597
        (["x", "a"], {"a": 1}, 1 / LOG2_3),  # 0.6309
        (["x", "y"], {"a": 1}, 0.0),  # nothing relevant found
        (["a"], {"a": 1, "b": 1}, 1 / (1 + 1 / LOG2_3)),  # 0.6131: b was missed
        ([], {"a": 1}, 0.0),
        (["a"], {}, 0.0),  # no judgment, no score
        (["a"], {"a": 0}, 0.0),  # judged irrelevant
    ],
)
def test_ndcg_by_hand(ranked, relevant, expected):
    assert ndcg(ranked, relevant) == pytest.approx(expected)


def test_ndcg_counts_the_first_ten_only():
    ranked = [f"x{n}" for n in range(10)] + ["a"]
    assert ndcg(ranked, {"a": 1}) == 0.0
    assert ndcg(ranked, {"a": 1}, k=11) == pytest.approx(1 / math.log2(12))


@pytest.mark.parametrize(
    ("ranked", "relevant", "expected"),
    [
        (["a", "b"], {"a": 1}, 1.0),
        (["x", "y", "a"], {"a": 1}, 1 / 3),
        (["x", "a", "b"], {"a": 1, "b": 3}, 1 / 2),  # the first relevant one counts
        (["a", "b"], {"a": 0, "b": 1}, 1 / 2),  # a zero gain is not relevant
        (["x"], {"a": 1}, 0.0),
        ([], {}, 0.0),
    ],
)
def test_reciprocal_rank_by_hand(ranked, relevant, expected):
    assert reciprocal_rank(ranked, relevant) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranked", "relevant", "expected"),
    [
        (["a", "x", "b"], {"a": 1, "b": 2}, 1.0),
        (["a", "x"], {"a": 1, "b": 1, "c": 0}, 1 / 2),  # c, judged irrelevant, is not wanted
        (["x"], {"a": 1}, 0.0),
        (["a"], {}, 0.0),
        (["a", "a"], {"a": 1, "b": 1}, 1 / 2),
    ],
)
def test_recall_by_hand(ranked, relevant, expected):
    assert recall(ranked, relevant) == pytest.approx(expected)


def test_recall_stops_at_its_depth():
    ranked = [f"x{n}" for n in range(50)] + ["a"]
    assert recall(ranked, {"a": 1}) == 0.0
    assert recall(ranked, {"a": 1}, k=51) == 1.0


def test_summary_averages_per_kind_of_judgment():
    def scores(kind, ndcg_, mrr, recall_, language=""):
        judgment = Judgment(id="j", relevant={"a": 1}, query="q" if kind == "free" else "",
                            evidence_for="" if kind == "free" else "commitment:X",
                            language=language)  # fmt: skip
        return Scores(judgment, ndcg_, mrr, recall_, unjudged=0.5)

    table = evaluation.summary(
        [scores("free", 1.0, 1.0, 1.0), scores("free", 0.5, 0.0, 0.5),
         scores("for", 0.25, 0.5, 1.0), scores("for", 0.75, 1.0, 0.5, language="es")],
        intervals=False,
    )  # fmt: skip
    assert table["free-text"] == {"queries": 2, "ndcg@10": 0.75, "mrr": 0.5, "recall@50": 0.75,
                                  "unjudged@10": 0.5}  # fmt: skip
    assert table["evidence-for"] == {"queries": 1, "ndcg@10": 0.25, "mrr": 0.5,
                                     "recall@50": 1.0, "unjudged@10": 0.5}  # fmt: skip
    assert table["evidence-for es"]["ndcg@10"] == 0.75  # a language is a group of its own
    assert evaluation.summary([]) == {}
    with_intervals = evaluation.summary([scores("free", 1.0, 1.0, 1.0), scores("free", 0.5, 0, 0)])
    row = with_intervals["free-text"]
    assert 0.5 <= row["ndcg@10 low"] <= row["ndcg@10"] <= row["ndcg@10 high"] <= 1.0


def test_groups_come_free_text_first_then_by_language():
    def judged(number, language="", evidence=False):
        return Scores(
            Judgment(id=str(number), relevant={}, query="" if evidence else "q",
                     evidence_for="commitment:X" if evidence else "", language=language),
            0, 0, 0,
        )  # fmt: skip

    scores = [judged(1, "es", True), judged(2, "fr"), judged(3, "es"), judged(4), judged(5, "en"),
              judged(6, "en", True), judged(7, "", True), judged(8, "es")]  # fmt: skip
    groups = evaluation.by_group(scores)
    assert list(groups) == ["free-text", "free-text en", "free-text fr", "free-text es",
                            "evidence-for", "evidence-for en", "evidence-for es"]  # fmt: skip
    assert [s.judgment.id for s in groups["free-text es"]] == ["3", "8"]


@pytest.mark.parametrize(
    ("ranked", "relevant", "expected"),
    [
        (["a", "x", "b"], {"a": 1, "b": 0}, 1 / 3),  # judged irrelevant counts as judged
        (["a"], {"a": 2}, 0.0),
        ([], {"a": 1}, 0.0),
        ([f"x{n}" for n in range(12)], {}, 1.0),  # only the first ten count
    ],
)
def test_unjudged_by_hand(ranked, relevant, expected):
    assert evaluation.unjudged(ranked, relevant) == pytest.approx(expected)


# --- confidence intervals and paired comparisons -------------------------------------------


def test_a_bootstrap_interval_is_the_spread_of_the_mean_over_queries():
    # 100 queries scoring 0 or 1 alternately: the mean's standard error is 0.05, so the 95 %
    # interval is 0.5 ± 1.96 × 0.05 ≈ 0.40–0.60
    low, high = evaluation.bootstrap_interval([0.0, 1.0] * 50)
    assert low == pytest.approx(0.40, abs=0.015) and high == pytest.approx(0.60, abs=0.015)
    assert evaluation.bootstrap_interval([0.0, 1.0] * 50) == (low, high)  # seeded: reproducible
    narrow = evaluation.bootstrap_interval([0.0, 1.0] * 500)
    assert narrow[1] - narrow[0] < (high - low) / 2  # ten times the queries, a third the width


def test_a_bootstrap_interval_of_identical_scores_is_a_point():
    assert evaluation.bootstrap_interval([0.8, 0.8, 0.8]) == pytest.approx((0.8, 0.8))
    assert evaluation.bootstrap_interval([0.3]) == (0.3, 0.3)
    assert evaluation.bootstrap_interval([]) == (0.0, 0.0)


def test_a_paired_comparison_cancels_what_each_query_does_to_both_runs():
    # queries that differ a lot from each other, each 0.05 better after: unpaired, the two
    # means' intervals overlap widely; paired, the difference is clearly above zero
    before = [0.1, 0.9, 0.2, 0.8, 0.15, 0.85, 0.3, 0.7, 0.25, 0.75] * 3
    after = [b + 0.05 + (0.01 if n % 2 else -0.01) for n, b in enumerate(before)]
    difference = evaluation.paired_difference(before, after)
    assert difference.queries == 30
    assert difference.mean == pytest.approx(0.05)
    assert 0.04 < difference.low < 0.05 < difference.high < 0.06
    assert difference.not_better == 0.0
    low_before, high_before = evaluation.bootstrap_interval(before)
    assert high_before - low_before > 10 * (difference.high - difference.low)


def test_a_paired_comparison_of_a_change_that_helps_some_and_hurts_others_includes_zero():
    before = [0.5] * 20
    after = [0.7, 0.3] * 10
    difference = evaluation.paired_difference(before, after)
    assert difference.mean == pytest.approx(0.0)
    assert difference.low < 0 < difference.high
    assert 0.3 < difference.not_better < 0.7


def test_a_paired_comparison_of_identical_runs_is_zero_and_not_better():
    difference = evaluation.paired_difference([0.2, 0.9, 0.4], [0.2, 0.9, 0.4])
    assert (difference.mean, difference.low, difference.high) == (0.0, 0.0, 0.0)
    assert difference.not_better == 1.0
    with pytest.raises(ValueError, match="same queries"):
        evaluation.paired_difference([0.1, 0.2], [0.1])


def test_compare_pairs_by_judgment_id_per_group():
    def scored(id_, ndcg_, language="fr"):
        return Scores(Judgment(id=id_, relevant={}, query="q", language=language), ndcg_, 0, 0)

    baseline = {"a": 0.2, "b": 0.4, "c": 0.9}
    table = evaluation.compare(
        baseline, [scored("b", 0.6), scored("a", 0.4), scored("new", 1.0), scored("c", 0.5, "es")]
    )
    assert list(table) == ["free-text fr", "free-text es"]
    assert table["free-text fr"].queries == 2  # "new" has no baseline: left out
    assert table["free-text fr"].before == pytest.approx(0.3)
    assert table["free-text fr"].mean == pytest.approx(0.2)
    assert table["free-text es"].mean == pytest.approx(-0.4)


def test_a_saved_run_reads_back():
    scores = [Scores(Judgment(id="q1", relevant={}, query="q", language="es"), 0.25, 0.5, 1.0)]
    dump = evaluation.run_dump("database", scores)
    assert dump["scores"]["q1"]["group"] == "free-text es"
    assert evaluation.run_load(io.StringIO(json.dumps(dump))) == {"q1": 0.25}
    for broken in ("not json", "{}", '{"scores": {"q1": {"mrr": 1}}}', '{"scores": [1]}'):
        with pytest.raises(evaluation.JudgmentsError, match="not a saved run"):
            evaluation.run_load(io.StringIO(broken))


# --- reading judgments ---------------------------------------------------------------------


def test_judgments_are_read_line_by_line_skipping_blank_lines():
    stream = io.StringIO(
        '{"id": "bo", "query": "beneficial ownership", "relevant": {"commitment:KE0001": 2}}\n'
        "\n"
        '{"evidence_for": "commitment:KE0001", "filters": {"type": ["story"]},'
        ' "relevant": {"story:5": "1"}}\n'
    )
    first, second = evaluation.judgments_read(stream)
    assert (first.id, first.kind, first.relevant) == ("bo", "free-text", {"commitment:KE0001": 2.0})
    assert (second.id, second.kind, second.filters) == ("3", "evidence-for", {"type": ["story"]})
    assert second.relevant == {"story:5": 1.0}
    assert (first.language, first.group) == ("", "free-text")


def test_a_judgment_may_name_its_language_and_describe_its_need():
    stream = io.StringIO(
        '{"id": "fr1", "language": "fr", "query": "lanceurs", "need": "who reports wrongdoing",'
        ' "relevant": {"commitment:KE0001": 0}}\n'
    )
    (judgment,) = evaluation.judgments_read(stream)
    assert (judgment.language, judgment.group, judgment.relevant) == (
        "fr", "free-text fr", {"commitment:KE0001": 0.0})  # fmt: skip


def test_ids_are_unique_across_the_files_read_together():
    seen = set()
    evaluation.judgments_read(io.StringIO('{"id": "a", "query": "q", "relevant": {}}'), seen=seen)
    with pytest.raises(evaluation.JudgmentsError, match="line 2: the id 'a' is used twice"):
        evaluation.judgments_read(
            io.StringIO('{"id": "b", "query": "q", "relevant": {}}\n'
                        '{"id": "a", "query": "q", "relevant": {}}'), seen=seen)  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"query": "a", "relevant": {"k": 1}}', "not json at all"], "line 2: not a judgment"),
        (['{"query": "a"}'], "line 1: not a judgment ('relevant')"),
        (['{"query": "a", "relevant": ["k"]}'], "line 1: not a judgment"),
        (['{"query": "a", "relevant": {"k": "high"}}'], "line 1: not a judgment"),
        (['["query", "a"]'], "line 1: not a judgment"),
        (['"just a string"'], "line 1: not a judgment"),
        (["", '{"relevant": {"k": 1}}'], "line 2: needs a 'query' or an 'evidence_for'"),
    ],
)
def test_bad_judgments_name_their_line(lines, message):
    with pytest.raises(evaluation.JudgmentsError, match=message.replace("(", r"\(").replace(
            ")", r"\)")):  # fmt: skip
        evaluation.judgments_read(io.StringIO("\n".join(lines)))


# --- the command ---------------------------------------------------------------------------


def write_judgments(tmp_path, *items, raw: str = "") -> str:
    path = tmp_path / "judgments.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in items) + raw, encoding="utf-8")
    return str(path)


def run_eval(*args) -> str:
    out = io.StringIO()
    call_command("search_eval", *args, stdout=out)
    return out.getvalue()


def rows(output: str) -> dict[str, list[str]]:
    """The table's rows by their first column."""
    return {line.split()[0]: line.split()[1:] for line in output.splitlines() if line.strip()}


@pytest.mark.django_db
def test_a_perfect_ranking_scores_one(tmp_path, corpus):
    path = write_judgments(
        tmp_path,
        {"id": "bo-title", "query": "beneficial ownership register",
         "relevant": {"commitment:KE0001": 1}},
        {"id": "bo-fr", "query": "propriété effective", "filters": {"type": ["commitment"]},
         "relevant": {"commitment:FR0001": 2, "commitment:KE0001": 1}},
        {"id": "ke-for", "evidence_for": "commitment:KE0001",
         "relevant": {"commitment:ES0001": 1}},
    )  # fmt: skip
    output = run_eval(path, "--per-query")
    assert "engine: database" in output
    header = next(line for line in output.splitlines() if line.startswith("queries"))
    assert header.split() == ["queries", "n", "nDCG@10", "95%", "CI", "MRR", "R@50", "unj@10"]
    table = rows(output)
    assert table["free-text"][:5] == ["2", "1.000", "1.000–1.000", "1.000", "1.000"]
    assert table["evidence-for"][:5] == ["1", "1.000", "1.000–1.000", "1.000", "1.000"]
    # the other hits in the first ten were never judged (the files name one or two records)
    assert 0 < float(table["free-text"][5]) < 1
    assert table["bo-title"][:3] == ["1.000", "1.000", "1.000"]
    assert table["ke-for"][:3] == ["1.000", "1.000", "1.000"]


@pytest.mark.django_db
def test_a_poor_ranking_scores_below_one(tmp_path, corpus):
    path = write_judgments(
        tmp_path,
        # the Spanish commitment mentions ownership once, in its body: it is not first
        {"query": "ownership", "relevant": {"commitment:ES0001": 1}},
        {"query": "ownership", "relevant": {"commitment:NOPE": 1}},
    )
    free_text = rows(run_eval(path))["free-text"]
    ndcg_, mrr, recall_ = (float(free_text[n]) for n in (1, 3, 4))
    low, high = (float(value) for value in free_text[2].split("–"))
    assert free_text[0] == "2"
    assert 0 < ndcg_ < 0.5 and 0 < mrr < 0.5 and recall_ == 0.5
    assert low == 0.0 and ndcg_ < high  # one query found nothing, the other something


@pytest.mark.django_db
def test_figures_per_language_and_a_saved_run_compared(tmp_path, corpus):
    path = write_judgments(
        tmp_path,
        {"id": "fr", "language": "fr", "query": "propriété effective",
         "relevant": {"commitment:FR0001": 2, "commitment:KE0001": 1}},
        {"id": "es", "language": "es", "query": "ownership", "relevant": {"commitment:ES0001": 1}},
        {"id": "for-es", "language": "es", "evidence_for": "commitment:ES0001",
         "relevant": {"commitment:KE0001": 1}},
    )  # fmt: skip
    saved = tmp_path / "run.json"
    first = rows(run_eval(path, "--save", str(saved)))
    assert list(first)[list(first).index("free-text:fr"):][:3] == [
        "free-text:fr", "free-text:es", "evidence-for:es"]  # fmt: skip
    assert json.loads(saved.read_text())["scores"]["es"]["group"] == "free-text es"
    again = run_eval(path, "--compare", str(saved))
    comparison = again[again.index("(paired bootstrap)") :]
    table = rows(comparison)
    assert table["free-text:fr"][0] == "1"
    assert table["free-text:fr"][3:] == ["+0.000", "+0.000–+0.000", "1.000"]  # same engine
    two = run_eval(path, "--engine", "database", "--engine", "database")
    assert "nDCG@10, database − database (paired bootstrap)" in two  # the second vs the first


@pytest.mark.django_db
def test_the_corpus_is_reported_and_demo_content_flagged(tmp_path, corpus):
    path = write_judgments(tmp_path, {"query": "ownership", "relevant": {"commitment:ES0001": 1}})
    output = run_eval(path)
    assert output.startswith("corpus: ")
    assert "not a clean corpus" in output  # the hand-made corpus has stories and the guide
    EvidenceRecord.objects.exclude(kind__in=["commitment", "research"]).delete()
    clean = run_eval(path)
    assert "not a clean corpus" not in clean
    counts = EvidenceRecord.objects.filter(kind="commitment").count()
    assert clean.splitlines()[0] == f"corpus: {counts} records ({counts} commitment)"


@pytest.mark.django_db
def test_bad_files_give_a_command_error_with_the_line(tmp_path, corpus):
    not_json = write_judgments(
        tmp_path, {"query": "a", "relevant": {"commitment:KE0001": 1}}, raw="\n{oops"
    )
    with pytest.raises(CommandError, match="line 2: not a judgment"):
        run_eval(not_json)
    missing = write_judgments(tmp_path, {"query": "a", "relevant": {"k": 1}}, {"query": "b"})
    with pytest.raises(CommandError, match=r"line 2: not a judgment \('relevant'\)"):
        run_eval(missing)
    with pytest.raises(CommandError, match="Cannot read"):
        run_eval(str(tmp_path / "nowhere.jsonl"))
    valid = write_judgments(tmp_path, {"query": "a", "relevant": {"commitment:KE0001": 1}})
    with pytest.raises(CommandError, match="used twice"):
        run_eval(valid, valid)
    (tmp_path / "run.json").write_text("{}", encoding="utf-8")
    with pytest.raises(CommandError, match="not a saved run"):
        run_eval(valid, "--compare", str(tmp_path / "run.json"))

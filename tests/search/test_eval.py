"""Relevance measurement: the measures by hand, the judgments file's errors, and the
`search_eval` command on the hand-made corpus."""

import io
import json
import math

from django.core.management import CommandError, call_command

import pytest

from search import evaluation
from search.evaluation import Judgment, Scores, dcg, ndcg, recall, reciprocal_rank

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
    def scores(kind, ndcg_, mrr, recall_):
        judgment = Judgment(id="j", relevant={"a": 1}, query="q" if kind == "free" else "",
                            evidence_for="" if kind == "free" else "commitment:X")  # fmt: skip
        return Scores(judgment, ndcg_, mrr, recall_)

    table = evaluation.summary(
        [scores("free", 1.0, 1.0, 1.0), scores("free", 0.5, 0.0, 0.5),
         scores("for", 0.25, 0.5, 1.0)]
    )  # fmt: skip
    assert table["free-text"] == {"queries": 2, "ndcg@10": 0.75, "mrr": 0.5, "recall@50": 0.75}
    assert table["evidence-for"] == {"queries": 1, "ndcg@10": 0.25, "mrr": 0.5,
                                     "recall@50": 1.0}  # fmt: skip
    assert evaluation.summary([]) == {}


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
    assert header.split() == ["queries", "n", "nDCG@10", "MRR", "R@50"]
    table = rows(output)
    assert table["free-text"] == ["2", "1.000", "1.000", "1.000"]
    assert table["evidence-for"] == ["1", "1.000", "1.000", "1.000"]
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
    ndcg_, mrr, recall_ = (float(value) for value in free_text[1:])
    assert free_text[0] == "2"
    assert 0 < ndcg_ < 0.5 and 0 < mrr < 0.5 and recall_ == 0.5


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

"""The latency benchmark runs on whatever the index holds and prints p50/p95 per case. Its
figures are not checked here (timings on a test machine mean nothing); that it runs, and
prints every case, is."""

import io
import json
import re

from django.core.management import CommandError, call_command

import pytest

pytestmark = pytest.mark.django_db

CASES = ["raw full-text (floor)", "search, no filter", "search, 1 filter", "search, 3 filters",
         "evidence-for", "peers-for"]  # fmt: skip
ROW = re.compile(r"^(?P<case>.+?)\s+(?P<n>\d+)\s+(?P<p50>\d+\.\d\d)\s+(?P<p95>\d+\.\d\d)\s")


def bench(*args) -> str:
    out = io.StringIO()
    call_command("search_bench", *args, stdout=out)
    return out.getvalue()


def table(output: str) -> dict[str, dict[str, str]]:
    found = {}
    for line in output.splitlines():
        match = ROW.match(line + " ")
        if match:
            found[match["case"].strip()] = match.groupdict()
    return found


def test_the_benchmark_prints_p50_and_p95_for_every_case(corpus, people):
    output = bench("--iterations", "1")
    assert output.splitlines()[0] == "engine: database · 14 records · 8 queries × 1"
    header = output.splitlines()[1].split()
    assert header == ["case", "n", "p50", "ms", "p95", "ms"]
    rows = table(output)
    assert list(rows) == CASES
    assert rows["search, no filter"]["n"] == "8"  # one sample per default query
    assert rows["evidence-for"]["n"] == "5"  # the first five commitments
    assert rows["peers-for"]["n"] == "1"
    for row in rows.values():
        assert float(row["p50"]) <= float(row["p95"])
    assert "× floor" in output


def test_the_benchmark_takes_its_queries_from_a_judgments_file(tmp_path, corpus):
    path = tmp_path / "judgments.jsonl"
    path.write_text(
        "\n".join(json.dumps(item) for item in [
            {"query": "beneficial ownership", "relevant": {"commitment:KE0001": 1}},
            {"query": "legal aid", "relevant": {"commitment:KE0003": 1}},
            {"evidence_for": "commitment:KE0001", "relevant": {"commitment:ES0001": 1}},
        ]),
        encoding="utf-8",
    )  # fmt: skip
    rows = table(bench("--iterations", "2", "--judgments", str(path)))
    assert rows["search, 3 filters"]["n"] == "4"  # two queries, two rounds


def test_the_benchmark_refuses_what_it_cannot_measure(tmp_path, db):
    with pytest.raises(CommandError, match="--iterations must be at least 1"):
        bench("--iterations", "0")
    with pytest.raises(CommandError, match="The index is empty"):
        bench("--iterations", "1")
    with pytest.raises(CommandError, match="Cannot read"):
        bench("--judgments", str(tmp_path / "missing.jsonl"))


def test_a_judgments_file_without_free_text_queries_is_refused(tmp_path, corpus):
    path = tmp_path / "judgments.jsonl"
    path.write_text(
        json.dumps({"evidence_for": "commitment:KE0001", "relevant": {"commitment:ES0001": 1}}),
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="no free-text quer"):
        bench("--iterations", "1", "--judgments", str(path))

"""The judged sets kept in the repository (search/judgments/): they load, they hold what the
README says they hold, and every record they name is a real one (checked against the OGP export
when it is beside the checkout)."""

import csv
import re
from collections import Counter
from pathlib import Path

from django.conf import settings

import pytest

from search import evaluation

JUDGMENTS = Path(settings.BASE_DIR) / "search" / "judgments"
JUDGED = JUDGMENTS / "judged.jsonl"


def _shared_data() -> Path:
    """``shared/data`` beside the checkout (or beside a parent of it, for a worktree)."""
    for parent in Path(settings.BASE_DIR).parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return Path(settings.BASE_DIR).parent / "shared" / "data"


COMMITMENTS = _shared_data() / "ogp-commitments" / "commitments.csv"
needs_real_file = pytest.mark.skipif(
    not COMMITMENTS.exists(), reason=f"the real OGP export is not here ({COMMITMENTS})"
)


@pytest.fixture(scope="module")
def judged():
    with JUDGED.open(encoding="utf-8") as stream:
        return evaluation.judgments_read(stream)


@pytest.fixture(scope="module")
def export():
    with COMMITMENTS.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    return rows


def test_the_sets_hold_ten_queries_per_language_and_ten_evidence_for_sources(judged):
    groups = Counter(judgment.group for judgment in judged)
    assert groups["free-text en"] >= 10
    assert groups["free-text fr"] >= 10
    assert groups["free-text es"] >= 10
    assert groups["evidence-for en"] + groups["evidence-for es"] >= 10
    assert groups["evidence-for es"] >= 3  # Spanish-language sources
    assert set(groups) <= {"free-text en", "free-text fr", "free-text es", "evidence-for en",
                           "evidence-for es"}  # fmt: skip


def test_gains_are_graded_and_every_judgment_finds_something(judged):
    for judgment in judged:
        assert set(judgment.relevant.values()) <= {0.0, 1.0, 2.0}, judgment.id
        assert any(gain > 0 for gain in judgment.relevant.values()), judgment.id
        assert judgment.filters == {"type": ["commitment"]}, judgment.id
        assert all(key.startswith("commitment:") for key in judgment.relevant), judgment.id
        assert judgment.evidence_for not in judgment.relevant


def test_the_ids_do_not_clash_with_the_public_judgments(judged):
    public = _shared_data() / "search" / "judgments-public.jsonl"
    if not public.exists():
        pytest.skip(f"the public judgments are not here ({public})")
    with public.open(encoding="utf-8") as first, JUDGED.open(encoding="utf-8") as second:
        seen = set()
        evaluation.judgments_read(first, seen=seen)
        evaluation.judgments_read(second, seen=seen)  # raises on a clash


@needs_real_file
def test_the_english_paraphrases_avoid_the_policy_area_names(judged, export):
    header = list(export[0])
    areas = header[
        header.index("Anti-Corruption and Integrity") : header.index("Money in Politics") + 1
    ]
    names = {re.sub(r"\s*\(.*\)", "", area).lower() for area in areas}
    for judgment in judged:
        if judgment.group == "free-text en":
            query = judgment.query.lower()
            used = {name for name in names if re.search(rf"\b{re.escape(name)}\b", query)}
            assert not used, (judgment.query, used)


@needs_real_file
def test_every_record_is_a_real_commitment_and_never_the_sources_own_member(judged, export):
    member = {row["Commitment Unique Identifier"]: row["Country/Locality"] for row in export}
    for judgment in judged:
        ids = [key.split(":", 1)[1] for key in judgment.relevant]
        assert set(ids) <= set(member), (judgment.id, set(ids) - set(member))
        if judgment.evidence_for:
            source = judgment.evidence_for.split(":", 1)[1]
            # the engine leaves out the source's own member's commitments: judging them would
            # lower the ideal ranking for nothing
            assert all(member[i] != member[source] for i in ids), judgment.id


def test_the_readme_describes_the_file():
    readme = (JUDGMENTS / "README.md").read_text(encoding="utf-8")
    assert "judged.jsonl" in readme

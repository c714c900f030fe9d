from dataclasses import dataclass

import pytest

from guide.assessment import encode_done, next_steps, parse_done


@dataclass(frozen=True)
class Rec:
    pk: int
    level: str


RECS = [Rec(1, "initial"), Rec(2, "initial"), Rec(3, "intermediate"), Rec(4, "intermediate"),
        Rec(5, "advanced"), Rec(6, "innovative")]  # fmt: skip


@pytest.mark.parametrize(
    ("done", "level", "next_ids"),
    [
        (set(), "initial", [1, 2]),
        ({1}, "initial", [2]),
        ({1, 2}, "intermediate", [3, 4]),
        ({1, 2, 3}, "intermediate", [4]),
        ({3, 4, 5}, "initial", [1, 2]),  # a gap at a lower level comes first
        ({1, 2, 3, 4}, "advanced", [5]),
        ({1, 2, 3, 4, 5}, "innovative", [6]),
        ({1, 2, 3, 4, 5, 6}, None, []),
        ({1, 2, 3, 4, 6}, "advanced", [5]),
    ],
)
def test_next_steps_start_at_the_lowest_incomplete_level(done, level, next_ids):
    outcome = next_steps(RECS, done)
    assert outcome.level == level
    assert [r.pk for r in outcome.next_steps] == next_ids


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, set()),
        ("", set()),
        ("1,3", {1, 3}),
        (["1", "3,4"], {1, 3, 4}),
        ("1,,3, 4 ", {1, 3, 4}),
        ("1,99", {1}),  # not a recommendation of this chapter
        ("-1,abc,1e3,<script>", set()),
        ("9" * 40, set()),
        (",".join(["1"] * 10_000), {1}),
    ],
)
def test_parse_done_keeps_only_this_chapters_recommendations(raw, expected):
    assert parse_done(raw, valid_ids=[1, 2, 3, 4]) == expected


def test_encode_done_is_sorted_and_round_trips():
    assert encode_done({4, 1, 3}) == "1,3,4"
    assert parse_done(encode_done({4, 1, 3}), [1, 3, 4]) == {1, 3, 4}

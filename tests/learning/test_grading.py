"""Grading and the cool-down rule: pure functions, table-driven (no database)."""

import datetime

import pytest

from learning.grading import (
    Check,
    IncompleteAnswers,
    Option,
    Question,
    TamperedAnswers,
    grade,
    next_attempt_at,
)

CHECK = Check(
    id="check",
    heading="",
    questions=(
        Question("q1", "Which one?", "single", (
            Option("a", "Alpha", True, "yes"), Option("b", "Beta", False, "no"))),
        Question("q2", "Which ones?", "multiple", (
            Option("c", "Gamma", False, "no"), Option("d", "Delta", True, "yes"),
            Option("e", "Epsilon", True, "yes"))),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("answers", "score", "passed"),
    [
        ({"q1": ["a"], "q2": ["d", "e"]}, 100, True),
        ({"q1": ["a"], "q2": ["e", "d"]}, 100, True),  # order does not matter
        ({"q1": ["b"], "q2": ["d", "e"]}, 50, False),
        ({"q1": ["a"], "q2": ["d"]}, 50, False),  # half of a multiple answer is wrong
        ({"q1": ["a"], "q2": ["c", "d", "e"]}, 50, False),  # one too many
        ({"q1": ["b"], "q2": ["c"]}, 0, False),
    ],
)
def test_a_question_is_right_when_exactly_its_right_options_are_chosen(answers, score, passed):
    result = grade(CHECK, answers, pass_mark=70)
    assert (result.score, result.passed) == (score, passed)


def test_the_pass_mark_is_inclusive():
    assert grade(CHECK, {"q1": ["a"], "q2": ["c"]}, pass_mark=50).passed
    assert not grade(CHECK, {"q1": ["a"], "q2": ["c"]}, pass_mark=51).passed


def test_the_feedback_returned_is_that_of_the_options_chosen():
    result = grade(CHECK, {"q1": ["b"], "q2": ["d", "e"]}, pass_mark=70)
    assert [o.id for o in result.results[0].chosen] == ["b"]
    assert [r.right for r in result.results] == [False, True]


@pytest.mark.parametrize(
    ("answers", "error", "message"),
    [
        ({"q1": ["zzz"], "q2": ["d"]}, TamperedAnswers, "not one of the question's options"),
        ({"q1": ["c"], "q2": ["d"]}, TamperedAnswers, "not one of the question's options"),
        ({"q1": ["a"], "q2": ["d", "d"]}, TamperedAnswers, "sent twice"),
        ({"q1": ["a", "b"], "q2": ["d"]}, TamperedAnswers, "one answer was sent several"),
        ({"q1": ["a"], "q2": ["d"], "q9": ["a"]}, TamperedAnswers, "not in this check"),
        ({"q1": ["a"]}, IncompleteAnswers, "Answer every question"),
        ({}, IncompleteAnswers, "Answer every question"),
    ],
)
def test_what_no_honest_form_sends_is_refused_with_a_reason(answers, error, message):
    with pytest.raises(error, match=message):
        grade(CHECK, answers, pass_mark=70)


T = datetime.datetime(2030, 1, 1, 12, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("failures", "limit", "expected"),
    [
        (0, 3, None),
        (1, 3, None),
        (2, 3, None),
        (3, 3, T + datetime.timedelta(minutes=30)),  # a round of three failures: pause
        (4, 3, None),  # the first attempt after the pause
        (6, 3, T + datetime.timedelta(minutes=30)),
        (5, 0, None),  # no limit
    ],
)
def test_a_pause_follows_each_round_of_failed_attempts(failures, limit, expected):
    got = next_attempt_at(
        failures=failures, last_failure_at=T, attempt_limit=limit, cooldown_minutes=30
    )
    assert got == expected

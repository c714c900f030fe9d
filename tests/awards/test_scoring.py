"""Judging arithmetic (awards.scoring) against hand-computed figures and published worked
examples: no database."""

import math
from datetime import UTC, datetime
from decimal import Decimal
from fractions import Fraction as F

import pytest

from awards.scoring import (
    TIE_BREAK,
    Criterion,
    NominationEntry,
    Score,
    agreement,
    anonymised_scores,
    compare_rankings,
    icc,
    icc1_unbalanced,
    juror_label,
    juror_totals,
    kendalls_w,
    rank,
    standardised_totals,
)

RUBRIC = [Criterion("impact", 2), Criterion("evidence", Decimal("1"))]


def sheet(nomination_id, juror_id, impact, evidence):
    return [
        Score(nomination_id, juror_id, "impact", impact),
        Score(nomination_id, juror_id, "evidence", evidence),
    ]


# --- totals -------------------------------------------------------------------------------


def test_a_jurors_total_is_the_weighted_mean_of_their_complete_sheet():
    scores = [
        *sheet(1, 10, impact=5, evidence=2),  # (2·5 + 1·2) / 3 = 4
        *sheet(1, 11, impact=3, evidence=4),  # (6 + 4) / 3 = 10/3
        *sheet(2, 10, impact=1, evidence=1),
        Score(2, 11, "impact", 5),  # evidence not scored yet: a draft, not counted
    ]

    assert juror_totals(scores, RUBRIC) == {1: {10: F(4), 11: F(10, 3)}, 2: {10: F(1)}}


@pytest.mark.parametrize(
    ("score", "criteria", "message"),
    [
        (Score(1, 10, "impact", 0), RUBRIC, "outside 1-5"),
        (Score(1, 10, "impact", 6), RUBRIC, "outside 1-5"),
        (Score(1, 10, "style", 3), RUBRIC, "Unknown criterion"),
        (Score(1, 10, "impact", 3), [Criterion("impact", 0)], "positive weight"),
        (Score(1, 10, "impact", 3), [], "positive weight"),
    ],
)
def test_bad_scores_and_rubrics_are_refused(score, criteria, message):
    with pytest.raises(ValueError, match=message):
        juror_totals([score], criteria)


# --- ranking and its tie-break --------------------------------------------------------------

EARLY = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
LATE = datetime(2026, 3, 1, 9, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("first", "second", "submitted", "expected_order", "rule"),
    [
        # The score (mean of the jurors' totals) first.
        ([F(4), F(4)], [F(3), F(4)], (None, None), [1, 2], "score"),
        # Equal means 3: the higher median (4 against 3) wins.
        ([F(2), F(4), F(3)], [F(1), F(4), F(4)], (None, None), [2, 1], "median"),
        # Equal means and medians: more jurors win.
        ([F(3), F(3)], [F(3), F(3), F(3)], (None, None), [2, 1], "jurors"),
        # Then the earlier submission.
        ([F(3), F(3)], [F(3), F(3)], (LATE, EARLY), [2, 1], "submitted"),
        ([F(3), F(3)], [F(3), F(3)], (None, EARLY), [2, 1], "submitted"),
        # Then the lower id.
        ([F(3), F(3)], [F(3), F(3)], (EARLY, EARLY), [1, 2], "id"),
        # Exact fractions: 10/3 twice against (7/3 + 13/3) / 2 is a tie, broken by the median.
        ([F(10, 3), F(10, 3)], [F(7, 3), F(13, 3)], (None, None), [1, 2], "id"),
    ],
)
def test_the_tie_break(first, second, submitted, expected_order, rule):
    totals = {
        1: {10 + index: total for index, total in enumerate(first)},
        2: {20 + index: total for index, total in enumerate(second)},
    }
    nominations = [NominationEntry(1, submitted[0]), NominationEntry(2, submitted[1])]

    ranked = rank(nominations, totals)

    assert [row.nomination_id for row in ranked] == expected_order
    assert [row.position for row in ranked] == [1, 2]
    assert [row.decided_by for row in ranked] == [None, rule]


def test_the_ranking_shows_score_and_spread():
    totals = {1: {10: F(4), 11: F(2), 12: F(3)}, 2: {10: F(5)}, 3: {}}

    first, second, unscored = rank([NominationEntry(i) for i in (3, 2, 1)], totals)

    assert (second.nomination_id, second.score, second.median) == (1, 3, 3)
    assert second.std == pytest.approx(math.sqrt(2 / 3))  # population: ((1 + 1 + 0) / 3) ** 0.5
    assert (second.minimum, second.maximum, second.juror_count) == (2, 4, 3)
    assert (first.nomination_id, first.score, first.std, first.juror_count) == (2, 5, 0, 1)
    assert unscored == rank([NominationEntry(3)], totals)[0]
    assert (unscored.nomination_id, unscored.position, unscored.score) == (3, None, None)


def test_the_tie_break_names_every_rule():
    assert TIE_BREAK == ("score", "median", "jurors", "submitted", "id")


# --- standardisation ----------------------------------------------------------------------

# A strict juror (10) scored nominations 1 and 2, a lenient one (11) nominations 3 and 4.
STRICT_AND_LENIENT = {1: {10: F(3)}, 2: {10: F(1)}, 3: {11: F(5)}, 4: {11: F(4)}}


def test_standardisation_by_hand():
    """Juror 10: mean 2, sd 1, z = +1, −1. Juror 11: mean 4.5, sd 0.5, z = +1, −1. Every total
    given: 3, 1, 5, 4, mean M = 3.25, population variance 8.75 / 4, S = √2.1875.
    Adjusted = M ± S."""
    adjusted = standardised_totals(STRICT_AND_LENIENT)

    spread = math.sqrt(2.1875)
    assert adjusted == {
        1: {10: pytest.approx(3.25 + spread)},
        2: {10: pytest.approx(3.25 - spread)},
        3: {11: pytest.approx(3.25 + spread)},
        4: {11: pytest.approx(3.25 - spread)},
    }


def test_raw_and_adjusted_rankings_side_by_side():
    """Raw: 3 (5), 4 (4), 1 (3), 2 (1). Adjusted: 1 and 3 tie at M + S (1 first by id), then
    2 and 4 at M − S. The strict juror's best nomination rises from third to first."""
    nominations = [NominationEntry(i) for i in (1, 2, 3, 4)]

    rows = compare_rankings(nominations, STRICT_AND_LENIENT)

    assert [(r.nomination_id, r.raw_position, r.adjusted_position, r.moved) for r in rows] == [
        (3, 1, 2, -1),
        (4, 2, 4, -2),
        (1, 3, 1, 2),
        (2, 4, 3, 1),
    ]
    assert [r.raw_score for r in rows] == [5, 4, 3, 1]
    assert rows[2].adjusted_score == pytest.approx(3.25 + math.sqrt(2.1875))


def test_a_uniformly_lenient_juror_is_brought_in_line():
    """Juror 11 gives every nomination one point more than juror 10: the same z-scores."""
    totals = {1: {10: F(2), 11: F(3)}, 2: {10: F(3), 11: F(4)}, 3: {10: F(4), 11: F(5)}}

    adjusted = standardised_totals(totals)

    for nomination_id in totals:
        assert adjusted[nomination_id][10] == pytest.approx(adjusted[nomination_id][11])


def test_a_juror_without_variance_counts_at_the_jury_mean():
    """Juror 12 gave 5 twice and juror 13 scored one nomination: z = 0, adjusted = the mean of
    every total given, (1 + 3 + 5 + 5 + 2) / 5 = 3.2."""
    totals = {1: {10: F(1), 12: F(5), 13: F(2)}, 2: {10: F(3), 12: F(5)}}

    adjusted = standardised_totals(totals)

    assert adjusted[1][12] == adjusted[2][12] == adjusted[1][13] == pytest.approx(3.2)
    assert adjusted[1][10] < 3.2 < adjusted[2][10]
    assert all(math.isfinite(value) for sheet in adjusted.values() for value in sheet.values())


def test_an_adjusted_tie_is_broken_by_the_rule_not_by_rounding():
    """Juror 10 gave 1, 2, 3 and juror 11 gave 1, 4/3, 5/3: both tops are z = +1.2247 and
    should tie, but in floating point one comes out 5e-16 higher than the other."""
    totals = {
        1: {10: F(1)},
        2: {10: F(2)},
        3: {10: F(3)},
        4: {11: F(1)},
        5: {11: F(4, 3)},
        6: {11: F(5, 3)},
    }

    ranked = rank([NominationEntry(3), NominationEntry(6)], standardised_totals(totals))

    assert [row.nomination_id for row in ranked] == [3, 6]
    assert [row.decided_by for row in ranked] == [None, "id"]


# --- agreement: published worked examples --------------------------------------------------

# Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
# reliability. Psychological Bulletin 86(2), 420-428. Table 2: six targets, four judges.
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]


def test_icc_against_shrout_and_fleiss_table_4():
    """Shrout & Fleiss (1979), Table 4, for the data of their Table 2: ICC(1,1) = .17,
    ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,k) = .44, ICC(2,k) = .62, ICC(3,k) = .91."""
    result = icc(SHROUT_FLEISS)

    published = (0.17, 0.29, 0.71, 0.44, 0.62, 0.91)
    computed = (
        result.icc1,
        result.icc2,
        result.icc3,
        result.icc1_k,
        result.icc2_k,
        result.icc3_k,
    )
    assert [round(value, 2) for value in computed] == list(published)


def test_one_way_icc_on_a_balanced_design_is_shrout_and_fleiss_icc_1_1():
    """The unbalanced formula (k₀) reduces to Shrout & Fleiss's ICC(1,1) = .17 when every
    target has the same k judges."""
    assert round(icc1_unbalanced(SHROUT_FLEISS), 2) == 0.17
    assert icc1_unbalanced(SHROUT_FLEISS) == pytest.approx(icc(SHROUT_FLEISS).icc1)


def test_one_way_icc_with_unequal_jurors_by_hand():
    """Groups [1, 2] and [4, 5, 6]: MSB = 14.7, MSW = 2.5 / 3, k₀ = (5 − 13/5) / 1 = 2.4;
    ICC(1) = (MSB − MSW) / (MSB + (k₀ − 1)·MSW) = 13.8667 / 15.8667 = 0.87395."""
    assert icc1_unbalanced([[1, 2], [4, 5, 6]]) == pytest.approx(
        (14.7 - 2.5 / 3) / (14.7 + 1.4 * 2.5 / 3)
    )
    assert icc1_unbalanced([[1, 2], [4, 5, 6]]) == pytest.approx(0.87395, abs=1e-5)


def test_kendalls_w_against_a_published_example():
    """Influential Points, "Kendall coefficient of concordance", worked example I
    (https://influentialpoints.com/Training/coefficient_of_concordance.htm): four raters rank
    the strawberries of eight farms. Rank sums 31 12 12 15 22 5 22 25, SS = 500,
    W = 500 / (504 · 16 / 12) = 0.744; k(N − 1)W = 20.83, P = 0.004."""
    raters = [
        [8, 4, 2, 3, 5, 1, 6, 7],
        [7, 3, 1, 4, 5, 2, 6, 8],
        [8, 2, 5, 6, 7, 1, 4, 3],
        [8, 3, 4, 2, 5, 1, 6, 7],
    ]

    w, p = kendalls_w(raters)

    assert w == pytest.approx(500 / 672)
    assert round(w, 3) == 0.744
    assert round(p, 3) == 0.004


def test_kendalls_w_corrects_for_ties_by_hand():
    """Three jurors, four nominations. Ranks (ties averaged): [1, 2, 3, 4], [1.5, 1.5, 3, 4],
    [2, 1, 3.5, 3.5]; rank sums 4.5, 4.5, 9.5, 11.5 around 7.5: S = 9 + 9 + 4 + 16 = 38.
    Two tied pairs, T = 2 · (2³ − 2) = 12. W = 12S / (m²(n³ − n) − mT) = 456 / (540 − 36)
    = 19/21 (uncorrected it would be 456/540 = 0.844)."""
    w, _p = kendalls_w([[1, 2, 3, 4], [1, 1, 3, 4], [2, 1, 4, 4]])

    assert w == pytest.approx(19 / 21)


@pytest.mark.parametrize(
    "matrix",
    [
        [[3, 3, 3], [4, 4, 4]],  # every juror ties everything
        [[1, 2], [2, 1]],  # two nominations
        [[1, 2, 3]],  # one juror
    ],
)
def test_kendalls_w_is_undefined_on_degenerate_input(matrix):
    assert kendalls_w(matrix) is None


def test_agreement_over_a_complete_category():
    totals = {
        target: {judge: F(rating) for judge, rating in enumerate(row)}
        for target, row in enumerate(SHROUT_FLEISS)
    }

    result = agreement(totals)

    assert (result.nominations, result.jurors, result.complete) == (6, 4, True)
    assert [round(v, 2) for v in (result.icc1, result.icc2, result.icc3)] == [0.17, 0.29, 0.71]
    # Kendall's W of the same matrix, each judge ranking the six targets, by hand. Ranks
    # (ties averaged), judge by judge: [5, 1.5, 4, 3, 6, 1.5], [3.5, 1.5, 5, 1.5, 6, 3.5],
    # [4, 2, 5.5, 1, 5.5, 3], [4.5, 1, 4.5, 2, 6, 3]; rank sums 17, 6, 19, 7.5, 23.5, 11
    # around 14: S = 9 + 64 + 25 + 42.25 + 90.25 + 9 = 239.5. Tied pairs: one, two, one, one,
    # ΣT = 5 · (2³ − 2) = 30. W = 12S / (m²(n³ − n) − mΣT) = 2874 / (3360 − 120) = 0.887.
    assert result.kendalls_w == pytest.approx(2874 / 3240)
    assert 0 < result.friedman_p < 0.05


def test_agreement_over_an_incomplete_category_uses_the_one_way_icc():
    totals = {1: {10: F(1), 11: F(2)}, 2: {11: F(4), 12: F(5), 13: F(6)}}

    result = agreement(totals)

    assert (result.nominations, result.jurors, result.complete) == (2, 4, False)
    assert result.icc1 == pytest.approx(0.87395, abs=1e-5)
    assert result.kendalls_w is result.icc2 is result.icc3 is None


# --- anonymised publication ----------------------------------------------------------------


def test_juror_labels():
    assert [juror_label(i) for i in (0, 1, 25, 26, 27)] == [
        "Juror A",
        "Juror B",
        "Juror Z",
        "Juror AA",
        "Juror AB",
    ]


def finalist_scores():
    scores = []
    for nomination_id in range(1, 21):
        for juror_id in (101, 102, 103):
            scores += sheet(
                nomination_id, juror_id, impact=juror_id - 100, evidence=nomination_id % 5 + 1
            )
    return scores


def test_anonymised_scores_keep_the_values_and_drop_the_identities():
    published = anonymised_scores(finalist_scores(), [3, 7], secret=b"programme-salt")

    assert list(published) == [3, 7]
    for nomination_id, sheets in published.items():
        assert [s.label for s in sheets] == ["Juror A", "Juror B", "Juror C"]
        # Juror n scored impact n: the values survive, whoever they are now labelled.
        assert sorted(s.values["impact"] for s in sheets) == [1, 2, 3]
        assert {s.values["evidence"] for s in sheets} == {nomination_id % 5 + 1}
        assert all(set(vars(s)) == {"label", "values"} for s in sheets)
        assert all(list(s.values) == ["evidence", "impact"] for s in sheets)


def test_anonymised_order_is_stable_per_secret_and_not_the_jurors_order():
    everyone = range(1, 21)
    first = anonymised_scores(finalist_scores(), everyone, secret=b"programme-salt")
    again = anonymised_scores(reversed(finalist_scores()), everyone, secret=b"programme-salt")
    other = anonymised_scores(finalist_scores(), everyone, secret=b"another-salt")

    def orders(published):
        # Juror n scored impact n, so this reads who is behind Juror A, B, C.
        return [tuple(s.values["impact"] for s in sheets) for sheets in published.values()]

    assert orders(first) == orders(again)
    assert orders(first) != orders(other)
    # Not tied to identity: "Juror A" is not always the same juror, nor in id order.
    assert len(set(orders(first))) > 1
    assert {order[0] for order in orders(first)} == {1, 2, 3}

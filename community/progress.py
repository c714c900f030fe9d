"""Progress you can check: one published rule, implemented here and nowhere else.

**A commitment's progress** is the share of its milestones that are done, every milestone
weighing the same, with no partial credit: ``done milestones / all milestones``, shown as a
whole percentage rounded half up. A commitment with no milestones has no computed progress
("no milestones recorded"), never 0%.

**A roll-up** (a member, a challenge area) is the mean of the progress of its commitments
that have milestones, each commitment weighing the same, whatever its number of milestones:
a member cannot raise its figure by splitting one commitment's work into many small
milestones, and a commitment with fifty milestones does not drown ten with two. Commitments
without milestones are left out of the mean and counted separately.

The IRM's own completion rating is a different, independent judgement: it is shown beside the
computed progress and never derived from it nor overwritten by it.

The page /commitments/progress/ states this rule with WORKED_EXAMPLE, computed by these very
functions (community/progress_views.py)."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.utils.translation import gettext_lazy as _


def progress(*, done: int, total: int) -> Fraction | None:
    """The share of ``total`` milestones of which ``done`` are done; None without milestones."""
    if total < 0 or done < 0 or done > total:
        raise ValueError(f"{done} done out of {total} milestones")
    if total == 0:
        return None
    return Fraction(done, total)


def commitment_progress(milestones: Iterable) -> Fraction | None:
    """A commitment's progress from its milestones (objects with ``is_done``)."""
    states = [bool(m.is_done) for m in milestones]
    return progress(done=sum(states), total=len(states))


def rollup(shares: Iterable[Fraction | None]) -> Fraction | None:
    """The mean of the commitments' progress, those without milestones (None) left out."""
    known = [share for share in shares if share is not None]
    if not known:
        return None
    return sum(known, Fraction(0)) / len(known)


def percent(share: Fraction | None) -> int | None:
    """A share as a whole percentage, rounded half up (2/3 -> 67, 1/8 -> 13)."""
    if share is None:
        return None
    exact = Decimal(share.numerator * 100) / Decimal(share.denominator)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Rollup:
    """A member's or a challenge area's figure: the percentage, how many commitments it is
    the mean of, and how many have no milestones (left out)."""

    percent: int | None
    measured: int
    unmeasured: int


def rollup_of(counts: Iterable[tuple[int, int]]) -> Rollup:
    """The roll-up of commitments given as (done, total) milestone counts."""
    shares = [progress(done=done, total=total) for done, total in counts]
    measured = sum(1 for share in shares if share is not None)
    return Rollup(percent(rollup(shares)), measured, len(shares) - measured)


def rollup_of_counted(counts: dict[tuple[int, int], int]) -> Rollup:
    """`rollup_of` over commitments given as {(done, total): how many commitments}: the same
    figure, exactly (community.area_stats keeps an area's milestone counts this way)."""
    measured = sum(n for (_done, total), n in counts.items() if total)
    unmeasured = sum(n for (_done, total), n in counts.items() if not total)
    if not measured:
        return Rollup(None, 0, unmeasured)
    shares = sum(
        (n * progress(done=done, total=total) for (done, total), n in counts.items() if total),
        Fraction(0),
    )
    return Rollup(percent(shares / measured), measured, unmeasured)


@dataclass(frozen=True)
class _Milestone:
    title: object  # a lazily translated string
    is_done: bool


# The example the published page works through (and the first row of the table test).
WORKED_EXAMPLE = {
    # (a commitment's name on the page, its milestones)
    "commitments": [
        (
            "A",
            [
                _Milestone(_("Draft the beneficial ownership law"), True),
                _Milestone(_("Consult civil society on the draft"), True),
                _Milestone(_("Pass the law"), False),
                _Milestone(_("Launch the public register"), False),
                _Milestone(_("Publish the first annual report"), False),
            ],
        ),
        ("B", [_Milestone(_("Publish all contracts as open data"), True)]),
        ("C", []),
    ],
}

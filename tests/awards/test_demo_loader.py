"""The awards demo on the partnership's demo records: three programmes in three states, 40
nominations of real demo records, a jury of six with conflicts, balanced assignments and
scores with a strict and a lenient juror; a second run changes nothing."""

import datetime
import statistics

from django.db.models import Avg, Count
from django.utils import timezone

import pytest

from awards.demo.loader import load_awards
from awards.models import (
    AwardProgrammePage,
    ConflictDeclaration,
    JurorAssignment,
    Nomination,
    Score,
)
from community.demo.loader import load_partnership
from opengov.demo.loader import load_home
from tests import shared_data

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_module(request, django_db_blocker):
    """The home page, the demo partnership and the awards demo, loaded once for the module
    (tests/shared_data.py, "module datasets"); each test runs in a savepoint inside it."""
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        shared_data.vocabulary()
        load_home()
        load_partnership()
        load_awards()
        yield dataset.built()


@pytest.fixture
def demo(demo_module, db):
    """The awards demo, as a first load_awards() leaves it."""


def _state():
    return {
        model.__name__: model.objects.count()
        for model in (AwardProgrammePage, Nomination, JurorAssignment, ConflictDeclaration, Score)
    }


def test_the_demo_awards_load_once(demo):
    first = _state()
    load_awards()
    assert _state() == first

    states = {
        p.slug: p.state for p in AwardProgrammePage.objects.filter(locale__language_code="en")
    }
    assert states == {
        "open-gov-awards-2025": "results",
        "open-gov-awards-2026": "judging",
        "open-gov-awards-2027": "open",
    }
    assert Nomination.objects.count() == 40
    kinds = set(Nomination.objects.values_list("kind", flat=True))
    assert kinds == {"commitment", "member", "reformer", "initiative"}
    # every assignment is free of a recorded conflict, and nobody judges their own nomination
    for assignment in JurorAssignment.objects.select_related("nomination"):
        assert not ConflictDeclaration.objects.filter(
            nomination=assignment.nomination, juror=assignment.juror
        ).exists()
        assert assignment.nomination.nominator_id != assignment.juror_id
    assert ConflictDeclaration.objects.exists()
    # three jurors per assigned nomination
    per_nomination = JurorAssignment.objects.values("nomination").annotate(n=Count("pk"))
    assert {row["n"] for row in per_nomination} == {3}
    # the strict juror scores lower on average than the lenient one
    means = dict(Score.objects.values_list("assignment__juror__email").annotate(mean=Avg("value")))
    assert means["nino.beridze@example.net"] < means["jiwoo.han@example.org"]
    open_one = AwardProgrammePage.objects.get(
        slug="open-gov-awards-2027", locale__language_code="en"
    )
    french = AwardProgrammePage.objects.get(
        translation_key=open_one.translation_key, locale__language_code="fr"
    )
    assert french.live and french.title == "Prix du gouvernement ouvert 2027"
    assert [c.name for c in french.categories.order_by("sort_order")][0] == "Réforme de l'année"
    assert french.criteria.order_by("sort_order")[0].descriptor_5.startswith("Un changement")
    assert open_one.opens_at < timezone.now() < open_one.closes_at
    assert open_one.closes_at - timezone.now() < datetime.timedelta(days=60)


def _ranking(scores, *, standardised: bool) -> list[int]:
    """Nominations by their weighted mean score, raw or with each juror's scores turned
    into z-scores (computed here by hand, independently of the jury's code)."""
    by_juror = {}
    for score in scores:
        by_juror.setdefault(score.assignment.juror_id, []).append(score.value)
    spread = {j: (statistics.mean(v), statistics.pstdev(v) or 1) for j, v in by_juror.items()}
    rows = {}
    for score in scores:
        mean, deviation = spread[score.assignment.juror_id]
        value = (score.value - mean) / deviation if standardised else score.value
        rows.setdefault(score.assignment.nomination_id, []).append((value, score.criterion.weight))
    means = {n: sum(v * w for v, w in r) / sum(w for _v, w in r) for n, r in rows.items()}
    return sorted(means, key=lambda n: (-means[n], n))


def test_the_strict_and_the_lenient_juror_move_the_demo_ranking(demo):
    scores = list(
        Score.objects.filter(
            assignment__nomination__programme__slug="open-gov-awards-2025"
        ).select_related("assignment", "criterion")
    )
    assert _ranking(scores, standardised=False) != _ranking(scores, standardised=True)

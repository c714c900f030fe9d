"""Reads of the guide for other pages: a reformer's saved self-assessments."""

from dataclasses import dataclass

from django.db.models import Prefetch

from . import assessment
from .models import GuideChapterPage, Level, Recommendation, SelfAssessment


@dataclass
class AssessmentProgress:
    """Where a saved self-assessment stands against the chapter's recommendations today."""

    chapter: GuideChapterPage
    done: int  # recommendations of the chapter marked done (ids no longer in it not counted)
    total: int
    next_level: str  # the label of the lowest level not complete; "" when all is done
    next_steps: int  # how many recommendations remain at that level
    updated_at: object


def self_assessments_for(*, user) -> list[AssessmentProgress]:
    """The self-assessments `user` saved, of chapters still published, most recent first
    (two queries, whatever their number)."""
    saved = (
        SelfAssessment.objects.filter(user=user, chapter__live=True)
        .select_related("chapter")
        .prefetch_related(
            Prefetch(
                "chapter__recommendations",
                queryset=Recommendation.objects.only("pk", "level", "sort_order", "chapter_id"),
            )
        )
        .order_by("-updated_at", "-pk")
    )
    levels = dict(Level.choices)
    found = []
    for item in saved:
        recommendations = list(item.chapter.recommendations.all())  # prefetched
        ids = {r.pk for r in recommendations}
        done = {pk for pk in item.done if pk in ids}
        outcome = assessment.next_steps(recommendations, done)
        found.append(
            AssessmentProgress(
                chapter=item.chapter,
                done=len(done),
                total=len(ids),
                next_level=str(levels.get(outcome.level, "")) if outcome.level else "",
                next_steps=len(outcome.next_steps),
                updated_at=item.updated_at,
            )
        )
    return found

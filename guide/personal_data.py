"""The guide's part of "download my data" (registered in GuideConfig.ready)."""

from .models import Recommendation, SelfAssessment


def self_assessments_part(user) -> list[dict]:
    assessments = list(
        SelfAssessment.objects.filter(user=user).select_related("chapter").order_by("pk")
    )
    done_ids = {pk for a in assessments for pk in a.done if isinstance(pk, int)}
    titles = dict(Recommendation.objects.filter(pk__in=done_ids).values_list("pk", "title"))
    return [
        {
            "chapter": assessment.chapter.title,
            "chapter_id": assessment.chapter_id,
            "done": [{"id": pk, "title": titles.get(pk)} for pk in assessment.done],
            "updated_at": assessment.updated_at,
        }
        for assessment in assessments
    ]

"""The awards' part of "download my data" (registered in AwardsConfig.ready): nominations a
person made, nominations of them (without who made them), and, for a juror, their seats,
assignments, conflicts and scores."""

from .models import ConflictDeclaration, Juror, JurorAssignment, Nomination, Score


def awards_part(user) -> dict:
    made = Nomination.objects.filter(nominator=user).with_list_relations().order_by("pk")
    of_me = Nomination.objects.filter(reformer__user=user).select_related("programme", "category")
    return {
        "nominations": [
            {
                "programme": n.programme.title,
                "category": n.category.name,
                "kind": n.kind,
                "title": n.title,
                "description": n.description,
                "statement": n.statement,
                "evidence_links": n.evidence_links,
                "files": [f.original_name for f in n.files.all()],
                "state": n.state,
                "eligibility_reason": n.eligibility_reason,
                "created_at": n.created_at,
                "submitted_at": n.submitted_at,
                "withdrawn_at": n.withdrawn_at,
            }
            for n in made.prefetch_related("files")
        ],
        "nominations_of_me": [
            {
                "programme": n.programme.title,
                "category": n.category.name,
                "state": n.state,
                "declined": n.nominee_declined,
            }
            for n in of_me.exclude(state__in=["draft", "withdrawn"]).order_by("pk")
        ],
        "jury_seats": [
            {"programme": j.programme.title, "organisation": j.organisation}
            for j in Juror.objects.filter(user=user).select_related("programme").order_by("pk")
        ],
        "jury_assignments": [
            {
                "nomination": a.nomination.title,
                "assigned_at": a.created_at,
                "recused_at": a.recused_at,
            }
            for a in JurorAssignment.objects.filter(juror=user).select_related("nomination")
        ],  # fmt: skip
        "conflicts": [
            {"nomination": c.nomination.title, "source": c.source, "reason": c.reason}
            for c in ConflictDeclaration.objects.filter(juror=user).select_related("nomination")
        ],
        "scores": [
            {
                "nomination": s.assignment.nomination.title,
                "criterion": s.criterion.name,
                "score": s.value,
                "comment": s.comment,
                "updated_at": s.updated_at,
            }
            for s in Score.objects.filter(assignment__juror=user)
            .select_related("assignment__nomination", "criterion")
            .order_by("pk")
        ],  # fmt: skip
    }

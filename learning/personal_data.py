"""The learning app's part of "download my data" (registered in LearningConfig.ready)."""

from .models import Alumnus, Application, Attempt, Certificate, Enrolment, Reply, Thread


def learning_part(user) -> dict:
    enrolments = Enrolment.objects.filter(user=user).select_related("course").order_by("pk")
    attempts = Attempt.objects.filter(enrolment__user=user).select_related("lesson")
    return {
        "enrolments": [
            {"course": e.course.title, "enrolled_at": e.created_at, "completed_at": e.completed_at}
            for e in enrolments
        ],
        "attempts": [
            {
                "lesson": a.lesson.title,
                "check": a.check_id,
                "answers": a.answers,
                "score": a.score,
                "passed": a.passed,
                "submitted_at": a.created_at,
            }
            for a in attempts.order_by("pk")
        ],
        "certificates": [
            {
                "course": c.course_title,
                "code": c.code,
                "issued_at": c.issued_at,
                "revoked_at": c.revoked_at,
                "revocation_reason": c.revocation_reason,
            }
            for c in Certificate.objects.filter(user=user).order_by("pk")
        ],
        "cohort_applications": [
            {
                "cohort": a.cohort.title,
                "statement": a.statement,
                "answers": a.answers,
                "state": a.state,
                "message": a.message,
                "submitted_at": a.submitted_at,
                "decided_at": a.decided_at,
            }
            for a in Application.objects.filter(applicant=user)
            .select_related("cohort")
            .order_by("pk")
        ],
        # the cohort boards: what they wrote (hidden posts too: still theirs)
        "board_threads": [
            {
                "cohort": t.cohort.title,
                "title": t.title,
                "body": t.body,
                "posted_at": t.created_at,
                "hidden_at": t.hidden_at,
            }
            for t in Thread.objects.filter(author=user).select_related("cohort").order_by("pk")
        ],
        "board_replies": [
            {
                "cohort": r.thread.cohort.title,
                "thread": r.thread.title,
                "body": r.body,
                "posted_at": r.created_at,
                "hidden_at": r.hidden_at,
            }
            for r in Reply.objects.filter(author=user)
            .select_related("thread__cohort")
            .order_by("pk")
        ],
        "alumni_of": [
            {"cohort": a.cohort.title, "since": a.since}
            for a in Alumnus.objects.filter(user=user).select_related("cohort").order_by("pk")
        ],
    }

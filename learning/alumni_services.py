"""Closing a cohort, and who becomes its alumni. Keyword-only, one transaction; the close
view, the admin's action and the demo loader come through here.

The rule, in one place (`meets_requirements`): a cohort's members (accepted applicants)
become its alumni when it closes if
- the cohort takes a course: they completed that course (an enrolment in the course, in any
  of its languages, with `completed_at` set: every lesson done, every check passed);
- the cohort has no course (a programme): every member does.
There are no exceptions to mark by hand: a member who has not finished the course is not an
alumnus yet, and closing again (once they have) adds them. Closing never removes anyone and
never duplicates anyone (one `Alumnus` per person per cohort, a unique constraint), so closing
twice gives the same alumni."""

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from .cohort_services import CohortError, NotAllowed, is_facilitator
from .models import Alumnus, Application, Cohort, Enrolment, original_of

__all__ = ["CohortError", "NotAllowed"]

CLOSABLE = (Cohort.State.OPEN, Cohort.State.RUNNING, Cohort.State.COMPLETED)


def meets_requirements(cohort: Cohort):
    """The accounts of the members who meet the cohort's requirements (a queryset of
    applications: one per member)."""
    members = Application.objects.filter(cohort=cohort, state=Application.State.ACCEPTED)
    if cohort.course_id is None:
        return members
    course = original_of(cohort.course)
    completed = Enrolment.objects.filter(
        user=OuterRef("applicant"), course=course, completed_at__isnull=False
    )
    return members.filter(Exists(completed))


@transaction.atomic
def close_cohort(*, cohort: Cohort, by) -> int:
    """Close the cohort (its state becomes completed) and make the members who meet its
    requirements alumni. Only its facilitators and staff; not a draft or a cancelled cohort.
    Returns the number of alumni the cohort has now. Idempotent."""
    cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
    if not is_facilitator(user=by, cohort=cohort):
        raise NotAllowed(_("Only this cohort's facilitators can close it."))
    if cohort.state not in CLOSABLE:
        raise CohortError(_("A draft or cancelled cohort cannot be closed."))
    if cohort.state != Cohort.State.COMPLETED:
        Cohort.objects.filter(pk=cohort.pk).update(state=Cohort.State.COMPLETED)
        cohort.state = Cohort.State.COMPLETED
    users = meets_requirements(cohort).values_list("applicant_id", flat=True)
    Alumnus.objects.bulk_create(
        [Alumnus(cohort=cohort, user_id=user_id) for user_id in users],
        ignore_conflicts=True,  # the unique constraint keeps one row per person per cohort
    )
    return Alumnus.objects.filter(cohort=cohort).count()

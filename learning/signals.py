"""Accepted applications can vanish by a cascade no service sees (an account deleted): the
cohort's count of acceptances is then put right, and the freed place offered to the waitlist,
by `cohort_services.cohort_places_recount` in the same transaction. A signal, because rows go
by many paths (the account deletion, the admin's user deletion, a shell)."""

from django.db.models.signals import post_delete

from . import cohort_services
from .models import Application


def _application_deleted(sender, instance, **kwargs):
    if instance.state == Application.State.ACCEPTED:
        cohort_services.cohort_places_recount(cohort_id=instance.cohort_id)


post_delete.connect(
    _application_deleted, sender=Application, dispatch_uid="learning-application-deleted"
)

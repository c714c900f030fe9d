"""Awards on a commitment's timeline (community.timeline; registered in AwardsConfig.ready):
the commitment's wins and shortlistings in programmes whose results are published, at the
date of publication, in one query."""

from django.utils.translation import gettext as _

from community.timeline import Entry
from core.languages import page_url

from .models import Nomination, NominationState


def commitment_awards(commitment) -> list[Entry]:
    nominations = (
        Nomination.objects.filter(
            commitment=commitment,
            state__in=[NominationState.WINNER, NominationState.SHORTLISTED],
            nominee_declined=False,
            programme__results_published_at__isnull=False,
        )
        .select_related("programme", "category")
        .order_by("programme__results_published_at", "pk")
    )
    entries = []
    for nomination in nominations:
        values = {"programme": nomination.programme.title, "category": nomination.category.name}
        if nomination.state == NominationState.WINNER:
            text = _("Award won: %(programme)s, %(category)s") % values
        else:
            text = _("Shortlisted: %(programme)s, %(category)s") % values
        entries.append(
            Entry(
                nomination.programme.results_published_at.date(),
                "award",
                text,
                page_url(nomination.programme),
            )
        )
    return entries

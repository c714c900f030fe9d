"""Awards on a commitment's timeline (community.timeline; registered in AwardsConfig.ready):
the commitment's wins and shortlistings in programmes whose results are published, at the
date of publication, in one query shared with its recognitions
(awards.selectors.commitment_nominations)."""

from django.utils.translation import gettext as _

from community.timeline import Entry
from core.languages import page_url

from . import selectors
from .models import NominationState


def commitment_awards(commitment) -> list[Entry]:
    nominations = sorted(
        selectors.commitment_nominations(commitment.pk),
        key=lambda nomination: nomination.programme.results_published_at,
    )  # stable: the ids' order within one date
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

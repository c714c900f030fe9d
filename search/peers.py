"""The peer read model: what a reformer profile contributes to "peers for me".

A profile is a peer candidate when its owner is active, it is not private and its owner is open
to peer exchange. Its *reform areas* are the challenge areas in which its country has
commitments the IRM judged strong (quality ≥ ranking.STRONG_QUALITY): the country "has done
comparable reforms" there."""

from collections import defaultdict

from community.models import ReformerProfile
from community.models.people import Visibility

from . import ranking
from .models import EvidenceRecord


def reform_areas_by_country() -> dict[str, set[str]]:
    """{country slug: challenge areas with a strong commitment}, from the evidence records."""
    found: dict[str, set[str]] = defaultdict(set)
    rows = EvidenceRecord.objects.filter(kind="commitment", quality__gte=ranking.STRONG_QUALITY)
    for country, areas in rows.values_list("country", "areas"):
        if country:
            found[country].update(areas)
    return found


def visible_peers(visibilities):
    """Peer candidates with one of these visibilities, as they are now in the database:
    what a suggestion must still be when it is shown, whatever an engine's copy says."""
    return (
        ReformerProfile.objects.filter(user__is_active=True, open_to_peer_exchange=True)
        .exclude(visibility=Visibility.PRIVATE)
        .filter(visibility__in=list(visibilities))
    )


def peer_candidates():
    return (
        ReformerProfile.objects.filter(user__is_active=True, open_to_peer_exchange=True)
        .exclude(visibility=Visibility.PRIVATE)
        .select_related("country")
        .prefetch_related("challenge_areas", "themes")
    )


def peer_record(profile, reform_areas: dict[str, set[str]]) -> dict:
    country = profile.country.slug if profile.country_id else ""
    return {
        "profile_id": profile.pk,
        "user_id": profile.user_id,
        "name": profile.display_name,
        "visibility": profile.visibility,
        "country": country,
        "areas": sorted(a.slug for a in profile.challenge_areas.all()),
        "themes": sorted(t.slug for t in profile.themes.all()),
        "reform_areas": sorted(reform_areas.get(country, ())),
    }

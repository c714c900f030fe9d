"""The peer read model: what a reformer profile contributes to "peers for me".

A profile is a peer candidate when its owner is active, it is not private and its owner is open
to peer exchange. Its *reform areas* are the challenge areas in which its country has
commitments the IRM judged strong (quality ≥ ranking.STRONG_QUALITY): the country "has done
comparable reforms" there."""

import time
from collections import defaultdict

from django.core.cache import cache
from django.db.models import Count, Max

import numpy as np

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


# --- the database engine's peer matrix ---------------------------------------------------

_VERSION_KEY = "search:peers:version"


def version() -> int:
    """The version of the peer candidates, shared by every process through the default cache
    (as search.index_version is for the records)."""
    return cache.get_or_set(_VERSION_KEY, time.time_ns, None)


def bump() -> None:
    """A profile, its areas or themes, or its account changed: rebuild the peer matrix."""
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, time.time_ns(), None)


def signature() -> tuple:
    """A cheap fingerprint of the profiles, for changes made by a process not sharing the
    cache: how many, the highest id, the latest change."""
    return tuple(
        ReformerProfile.objects.aggregate(
            count=Count("pk"), last=Max("pk"), updated=Max("updated_at")
        ).values()
    )


class PeerMatrix:
    """Every peer candidate as columns of NumPy arrays, in profile id order: a boolean
    column per challenge area and per theme, the country (as a number) and visibility. A
    query scores all candidates at once (ranking.peer_score, vectorised) and sorts only the
    best: about 1 ms at 100,000 profiles, where the loop over profile objects took 7-15 s.
    About 25 bytes per candidate plus 1 byte per candidate and term (3.5 MB at 100,000
    profiles with 10 areas and 10 themes); built in one pass over the profiles and their
    links (two queries)."""

    def __init__(self):
        rows = list(
            peer_candidates()
            .prefetch_related(None)
            .order_by("pk")
            .values_list("pk", "user_id", "visibility", "country__slug")
        )
        self.ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        self.user_ids = np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows))
        self.visibilities = sorted({r[2] for r in rows})
        self.visibility = np.fromiter(
            (self.visibilities.index(r[2]) for r in rows), dtype=np.int8, count=len(rows)
        )
        self.countries = sorted({r[3] for r in rows if r[3]})
        code = {slug: n for n, slug in enumerate(self.countries)}
        self.country = np.fromiter(
            (code.get(r[3], -1) for r in rows), dtype=np.int32, count=len(rows)
        )
        self.areas = self._columns(ReformerProfile.challenge_areas.through, "challengearea")
        self.themes = self._columns(ReformerProfile.themes.through, "theme")

    def _columns(self, through, term: str) -> dict[str, np.ndarray]:
        links = through.objects.values_list("reformerprofile_id", f"{term}__slug")
        by_slug: dict[str, list[int]] = defaultdict(list)
        for pk, slug in links.iterator(chunk_size=20_000):
            by_slug[slug].append(pk)
        columns = {}
        for slug, pks in by_slug.items():
            wanted = np.asarray(pks, dtype=np.int64)
            at = np.searchsorted(self.ids, wanted)
            at = at[(at < len(self.ids)) & (self.ids[np.minimum(at, len(self.ids) - 1)] == wanted)]
            column = np.zeros(len(self.ids), dtype=bool)
            column[at] = True
            columns[slug] = column
        return columns

    @property
    def nbytes(self) -> int:
        arrays = [self.ids, self.user_ids, self.visibility, self.country]
        arrays += [*self.areas.values(), *self.themes.values()]
        return sum(a.nbytes for a in arrays)

    def top(
        self,
        *,
        areas: set[str],
        themes: set[str],
        country: str,
        comparable_countries: set[str],
        visibilities,
        exclude_user_ids,
        limit: int,
    ) -> list[tuple[int, float, list[str], list[str], bool]]:
        """[(profile id, score, shared areas, shared themes, comparable reform)] of the best
        `limit` candidates sharing an area or a theme: best first, then by profile id."""
        size = len(self.ids)
        area_slugs = sorted(a for a in areas if a in self.areas)
        theme_slugs = sorted(t for t in themes if t in self.themes)
        if not size or limit <= 0 or not (area_slugs or theme_slugs):
            return []
        shared_areas = np.zeros(size, dtype=np.int16)
        for slug in area_slugs:
            shared_areas += self.areas[slug]
        shared_themes = np.zeros(size, dtype=np.int16)
        for slug in theme_slugs:
            shared_themes += self.themes[slug]
        allowed = [self.visibilities.index(v) for v in visibilities if v in self.visibilities]
        keep = ((shared_areas > 0) | (shared_themes > 0)) & np.isin(self.visibility, allowed)
        excluded = [pk for pk in exclude_user_ids if pk is not None]
        if excluded:
            keep &= ~np.isin(self.user_ids, excluded)
        at = np.flatnonzero(keep)
        if not len(at):
            return []
        their_country = self.country[at]
        own = self.countries.index(country) if country in self.countries else -2
        other = (their_country >= 0) & (their_country != own)
        codes = [self.countries.index(c) for c in comparable_countries if c in self.countries]
        comparable = other & np.isin(their_country, codes)
        score = (
            ranking.PEER_AREA_WEIGHT * shared_areas[at]
            + ranking.PEER_THEME_WEIGHT * shared_themes[at]
            + ranking.PEER_OTHER_COUNTRY * other
            + ranking.PEER_COMPARABLE_REFORM * comparable
        )
        if len(at) > limit:  # only the best: those scoring at least the limit-th best
            threshold = np.partition(score, len(score) - limit)[len(score) - limit]
            best = np.flatnonzero(score >= threshold)
        else:
            best = np.arange(len(at))
        # by score, best first, then by id (`at` is in id order)
        ordered = best[np.lexsort((at[best], -score[best]))][:limit]
        found = []
        for n in ordered:
            i = at[n]
            found.append(
                (
                    int(self.ids[i]),
                    float(score[n]),
                    [a for a in area_slugs if self.areas[a][i]],
                    [t for t in theme_slugs if self.themes[t][i]],
                    bool(comparable[n]),
                )
            )
        return found

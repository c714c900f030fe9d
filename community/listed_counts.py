"""How many reformers the directory lists in each country and challenge area, kept on the
country's and the area's own row (`ListedCounts`: one count for anyone, one for signed-in
people) so that the pages showing "see all N reformers" (a member, a commitment, an area's
hub) read it with the row they already load instead of counting: at 100,000 profiles a hub's
count took 40 ms a request.

The counts are rewritten for the countries and areas a write touches by `community.services.
listed_counts_refresh`, queued through the outbox by community.signals on every save or
delete of a profile, change of its areas, and (de)activation of its account; a bulk load
refreshes them all at its end (opengov.scale). What depends on the reader is applied when
read (`count_for`): a signed-in reader does not count the profiles of people who blocked
them, as the list leaves them out."""

from django.db.models import Count, Q

from .models import ChallengeArea, Country, ReformerProfile

_areas = ReformerProfile.challenge_areas.through


def live(*, country_ids=(), area_ids=()) -> dict[tuple[str, int], tuple[int, int]]:
    """{("country" | "area", id): (listed to anyone, listed to signed-in people)} from the
    profiles (two grouped counts; 0 for an id none is listed in)."""
    found = {("country", pk): (0, 0) for pk in country_ids}
    found.update({("area", pk): (0, 0) for pk in area_ids})
    if country_ids:
        rows = (
            ReformerProfile.objects.filter(country_id__in=list(country_ids))
            .order_by()
            .values_list("country_id")
            .annotate(
                public=Count("pk", filter=Q(listed_public=True)),
                members=Count("pk", filter=Q(listed_members=True)),
            )
        )
        found.update({("country", pk): (public, members) for pk, public, members in rows})
    if area_ids:
        rows = (
            _areas.objects.filter(challengearea_id__in=list(area_ids))
            .order_by()
            .values_list("challengearea_id")
            .annotate(
                public=Count("pk", filter=Q(reformerprofile__listed_public=True)),
                members=Count("pk", filter=Q(reformerprofile__listed_members=True)),
            )
        )
        found.update({("area", pk): (public, members) for pk, public, members in rows})
    return found


def stored(term: Country | ChallengeArea) -> tuple[int, int] | None:
    if term.listed_public_count is None or term.listed_members_count is None:
        return None
    return term.listed_public_count, term.listed_members_count


def count_for(user, *, term: Country | ChallengeArea, blockers=frozenset()) -> int:
    """How many profiles of `term` (a country or a challenge area) the directory lists for
    `user`, as `ProfileQuerySet.listed_for(user)` filtered on it would count them:
    stored (none when they never were, then counted); `blockers`, the ids of the people who
    blocked `user` (connection_selectors.blockers_of), are left out."""
    scope = "country" if isinstance(term, Country) else "area"
    counts = stored(term)
    if counts is None:
        counts = live(**{f"{scope}_ids": [term.pk]})[(scope, term.pk)]
    public, members = counts
    if not user.is_authenticated:
        return public
    if not blockers:
        return members
    hidden = ReformerProfile.objects.filter(listed_members=True, user_id__in=list(blockers))
    if scope == "country":
        hidden = hidden.filter(country_id=term.pk)
    else:
        hidden = hidden.filter(challenge_areas=term)
    return members - hidden.count()

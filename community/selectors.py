"""Reads: what each page of the community part shows, in a fixed number of queries."""

import re

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from . import area_stats, connection_selectors, labels, listed_counts
from .models import (
    ActionPlan,
    ChallengeArea,
    ChallengeAreaCount,
    Commitment,
    CommitmentPolicyArea,
    Country,
    Member,
    ReformerProfile,
)


def challenge_areas_with_counts() -> list[ChallengeArea]:
    """The areas in the partnership's order, each with `commitment_count` and
    `member_count` (members with commitments in it), from their stored figures
    (community.area_stats: two queries; an area never computed is counted live)."""
    areas = list(
        ChallengeArea.objects.in_default_locale().order_by("-is_lead", "sort_order", "name")
    )
    stored = ChallengeAreaCount.objects.filter(
        area__in=[area.pk for area in areas], facet__in=[area_stats.TOTAL, area_stats.MEMBER]
    )
    totals, members = {}, {}
    for pk, facet, n in stored.values_list("area_id", "facet", "count"):
        if facet == area_stats.TOTAL:
            totals[pk] = n
        else:
            members[pk] = members.get(pk, 0) + 1
    missing = [area.pk for area in areas if area.pk not in totals]
    live = area_stats.live(missing) if missing else {}
    for area in areas:
        if area.pk in live:
            area.commitment_count = live[area.pk].total
            area.member_count = len(live[area.pk].members)
        else:
            area.commitment_count = totals[area.pk]
            area.member_count = members.get(area.pk, 0)
    return areas


def lead_challenge_areas():
    """The lead areas with `commitment_count` (what the home page shows): counted in the
    commitment–area table alone, by its area index (a row per commitment and area, so no
    DISTINCT), not by joining every commitment and its plan (41 -> 3 ms of CPU at 50,000)."""
    in_area = (
        Commitment.challenge_areas.through.objects.filter(challengearea_id=OuterRef("pk"))
        .order_by()
        .values("challengearea_id")
        .annotate(n=Count("*"))
        .values("n")
    )
    return (
        ChallengeArea.objects.in_default_locale()
        .filter(is_lead=True)
        .annotate(commitment_count=Coalesce(Subquery(in_area), 0))
        .order_by("-is_lead", "sort_order", "name")
    )


def partnership_figures() -> dict[str, int]:
    return {
        "members": Member.objects.count(),
        "commitments": Commitment.objects.count(),
        "countries": Country.objects.in_default_locale()
        .filter(members__isnull=False)
        .distinct()
        .count(),
        # the public directory's count: ReformerProfile.listed_public is the profile's copy
        # of featurable() (public, of an active account), counted in its index (1 ms at
        # 100,000 profiles) rather than every profile joined to its account (60 ms)
        "reformers": ReformerProfile.objects.listed_for(AnonymousUser(), by_index=True).count(),
    }


def challenge_area_get(*, slug: str) -> ChallengeArea:
    area = ChallengeArea.objects.in_default_locale().filter(slug=slug).first()
    if area is None:
        raise Http404("No such challenge area")
    return area


def commitments_in_area(*, area: ChallengeArea):
    """The area's commitments, as an EXISTS on the area link rather than a join: the list's
    order is then read from its index until a page is found (at 50,000 commitments, 12,500
    in an area: 93 -> 5 ms for the first page), instead of sorting every match."""
    in_area = Commitment.challenge_areas.through.objects.filter(
        commitment_id=OuterRef("pk"), challengearea_id=area.pk
    )
    return Commitment.objects.filter(Exists(in_area)).with_list_relations()


def commitments_in_area_joined(*, area: ChallengeArea):
    """The same commitments by a join on the area link: what counts a filtered hub list
    fastest (the area's links first, by their index)."""
    return Commitment.objects.filter(challenge_areas=area)


def members_active_in_area(*, area: ChallengeArea, figures=None) -> list[Member]:
    """The members with commitments in this area, each with `area_commitment_count` (its
    commitments in this area only), most active first, then in the reader's alphabetical
    order of their names (the counts from the area's figures, community.area_stats)."""
    counts = (area_stats.figures_of(area) if figures is None else figures).members
    members = list(Member.objects.filter(pk__in=counts))
    for member in members:
        member.area_commitment_count = counts[member.pk]
    return sorted(
        members,
        key=lambda member: (-member.area_commitment_count, labels.sort_key(labels.label(member))),
    )


def reformers_listed(
    *, user, limit: int, country: Country | None = None, area: ChallengeArea | None = None
) -> tuple[list[ReformerProfile], int]:
    """Up to `limit` of the profiles the directory lists for `user` (never a private one)
    of this country or this area, and how many in all (stored on the country's or the
    area's row: community.listed_counts)."""
    # a country's reformers (a few hundred) are found by the country index and sorted; an
    # area's (thousands) are read in name order from the directory's index: the other way
    # round, a member page's walked the name index for 24 ms and a hub's sorted 3,000 rows
    if area is not None:
        term, by_index, filters = area, True, {"challenge_areas": area}
    else:
        term, by_index, filters = country, False, {"country": country}
    profiles = (
        ReformerProfile.objects.listed_for(user, by_index=by_index)
        .filter(**filters)
        .select_related("country")
        .order_by("display_name")
    )
    shown = list(profiles[:limit])
    if len(shown) < limit:
        return shown, len(shown)
    if term is None:  # a member without a country: the profiles without one
        return shown, profiles.count()
    blockers = connection_selectors.blockers_of(user=user)
    return shown, listed_counts.count_for(user, term=term, blockers=blockers)


def members_for_list():
    return Member.objects.select_related("country__region").order_by("name")


def with_counts(members: list[Member]) -> list[Member]:
    """`members` (a page of them) with `plan_count` and `commitment_count`: two aggregates
    over their own plans and commitments, not a join of every member's commitments."""
    ids = [member.pk for member in members]
    plans = dict(
        ActionPlan.objects.filter(member__in=ids)
        .values_list("member")
        .annotate(n=Count("pk"))
        .values_list("member", "n")
    )
    commitments = dict(
        Commitment.objects.filter(action_plan__member__in=ids)
        .values_list("action_plan__member")
        .annotate(n=Count("pk"))
        .values_list("action_plan__member", "n")
    )
    for member in members:
        member.plan_count = plans.get(member.pk, 0)
        member.commitment_count = commitments.get(member.pk, 0)
    return members


def _natural_key(text: str) -> tuple:
    """A sort key comparing numbers as numbers ("2.10" after "2.9", "10" after "9")."""
    return tuple(
        (0, int(part), "") if part.isdecimal() else (1, 0, part.casefold())
        for part in re.findall(r"\d+|\D+", text)
        if part.isdecimal() or part.strip(" .-")
    )


def in_plan_order(commitments) -> list[Commitment]:
    """Commitments as their plan numbers them (1, 2, 2.1, ..., 10), unnumbered ones last."""
    return sorted(commitments, key=lambda c: (not c.number, _natural_key(c.number), c.public_id))


def _chronological(queryset):
    """Plans in the order they were made; a plan without a year goes last."""
    return queryset.order_by(F("start_year").asc(nulls_last=True), "number", "ogp_id")


def member_get(*, slug: str) -> Member:
    """A member with its action plans, oldest first, each with its commitments in plan
    order (`plan.ordered_commitments`)."""
    member = (
        Member.objects.select_related("country__region")
        .prefetch_related(
            Prefetch(
                "action_plans",
                queryset=_chronological(ActionPlan.objects.all()).prefetch_related(
                    Prefetch(
                        "commitments",
                        queryset=Commitment.objects.prefetch_related("challenge_areas"),
                    )
                ),
            )
        )
        .filter(slug=slug)
        .first()
    )
    if member is None:
        raise Http404("No such member")
    for plan in member.action_plans.all():
        plan.ordered_commitments = in_plan_order(plan.commitments.all())
    return member


def action_plan_get(*, ogp_id: str) -> ActionPlan:
    """A plan (found whatever the case of its id) with its member, the member's other plans
    in order (`plan.member_plans`), and its commitments in plan order
    (`plan.ordered_commitments`)."""
    plan = (
        ActionPlan.objects.select_related("member__country__region")
        .prefetch_related(
            Prefetch(
                "commitments",
                queryset=Commitment.objects.prefetch_related("challenge_areas"),
            )
        )
        .filter(ogp_id__iexact=ogp_id)
        .first()
    )
    if plan is None:
        raise Http404("No such action plan")
    plan.ordered_commitments = in_plan_order(plan.commitments.all())
    plan.member_plans = list(
        _chronological(ActionPlan.objects.filter(member_id=plan.member_id)).annotate(
            commitment_count=Count("commitments")
        )
    )
    return plan


def plan_summary(plan: ActionPlan) -> dict:
    """Figures of a plan whose commitments are loaded (action_plan_get): how many, how many
    starred and completed, and its challenge areas with the number of commitments in each."""
    commitments = plan.ordered_commitments
    areas: dict[int, list] = {}
    for commitment in commitments:
        for area in commitment.challenge_areas.all():
            areas.setdefault(area.pk, [area, 0])[1] += 1
    return {
        "commitments": len(commitments),
        "starred": sum(1 for c in commitments if c.irm_starred),
        "completed": sum(1 for c in commitments if c.status == Commitment.Status.COMPLETED),
        "areas": sorted(areas.values(), key=lambda pair: (-pair[1], pair[0].sort_order)),
    }


def plan_neighbours(*, commitment: Commitment) -> list[Commitment]:
    """The other commitments of the commitment's plan, in plan order (titles and states
    only: one query, whatever the size of the plan)."""
    others = Commitment.objects.filter(action_plan_id=commitment.action_plan_id).exclude(
        pk=commitment.pk
    )
    return in_plan_order(
        others.only("public_id", "number", "title", "short_title", "status", "irm_starred")
    )


def commitment_get(*, public_id: str) -> Commitment:
    commitments = Commitment.objects.select_related(
        "action_plan__member__country__region"
    ).prefetch_related(
        "challenge_areas",
        "themes",
        "milestones__evidence_links",
        # the tagged items with their tags in one query, not one each
        Prefetch(
            "tagged_policy_areas",
            queryset=CommitmentPolicyArea.objects.select_related("tag").order_by("pk"),
        ),
    )
    # the exact identifier through its unique index; another case (redirected by the view)
    # only when that finds nothing: a case-insensitive match reads the whole table
    commitment = (
        commitments.filter(public_id=public_id).first()
        or commitments.filter(public_id__iexact=public_id).first()
    )
    if commitment is None:
        raise Http404("No such commitment")
    return commitment


# the order of the long lists, as keyset pages need it: (field, descending), the last unique
COMMITMENT_LIST_KEYS = [("list_year", True), ("public_id", False)]
REFORMER_LIST_KEYS = [("display_name", False), ("pk", False)]


def commitments_all():
    """Newest plans first (a plan without a year last), then by identifier."""
    return Commitment.objects.with_list_relations().order_by("-list_year", "public_id")


def reformer_directory(*, user, by_index: bool = True):
    """The directory as `user` may see it; `by_index=False` for a read of a few of its
    profiles by key (ReformerProfile.listed_for)."""
    return (
        ReformerProfile.objects.listed_for(user, by_index=by_index)
        .select_related("country")
        .prefetch_related("challenge_areas")
        .order_by("display_name", "pk")
    )


def reformer_get(*, slug: str, user) -> ReformerProfile:
    profile = (
        ReformerProfile.objects.visible_to(user)
        .select_related("country__region", "user")
        .prefetch_related("themes", "challenge_areas", "tagged_expertise__tag")
        .filter(slug=slug)
        .first()
    )
    if profile is None:
        # Same answer whether the profile is private or does not exist: no leak.
        raise Http404("No such profile")
    return profile


def profile_photo_get(*, name: str, user) -> ReformerProfile:
    profile = (
        ReformerProfile.objects.visible_to(user)
        .select_related("user")
        .only("photo", "visibility", "user__is_active")
        .filter(photo=name)
        .first()
    )
    if profile is None:
        raise Http404("No such photo")
    return profile


def countries_of_reformers(*, user):
    """Countries of the reformers listed for `user` (the directory's country filter): a
    country whose only reformers are hidden from them is not among them."""
    # EXISTS per country (a few index lookups each) rather than a DISTINCT over the join of
    # every listed profile: 2 s of CPU at 100,000 profiles, against a few milliseconds
    listed = ReformerProfile.objects.listed_for(user, by_index=True).filter(country=OuterRef("pk"))
    return Country.objects.in_default_locale().filter(Exists(listed))

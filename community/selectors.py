"""Reads: what each page of the community part shows, in a fixed number of queries."""

from django.db.models import Count, F, Prefetch
from django.http import Http404

from .models import ActionPlan, ChallengeArea, Commitment, Country, Member, ReformerProfile


def challenge_areas_with_counts():
    return (
        ChallengeArea.objects.in_default_locale()
        .annotate(
            commitment_count=Count("commitments", distinct=True),
            member_count=Count("commitments__action_plan__member", distinct=True),
        )
        .order_by("-is_lead", "sort_order", "name")
    )


def lead_challenge_areas():
    return challenge_areas_with_counts().filter(is_lead=True)


def partnership_figures() -> dict[str, int]:
    return {
        "members": Member.objects.count(),
        "commitments": Commitment.objects.count(),
        "countries": Country.objects.in_default_locale()
        .filter(members__isnull=False)
        .distinct()
        .count(),
        "reformers": ReformerProfile.objects.featurable().count(),
    }


def challenge_area_get(*, slug: str) -> ChallengeArea:
    area = ChallengeArea.objects.in_default_locale().filter(slug=slug).first()
    if area is None:
        raise Http404("No such challenge area")
    return area


def commitments_in_area(*, area: ChallengeArea):
    return Commitment.objects.filter(challenge_areas=area).with_list_relations()


def members_in_area(*, area: ChallengeArea):
    return Member.objects.filter(action_plans__commitments__challenge_areas=area).distinct()


def members_with_counts():
    return (
        Member.objects.select_related("country__region")
        .annotate(
            commitment_count=Count("action_plans__commitments", distinct=True),
            plan_count=Count("action_plans", distinct=True),
        )
        .order_by("name")
    )


def member_get(*, slug: str) -> Member:
    member = (
        Member.objects.select_related("country__region")
        .prefetch_related(
            Prefetch(
                "action_plans",
                # newest first; OGP's plan before a demo plan of the same years
                queryset=ActionPlan.objects.order_by(
                    F("start_year").desc(nulls_last=True), "ogp_id"
                ).prefetch_related(
                    Prefetch(
                        "commitments",
                        queryset=Commitment.objects.order_by(
                            "number", "public_id"
                        ).prefetch_related("challenge_areas"),
                    )
                ),
            )
        )
        .filter(slug=slug)
        .first()
    )
    if member is None:
        raise Http404("No such member")
    return member


def commitment_get(*, public_id: str) -> Commitment:
    commitment = (
        Commitment.objects.select_related("action_plan__member__country__region")
        .prefetch_related("challenge_areas", "themes", "milestones", "tagged_policy_areas__tag")
        .filter(public_id__iexact=public_id)
        .first()
    )
    if commitment is None:
        raise Http404("No such commitment")
    return commitment


def commitments_all():
    return Commitment.objects.with_list_relations()


def reformer_directory(*, user):
    return (
        ReformerProfile.objects.listed_for(user)
        .select_related("country")
        .prefetch_related("challenge_areas")
        .order_by("display_name")
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
    return (
        Country.objects.in_default_locale()
        .filter(reformers__in=ReformerProfile.objects.listed_for(user))
        .distinct()
    )

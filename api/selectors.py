"""Reads of the open data: the public records the API and the downloads give out, each in a
fixed number of queries whatever the number of records (lists prefetch what their rows show).

Nothing here can reach private data: members, plans, commitments and challenge areas are
public records; stories and guide chapters are live pages without a view restriction; no
reformer profile is read at all."""

from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce

from community.models import ActionPlan, ChallengeArea, Commitment, Member, Theme
from guide.models import GuideChapterPage, Recommendation
from stories.models import StoryPage


def commitments():
    return Commitment.objects.select_related(
        "action_plan__member__country__region"
    ).prefetch_related("challenge_areas", "themes", "tagged_policy_areas__tag", "milestones")


def _count_per_member(queryset, member_field: str):
    """How many rows of `queryset` each member has, as a subquery: counted by the foreign
    key's index for the members listed, and not carried into the list's COUNT (a join of
    every member to its plans and their 50,000 commitments, grouped, cost 40 ms a page)."""
    counted = (
        queryset.filter(**{member_field: OuterRef("pk")})
        .order_by()
        .values(member_field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted), 0)


def members():
    return (
        Member.objects.select_related("country__region")
        .annotate(
            commitment_count=_count_per_member(Commitment.objects.all(), "action_plan__member"),
            action_plan_count=_count_per_member(ActionPlan.objects.all(), "member"),
        )
        .order_by("name", "slug")
    )


def action_plans():
    return (
        ActionPlan.objects.select_related("member__country__region")
        .annotate(commitment_count=Count("commitments"))
        .order_by("member__name", "start_year", "ogp_id")
    )


def challenge_areas():
    return (
        ChallengeArea.objects.in_default_locale()
        .annotate(
            commitment_count=Count("commitments", distinct=True),
            member_count=Count("commitments__action_plan__member", distinct=True),
        )
        .order_by("sort_order", "name", "slug")
    )


def _public_stories():
    return StoryPage.objects.live().public()


def stories():
    return (
        _public_stories()
        .select_related("locale", "member", "country")
        .prefetch_related(
            # as lists (to_attr): a page of 50 stories made 150 of modelcluster's managers
            # otherwise, to read three slugs (7 of 45 ms)
            Prefetch(
                "challenge_areas",
                queryset=ChallengeArea.objects.only("pk", "slug"),
                to_attr="listed_challenge_areas",
            ),
            Prefetch("themes", queryset=Theme.objects.only("pk", "slug"), to_attr="listed_themes"),
            Prefetch(
                "commitments",
                queryset=Commitment.objects.only("pk", "public_id"),
                to_attr="listed_commitments",
            ),
        )
        .order_by("-date", "pk")
    )


def recommendations():
    chapters = GuideChapterPage.objects.live().public()
    return (
        Recommendation.objects.filter(chapter__in=chapters)
        .select_related("chapter__locale")
        .prefetch_related(
            Prefetch("example_commitments", queryset=Commitment.objects.only("pk", "public_id")),
            Prefetch("example_stories", queryset=_public_stories().only("pk", "slug")),
        )
        .order_by("chapter__path", "sort_order", "pk")
    )

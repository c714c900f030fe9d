"""The read-only API, version 1 (docs/open-data.md): the partnership's public records, the
stories and the guide's recommendations, as JSON. Lists are paginated and filter like the
site's listings (the same FilterSets); each record is addressed by its stable identifier."""

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import viewsets

from community.filters import CommitmentFilter, MemberFilter
from community.models import ActionPlan, ChallengeArea, Commitment, Member
from guide.models import Recommendation
from stories.filters import StoryFilter
from stories.models import StoryPage

from . import selectors, serializers
from .filters import ActionPlanFilter

# What a record's identifier can look like in an address (community.urls' converters).
PUBLIC_ID = "[A-Za-z0-9][A-Za-z0-9-]{0,39}"
PLAN_ID = r"[^/\x00]{1,30}"
SLUG = "[-a-zA-Z0-9_]+"


class ReadOnly(viewsets.ReadOnlyModelViewSet):
    filter_backends = [DjangoFilterBackend]


class CommitmentViewSet(ReadOnly):
    """Commitments, newest plans first, with their milestones and IRM assessment."""

    queryset = Commitment.objects.none()  # the model, for the schema; get_queryset reads
    serializer_class = serializers.CommitmentSerializer
    filterset_class = CommitmentFilter
    lookup_field = "public_id"
    lookup_value_regex = PUBLIC_ID

    def get_queryset(self):
        return selectors.commitments()


class MemberViewSet(ReadOnly):
    """Member governments, national and local."""

    queryset = Member.objects.none()  # the model, for the schema; get_queryset reads
    serializer_class = serializers.MemberSerializer
    filterset_class = MemberFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG

    def get_queryset(self):
        return selectors.members()


class ActionPlanViewSet(ReadOnly):
    """Action plans, by member."""

    queryset = ActionPlan.objects.none()  # the model, for the schema; get_queryset reads
    serializer_class = serializers.ActionPlanSerializer
    filterset_class = ActionPlanFilter
    lookup_field = "ogp_id"
    lookup_value_regex = PLAN_ID

    def get_queryset(self):
        return selectors.action_plans()


class ChallengeAreaViewSet(ReadOnly):
    """The partnership's challenge areas, in its own order."""

    queryset = ChallengeArea.objects.none()  # the model, for the schema; get_queryset reads
    serializer_class = serializers.ChallengeAreaSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG

    def get_queryset(self):
        return selectors.challenge_areas()


class StoryViewSet(ReadOnly):
    """Published stories, in every language, newest first."""

    queryset = StoryPage.objects.none()  # the model, for the schema; get_queryset reads
    serializer_class = serializers.StorySerializer
    filterset_class = StoryFilter
    lookup_value_regex = "[0-9]{1,18}"

    def get_queryset(self):
        return selectors.stories()


class RecommendationViewSet(ReadOnly):
    """The guide's recommendations, chapter by chapter."""

    queryset = Recommendation.objects.none()  # the model, for the schema; get_queryset reads
    serializer_class = serializers.RecommendationSerializer
    lookup_value_regex = "[0-9]{1,18}"

    def get_queryset(self):
        return selectors.recommendations()

"""What the API and the JSON downloads say about each public record (docs/open-data.md).

Records are named by their stable identifiers (a commitment's OGP id, an action plan's OGP
id, a member's slug, a challenge area's, theme's or region's slug), never by database keys,
except pages (stories, guide chapters), whose Wagtail id is their stable name."""

from wagtail.rich_text import expand_db_html

from rest_framework import serializers

from community.models import ActionPlan, ChallengeArea, Commitment, Member, Milestone
from guide.models import Recommendation
from stories.models import StoryPage


class SlugsField(serializers.ListField):
    """The slugs of a prefetched many-to-many relation."""

    child = serializers.CharField()

    def __init__(self, attribute="slug", **kwargs):
        self.attribute = attribute
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source)

    def to_representation(self, data):
        items = data.all() if hasattr(data, "all") else data  # a manager, or a prefetched list
        return [getattr(item, self.attribute) for item in items]


class MilestoneSerializer(serializers.ModelSerializer):
    class Meta:
        model = Milestone
        fields = ["title", "due_date", "is_done"]


class CommitmentSerializer(serializers.ModelSerializer):
    action_plan = serializers.CharField(source="action_plan.ogp_id", read_only=True)
    member = serializers.CharField(source="action_plan.member.slug", read_only=True)
    member_code = serializers.CharField(source="action_plan.member.code", read_only=True)
    region = serializers.CharField(source="action_plan.member.country.region.slug", read_only=True)
    challenge_areas = SlugsField()
    themes = SlugsField()
    policy_areas = serializers.SerializerMethodField()
    milestones = MilestoneSerializer(many=True, read_only=True)
    page = serializers.CharField(source="get_absolute_url", read_only=True)
    # an address, or "" when there is none
    source_url = serializers.CharField(read_only=True)

    class Meta:
        model = Commitment
        fields = [
            "public_id",
            "page",
            "action_plan",
            "member",
            "member_code",
            "region",
            "number",
            "title",
            "short_title",
            "description",
            "plan_heading",
            "lead_institution",
            "supporting_institutions",
            "start_date",
            "end_date",
            "status",
            "challenge_areas",
            "themes",
            "policy_areas",
            "milestones",
            "irm_specificity",
            "irm_potential_impact",
            "irm_completion_midterm",
            "irm_completion",
            "irm_opened_government",
            "irm_starred",
            "irm_report_year",
            "source_url",
            "updated_at",
        ]

    def get_policy_areas(self, commitment) -> list[str]:
        return sorted(item.tag.name for item in commitment.tagged_policy_areas.all())


class MemberSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country.iso3", read_only=True)
    country_name = serializers.CharField(source="country.name", read_only=True)
    region = serializers.CharField(source="country.region.slug", read_only=True)
    commitment_count = serializers.IntegerField(read_only=True)
    action_plan_count = serializers.IntegerField(read_only=True)
    page = serializers.CharField(source="get_absolute_url", read_only=True)
    website = serializers.CharField(read_only=True)  # an address, or "" when there is none

    class Meta:
        model = Member
        fields = [
            "slug",
            "page",
            "code",
            "name",
            "kind",
            "country",
            "country_name",
            "region",
            "joined_year",
            "website",
            "description",
            "action_plan_count",
            "commitment_count",
        ]


class ActionPlanSerializer(serializers.ModelSerializer):
    member = serializers.CharField(source="member.slug", read_only=True)
    member_code = serializers.CharField(source="member.code", read_only=True)
    region = serializers.CharField(source="member.country.region.slug", read_only=True)
    commitment_count = serializers.IntegerField(read_only=True)
    page = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = ActionPlan
        fields = [
            "ogp_id",
            "page",
            "member",
            "member_code",
            "region",
            "number",
            "start_year",
            "end_year",
            "commitment_count",
        ]


class ChallengeAreaSerializer(serializers.ModelSerializer):
    commitment_count = serializers.IntegerField(read_only=True)
    member_count = serializers.IntegerField(read_only=True)
    page = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = ChallengeArea
        fields = [
            "slug",
            "page",
            "name",
            "summary",
            "is_lead",
            "commitment_count",
            "member_count",
        ]


class StorySerializer(serializers.ModelSerializer):
    language = serializers.CharField(source="locale.language_code", read_only=True)
    page = serializers.SerializerMethodField()
    member = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    country = serializers.SlugRelatedField(slug_field="iso3", read_only=True, allow_null=True)
    challenge_areas = SlugsField(source="listed_challenge_areas")  # api.selectors.stories
    themes = SlugsField(source="listed_themes")
    commitments = SlugsField(attribute="public_id", source="listed_commitments")

    class Meta:
        model = StoryPage
        fields = [
            "id",
            "slug",
            "page",
            "language",
            "title",
            "date",
            "intro",
            "author_name",
            "member",
            "country",
            "challenge_areas",
            "themes",
            "commitments",
            "first_published_at",
            "last_published_at",
        ]

    def get_page(self, story) -> str | None:
        return story.get_url(request=self.context.get("request"))


class RecommendationSerializer(serializers.ModelSerializer):
    chapter = serializers.IntegerField(source="chapter_id", read_only=True)
    chapter_slug = serializers.CharField(source="chapter.slug", read_only=True)
    chapter_title = serializers.CharField(source="chapter.title", read_only=True)
    language = serializers.CharField(source="chapter.locale.language_code", read_only=True)
    description = serializers.SerializerMethodField()
    example_commitments = SlugsField(attribute="public_id")
    example_stories = SlugsField(attribute="pk", child=serializers.IntegerField())

    class Meta:
        model = Recommendation
        fields = [
            "id",
            "chapter",
            "chapter_slug",
            "chapter_title",
            "language",
            "title",
            "level",
            "description",
            "example_commitments",
            "example_stories",
        ]

    def get_description(self, recommendation) -> str:
        """The description as HTML, its internal links made into addresses."""
        return expand_db_html(recommendation.description)

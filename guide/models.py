"""The Open Gov Guide: a chapter per policy area, recommendations by step level."""

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from community.models import Commitment
from core.pages import TranslatedPageManager

from . import views
from .assessment import LEVELS
from .blocks import LinkBlock
from .levels import Level


class GuideIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["guide.GuideChapterPage"]
    parent_page_types = ["opengov.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide")

    def chapters(self):
        """Every live chapter, in the reader's language when translated, else the original."""
        return (
            GuideChapterPage.objects.live()
            .public()
            .in_reader_language(Locale.get_active())
            .order_by("path")
        )

    @path("")
    def index(self, request):
        return self.render(request, context_overrides={"chapters": self.chapters()})

    @path("report/", name="report")
    def report(self, request):
        return views.report(request, self)

    @path("report/pdf/", name="report_pdf")
    def report_pdf(self, request):
        return views.report(request, self, as_pdf=True)


class GuideChapterPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), max_length=1000)
    themes = ParentalManyToManyField(
        "community.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="guide_chapters",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    challenge_areas = ParentalManyToManyField(
        "community.ChallengeArea",
        verbose_name=_("challenge areas"),
        blank=True,
        related_name="guide_chapters",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("challenge_areas"), FieldPanel("themes")], heading=_("Policy area")
        ),
        InlinePanel("recommendations", heading=_("Recommendations"), label=_("recommendation")),
    ]
    objects = TranslatedPageManager()

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide chapter")

    def ordered_recommendations(self, levels=None) -> list:
        """Recommendations from the initial level up, editors' order within a level.

        Sorted in Python: a chapter has a handful, and in preview they are an unsaved,
        in-memory set that supports no database annotation."""
        recommendations = self.recommendations.all()
        if isinstance(recommendations, models.QuerySet):  # not an in-memory preview
            # the commitments with their plans and members in one query (not three)
            commitments = Commitment.objects.select_related("action_plan__member")
            recommendations = recommendations.prefetch_related(
                Prefetch("example_commitments", queryset=commitments), "example_stories"
            )
        return sorted(
            (r for r in recommendations if levels is None or r.level in levels),
            key=lambda r: (LEVELS.index(r.level) if r.level in LEVELS else len(LEVELS),
                           r.sort_order or 0),
        )  # fmt: skip

    @path("")
    def chapter(self, request):
        return views.chapter(request, self)

    @path("self-assessment/", name="self_assessment")
    def self_assessment(self, request):
        return views.self_assessment(request, self)

    def serve_preview(self, request, mode_name):
        return self.chapter(request)


class Recommendation(Orderable, ClusterableModel):
    """A ClusterableModel: modelcluster saves a child's ParentalManyToManyFields (the examples)
    with the page, in the page's revisions and on publishing, only for clusterable children."""

    chapter = ParentalKey(
        GuideChapterPage, on_delete=models.CASCADE, related_name="recommendations"
    )
    title = models.CharField(_("recommendation"), max_length=255)
    level = models.CharField(_("step level"), max_length=20, choices=Level)
    description = RichTextField(_("description"), features=["bold", "italic", "link", "ul", "ol"])
    example_commitments = ParentalManyToManyField(
        "community.Commitment",
        verbose_name=_("example commitments"),
        blank=True,
        related_name="guide_recommendations",
    )
    example_stories = ParentalManyToManyField(
        "stories.StoryPage",
        verbose_name=_("example stories"),
        blank=True,
        related_name="guide_recommendations",
    )
    standards = StreamField(
        [("link", LinkBlock())], verbose_name=_("standards"), blank=True, use_json_field=True
    )
    partners = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("expert partners"),
        blank=True,
        use_json_field=True,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("level"),
        FieldPanel("description"),
        FieldPanel("example_commitments"),
        FieldPanel("example_stories"),
        FieldPanel("standards"),
        FieldPanel("partners"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")

    def __str__(self):
        return self.title


class SelfAssessment(models.Model):
    """A signed-in reformer's saved answer to a chapter's self-assessment."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="guide_assessments"
    )
    chapter = models.ForeignKey(
        GuideChapterPage, on_delete=models.CASCADE, related_name="assessments"
    )
    done = models.JSONField(_("recommendations already done"), default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("self-assessment")
        constraints = [
            models.UniqueConstraint(fields=["user", "chapter"], name="one_assessment_per_chapter")
        ]

    def __str__(self):
        return f"{self.user} · {self.chapter}"

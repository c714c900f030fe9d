"""Research resources: the evidence behind reforms (studies, reports, books).

Like commitments, they are records with a stable outside identity (the identifier of the
research exchange they come from), not editorial pages, so they are snippets."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from community.models import ChallengeArea, Theme


class ResearchCategoryTag(TagBase):
    """A research exchange's own subject category (e.g. "Citizen Engagement and Crowdsourcing")."""

    class Meta:
        verbose_name = _("research category")
        verbose_name_plural = _("research categories")


class ResourceCategory(TaggedItemBase):
    content_object = ParentalKey(
        "resources.Resource", on_delete=models.CASCADE, related_name="tagged_categories"
    )
    tag = models.ForeignKey(ResearchCategoryTag, on_delete=models.CASCADE, related_name="+")


class ResourceQuerySet(models.QuerySet):
    def with_list_relations(self):
        """What every list of resources shows, fetched in a fixed number of queries."""
        return self.prefetch_related("challenge_areas")

    def newest_first(self):
        return self.order_by(models.F("year").desc(nulls_last=True), "title", "pk")


class Resource(index.Indexed, ClusterableModel):
    """A piece of research on open government: what it found, who wrote it, where it is."""

    # Imported by the hundred, like commitments: the admin's "usage" screens do not need
    # their references, and tracking them would double the import time.
    wagtail_reference_index_ignore = True
    # Indexed by resources.signals instead, which can batch an import's rows (see there).
    search_auto_update = False

    class Kind(models.TextChoices):
        JOURNAL_ARTICLE = "journal_article", _("Journal article")
        RESEARCH_REPORT = "research_report", _("Research report")
        BOOK = "book", _("Book")
        BOOK_CHAPTER = "book_chapter", _("Book chapter")
        CONFERENCE_PAPER = "conference_paper", _("Conference paper")
        WHITE_PAPER = "white_paper", _("White paper")
        WORKING_PAPER = "working_paper", _("Working paper")
        THESIS = "thesis", _("Thesis or dissertation")
        OTHER = "other", _("Other")

    source_id = models.CharField(
        _("source identifier"),
        max_length=64,
        unique=True,
        help_text=_("The identifier the resource has where it comes from, e.g. the research "
                    "exchange's paper id."),
    )  # fmt: skip
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=500)
    abstract = models.TextField(_("abstract"), blank=True)
    authors = models.JSONField(_("authors"), default=list, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    date_label = models.CharField(
        _("date as published"),
        max_length=50,
        blank=True,
        help_text=_("The date as the source gives it, e.g. 12/15 or 7/2015."),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind, default=Kind.OTHER)
    url = models.URLField(_("link to the resource"), max_length=1000, blank=True)
    categories = ClusterTaggableManager(
        verbose_name=_("research categories"),
        through=ResourceCategory,
        blank=True,
        help_text=_("The source's own subject categories."),
    )
    objectives = models.JSONField(_("objectives"), default=list, blank=True)
    methodologies = models.JSONField(_("methodologies"), default=list, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    places = models.JSONField(
        _("places"),
        default=list,
        blank=True,
        help_text=_("Countries, regions or cities the research is about."),
    )
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="resources"
    )
    challenge_areas = ParentalManyToManyField(
        ChallengeArea, verbose_name=_("challenge areas"), blank=True, related_name="resources"
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        default="en",
        help_text=_("Language code of the resource's text, e.g. en."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ResourceQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("authors_text"),
        index.SearchField("abstract"),
        index.SearchField("source_id"),
        index.FilterField("kind"),
        index.FilterField("year"),
        index.FilterField("language"),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("source_id"),
                FieldPanel("title"),
                FieldPanel("slug"),
                FieldPanel("authors"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("year"), FieldPanel("date_label")]),
                FieldPanel("abstract"),
                FieldPanel("url"),
                FieldPanel("language"),
            ],
            heading=_("Resource"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("challenge_areas"),
                FieldPanel("themes"),
                FieldPanel("categories"),
                FieldPanel("objectives"),
                FieldPanel("methodologies"),
                FieldPanel("sectors"),
                FieldPanel("places"),
            ],
            heading=_("Classification"),
        ),
    ]

    class Meta:
        verbose_name = _("research resource")
        verbose_name_plural = _("research resources")
        ordering = [models.F("year").desc(nulls_last=True), "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("resources:resource_detail", kwargs={"slug": self.slug})

    @property
    def authors_text(self) -> str:
        return ", ".join(self.authors or [])

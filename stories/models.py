"""OpenStories: editorial stories of reforms and the reformers behind them."""

import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from community.choosers import FeaturedReformersPageForm
from community.models import ReformerProfile
from core.pages import TranslatedPageManager, TranslatedPageQuerySet

from .blocks import StoryBodyBlock
from .feeds import StoryAtomFeed, StoryRssFeed
from .filters import StoryFilter

STORIES_PER_PAGE = 12


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryQuerySet(TranslatedPageQuerySet):
    def with_card_relations(self):
        return self.select_related("hero_image", "country", "member", "locale").prefetch_related(
            "challenge_areas", "themes"
        )


StoryManager = TranslatedPageManager.from_queryset(StoryQuerySet)


class StoryIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["stories.StoryPage"]
    parent_page_types = ["opengov.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story index")

    def stories(self):
        """Live stories of every language tree, one version each (the reader's language,
        else the original), newest first."""
        return (
            StoryPage.objects.live()
            .public()
            .in_reader_language(Locale.get_active())
            .order_by("-date", "-pk")
        )

    @path("")
    def index(self, request):
        filterset = StoryFilter(request.GET, queryset=self.stories().with_card_relations())
        page_obj = Paginator(filterset.qs, STORIES_PER_PAGE).get_page(request.GET.get("page"))
        # filtered by a theme: that theme's feeds are offered beside the list
        feed_theme = getattr(filterset.form, "cleaned_data", {}).get("theme")
        return self.render(
            request,
            context_overrides={"filter": filterset, "page_obj": page_obj, "feed_theme": feed_theme},
        )

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return StoryRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return StoryAtomFeed(self)(request)

    @path("feed/<slug:theme>/rss/", name="theme_feed_rss")
    def theme_feed_rss(self, request, theme):
        return StoryRssFeed(self, theme_slug=theme)(request)

    @path("feed/<slug:theme>/atom/", name="theme_feed_atom")
    def theme_feed_atom(self, request, theme):
        return StoryAtomFeed(self, theme_slug=theme)(request)


class StoryPage(Page):
    date = models.DateField(_("date"), default=datetime.date.today)
    intro = models.TextField(
        _("introduction"), max_length=500, help_text=_("One or two sentences shown in lists.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(_("hero image description"), max_length=250, blank=True)
    hero_credit = models.CharField(_("hero image credit"), max_length=120, blank=True)
    body = StreamField(StoryBodyBlock(), verbose_name=_("body"), blank=True)
    author_name = models.CharField(_("author"), max_length=120, blank=True)
    member = models.ForeignKey(
        "community.Member",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    country = models.ForeignKey(
        "community.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    themes = ParentalManyToManyField(
        "community.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="stories",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    challenge_areas = ParentalManyToManyField(
        "community.ChallengeArea",
        verbose_name=_("challenge areas"),
        blank=True,
        related_name="stories",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    commitments = ParentalManyToManyField(
        "community.Commitment",
        verbose_name=_("commitments featured"),
        blank=True,
        related_name="stories",
    )
    reformers = ParentalManyToManyField(
        "community.ReformerProfile",
        verbose_name=_("reformers featured"),
        blank=True,
        related_name="stories",
        help_text=_("Only their public profiles are linked from the story."),
    )
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=StoryTag, blank=True)

    objects = StoryManager()

    # "reformers featured" offers public profiles only (and those the story already features)
    base_form_class = FeaturedReformersPageForm

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("author_name")]),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text"), FieldPanel("hero_credit")],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("member"),
                FieldPanel("country"),
                FieldPanel("challenge_areas"),
                FieldPanel("themes"),
                FieldPanel("commitments"),
                FieldPanel("reformers"),
                FieldPanel("tags"),
            ],
            heading=_("What the story is about"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("author_name"),
        index.FilterField("date"),
    ]
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        # newest first (the story index, a chapter's or an area's stories), read in this
        # order until a page is full rather than sorting every story
        indexes = [models.Index(fields=["date", "page_ptr"], name="story_date_idx")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_reformers"] = ReformerProfile.objects.visible_to(request.user).filter(
            stories=self
        )
        context["featured_commitments"] = self.commitments.select_related("action_plan__member")
        return context

    og_type = "article"

    @property
    def social_image(self):
        return self.hero_image

    @property
    def social_description(self):
        return self.search_description or self.intro

"""The partnership's shared vocabulary: regions, countries, themes and challenge areas.

They are translatable snippets: each locale has its own row, linked by ``translation_key``.
Records (commitments, profiles) always point at the default-locale row; pages show the
label of the active language through :mod:`community.labels`."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TaxonomyQuerySet(models.QuerySet):
    def in_default_locale(self):
        """The rows records point at (translations live beside them in other locales)."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in addresses and filters; keep it the same in every language."),
    )

    objects = TaxonomyQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class ListedCounts(models.Model):
    """How many reformer profiles of this country or area the directory lists to anyone
    (`listed_public_count`) and to signed-in people (`listed_members_count`, before those
    who blocked the reader are left out): kept by community.listed_counts from the writes
    that change them, so that a member, commitment or hub page shows "see all N" without
    counting; None until first computed (then they are counted live)."""

    listed_public_count = models.PositiveIntegerField(null=True, editable=False)
    listed_members_count = models.PositiveIntegerField(null=True, editable=False)

    class Meta:
        abstract = True


class Region(TaxonomyTerm):
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_locale")
        ]


class Country(ListedCounts, TaxonomyTerm):
    iso3 = models.CharField(
        _("ISO code"),
        max_length=3,
        help_text=_("ISO 3166-1 alpha-3 code, e.g. KEN (XKX for Kosovo)."),
    )
    iso2 = models.CharField(_("two-letter code"), max_length=2, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="countries",
    )

    search_fields = TaxonomyTerm.search_fields + [
        index.SearchField("iso3"),
        index.AutocompleteField("iso3"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("iso3"),
        FieldPanel("iso2"),
        FieldPanel("region"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_country_slug_locale"),
            models.UniqueConstraint(fields=["iso3", "locale"], name="unique_country_iso3_locale"),
        ]


class Theme(TaxonomyTerm):
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_locale")
        ]


class ChallengeArea(ListedCounts, TaxonomyTerm):
    summary = models.TextField(_("summary"), blank=True)
    is_lead = models.BooleanField(
        _("lead area"),
        default=False,
        help_text=_("One of the areas the partnership puts the most weight on."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="challenge_areas"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("is_lead"),
        FieldPanel("sort_order"),
        FieldPanel("themes"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("challenge area")
        verbose_name_plural = _("challenge areas")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_challengearea_slug_locale"
            )
        ]

    def get_absolute_url(self):
        return reverse("community:challenge_area_detail", kwargs={"slug": self.slug})

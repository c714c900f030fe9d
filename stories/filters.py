"""Story filters: theme, challenge area, country, region and year combine (AND).

Every filter is declared, so the FilterSet names no model: the story index page imports this
module, and this module imports nothing of the stories app."""

from django.utils.translation import gettext_lazy as _

import django_filters

from community.fields import YearFilter
from community.filters import (
    LabelledChoiceFilter,
    areas_choices,
    regions_choices,
    themes_choices,
)
from community.models import Country


def _countries(request):
    return Country.objects.in_default_locale().filter(stories__isnull=False).distinct()


class StoryFilter(django_filters.FilterSet):
    theme = LabelledChoiceFilter(label=_("Theme"), field_name="themes", queryset=themes_choices)
    area = LabelledChoiceFilter(
        label=_("Challenge area"),
        field_name="challenge_areas",
        queryset=areas_choices,
        collate=False,
    )
    country = LabelledChoiceFilter(label=_("Country"), queryset=_countries)
    region = LabelledChoiceFilter(
        label=_("Region"), field_name="country__region", queryset=regions_choices
    )
    year = YearFilter(
        label=_("Year"), field_name="date", lookup_expr="year", min_value=2000, max_value=2100
    )

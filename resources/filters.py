"""The research list's filters. An unknown value is reported on the form and ignored."""

from django.utils.translation import gettext_lazy as _

import django_filters

from community.filters import (
    KeywordFilter,
    KeywordFilterSetMixin,
    LabelledChoiceFilter,
    areas_choices,
    themes_choices,
)

from . import selectors
from .models import Resource


def _year_choices():
    return [(year, str(year)) for year in selectors.resource_years()]


class ResourceFilter(KeywordFilterSetMixin, django_filters.FilterSet):
    q = KeywordFilter(kind="research", key_field="source_id")
    area = LabelledChoiceFilter(
        label=_("Challenge area"),
        field_name="challenge_areas",
        queryset=areas_choices,
        collate=False,
    )
    theme = LabelledChoiceFilter(label=_("Theme"), field_name="themes", queryset=themes_choices)
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Resource.Kind.choices, empty_label=_("All")
    )
    year = django_filters.ChoiceFilter(label=_("Year"), choices=_year_choices, empty_label=_("All"))
    category = LabelledChoiceFilter(
        label=_("Research category"),
        field_name="categories",
        queryset=lambda request: selectors.categories_in_use(),
    )

    class Meta:
        model = Resource
        fields = ["q", "area", "theme", "kind", "year", "category"]

"""The alumni directory's filters: cohort, region, challenge area, theme, country, sector
(they combine). Choices are addressed by slug, named in the reader's language (|label) and
in their collation; an unknown value is reported on the form and ignored (community's bounded
fields), never a 500. The cohort and country choices are only those of alumni the reader
may see, with counts of those alone."""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext_lazy as _

import django_filters

from community.filters import (
    LabelledChoiceFilter,
    areas_choices,
    regions_choices,
    themes_choices,
)
from community.models import ReformerProfile

from . import alumni_selectors as selectors


def _viewer(request):
    return getattr(request, "user", None) or AnonymousUser()


def cohorts_choices(request):
    return selectors.cohorts_with_alumni(viewer=_viewer(request))


def countries_choices(request):
    return selectors.countries_of_alumni(viewer=_viewer(request))


def cohort_label(cohort) -> str:
    return f"{cohort.title} ({cohort.alumni_count})"


class CohortChoiceFilter(LabelledChoiceFilter):
    """Cohorts by title (not vocabulary), in the reader's collation, with their count."""

    @property
    def field(self):
        field = super().field
        field.label_from_instance = cohort_label
        return field


class AlumniFilter(django_filters.FilterSet):
    cohort = CohortChoiceFilter(
        label=_("Cohort"), field_name="user__alumni_of__cohort", queryset=cohorts_choices
    )
    region = LabelledChoiceFilter(
        label=_("Region"), field_name="country__region", queryset=regions_choices
    )
    area = LabelledChoiceFilter(
        label=_("Challenge area"),
        field_name="challenge_areas",
        queryset=areas_choices,
        collate=False,  # the partnership's own order of its areas
    )
    theme = LabelledChoiceFilter(label=_("Theme"), field_name="themes", queryset=themes_choices)
    country = LabelledChoiceFilter(label=_("Country"), queryset=countries_choices)
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), choices=ReformerProfile.Sector.choices, empty_label=_("All")
    )

    class Meta:
        model = ReformerProfile
        fields = ["cohort", "region", "area", "theme", "country", "sector"]

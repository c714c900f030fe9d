"""Catalogue filters: theme, challenge area, level and language combine (AND)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

import django_filters

from community.filters import LabelledChoiceFilter, areas_choices, themes_choices

from .models import CoursePage, Level


class CourseFilter(django_filters.FilterSet):
    theme = LabelledChoiceFilter(label=_("Theme"), field_name="themes", queryset=themes_choices)
    area = LabelledChoiceFilter(
        label=_("Challenge area"),
        field_name="challenge_areas",
        queryset=areas_choices,
        collate=False,  # the partnership's own order of its areas
    )
    level = django_filters.ChoiceFilter(
        label=_("Level"), choices=Level.choices, empty_label=_("All")
    )
    language = django_filters.ChoiceFilter(
        label=_("Available in"),
        choices=settings.LANGUAGES,
        empty_label=_("All"),
        method="filter_language",
    )

    class Meta:
        model = CoursePage
        fields = ["theme", "area", "level", "language"]

    def filter_language(self, queryset, name, value):
        """Courses with a live version in that language (the original or a translation)."""
        there = CoursePage.objects.live().filter(locale__language_code=value)
        return queryset.filter(translation_key__in=there.values("translation_key"))

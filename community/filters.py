"""Filters for the lists. An unknown value is reported on the form and ignored, never a 500."""

from django import forms
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

import django_filters

from . import labels, selectors
from .fields import BoundedFilterChoiceField
from .models import ChallengeArea, Commitment, Member, ReformerProfile, Region, Theme


class BoundedModelChoiceFilter(django_filters.ModelChoiceFilter):
    """Every model choice in a query string goes through this (see community/fields.py)."""

    field_class = BoundedFilterChoiceField


class CollatedChoiceIterator(django_filters.fields.ModelChoiceIterator):
    """The choices in the reader's alphabetical order of their names (community.labels)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if self.field.null_label is not None:
            yield (self.field.null_value, self.field.null_label)
        for obj in labels.sorted_by_label(self.queryset, self.field.label_from_instance):
            yield self.choice(obj)


class LabelledChoiceFilter(BoundedModelChoiceFilter):
    """Choices named in the reader's language and in its alphabetical order (or, with
    `collate=False`, the queryset's own order), addressed by slug in the URL."""

    def __init__(self, *args, collate=True, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", _("All"))
        self.collate = collate
        super().__init__(*args, **kwargs)

    @property
    def field(self):
        field = super().field
        field.label_from_instance = labels.label
        if self.collate:
            field.iterator = CollatedChoiceIterator
        return field


def regions_choices(request):
    return Region.objects.in_default_locale()


def themes_choices(request):
    return Theme.objects.in_default_locale()


def areas_choices(request):
    return ChallengeArea.objects.in_default_locale().order_by("sort_order")


class CommitmentFilter(django_filters.FilterSet):
    area = LabelledChoiceFilter(
        label=_("Challenge area"),
        field_name="challenge_areas",
        queryset=areas_choices,
        collate=False,  # the partnership's own order of its areas
    )
    theme = LabelledChoiceFilter(label=_("Theme"), field_name="themes", queryset=themes_choices)
    region = LabelledChoiceFilter(
        label=_("Region"),
        field_name="action_plan__member__country__region",
        queryset=regions_choices,
    )
    member = LabelledChoiceFilter(
        label=_("Member"), field_name="action_plan__member", queryset=Member.objects.all()
    )
    status = django_filters.ChoiceFilter(
        label=_("Progress"), choices=Commitment.Status.choices, empty_label=_("All")
    )
    starred = django_filters.BooleanFilter(
        label=_("Starred by the IRM"),
        field_name="irm_starred",
        widget=forms.CheckboxInput,
        method="filter_starred",
    )

    class Meta:
        model = Commitment
        fields = ["area", "theme", "region", "member", "status", "starred"]

    def filter_starred(self, queryset, name, value):
        return queryset.filter(irm_starred=True) if value else queryset


class HubCommitmentFilter(CommitmentFilter):
    """On a challenge area's hub the area is fixed; members are those active in it."""

    class Meta(CommitmentFilter.Meta):
        fields = ["region", "member", "status", "starred"]

    def __init__(self, *args, area, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters.pop("area")
        self.filters.pop("theme")
        self.filters["member"].queryset = Member.objects.filter(
            action_plans__commitments__challenge_areas=area
        ).distinct()


class MemberFilter(django_filters.FilterSet):
    region = LabelledChoiceFilter(
        label=_("Region"), field_name="country__region", queryset=regions_choices
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Member.Kind.choices, empty_label=_("All")
    )

    class Meta:
        model = Member
        fields = ["region", "kind"]


def reformer_countries_choices(request):
    # counted over the profiles listed for this reader only: a country whose reformers are
    # all private or community-only must not betray them
    user = getattr(request, "user", None) or AnonymousUser()
    return selectors.countries_of_reformers(user=user)


class ReformerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Name or organisation"), method="filter_text")
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), choices=ReformerProfile.Sector.choices, empty_label=_("All")
    )
    area = LabelledChoiceFilter(
        label=_("Challenge area"),
        field_name="challenge_areas",
        queryset=areas_choices,
        collate=False,
    )
    theme = LabelledChoiceFilter(label=_("Theme"), field_name="themes", queryset=themes_choices)
    country = LabelledChoiceFilter(label=_("Country"), queryset=reformer_countries_choices)

    class Meta:
        model = ReformerProfile
        fields = ["q", "sector", "area", "theme", "country"]

    def filter_text(self, queryset, name, value):
        value = value.strip()[:100]
        if not value:
            return queryset
        return queryset.filter(
            Q(display_name__icontains=value)
            | Q(organisation__icontains=value)
            | Q(headline__icontains=value)
        )

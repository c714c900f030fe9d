"""Filters for the lists. An unknown value is reported on the form and ignored, never a 500."""

from django import forms
from django.contrib.auth.models import AnonymousUser
from django.db.models import Case, IntegerField, Q, When
from django.forms.models import ModelChoiceIteratorValue
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

import django_filters

from . import keywords, labels, selectors
from .fields import BoundedFilterChoiceField
from .models import (
    ChallengeArea,
    Commitment,
    Member,
    PolicyAreaTag,
    ReformerProfile,
    Region,
    Theme,
)


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
        # the choices the page has already read (LabelledChoiceFilter.preloaded), else its
        # queryset; each name found once (sorting by a key function, then labelling, twice)
        preloaded = getattr(self.field, "preloaded", None)
        objects = self.queryset if preloaded is None else preloaded
        named = [(self.field.label_from_instance(obj), obj) for obj in objects]
        named.sort(key=lambda pair: labels.sort_key(pair[0]))
        for name, obj in named:
            yield (ModelChoiceIteratorValue(self.field.prepare_value(obj), obj), name)


class OptionsSelect(forms.Select):
    """A select whose options are written in one pass instead of through a template each:
    the member filter's hundreds of options took a third of the commitment list's time."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        # plain escaping and one join: format_html a option was most of a hub's 600 members
        options = mark_safe(  # noqa: S308 -- every value is escaped
            "".join(
                f'<option value="{conditional_escape(key)}"'
                f"{' selected' if str(key) in chosen else ''}>{conditional_escape(text)}</option>"
                for key, text in self.choices
            )
        )
        # the name first, then the others in their order, as Django's template writes them
        attributes = {"name": name, **self.build_attrs(self.attrs, attrs)}
        written = format_html_join(
            "",
            "{}",
            (
                (
                    format_html(' {}="{}"', key, value)
                    if value is not True
                    else format_html(" {}", key),
                )
                for key, value in attributes.items()
                if value is not None and value is not False
            ),
        )
        return format_html("<select{}>{}</select>", written, options)


class LabelledChoiceFilter(BoundedModelChoiceFilter):
    """Choices named in the reader's language and in its alphabetical order (or, with
    `collate=False`, the queryset's own order), addressed by slug in the URL."""

    def __init__(self, *args, collate=True, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", _("All"))
        kwargs.setdefault("widget", OptionsSelect)
        self.collate = collate
        super().__init__(*args, **kwargs)

    # the choices as objects the page has already read, the queryset's very rows (set by the
    # filter set: the hub's members), shown without reading them again; the queryset still
    # validates what is chosen
    preloaded = None

    @property
    def field(self):
        field = super().field
        field.label_from_instance = labels.label
        field.preloaded = self.preloaded
        if self.collate:
            field.iterator = CollatedChoiceIterator
        return field


MAX_KEYWORDS_LENGTH = 200


class KeywordFilter(django_filters.CharFilter):
    """Words to look for in a list of records, answered by the evidence search (through
    community.keywords: stemming in English, French and Spanish, typo correction, relevance)
    over the records of one `kind`. The best `max_matches` are kept, best first, and the
    list's other filters and pages apply to them: enough for every match of a precise search,
    bounded for a vague one.
    `key_field` is the record's field its search key ends with ("commitment:AL0002" →
    public_id). The filter set learns how many matched in all (`keyword_matches`)."""

    max_matches = 200

    def __init__(self, *args, kind: str, key_field: str, **kwargs):
        kwargs.setdefault("label", _("Words"))
        kwargs.setdefault("max_length", MAX_KEYWORDS_LENGTH)
        kwargs.setdefault("widget", forms.TextInput(attrs={"type": "search"}))
        super().__init__(*args, **kwargs)
        self.kind, self.key_field = kind, key_field

    def filter(self, qs, value):
        words = " ".join((value or "").split())
        if not words:
            return qs
        found = keywords.matches(words, kind=self.kind, limit=self.max_matches)
        if found is None:
            return qs
        self.parent.keyword_matches = found.total
        self.parent.keyword_limit = self.max_matches
        keys = found.keys
        rank = Case(
            *(When(**{self.key_field: key}, then=n) for n, key in enumerate(keys)),
            output_field=IntegerField(),
        )
        return qs.filter(**{f"{self.key_field}__in": keys}).order_by(rank, "pk")


class KeywordFilterSetMixin:
    """For a filter set with a KeywordFilter: `keyword_matches`, how many records the words
    matched in all (None without words), of which the best `keyword_limit` are listed."""

    keyword_matches = None
    keyword_limit = None


def regions_choices(request):
    return Region.objects.in_default_locale()


def themes_choices(request):
    return Theme.objects.in_default_locale()


def areas_choices(request):
    return ChallengeArea.objects.in_default_locale().order_by("sort_order")


def policy_areas_choices(request):
    return PolicyAreaTag.objects.all()


class CommitmentFilter(KeywordFilterSetMixin, django_filters.FilterSet):
    q = KeywordFilter(kind="commitment", key_field="public_id")
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
    policy_area = LabelledChoiceFilter(
        label=_("Policy area"),
        field_name="tagged_policy_areas__tag",
        queryset=policy_areas_choices,
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
        fields = ["q", "area", "theme", "region", "member", "policy_area", "status", "starred"]

    def filter_starred(self, queryset, name, value):
        return queryset.filter(irm_starred=True) if value else queryset


class HubCommitmentFilter(CommitmentFilter):
    """On a challenge area's hub the area is fixed; members are those active in it."""

    class Meta(CommitmentFilter.Meta):
        fields = ["region", "member", "status", "starred"]

    def __init__(self, *args, area, members=None, **kwargs):
        """`members`: the members with commitments in the area, when the page has read them
        (selectors.members_active_in_area): shown as the choices without reading them
        again; else they are asked for."""
        super().__init__(*args, **kwargs)
        self.area = area
        for name in ("q", "area", "theme", "policy_area"):
            self.filters.pop(name)
        if members is None:
            ids = Member.objects.filter(action_plans__commitments__challenge_areas=area).values(
                "pk"
            )
        else:
            ids = [member.pk for member in members]
            self.filters["member"].preloaded = list(members)
        self.filters["member"].queryset = Member.objects.filter(pk__in=ids)


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

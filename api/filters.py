"""The API's filters beyond the listings' own (community.filters, stories.filters)."""

from django.utils.translation import gettext_lazy as _

import django_filters

from community.filters import LabelledChoiceFilter, regions_choices
from community.models import ActionPlan, Member


class ActionPlanFilter(django_filters.FilterSet):
    member = LabelledChoiceFilter(label=_("Member"), queryset=Member.objects.all())
    region = LabelledChoiceFilter(
        label=_("Region"), field_name="member__country__region", queryset=regions_choices
    )

    class Meta:
        model = ActionPlan
        fields = ["member", "region"]

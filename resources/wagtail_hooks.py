from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from community.models import ChallengeArea, Theme

from .models import Resource


class ResourceFilterSet(WagtailFilterSet):
    challenge_areas = django_filters.ModelChoiceFilter(
        label=_("Challenge area"), queryset=ChallengeArea.objects.in_default_locale()
    )
    themes = django_filters.ModelChoiceFilter(
        label=_("Theme"), queryset=Theme.objects.in_default_locale()
    )

    class Meta:
        model = Resource
        fields = ["kind", "year", "language"]


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full"
    list_display = ["title", "kind", "year", "source_id"]
    filterset_class = ResourceFilterSet
    # No search_fields: the admin autocompletes on the model's AutocompleteFields (the title);
    # naming other fields here makes the database backend fail ("no such column").
    list_per_page = 50


# Research is evidence, not the partnership's own records: it gets its own menu rather than
# a place in "Partnership" (which would make the community app depend on this one).
class LibraryGroup(SnippetViewSetGroup):
    menu_label = _("Library")
    menu_icon = "doc-full"
    menu_order = 220
    items = (ResourceViewSet,)


register_snippet(LibraryGroup)

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from . import workspace_services
from .choosers import ReformerChooserViewSet
from .models import (
    ActionPlan,
    ChallengeArea,
    Commitment,
    Country,
    Member,
    PointOfContact,
    ReformerProfile,
    Region,
    Theme,
)

# The viewsets set no `search_fields`: every model here is `index.Indexed`, so the admin
# searches the model's own index fields. Naming fields on a viewset restricts the Wagtail
# database backend to columns of its full-text table, which fails on SQLite ("no such column").
# The admin listing autocompletes (prefix search) when a model has AutocompleteFields, and then
# reads only those: every field a listing should find by is an AutocompleteField on the model.


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "iso3", "region"]
    list_filter = ["region"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]


class ChallengeAreaViewSet(SnippetViewSet):
    model = ChallengeArea
    icon = "pick"
    list_display = ["name", "is_lead", "sort_order"]
    list_filter = ["is_lead"]


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabulary")
    menu_icon = "tag"
    menu_order = 210
    items = (ChallengeAreaViewSet, ThemeViewSet, RegionViewSet, CountryViewSet)


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "group"
    list_display = ["name", "code", "kind", "country"]
    list_filter = ["kind", "country__region"]


class ActionPlanViewSet(SnippetViewSet):
    model = ActionPlan
    icon = "list-ul"
    list_display = ["ogp_id", "member", "start_year", "end_year"]
    list_filter = ["start_year"]


class CommitmentFilterSet(WagtailFilterSet):
    member = django_filters.ModelChoiceFilter(
        label=_("Member"),
        field_name="action_plan__member",
        queryset=Member.objects.order_by("name"),
    )
    challenge_areas = django_filters.ModelChoiceFilter(
        label=_("Challenge area"),
        queryset=ChallengeArea.objects.in_default_locale(),
    )

    class Meta:
        model = Commitment
        fields = ["status", "irm_starred", "irm_potential_impact"]


class CommitmentViewSet(SnippetViewSet):
    model = Commitment
    icon = "tasks"
    list_display = ["public_id", "title", "action_plan", "status"]
    filterset_class = CommitmentFilterSet
    list_per_page = 50

    def get_queryset(self, request):
        return Commitment.objects.select_related("action_plan__member")


class ReformerProfileViewSet(SnippetViewSet):
    model = ReformerProfile
    icon = "user"
    list_display = ["display_name", "organisation", "sector", "visibility"]
    list_filter = ["visibility", "sector"]
    # the listing is the admin of records (staff only); the chooser, used while writing
    # content, offers public profiles only
    chooser_viewset_class = ReformerChooserViewSet


class PointOfContactViewSet(SnippetViewSet):
    """Staff name a member's points of contact (who then keep its commitments current in
    their workspace, /workspace/) and remove them by deleting the row."""

    model = PointOfContact
    icon = "user"
    list_display = ["user", "member", "created_at", "created_by"]
    list_filter = ["member"]
    panels = [FieldPanel("member"), FieldPanel("user")]

    def get_queryset(self, request):
        return PointOfContact.objects.select_related("member", "user", "created_by")


@hooks.register("after_create_snippet")
def _point_of_contact_named_by(request, instance):
    if isinstance(instance, PointOfContact) and instance.created_by_id is None:
        instance.created_by = request.user
        instance.save(update_fields=["created_by"])


@hooks.register("before_edit_snippet")
def _commitment_before_edit(request, instance):
    if isinstance(instance, Commitment):
        request._commitment_before = workspace_services.commitment_snapshot(instance)


@hooks.register("after_edit_snippet")
def _commitment_edited(request, instance):
    """Edits of a commitment in the admin join its history, like the workspace's."""
    before = getattr(request, "_commitment_before", None)
    if isinstance(instance, Commitment) and before is not None:
        workspace_services.admin_change_record(
            user=request.user, commitment=instance, before=before
        )


class PartnershipGroup(SnippetViewSetGroup):
    menu_label = _("Partnership")
    menu_icon = "globe"
    menu_order = 200
    items = (
        MemberViewSet,
        ActionPlanViewSet,
        CommitmentViewSet,
        PointOfContactViewSet,
        ReformerProfileViewSet,
    )


register_snippet(PartnershipGroup)
register_snippet(VocabularyGroup)


class _StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_active and request.user.is_staff


@hooks.register("register_admin_menu_item")
def challenge_review_menu_item():
    """Staff review Open Gov Challenge submissions on the site (community.challenge_views)."""
    return _StaffMenuItem(
        _("Open Gov Challenge review"),
        reverse_lazy("community:challenge_review_list"),
        icon_name="tick",
        order=950,
    )

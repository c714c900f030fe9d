"""The awards records in the admin, for staff only: nominations (filter by programme,
category, state; the eligibility screen, the one write here, through
`services.eligibility_decide`), jurors, assignments and the audit log (read-only).
Programmes are pages, edited in the page explorer."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import selectors, services
from .forms import EligibilityForm
from .jury_admin import JuryViewSet
from .models import AuditEntry, Juror, JurorAssignment, Nomination


def _is_staff(user) -> bool:
    return user.is_active and user.is_staff


class StaffPolicy(ModelPermissionPolicy):
    """Staff only; `actions` are what they may do (the records are written by services)."""

    def __init__(self, model, actions=("view",)):
        super().__init__(model)
        self.actions = set(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and _is_staff(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not self.actions & set(actions):
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_staff=True)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model.objects.all()
        return self.model.objects.none()


register_permission_policy(Nomination, StaffPolicy(Nomination))
register_permission_policy(JurorAssignment, StaffPolicy(JurorAssignment))
register_permission_policy(AuditEntry, StaffPolicy(AuditEntry))
register_permission_policy(Juror, StaffPolicy(Juror, ("view", "add", "change", "delete")))


class RecordViewSet(ModelViewSet):
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields = []


class NominationIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.state in services.DECIDABLE:
            buttons.append(
                Button(
                    _("Eligibility"),
                    url=reverse("awards_nominations:eligibility", args=[instance.pk]),
                    icon_name="tick",
                    priority=50,
                )
            )
        return buttons


class NominationViewSet(RecordViewSet):
    model = Nomination
    icon = "pick"
    menu_label = gettext_lazy("Nominations")
    url_prefix = "awards/nominations"
    url_namespace = "awards_nominations"
    list_display = ["title", "kind", "programme", "category", "state", "submitted_at"]
    list_filter = ["programme", "category", "state", "kind"]
    search_fields = ["title"]
    index_view_class = NominationIndexView

    def get_queryset(self, request):
        return Nomination.objects.select_related("programme", "category", "nominator")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("eligibility/<int:pk>/", self.eligibility_view, name="eligibility"),
        ]

    def eligibility_view(self, request, pk):
        """A nomination with the facts of the commitment it names (IRM results, status,
        action plan) and the programme's rules checked; eligible or not, with a reason."""
        if not _is_staff(request.user):
            raise PermissionDenied
        nomination = get_object_or_404(Nomination.objects.with_list_relations(), pk=pk)
        form = EligibilityForm(request.POST or None)
        error = ""
        if request.method == "POST" and form.is_valid():
            try:
                services.eligibility_decide(
                    nomination=nomination,
                    by=request.user,
                    eligible=form.cleaned_data["decision"] == "eligible",
                    reason=form.cleaned_data["reason"],
                )
            except services.NominationError as refused:
                error = refused.message
            else:
                messages.success(request, _("The decision is saved; the nominator is told."))
                return redirect(self.get_url_name("index"))
        return TemplateResponse(
            request,
            "awards/admin/eligibility.html",
            {
                "nomination": nomination,
                "facts": selectors.eligibility_facts(nomination=nomination),
                "files": list(nomination.files.all()),
                "form": form,
                "error": error,
                "page_title": _("Eligibility"),
            },
            status=400 if request.method == "POST" else 200,
        )


class JurorViewSet(RecordViewSet):
    model = Juror
    icon = "group"
    menu_label = gettext_lazy("Jurors")
    url_prefix = "awards/jurors"
    list_display = ["user", "programme", "country", "member", "organisation"]
    list_filter = ["programme"]
    form_fields = ["programme", "user", "country", "member", "organisation"]


class AssignmentViewSet(RecordViewSet):
    model = JurorAssignment
    icon = "user"
    menu_label = gettext_lazy("Assignments")
    url_prefix = "awards/assignments"
    list_display = ["juror", "nomination", "assigned_by", "created_at", "recused_at"]
    list_filter = ["nomination__programme", "recused_at"]

    def get_queryset(self, request):
        return JurorAssignment.objects.select_related("juror", "nomination", "assigned_by")


class AuditViewSet(RecordViewSet):
    model = AuditEntry
    icon = "history"
    menu_label = gettext_lazy("Audit log")
    url_prefix = "awards/audit"
    list_display = ["created_at", "actor", "action", "object_repr"]
    list_filter = ["action", "programme"]

    def get_queryset(self, request):
        return AuditEntry.objects.select_related("actor")


class AwardsGroup(ViewSetGroup):
    menu_label = gettext_lazy("Awards")
    menu_icon = "pick"
    menu_order = 230
    items = (NominationViewSet, JurorViewSet, JuryViewSet, AssignmentViewSet, AuditViewSet)


@hooks.register("register_admin_viewset")
def register_awards_viewsets():
    return AwardsGroup()

"""The learning records in the admin, for staff: enrolments, attempts and certificates are
read-only listings; revoking a certificate (with a reason) is the one write, through
`services.certificate_revoke`. Courses and lessons are pages, edited in the page explorer."""

from django.contrib import messages
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

from . import cohort_admin, services
from .forms import RevokeForm
from .models import Attempt, Certificate, Enrolment


class StaffReadOnlyPolicy(ModelPermissionPolicy):
    """Staff may list and inspect; nobody adds, edits or deletes here (records are written
    by the services as learners act)."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_staff

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        if "view" not in actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_staff=True)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model.objects.all()
        return self.model.objects.none()


for _model in (Enrolment, Attempt, Certificate):
    register_permission_policy(_model, StaffReadOnlyPolicy(_model))


class RecordViewSet(ModelViewSet):
    """A listing and an inspect view; the add, edit and delete views exist (Wagtail makes
    them) but the permission policy above refuses them to everyone."""

    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields = []


class EnrolmentViewSet(RecordViewSet):
    model = Enrolment
    icon = "user"
    menu_label = gettext_lazy("Enrolments")
    url_prefix = "learning/enrolments"
    list_display = ["user", "course", "created_at", "completed_at"]
    list_filter = ["completed_at"]

    def get_queryset(self, request):
        return Enrolment.objects.select_related("user", "course")


class AttemptViewSet(RecordViewSet):
    model = Attempt
    icon = "tick-inverse"
    menu_label = gettext_lazy("Attempts")
    url_prefix = "learning/attempts"
    list_display = ["enrolment", "lesson", "number", "score", "passed", "created_at"]
    list_filter = ["passed"]

    def get_queryset(self, request):
        return Attempt.objects.select_related("enrolment__user", "enrolment__course", "lesson")


class CertificateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.revoked_at is None:
            buttons.append(
                Button(
                    _("Revoke"),
                    url=reverse("learning_certificates:revoke", args=[instance.pk]),
                    icon_name="cross",
                    priority=50,
                )
            )
        return buttons


class CertificateViewSet(RecordViewSet):
    model = Certificate
    icon = "success"
    menu_label = gettext_lazy("Certificates")
    url_prefix = "learning/certificates"
    list_display = ["course_title", "holder_name", "user", "issued_at", "revoked_at"]
    list_filter = ["revoked_at"]
    index_view_class = CertificateIndexView
    url_namespace = "learning_certificates"

    def get_queryset(self, request):
        return Certificate.objects.select_related("user__profile", "course")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("revoke/<int:pk>/", self.revoke_view, name="revoke"),
        ]

    def revoke_view(self, request, pk):
        if not (request.user.is_active and request.user.is_staff):
            raise PermissionDenied
        certificate = get_object_or_404(Certificate, pk=pk)
        form = RevokeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.certificate_revoke(
                certificate=certificate, reason=form.cleaned_data["reason"], by=request.user
            )
            messages.success(request, _("The certificate is revoked."))
            return redirect(self.get_url_name("index"))
        return TemplateResponse(
            request,
            "learning/admin/revoke.html",
            {"certificate": certificate, "form": form, "page_title": _("Revoke a certificate")},
            status=400 if request.method == "POST" else 200,
        )


class LearningGroup(ViewSetGroup):
    menu_label = gettext_lazy("Learning")
    menu_icon = "doc-full-inverse"
    menu_order = 220
    items = (EnrolmentViewSet, AttemptViewSet, CertificateViewSet, *cohort_admin.VIEWSETS)


@hooks.register("register_admin_viewset")
def register_learning_viewsets():
    return LearningGroup()

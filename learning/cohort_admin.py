"""Cohorts in the admin, for staff (listed in the Learning menu by `learning.wagtail_hooks`):
cohorts and their sessions are edited here; applications are a read-only listing (decisions
go through the facilitators' review screen, which staff may use for any cohort, so that each
decision is checked against the capacity and e-mailed by `cohort_services`).

A cohort is never deleted here (cancel it: its applicants' records stay). A session's start
is entered as a local time in the session's own time zone."""

from zoneinfo import ZoneInfo

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.forms import modelform_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import cohort_services
from .models import Application, Cohort, Session
from .models.cohorts import validate_time_zone


class StaffPolicy(ModelPermissionPolicy):
    """Staff may do `actions`; nobody else may do anything."""

    def __init__(self, model, actions=("view", "add", "change", "delete")):
        super().__init__(model)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and user.is_active and user.is_staff

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not self.actions.intersection(actions):
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_staff=True)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model.objects.all()
        return self.model.objects.none()


register_permission_policy(Cohort, StaffPolicy(Cohort, ("view", "add", "change")))
register_permission_policy(Session, StaffPolicy(Session))
register_permission_policy(Application, StaffPolicy(Application, ("view",)))


class SessionForm(WagtailAdminModelForm):
    """The start is typed as a local time where the session happens (its time zone field),
    not in the admin's time zone, and shown back the same way."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.starts_at:
            self.initial["starts_at"] = self.instance.local_start.replace(tzinfo=None)
        self.fields["starts_at"].help_text = _("Local time in the session's time zone.")

    def clean(self):
        cleaned = super().clean()
        starts_at, zone = cleaned.get("starts_at"), cleaned.get("time_zone")
        if starts_at is not None and zone:
            try:
                validate_time_zone(zone)
            except ValidationError:  # the field shows its own error
                return cleaned
            local = timezone.make_naive(starts_at, timezone.get_current_timezone())
            cleaned["starts_at"] = local.replace(tzinfo=ZoneInfo(zone))
        return cleaned


class CohortForm(forms.ModelForm):
    """Saving a cohort as cancelled tells its applicants (cohort_services.cohort_cancelled)."""

    def save(self, commit=True):
        previous_state = self.initial.get("state", "")
        cohort = super().save(commit=commit)
        if commit:
            cohort_services.cohort_cancelled(cohort=cohort, previous_state=previous_state)
        return cohort


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    url_prefix = "learning/cohorts"
    url_namespace = "learning_cohorts"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["title", "kind", "state", "applications_close_on", "capacity", "accepted_count"]
    list_filter = ["state", "kind"]
    search_fields = ["title", "programme"]
    form_fields = [
        "title",
        "slug",
        "kind",
        "region",
        "challenge_areas",
        "themes",
        "course",
        "programme",
        "description",
        "time_zone",
        "applications_open_on",
        "applications_close_on",
        "capacity",
        "facilitators",
        "questions",
        "state",
    ]

    def get_queryset(self, request):
        return Cohort.objects.select_related("region", "course")

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=CohortForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "date"
    menu_label = _("Cohort sessions")
    url_prefix = "learning/sessions"
    url_namespace = "learning_sessions"
    copy_view_enabled = False
    list_display = ["title", "cohort", "starts_at", "time_zone", "duration_minutes"]
    list_filter = ["cohort"]
    edit_handler = ObjectList(
        [
            FieldPanel("cohort"),
            FieldPanel("title"),
            FieldPanel("starts_at"),
            FieldPanel("time_zone"),
            FieldPanel("duration_minutes"),
            FieldPanel("place"),
            FieldPanel("online_link"),
            FieldPanel("description"),
        ],
        base_form_class=SessionForm,
    )

    def get_queryset(self, request):
        return Session.objects.select_related("cohort")


class ApplicationViewSet(ModelViewSet):
    """A listing and an inspect view; decisions are made on the review screen."""

    model = Application
    icon = "form"
    menu_label = _("Applications")
    url_prefix = "learning/applications"
    url_namespace = "learning_applications"
    copy_view_enabled = False
    inspect_view_enabled = True
    exclude_form_fields = []
    list_display = ["applicant", "cohort", "state", "submitted_at", "decided_at"]
    list_filter = ["state", "cohort"]

    def get_queryset(self, request):
        return Application.objects.select_related("applicant", "cohort")


VIEWSETS = (CohortViewSet, SessionViewSet, ApplicationViewSet)

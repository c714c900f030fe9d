"""The admin's view of the outbox (Settings → Outbox): what waits, since when, and why.
Superusers may look; nobody changes a row here (the drain and the workers do)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import OutboxMessage


class LookOnly(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(OutboxMessage, LookOnly(OutboxMessage))


class OutboxViewSet(ModelViewSet):
    model = OutboxMessage
    icon = "resubmit"
    menu_label = _("Outbox")
    add_to_settings_menu = True
    list_display = ["task", "created_at", "available_at", "attempts", "last_error"]
    list_filter = ["task"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["task"]  # the edit views exist, but the policy lets nobody in


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet("outbox")

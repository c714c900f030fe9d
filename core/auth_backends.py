"""Django's ModelBackend with a signed-in user's permissions read in one query.

Every page's header asks whether the reader may open the admin (`perms.wagtailadmin.
access_admin`, and Wagtail's user bar): ModelBackend answers with two queries, the user's
own permissions and their groups'. This reads both at once (a UNION) and keeps them on the
user object as ModelBackend does (`_perm_cache`, for the length of the request)."""

from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Permission


class ModelBackend(DjangoModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            fields = ("content_type__app_label", "codename")
            if user_obj.is_superuser:
                pairs = Permission.objects.values_list(*fields).order_by()
            else:
                pairs = (
                    Permission.objects.filter(user=user_obj)
                    .values_list(*fields)
                    .order_by()
                    .union(
                        Permission.objects.filter(group__user=user_obj)
                        .values_list(*fields)
                        .order_by()
                    )
                )
            user_obj._perm_cache = {f"{app}.{codename}" for app, codename in pairs}
        return user_obj._perm_cache

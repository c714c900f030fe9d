"""Django's ModelBackend with a signed-in user's permissions read in at most one query.

Every page's header asks whether the reader may open the admin (`perms.wagtailadmin.
access_admin`, and Wagtail's user bar): ModelBackend answers with two queries, the user's
own permissions and their groups'. Here the user is read (once per request, by the
authentication middleware) with two EXISTS flags, "has permissions of their own" and "is in
a group", so that a reader with neither (nearly everyone) costs no query at all; the
others' permissions are read in one query (a UNION). Kept on the user object as
ModelBackend keeps them (`_perm_cache`), which Django's and allauth's backends read too."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef


class ModelBackend(DjangoModelBackend):
    def get_user(self, user_id):
        User = get_user_model()  # noqa: N806 - a model class
        own = User.user_permissions.through.objects.filter(user=OuterRef("pk"))
        groups = User.groups.through.objects.filter(user=OuterRef("pk"))
        user = (
            User._default_manager.annotate(_own_permissions=Exists(own), _in_groups=Exists(groups))
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = self._read_permissions(user_obj)
        return user_obj._perm_cache

    def _read_permissions(self, user_obj) -> set[str]:
        fields = ("content_type__app_label", "codename")
        if user_obj.is_superuser:
            pairs = Permission.objects.values_list(*fields).order_by()
        elif not getattr(user_obj, "_own_permissions", True) and not getattr(
            user_obj, "_in_groups", True
        ):
            return set()  # read with the user: none of their own and in no group
        else:
            pairs = (
                Permission.objects.filter(user=user_obj)
                .values_list(*fields)
                .order_by()
                .union(
                    Permission.objects.filter(group__user=user_obj).values_list(*fields).order_by()
                )
            )
        return {f"{app}.{codename}" for app, codename in pairs}

"""Who may change the partnership's records: the editors' group (in the admin) and a member's
points of contact (their workspace on the site)."""

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"
MODERATORS = "Moderators"
EDITOR_MODELS = [
    "region",
    "country",
    "theme",
    "challengearea",
    "member",
    "actionplan",
    "commitment",
]


def editors_group_ensure(**kwargs) -> Group:
    """Give the Editors group the admin and the community records (idempotent)."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    # post_migrate may reach us before auth has created this app's permissions.
    create_permissions(apps.get_app_config("community"), verbosity=0)
    group, _created = Group.objects.get_or_create(name=EDITORS)
    wanted = Permission.objects.filter(
        content_type__app_label="community",
        content_type__model__in=EDITOR_MODELS,
        codename__regex=r"^(add|change|delete|view)_",
    ) | Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(*wanted)
    # Editors and moderators may start a translation of a page or a snippet into the other
    # languages (wagtail.contrib.simple_translation).
    translate = Permission.objects.filter(
        content_type__app_label="simple_translation", codename="submit_translation"
    )
    for name in (EDITORS, MODERATORS):
        Group.objects.get_or_create(name=name)[0].permissions.add(*translate)
    return group


def can_edit_member(user, member) -> bool:
    """May `user` change `member`'s action plans, commitments and milestones? Staff, and the
    member's points of contact. The one rule: views, the API and the admin all ask it."""
    if not (user and user.is_authenticated and user.is_active) or member is None:
        return False
    if user.is_staff:
        return True
    from .models import PointOfContact

    return PointOfContact.objects.filter(member=member, user=user).exists()

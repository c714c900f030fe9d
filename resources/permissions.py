"""Editors manage the research library as they manage the partnership's records."""

from django.contrib.auth.models import Group, Permission

from community.permissions import editors_group_ensure as community_editors_group_ensure


def editors_group_ensure(**kwargs) -> Group:
    """Give the Editors group every permission on resources and their categories (idempotent)."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    # post_migrate may reach us before auth has created this app's permissions.
    create_permissions(apps.get_app_config("resources"), verbosity=0)
    group = community_editors_group_ensure()
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="resources", codename__regex=r"^(add|change|delete|view)_"
        )
    )
    return group

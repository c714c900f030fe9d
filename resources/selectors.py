"""Reads: what each research page shows, in a fixed number of queries."""

from django.db.models import Prefetch
from django.http import Http404

from .models import ResearchCategoryTag, Resource, ResourceCategory


def resources_all():
    return Resource.objects.with_list_relations().newest_first()


def resource_get(*, slug: str) -> Resource:
    resource = (
        Resource.objects.prefetch_related(
            "themes",
            "challenge_areas",
            Prefetch("tagged_categories", queryset=ResourceCategory.objects.select_related("tag")),
        )
        .filter(slug=slug)
        .first()
    )
    if resource is None:
        raise Http404("No such resource")
    return resource


def resource_years() -> list[int]:
    """The years resources were published in, newest first."""
    return list(
        Resource.objects.exclude(year=None)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def categories_in_use():
    return ResearchCategoryTag.objects.filter(
        pk__in=ResourceCategory.objects.values("tag_id")
    ).order_by("name")

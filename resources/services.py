"""Writes for research resources. The importer, the demo loader and anything else that
creates or changes a resource call these."""

from collections.abc import Iterable

from django.db import transaction

from community.models import ChallengeArea, Theme
from community.services import unique_slug

from .models import Resource

RESOURCE_FIELDS = (
    "title",
    "abstract",
    "authors",
    "year",
    "date_label",
    "kind",
    "url",
    "objectives",
    "methodologies",
    "sectors",
    "places",
    "language",
)
SLUG_LENGTH = 80  # leaves room in the 100-character field for a -2, -3... suffix


def _check_fields(fields: dict) -> None:
    unknown = set(fields) - set(RESOURCE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown resource fields: {sorted(unknown)}")


def _save(resource, *, themes, challenge_areas, categories) -> Resource:
    resource.full_clean(exclude=["themes", "challenge_areas", "categories"])
    if themes is not None:
        resource.themes.set(themes)
    if challenge_areas is not None:
        resource.challenge_areas.set(challenge_areas)
    if categories is not None:
        resource.categories.set(list(categories))
    resource.save()
    return resource


@transaction.atomic
def resource_create(
    *,
    source_id: str,
    title: str,
    themes: Iterable[Theme] = (),
    challenge_areas: Iterable[ChallengeArea] = (),
    categories: Iterable[str] = (),
    **fields,
) -> Resource:
    """A new resource, with a slug made from its title (kept when the title later changes,
    so links to it keep working). Raises ValidationError for invalid values."""
    _check_fields(fields)
    resource = Resource(
        source_id=source_id,
        title=title,
        slug=unique_slug(Resource, title, max_length=SLUG_LENGTH, fallback="resource"),
        **fields,
    )
    return _save(
        resource, themes=list(themes), challenge_areas=list(challenge_areas), categories=categories
    )


@transaction.atomic
def resource_update(
    *,
    resource: Resource,
    themes: Iterable[Theme] | None = None,
    challenge_areas: Iterable[ChallengeArea] | None = None,
    categories: Iterable[str] | None = None,
    **fields,
) -> Resource:
    """Change some fields of a resource; relations passed as None are left as they are."""
    _check_fields(fields)
    for name, value in fields.items():
        setattr(resource, name, value)
    return _save(
        resource,
        themes=None if themes is None else list(themes),
        challenge_areas=None if challenge_areas is None else list(challenge_areas),
        categories=categories,
    )

"""What a reformer can follow: one entry per kind of target, with who may follow which.

A kind is named in URLs by its slug ("challenge-area", "member", ...). Other apps register
their own kinds from their AppConfig.ready() (learning registers cohorts), as they do for
the timeline, so that community imports none of them."""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet

from . import connection_selectors


@dataclass(frozen=True)
class FollowKind:
    slug: str
    model_label: str  # "community.ChallengeArea"
    # the targets this person may follow (a private profile is nobody's to follow)
    followable: Callable[[object], QuerySet]

    @property
    def model(self) -> type[Model]:
        return apps.get_model(self.model_label)

    @property
    def content_type(self) -> ContentType:
        return ContentType.objects.get_for_model(self.model)  # cached by Django


_kinds: dict[str, FollowKind] = {}


def register(kind: FollowKind) -> None:
    _kinds[kind.slug] = kind


def kind_named(slug: str) -> FollowKind | None:
    return _kinds.get(slug)


def kind_of(obj: Model) -> FollowKind | None:
    label = obj._meta.label
    return next((kind for kind in _kinds.values() if kind.model_label == label), None)


def _taxonomy(model_label: str) -> Callable[[object], QuerySet]:
    def followable(user):
        return apps.get_model(model_label).objects.in_default_locale()

    return followable


def _everything(model_label: str) -> Callable[[object], QuerySet]:
    def followable(user):
        return apps.get_model(model_label).objects.all()

    return followable


def _profiles(user) -> QuerySet:
    """Public profiles of active accounts, and the profiles of one's connections that are not
    private (a private profile is invisible everywhere), never those of people who blocked
    `user` (to them such a profile looks private). Never one's own."""
    from .models import ReformerProfile

    profiles = ReformerProfile.objects.filter(user__is_active=True).exclude(user=user)
    return profiles.exclude(visibility=ReformerProfile.Visibility.PRIVATE).not_blocking(user)


def may_follow(kind: FollowKind, user, obj: Model) -> bool:
    if kind.slug != "reformer":
        return True
    if obj.visibility == obj.Visibility.PUBLIC:
        return True
    return connection_selectors.are_connected(user=user, other_id=obj.user_id)


def register_own() -> None:
    register(
        FollowKind(
            "challenge-area", "community.ChallengeArea", _taxonomy("community.ChallengeArea")
        )
    )
    register(FollowKind("theme", "community.Theme", _taxonomy("community.Theme")))
    register(FollowKind("member", "community.Member", _everything("community.Member")))
    register(FollowKind("commitment", "community.Commitment", _everything("community.Commitment")))
    register(FollowKind("reformer", "community.ReformerProfile", _profiles))

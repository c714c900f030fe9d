from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models import Case, Value, When
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save, pre_delete

from core import request_cache
from core.outbox import enqueue, enqueue_batched

from . import follows, labels, notify_services, photos
from .connection_signals import connection_changed
from .models import (
    ActionPlan,
    Commitment,
    ConnectionBlock,
    Country,
    Member,
    Milestone,
    ReformerProfile,
    User,
)


def _drop_labels(sender, **kwargs):
    labels.invalidate()


for _model in labels.CACHED_MODELS:
    post_save.connect(_drop_labels, sender=_model, dispatch_uid=f"labels-save-{_model.__name__}")
    post_delete.connect(
        _drop_labels, sender=_model, dispatch_uid=f"labels-delete-{_model.__name__}"
    )


# A profile photo's file lives exactly as long as the row points at it: replaced, removed or
# deleted (the profile, or the account with it), the old file goes once the change commits.
# Signals, because rows go by many paths (the profile form, the admin, cascades).


def _photo_remember(sender, instance, **kwargs):
    value = instance.__dict__.get("photo")  # absent when the field is deferred
    instance._photo_stored = getattr(value, "name", value) or ""


def _photo_replaced(sender, instance, **kwargs):
    old = getattr(instance, "_photo_stored", "")
    current = instance.photo.name or ""
    if old and old != current:
        transaction.on_commit(lambda: photos.delete_file(old))
    instance._photo_stored = current


def _photo_deleted(sender, instance, **kwargs):
    name = instance.photo.name
    if name:
        transaction.on_commit(lambda: photos.delete_file(name))


post_init.connect(_photo_remember, sender=ReformerProfile, dispatch_uid="profile-photo-init")
post_save.connect(_photo_replaced, sender=ReformerProfile, dispatch_uid="profile-photo-save")
post_delete.connect(_photo_deleted, sender=ReformerProfile, dispatch_uid="profile-photo-delete")


# A followed thing deleted: its follows go with it (Follow's target is generic, with no
# foreign key to cascade: community.follows).
def _follows_forget(sender, instance, **kwargs):
    if follows.kind_of(instance) is not None:
        notify_services.follows_forget(target=instance)


post_delete.connect(_follows_forget, dispatch_uid="follows-forget")


# A connection request or acceptance tells the other party, through a queued task: the
# request itself never waits on, nor fails because of, the notification.
def _connection_changed(sender, connection_id, event, **kwargs):
    enqueue("community.tasks.notify_connection", connection_id=connection_id, event=event)


connection_changed.connect(_connection_changed, dispatch_uid="connection-notifications")


# --- challenge areas' figures (community.area_stats) ------------------------------------------
# Any write that changes what an area's figures count queues a refresh of the areas it
# touches, in its own transaction (one task per transaction, the areas batched); the task
# rewrites their rows once the change is committed. A bulk load pauses this and refreshes
# every area at its end (community.imports, opengov.scale).

_areas_paused = ContextVar("area_stats_paused", default=False)
AREAS_BATCH = 100
_in_area = Commitment.challenge_areas.through


@contextmanager
def area_stats_paused():
    """Inside, writes made in this thread queue no refresh of the areas' figures: the caller
    refreshes them afterwards (community.services.area_stats_refresh_all)."""
    token = _areas_paused.set(True)
    try:
        yield
    finally:
        _areas_paused.reset(token)


def areas_changed(area_ids) -> None:
    if _areas_paused.get():
        return
    for pk in sorted(set(area_ids)):
        enqueue_batched(
            "community.tasks.area_stats_refresh",
            field="area_ids",
            value=pk,
            batch_size=AREAS_BATCH,
        )


def _areas_of(**commitments):
    """The areas of the commitments matching `commitments` (filters on the area link)."""
    return _in_area.objects.filter(**commitments).values_list("challengearea_id", flat=True)


def _commitment_changed(sender, instance, **kwargs):
    if not _areas_paused.get():
        areas_changed(_areas_of(commitment_id=instance.pk))


def _commitment_areas_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if _areas_paused.get() or action not in ("post_add", "post_remove", "pre_clear"):
        return
    if reverse:  # from the area's side: that area
        areas_changed([instance.pk])
    elif action == "pre_clear":  # the areas it is leaving
        areas_changed(_areas_of(commitment_id=instance.pk))
    else:
        areas_changed(pk_set or ())


def _milestone_changed(sender, instance, **kwargs):
    if not _areas_paused.get():
        areas_changed(_areas_of(commitment_id=instance.commitment_id))


def _plan_changed(sender, instance, **kwargs):
    if not _areas_paused.get():
        areas_changed(_areas_of(commitment__action_plan_id=instance.pk))


def _member_changed(sender, instance, **kwargs):
    if not _areas_paused.get():
        areas_changed(_areas_of(commitment__action_plan__member_id=instance.pk))


def _country_changed(sender, instance, **kwargs):
    if not _areas_paused.get():
        areas_changed(_areas_of(commitment__action_plan__member__country_id=instance.pk))


post_save.connect(_commitment_changed, sender=Commitment, dispatch_uid="area-stats-commitment-s")
# before the delete, while the commitment's area links still exist
pre_delete.connect(_commitment_changed, sender=Commitment, dispatch_uid="area-stats-commitment-d")
m2m_changed.connect(_commitment_areas_changed, sender=_in_area, dispatch_uid="area-stats-areas")
post_save.connect(_milestone_changed, sender=Milestone, dispatch_uid="area-stats-milestone-s")
post_delete.connect(_milestone_changed, sender=Milestone, dispatch_uid="area-stats-milestone-d")
post_save.connect(_plan_changed, sender=ActionPlan, dispatch_uid="area-stats-plan-s")
post_save.connect(_member_changed, sender=Member, dispatch_uid="area-stats-member-s")
post_save.connect(_country_changed, sender=Country, dispatch_uid="area-stats-country-s")


# --- the directory's copy of an account's activation (ReformerProfile.listing_flags) ----------


def _account_saved(sender, instance, update_fields=None, **kwargs):
    """An account (de)activated: its profile is listed (or not) at once, in the same
    transaction (ReformerProfile.save reads the account itself)."""
    if update_fields is not None and "is_active" not in update_fields:
        return  # e.g. last_login, saved at every sign-in
    flags = {
        visibility: ReformerProfile.listing_flags(
            visibility=visibility, is_active=instance.is_active
        )
        for visibility in ReformerProfile.Visibility
    }
    ReformerProfile.objects.filter(user_id=instance.pk).update(
        **{
            name: Case(
                *(When(visibility=v, then=Value(flags[v][name])) for v in flags),
                default=Value(False),
            )
            for name in ("listed_public", "listed_members")
        }
    )


post_save.connect(_account_saved, sender=User, dispatch_uid="profile-listing-account")


# --- reformers listed by country and area (community.listed_counts) ---------------------------
# A profile listed or unlisted, moved to another country, given other areas or deleted while
# listed, or its account (de)activated: the countries and areas it was and is in get their
# counts rewritten once the change commits (a queued task). A save that changes none of this
# (most: a headline, a bio) queues nothing. Bulk loads refresh every count at their end.

_profile_areas = ReformerProfile.challenge_areas.through


def listed_changed(*, country_ids=(), area_ids=()) -> None:
    countries = sorted({pk for pk in country_ids if pk is not None})
    areas = sorted(set(area_ids))
    if countries or areas:
        enqueue("community.tasks.listed_counts_refresh", country_ids=countries, area_ids=areas)


def _profile_areas_of(profile_id):
    return _profile_areas.objects.filter(reformerprofile_id=profile_id).values_list(
        "challengearea_id", flat=True
    )


def _listed_state(profile):
    # None for a field not loaded (deferred): then a save is taken as a change
    return tuple(
        profile.__dict__.get(name) for name in ("country_id", "listed_public", "listed_members")
    )


def _listed_remember(sender, instance, **kwargs):
    instance._listed_state = _listed_state(instance)


def _listed_profile_saved(sender, instance, created, **kwargs):
    before, after = getattr(instance, "_listed_state", None), _listed_state(instance)
    instance._listed_state = after
    if before == after and not created:
        return
    was_listed = before is None or any(before[1:])  # unknown: as if it was
    if not (was_listed or any(after[1:])):
        return  # listed nowhere before or after (a private profile edited)
    listed_changed(
        country_ids=[before[0] if before else None, after[0]],
        # a new profile has no areas yet (they come by _listed_areas_changed)
        area_ids=() if created else _profile_areas_of(instance.pk),
    )


def _listed_profile_deleted(sender, instance, **kwargs):
    # before the delete, while its area links still exist; counted once it commits
    if instance.listed_public or instance.listed_members:
        listed_changed(country_ids=[instance.country_id], area_ids=_profile_areas_of(instance.pk))


def _listed_areas_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if reverse:  # from the area's side
        listed_changed(area_ids=[instance.pk])
    elif action == "pre_clear":
        listed_changed(area_ids=_profile_areas_of(instance.pk))
    else:
        listed_changed(area_ids=pk_set or ())


def _listed_account_remember(sender, instance, **kwargs):
    instance._listed_active = instance.__dict__.get("is_active")


def _listed_account_saved(sender, instance, created, update_fields=None, **kwargs):
    if update_fields is not None and "is_active" not in update_fields:
        return  # e.g. last_login, saved at every sign-in
    was_active = getattr(instance, "_listed_active", None)
    instance._listed_active = instance.is_active
    if created or was_active == instance.is_active:
        return  # a new account has no profile yet; only (de)activation changes the lists
    profiles = ReformerProfile.objects.filter(user_id=instance.pk).values_list("pk", "country_id")
    for pk, country_id in profiles:
        listed_changed(country_ids=[country_id], area_ids=_profile_areas_of(pk))


post_init.connect(_listed_remember, sender=ReformerProfile, dispatch_uid="listed-profile-init")
post_save.connect(_listed_profile_saved, sender=ReformerProfile, dispatch_uid="listed-profile-s")
pre_delete.connect(_listed_profile_deleted, sender=ReformerProfile, dispatch_uid="listed-profile-d")
m2m_changed.connect(_listed_areas_changed, sender=_profile_areas, dispatch_uid="listed-areas")
post_init.connect(_listed_account_remember, sender=User, dispatch_uid="listed-account-init")
post_save.connect(_listed_account_saved, sender=User, dispatch_uid="listed-account")


# A block made or lifted: what this request read of the reader's blocks is read again
# (community.connection_selectors).
def _blocks_forget(sender, **kwargs):
    request_cache.forget("community.blocks")


post_save.connect(_blocks_forget, sender=ConnectionBlock, dispatch_uid="blocks-forget-s")
post_delete.connect(_blocks_forget, sender=ConnectionBlock, dispatch_uid="blocks-forget-d")

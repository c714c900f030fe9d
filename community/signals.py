from django.db import transaction
from django.db.models.signals import post_delete, post_init, post_save

from core.outbox import enqueue

from . import follows, labels, notify_services, photos
from .connection_signals import connection_changed
from .models import ReformerProfile


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

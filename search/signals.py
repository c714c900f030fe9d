"""Keep the read model in step: every publish, unpublish, save or delete of an evidence source
queues its owner for the indexing task through the transactional outbox, in the transaction
of the change itself; the owners of one transaction go to the task in batches (one task for
an import of hundreds of commitments, not hundreds of tasks), sent when it commits.

`indexing_paused()` (public as `search.api.indexing_paused`) turns this off for a bulk load in
the caller's thread, which rebuilds the index afterwards (`search.api.rebuild`)."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from community.models import Commitment, ReformerProfile
from core import outbox

from . import peers, tasks

BATCH_SIZE = 200

_paused = ContextVar("search_indexing_paused", default=False)


@contextmanager
def indexing_paused():
    """Inside, changes made in this thread (or task) queue nothing for the search index."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def owner_changed(owner: str) -> None:
    if _paused.get():
        return
    outbox.enqueue_batched(tasks.owners_sync, field="owners", value=owner, batch_size=BATCH_SIZE)


def _profiles_changed(pk: int) -> None:
    peers.bump()  # the database engine's peer matrix, at once (the task may come later)
    if _paused.get():
        return
    outbox.enqueue_batched(tasks.peers_sync, field="profile_ids", value=pk, batch_size=BATCH_SIZE)


def _page_changed(sender, instance, **kwargs):
    owner_changed(f"page:{instance.pk}")


def _record_changed(prefix):
    def handler(sender, instance, **kwargs):
        owner_changed(f"{prefix}:{instance.pk}")

    return handler


def _profile_changed(sender, instance, **kwargs):
    _profiles_changed(instance.pk)


def _m2m_changed(queue):
    """m2m_changed names the records on the other side when the change came from it."""

    def handler(sender, instance, action, reverse, pk_set, **kwargs):
        if not action.startswith("post_"):
            return
        for pk in (pk_set or ()) if reverse else (instance.pk,):
            queue(pk)

    return handler


page_published.connect(_page_changed, dispatch_uid="search-page-published")
page_unpublished.connect(_page_changed, dispatch_uid="search-page-unpublished")
post_delete.connect(_page_changed, sender=Page, dispatch_uid="search-page-deleted")
_sources = [(Commitment, "commitment")]
if apps.is_installed("resources"):
    _sources.append((apps.get_model("resources", "Resource"), "resource"))
# weak=False: the handlers made below are referenced by nothing else, and a weakly held one
# would be collected at once, silently disconnecting it
for _model, _prefix in _sources:
    post_save.connect(
        _record_changed(_prefix), sender=_model, weak=False, dispatch_uid=f"search-{_prefix}-s"
    )
    post_delete.connect(
        _record_changed(_prefix), sender=_model, weak=False, dispatch_uid=f"search-{_prefix}-d"
    )
    # classification saved after the record itself (modelcluster commits it with .set())
    for _field in ("themes", "challenge_areas"):
        m2m_changed.connect(
            _m2m_changed(lambda pk, prefix=_prefix: owner_changed(f"{prefix}:{pk}")),
            sender=_model._meta.get_field(_field).remote_field.through,
            weak=False,
            dispatch_uid=f"search-{_prefix}-{_field}",
        )


def _account_changed(sender, instance, update_fields=None, **kwargs):
    """A deactivated (or reactivated) account's profile leaves (or rejoins) the peers."""
    if _paused.get() or (update_fields is not None and "is_active" not in update_fields):
        return  # paused, or e.g. last_login, saved on every sign-in
    profile_id = ReformerProfile.objects.filter(user=instance).values_list("pk", flat=True).first()
    if profile_id is not None:
        _profiles_changed(profile_id)


post_save.connect(_account_changed, sender=get_user_model(), dispatch_uid="search-account-s")
post_save.connect(_profile_changed, sender=ReformerProfile, dispatch_uid="search-profile-s")
post_delete.connect(_profile_changed, sender=ReformerProfile, dispatch_uid="search-profile-d")
for _field in ("themes", "challenge_areas"):
    m2m_changed.connect(
        _m2m_changed(_profiles_changed),
        sender=ReformerProfile._meta.get_field(_field).remote_field.through,
        weak=False,
        dispatch_uid=f"search-profile-{_field}",
    )

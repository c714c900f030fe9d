"""Keeps Wagtail's search index (what the admin's resource search reads) in step with resources.

Resource opts out of Wagtail's automatic indexing (``search_auto_update = False``) so that an
import can index its rows in one batch: the SQLite backend recomputes its title norms over the
whole index on every add, which made one-at-a-time indexing half an import's time, growing
with the index. Outside :func:`indexing_deferred` a saved resource is indexed at once, exactly
as Wagtail would do it."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import post_delete, post_save

from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.search.tasks import insert_or_update_object_task

from .models import Resource

BATCH_SIZE = 500
# Per thread and per task (a context variable), so one import never delays another
# request's indexing.
_pending: ContextVar[set | None] = ContextVar("resources_index_pending", default=None)


def _index_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    pending = _pending.get()
    if pending is not None:
        pending.add(instance.pk)
        return
    insert_or_update_object_task.enqueue(
        instance._meta.app_label, instance._meta.model_name, str(instance.pk)
    )


def _unindex_deleted(sender, instance, **kwargs):
    pending = _pending.get()
    if pending is not None:
        pending.discard(instance.pk)
    index.remove_object(instance)


@contextmanager
def indexing_deferred():
    """Index the resources saved inside the block in batches when it ends without error."""
    pending: set = set()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    pks = sorted(pending)
    for start in range(0, len(pks), BATCH_SIZE):
        batch = list(Resource.get_indexed_objects().filter(pk__in=pks[start : start + BATCH_SIZE]))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(Resource, batch)


post_save.connect(_index_saved, sender=Resource, dispatch_uid="resources-search-index-save")
post_delete.connect(_unindex_deleted, sender=Resource, dispatch_uid="resources-search-index-delete")

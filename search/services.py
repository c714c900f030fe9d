"""Writes of the search read model: project sources into evidence records, feed the engine,
rebuild, reconcile; and saved searches."""

import logging
import time
import uuid
from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tqdm import tqdm

from . import projection
from .engines import configured_engine
from .engines.base import IndexReport
from .models import EvidenceRecord, SavedSearch

logger = logging.getLogger(__name__)
BATCH_SIZE = 200
_VERSION_KEY = "search:index:version"
_RECORD_FIELDS = [
    f.name
    for f in EvidenceRecord._meta.get_fields()
    if f.concrete and f.name not in ("id", "first_indexed_at", "updated_at")
]


def _fresh_version() -> int:
    # Not 1: after a cache flush the count starts again, and a process that memoised
    # version 2 of an older index would take it for current. Nanoseconds never repeat.
    return time.time_ns()


def index_version() -> int:
    """Bumped on every change to the records; caches derived from the index key on it."""
    return cache.get_or_set(_VERSION_KEY, _fresh_version, None)


def _bump_version() -> None:
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, _fresh_version(), None)


def _save(wanted: list[dict], existing: dict[str, EvidenceRecord]) -> tuple[list, list]:
    """Create or update records whose fingerprint changed. Returns (changed, unchanged)."""
    changed, unchanged = [], []
    for data in wanted:
        record = existing.get(data["key"])
        if record is not None and record.fingerprint == data["fingerprint"]:
            unchanged.append(record)
            continue
        if record is None:
            record = EvidenceRecord(**data)
        else:
            for name, value in data.items():
                setattr(record, name, value)
        record.save()
        changed.append(record)
    return changed, unchanged


@transaction.atomic
def owners_sync(owners: Iterable[str]) -> dict[str, int]:
    """Make the records of these owners match their sources (created, updated or deleted),
    in the database and in the configured engine."""
    owners = list(dict.fromkeys(owners))
    existing = {r.key: r for r in EvidenceRecord.objects.filter(owner__in=owners)}
    wanted = [data for owner in owners for data in projection.owner_records(owner)]
    changed, _ = _save(wanted, existing)
    wanted_keys = {data["key"] for data in wanted}
    gone = [key for key in existing if key not in wanted_keys]
    if gone:
        EvidenceRecord.objects.filter(key__in=gone).delete()
    if changed or gone:
        _bump_version()
        engine = configured_engine()
        transaction.on_commit(lambda: _engine_apply(engine, changed, gone))
    return {"changed": len(changed), "deleted": len(gone)}


def _engine_apply(engine, changed, gone) -> None:
    try:
        if changed:
            engine.index_records(changed)
        if gone:
            engine.delete_keys(gone)
    except Exception:  # the engine's own copy drifts; reconcile repairs it
        logger.exception("search engine %s could not apply a change", engine.name)


def rebuild(*, progress: bool = False) -> dict[str, int]:
    """Project every source again, store the records, drop orphans, then rebuild the
    engine's own index (a new Elasticsearch index behind the alias, swapped when full)."""
    total = projection.count_sources()
    seen: set[str] = set()
    counts = {"records": 0, "changed": 0, "deleted": 0}
    bar = tqdm(total=total, unit="item", disable=not progress, desc="projecting")
    batch: list[tuple[str, list[dict]]] = []

    def flush():
        owners = [owner for owner, _ in batch]
        wanted = [data for _, records in batch for data in records]
        with transaction.atomic():
            existing = {r.key: r for r in EvidenceRecord.objects.filter(owner__in=owners)}
            changed, _ = _save(wanted, existing)
            stale = [k for k in existing if k not in {d["key"] for d in wanted}]
            EvidenceRecord.objects.filter(key__in=stale).delete()
        seen.update(d["key"] for d in wanted)
        counts["records"] += len(wanted)
        counts["changed"] += len(changed)
        counts["deleted"] += len(stale)
        bar.update(len(batch))
        batch.clear()

    for owner, records in projection.all_records():
        batch.append((owner, records))
        if len(batch) >= BATCH_SIZE:
            flush()
    if batch:
        flush()
    bar.close()
    orphans = EvidenceRecord.objects.exclude(key__in=seen) if seen else EvidenceRecord.objects
    counts["deleted"] += orphans.delete()[0]
    _bump_version()
    engine = configured_engine()
    counts["engine"] = engine.rebuild(EvidenceRecord.objects.order_by("pk"), progress=progress)
    return counts


def reconcile(*, repair: bool = True) -> dict[str, IndexReport]:
    """Compare the stored records with their sources, and the engine with the records.
    Reports (and, with repair, fixes) records missing, stale or orphaned."""
    expected: dict[str, tuple[str, str]] = {}
    for owner, records in projection.all_records():
        for data in records:
            expected[data["key"]] = (owner, data["fingerprint"])
    stored = dict(EvidenceRecord.objects.values_list("key", "fingerprint"))
    report = IndexReport(checked=len(expected))
    report.missing = sorted(k for k in expected if k not in stored)
    report.stale = sorted(k for k in expected if k in stored and stored[k] != expected[k][1])
    report.orphaned = sorted(k for k in stored if k not in expected)
    if repair and report.drift:
        owners = {expected[k][0] for k in report.missing + report.stale}
        if owners:
            owners_sync(owners)
        if report.orphaned:
            EvidenceRecord.objects.filter(key__in=report.orphaned).delete()
            _bump_version()
    engine = configured_engine()
    fingerprints = dict(EvidenceRecord.objects.values_list("key", "fingerprint"))
    engine_report = engine.reconcile(fingerprints, repair=repair)
    return {"records": report, engine.name: engine_report}


def peers_sync(profile_ids) -> None:
    """Profiles changed: the database engine reads them live; others refresh their copy."""
    configured_engine().index_peers(list(profile_ids))


# --- saved searches ------------------------------------------------------------------------


# Each saved search costs one full-text query when its owner opens the list (to count its
# new matches), so an account keeps a bounded number of them.
MAX_SAVED_SEARCHES = 30


@transaction.atomic
def saved_search_create(*, user, name: str, query: str, filters: dict) -> SavedSearch:
    # the user's row is locked (PostgreSQL) so two saves at once cannot pass the limit
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    if SavedSearch.objects.filter(user=user).count() >= MAX_SAVED_SEARCHES:
        raise ValidationError(
            _(
                "You already have %(limit)d saved searches, the most one account can keep. "
                "Delete one you no longer follow, then save this search again."
            ),
            code="too_many",
            params={"limit": MAX_SAVED_SEARCHES},
        )
    return SavedSearch.objects.create(
        user=user,
        name=name.strip()[:120] or query[:120] or "…",
        query=query[:500],
        filters=filters,
        last_seen_at=timezone.now(),
    )


def saved_search_seen(*, saved: SavedSearch) -> None:
    SavedSearch.objects.filter(pk=saved.pk).update(last_seen_at=timezone.now())


def saved_search_delete(*, saved: SavedSearch) -> None:
    saved.delete()


def saved_search_feed_rotate(*, saved: SavedSearch) -> SavedSearch:
    """A new secret feed address for a saved search; the old one stops working (404)."""
    saved.feed_token = uuid.uuid4()
    saved.save(update_fields=["feed_token"])
    return saved

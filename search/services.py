"""Writes of the search read model: project sources into evidence records, feed the engine,
rebuild, reconcile; and saved searches.

A change reaches the index in two steps, both run by the indexing task (tasks.py): the records
table first (`owners_sync`, one transaction; the database engine's index follows it), then the
engine's own copy, if it keeps one (`engine_apply`: Elasticsearch). The second step may fail
when the cluster is down; the task retries it alone, and `reconcile` repairs what is left."""

import functools
import uuid
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tqdm import tqdm

from community.models import NotificationKind
from community.notify_services import notify
from core import page_cache

from . import fts, index_version, projection, semantic
from .engines import engine
from .engines.base import IndexReport
from .models import EvidenceRecord, SavedSearch
from .selectors import saved_search_new_count

BATCH_SIZE = 200


# Rows per INSERT statement (SQLite binds at most 32,766 parameters; about 25 a record)
WRITE_BATCH = 500

# A changed record becomes exactly its projection (a column the projection leaves out, such
# as `level`, goes back to its default); its key, pk and first indexing stay
_UPDATED_FIELDS = [
    f.name
    for f in EvidenceRecord._meta.concrete_fields
    if not f.primary_key and f.name not in ("key", "first_indexed_at")
]


@functools.cache
def _upsert_sql() -> tuple[str, tuple]:
    """One record's INSERT … ON CONFLICT (key) DO UPDATE (the same statement on SQLite and
    PostgreSQL), and the fields whose values it takes, in order."""
    fields = tuple(f for f in EvidenceRecord._meta.concrete_fields if not f.primary_key)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    updates = ", ".join(
        f"{quote(f.column)} = excluded.{quote(f.column)}"
        for f in fields
        if f.name in _UPDATED_FIELDS
    )
    # (identifiers from the model's own metadata, quoted; the values are parameters)
    sql = (
        f"INSERT INTO {quote(EvidenceRecord._meta.db_table)} ({columns}) "  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(fields))}) "
        f"ON CONFLICT ({quote('key')}) DO UPDATE SET {updates}"
    )
    return sql, fields


def _save(wanted: list[dict], existing: dict[str, str]) -> list[str]:
    """Create or update the records whose fingerprint changed, in bulk: one prepared INSERT …
    ON CONFLICT (key) DO UPDATE run over the batch (`executemany`: the statement is compiled
    once, not built by the ORM for every batch of model instances). `existing`: {key:
    fingerprint} of the stored records. Returns the keys written.

    A changed record becomes exactly its projection (a column the projection leaves out, such
    as `level`, goes back to its default; its vector is dropped for embed_records to compute
    again); its pk and first indexing stay. The full-text index follows: on SQLite the FTS5
    triggers fire for every row inserted or updated, on PostgreSQL the search vector is a
    generated column. No signal is sent: the page cache is told here."""
    written = [
        projection.analysed(data)
        for data in wanted
        if existing.get(data["key"]) != data["fingerprint"]
    ]
    if not written:
        return []
    sql, fields = _upsert_sql()
    now = timezone.now()
    automatic = {"embedding": None, "first_indexed_at": now, "updated_at": now}
    defaults = {f.name: f.get_default() for f in fields if f.name not in automatic}
    prepare = [(f.name, f.get_db_prep_save) for f in fields]
    rows = []
    for data in written:
        values = defaults | data | automatic
        rows.append([prep(values[name], connection) for name, prep in prepare])
    with connection.cursor() as cursor:
        for start in range(0, len(rows), WRITE_BATCH):
            cursor.executemany(sql, rows[start : start + WRITE_BATCH])
    page_cache.invalidate()  # a bulk write sends no post_save for core.page_cache to see
    return [data["key"] for data in written]


def _stored(**lookup) -> dict[str, str]:
    """{key: fingerprint} of the stored records matching `lookup` (the columns needed to skip
    unchanged records, not their text)."""
    return dict(EvidenceRecord.objects.filter(**lookup).values_list("key", "fingerprint"))


@transaction.atomic
def owners_sync(owners: Iterable[str]) -> dict[str, list[str]]:
    """Make the records of these owners match their sources (created, updated or deleted).
    Returns the keys of the records changed and deleted, for `engine_apply`."""
    owners = projection.with_dependants(list(dict.fromkeys(owners)))
    existing = _stored(owner__in=owners)
    with projection.deferred_analysis():
        wanted = [data for owner in owners for data in projection.owner_records(owner)]
    changed = _save(wanted, existing)
    wanted_keys = {data["key"] for data in wanted}
    gone = sorted(key for key in existing if key not in wanted_keys)
    if gone:
        EvidenceRecord.objects.filter(key__in=gone).delete()
    if changed or gone:
        index_version.bump()
    return {"changed": sorted(changed), "deleted": gone}


def engine_apply(*, changed: Iterable[str], deleted: Iterable[str]) -> None:
    """Bring the engine's own index in step with the records of these keys, as they are now
    (a key changed then deleted since is deleted). Raises EngineUnavailable when the engine
    cannot take the change; nothing is lost: the caller retries, reconcile repairs."""
    keys = set(changed) | set(deleted)
    if not keys:
        return
    records = list(EvidenceRecord.objects.filter(key__in=keys).order_by("pk"))
    gone = sorted(keys - {record.key for record in records})
    search_engine = engine()
    if records:
        search_engine.index_records(records)
    if gone:
        search_engine.delete_keys(gone)


EMBED_BATCH = 16


def _area_names() -> dict[str, dict[str, str]]:
    """{language: {challenge-area slug: its name in that language}} (the records keep the
    original's slugs; the names go into the vectors)."""
    from community.labels import labels_for  # noqa: PLC0415
    from community.models import ChallengeArea  # noqa: PLC0415

    originals = ChallengeArea.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    rows = list(originals.values_list("slug", "name", "translation_key"))
    names = {}
    for language, _label in settings.LANGUAGES:
        translated = labels_for(language)
        names[language] = {
            slug: translated.get((ChallengeArea._meta.label_lower, str(key)), name)
            for slug, name, key in rows
        }
    return names


def embed_records(keys: Iterable[str] | None = None, *, progress: bool = False) -> int:
    """Compute the semantic retriever's vector of the records that have none (new, changed,
    or indexed while SEARCH_SEMANTIC was off): these keys, or every record. Runs outside any
    transaction (the model takes about 0.1 s a record); a record whose text changed meanwhile
    is left for the run its change queued. Returns how many were embedded."""
    if not semantic.enabled():
        return 0
    pending = EvidenceRecord.objects.filter(embedding__isnull=True)
    if keys is not None:
        pending = pending.filter(key__in=list(keys))
    ids = list(pending.order_by("pk").values_list("pk", flat=True))
    if not ids:
        return 0
    names = _area_names()
    done = 0
    bar = tqdm(total=len(ids), unit="record", disable=not progress, desc="embedding")
    for start in range(0, len(ids), EMBED_BATCH):
        batch = EvidenceRecord.objects.filter(pk__in=ids[start : start + EMBED_BATCH]).only(
            "title", "tags", "areas", "summary", "body", "language", "fingerprint"
        )
        batch = list(batch)
        texts = []
        for record in batch:
            area_names = names.get(record.language) or names.get(settings.LANGUAGE_CODE, {})
            # a summary cut from the text (commitments, research) is not repeated
            body = (
                record.body if record.summary in record.body else f"{record.summary} {record.body}"
            )
            texts.append(
                semantic.passage_text(
                    title=record.title,
                    tags=list(record.tags),
                    area_names=[area_names.get(slug, slug) for slug in record.areas],
                    text=body,
                )
            )
        vectors = semantic.embed_passages(texts)
        for record, vector in zip(batch, vectors, strict=True):
            done += EvidenceRecord.objects.filter(
                pk=record.pk, fingerprint=record.fingerprint, embedding__isnull=True
            ).update(embedding=semantic.to_bytes(vector))
        bar.update(len(batch))
    bar.close()
    if done:
        index_version.bump()
    return done


def rebuild(*, progress: bool = False, full_text: bool = False) -> dict[str, int]:
    """Project every source again, store the records, drop orphans, embed the records that
    need it (SEARCH_SEMANTIC), then rebuild the engine's own index (a new Elasticsearch index
    behind the alias, swapped when full). On SQLite the full-text index is rebuilt when
    records were written (or a trigger is missing), or always with `full_text` (an index
    damaged behind its triggers' back: the records are right, searches miss them)."""
    total = projection.count_sources()
    seen: set[str] = set()
    counts = {"records": 0, "changed": 0, "deleted": 0}
    bar = tqdm(total=total, unit="item", disable=not progress, desc="projecting")
    batch: list[tuple[str, list[dict]]] = []
    paused = False

    def flush():
        nonlocal paused
        owners = [owner for owner, _ in batch]
        wanted = [data for _, records in batch for data in records]
        wanted_keys = {d["key"] for d in wanted}
        with transaction.atomic():
            existing = _stored(owner__in=owners)
            stale = [k for k in existing if k not in wanted_keys]
            # SQLite: the FTS5 triggers go at the first write (in its transaction), and the
            # index is built from the table once at the end (fts.resume); a rebuild that
            # writes nothing leaves the index as it is
            if not paused and (
                stale or any(existing.get(d["key"]) != d["fingerprint"] for d in wanted)
            ):
                fts.pause()
                paused = True
            changed = _save(wanted, existing)
            if stale:
                EvidenceRecord.objects.filter(key__in=stale).delete()
        seen.update(wanted_keys)
        counts["records"] += len(wanted)
        counts["changed"] += len(changed)
        counts["deleted"] += len(stale)
        bar.update(len(batch))
        batch.clear()

    try:
        with projection.deferred_analysis():  # (only the records written are analysed)
            for owner, records in projection.all_records():
                batch.append((owner, records))
                if len(batch) >= BATCH_SIZE:
                    flush()
            if batch:
                flush()
        bar.close()
        # the records of sources gone (read as keys: a NOT IN of every key seen was slower)
        orphans = sorted(set(EvidenceRecord.objects.values_list("key", flat=True)) - seen)
        for start in range(0, len(orphans), WRITE_BATCH):
            chunk = orphans[start : start + WRITE_BATCH]
            counts["deleted"] += EvidenceRecord.objects.filter(key__in=chunk).delete()[0]
        # a rebuild that changed nothing leaves every process's search snapshot as it is
        # (a new version makes each read its snapshot again: seconds at full scale)
        if counts["changed"] or counts["deleted"]:
            index_version.bump()
        counts["embedded"] = embed_records(progress=progress)
        records = EvidenceRecord.objects.order_by("pk")
        counts["engine"] = engine().rebuild(records, progress=progress)
    finally:
        if fts.resume(rebuild=full_text):
            index_version.bump()
    return counts


def reconcile(*, repair: bool = True) -> dict[str, IndexReport]:
    """Compare the stored records with their sources, and the engine with the records.
    Reports (and, with repair, fixes) records missing, stale or orphaned."""
    expected: dict[str, tuple[str, str]] = {}
    with projection.deferred_analysis():  # (the fingerprints are taken before analysis)
        for owner, records in projection.all_records():
            for data in records:
                expected[data["key"]] = (owner, data["fingerprint"])
    stored = dict(EvidenceRecord.objects.values_list("key", "fingerprint"))
    # SQLite: FTS5 triggers left paused by a rebuild that died are put back, the full-text
    # index rebuilt (whichever engine is configured: the database engine is the fallback)
    if repair and fts.resume():
        index_version.bump()
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
            index_version.bump()
    search_engine = engine()
    fingerprints = dict(EvidenceRecord.objects.values_list("key", "fingerprint"))
    engine_report = search_engine.reconcile(fingerprints, repair=repair)
    return {"records": report, search_engine.name: engine_report}


def peers_sync(profile_ids) -> None:
    """Profiles changed: the database engine reads them live; others refresh their copy.
    Raises EngineUnavailable when the engine cannot take the change (the caller retries)."""
    engine().index_peers(list(profile_ids))


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


def saved_searches_notify() -> int:
    """Tell each owner of a saved search with new matches since they last looked: one
    notification per search and per look (a second run before they look again adds none).
    Returns how many searches had news."""
    told = 0
    searches = SavedSearch.objects.filter(
        last_seen_at__isnull=False, user__is_active=True
    ).order_by("pk")
    for saved in searches.iterator():
        count = saved_search_new_count(saved)
        if not count:
            continue
        told += 1
        notify(
            recipient_ids=[saved.user_id],
            kind=NotificationKind.SAVED_SEARCH,
            target=saved,
            url=reverse("search:saved_detail", kwargs={"pk": saved.pk}),
            params={"title": saved.name, "count": count},
            event_key=saved.last_seen_at.strftime("%Y%m%d%H%M%S%f"),
        )
    return told


def saved_search_feed_rotate(*, saved: SavedSearch) -> SavedSearch:
    """A new secret feed address for a saved search; the old one stops working (404)."""
    saved.feed_token = uuid.uuid4()
    saved.save(update_fields=["feed_token"])
    return saved

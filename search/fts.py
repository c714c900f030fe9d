"""SQLite's full-text index of the records table (migration 0002): its triggers, paused for a
rebuild.

The FTS5 table follows the records table through three triggers, which index each row as it
is written: an update first removes the row's old terms, then adds the new ones. A rebuild
that writes tens of thousands of rows is cheaper without them: `pause` drops the triggers,
and `resume` rebuilds the FTS5 index from the table once (FTS5's `'rebuild'`) and creates
the triggers again, in one transaction, so that no write made meanwhile, by this process or
another, is missed. While paused, searches see the index as it was before the rebuild.

A process that dies while the triggers are paused leaves them out; `resume` (called by every
rebuild, by the database engine's rebuild and by services.reconcile, which Celery beat runs
hourly) finds them missing and repairs the index. PostgreSQL's index is a generated column:
nothing to do."""

from django.db import connection, transaction

TRIGGERS = {
    "search_evidence_ai": """
    CREATE TRIGGER search_evidence_ai AFTER INSERT ON search_evidencerecord BEGIN
        INSERT INTO search_evidence_fts(rowid, analysed_title, analysed_tags,
            analysed_summary, analysed_body)
        VALUES (new.id, new.analysed_title, new.analysed_tags, new.analysed_summary,
            new.analysed_body);
    END""",
    "search_evidence_ad": """
    CREATE TRIGGER search_evidence_ad AFTER DELETE ON search_evidencerecord BEGIN
        INSERT INTO search_evidence_fts(search_evidence_fts, rowid, analysed_title,
            analysed_tags, analysed_summary, analysed_body)
        VALUES ('delete', old.id, old.analysed_title, old.analysed_tags, old.analysed_summary,
            old.analysed_body);
    END""",
    "search_evidence_au": """
    CREATE TRIGGER search_evidence_au AFTER UPDATE ON search_evidencerecord BEGIN
        INSERT INTO search_evidence_fts(search_evidence_fts, rowid, analysed_title,
            analysed_tags, analysed_summary, analysed_body)
        VALUES ('delete', old.id, old.analysed_title, old.analysed_tags, old.analysed_summary,
            old.analysed_body);
        INSERT INTO search_evidence_fts(rowid, analysed_title, analysed_tags,
            analysed_summary, analysed_body)
        VALUES (new.id, new.analysed_title, new.analysed_tags, new.analysed_summary,
            new.analysed_body);
    END""",
}


def _applies() -> bool:
    return connection.vendor == "sqlite"


def _missing_triggers(cursor) -> list[str]:
    cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
        ["search_evidencerecord"],
    )
    present = {name for (name,) in cursor.fetchall()}
    return [name for name in TRIGGERS if name not in present]


def pause() -> bool:
    """Drop the triggers (SQLite; committed at once, outside any transaction of the caller's).
    Returns whether anything was paused; `resume` must follow, whatever happens."""
    if not _applies():
        return False
    with transaction.atomic(), connection.cursor() as cursor:
        for name in TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
    return True


def resume(*, rebuild: bool = False) -> bool:
    """When a trigger is missing (paused, or left out by a process that died, or by a
    migration that rebuilt the table), rebuild the FTS5 index from the records table and
    create the triggers again, in one transaction. `rebuild`: rebuild the index even when
    the triggers are all there. Returns whether the index was rebuilt."""
    if not _applies():
        return False
    with transaction.atomic(), connection.cursor() as cursor:
        missing = _missing_triggers(cursor)
        if not (missing or rebuild):
            return False
        cursor.execute("INSERT INTO search_evidence_fts(search_evidence_fts) VALUES ('rebuild')")
        for name in missing:
            cursor.execute(TRIGGERS[name])
    return True

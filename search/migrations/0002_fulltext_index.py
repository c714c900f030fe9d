"""The database engine's full-text index over the analysed columns.

SQLite: an FTS5 table with the records table as external content, kept in step by triggers,
and an fts5vocab table for spelling suggestions. PostgreSQL: a stored, weighted tsvector
column (title A, tags B, summary C, body D) with a GIN index. Other databases get no index
and the engine is not available on them."""

from django.db import migrations

SQLITE_UP = [
    """CREATE VIRTUAL TABLE search_evidence_fts USING fts5(
        analysed_title, analysed_tags, analysed_summary, analysed_body,
        content='search_evidencerecord', content_rowid='id', tokenize='unicode61'
    )""",
    """CREATE TRIGGER search_evidence_ai AFTER INSERT ON search_evidencerecord BEGIN
        INSERT INTO search_evidence_fts(rowid, analysed_title, analysed_tags,
            analysed_summary, analysed_body)
        VALUES (new.id, new.analysed_title, new.analysed_tags, new.analysed_summary,
            new.analysed_body);
    END""",
    """CREATE TRIGGER search_evidence_ad AFTER DELETE ON search_evidencerecord BEGIN
        INSERT INTO search_evidence_fts(search_evidence_fts, rowid, analysed_title,
            analysed_tags, analysed_summary, analysed_body)
        VALUES ('delete', old.id, old.analysed_title, old.analysed_tags, old.analysed_summary,
            old.analysed_body);
    END""",
    """CREATE TRIGGER search_evidence_au AFTER UPDATE ON search_evidencerecord BEGIN
        INSERT INTO search_evidence_fts(search_evidence_fts, rowid, analysed_title,
            analysed_tags, analysed_summary, analysed_body)
        VALUES ('delete', old.id, old.analysed_title, old.analysed_tags, old.analysed_summary,
            old.analysed_body);
        INSERT INTO search_evidence_fts(rowid, analysed_title, analysed_tags,
            analysed_summary, analysed_body)
        VALUES (new.id, new.analysed_title, new.analysed_tags, new.analysed_summary,
            new.analysed_body);
    END""",
    "CREATE VIRTUAL TABLE search_evidence_vocab USING fts5vocab(search_evidence_fts, 'row')",
]
SQLITE_DOWN = [
    "DROP TABLE IF EXISTS search_evidence_vocab",
    "DROP TRIGGER IF EXISTS search_evidence_au",
    "DROP TRIGGER IF EXISTS search_evidence_ad",
    "DROP TRIGGER IF EXISTS search_evidence_ai",
    "DROP TABLE IF EXISTS search_evidence_fts",
]
POSTGRES_UP = [
    """ALTER TABLE search_evidencerecord ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', analysed_title), 'A')
            || setweight(to_tsvector('simple', analysed_tags), 'B')
            || setweight(to_tsvector('simple', analysed_summary), 'C')
            || setweight(to_tsvector('simple', analysed_body), 'D')
        ) STORED""",
    "CREATE INDEX search_evidence_vector ON search_evidencerecord USING GIN (search_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS search_evidence_vector",
    "ALTER TABLE search_evidencerecord DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]

"""SQLite's FTS5 triggers, paused during a rebuild (search.fts): the index is built once from
the table at the end, a failed rebuild and a lost pause are repaired."""

import importlib

from django.db import connection

import pytest

from community.models import Commitment
from search import fts, selectors, services
from search.engines.base import SearchRequest
from search.models import EvidenceRecord

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 triggers are SQLite's"),
]


def found(query: str) -> list[str]:
    results = selectors.evidence_search(SearchRequest(query=query, per_page=50))
    return [hit.key for hit in results.hits]


def triggers() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'search_evidencerecord'"
        )
        return {name for (name,) in cursor.fetchall()}


def test_the_triggers_are_the_migrations_own():
    migration = importlib.import_module("search.migrations.0002_fulltext_index")
    created = [" ".join(s.split()) for s in migration.SQLITE_UP if "CREATE TRIGGER" in s]
    assert sorted(created) == sorted(" ".join(s.split()) for s in fts.TRIGGERS.values())


def test_a_rebuild_writes_its_rows_without_the_triggers_then_puts_them_back(corpus, monkeypatch):
    seen_while_writing = []
    real_save = services._save

    def save(wanted, existing):
        seen_while_writing.append(triggers())
        return real_save(wanted, existing)

    monkeypatch.setattr(services, "_save", save)
    EvidenceRecord.objects.update(fingerprint="changed")
    Commitment.objects.filter(public_id="ES0001").update(title="Registro de lobistas")
    assert services.rebuild()["changed"] == EvidenceRecord.objects.count()
    assert seen_while_writing and all(found == set() for found in seen_while_writing)
    assert triggers() == set(fts.TRIGGERS)
    assert "commitment:ES0001" in found("lobistas")


def test_a_failed_rebuild_puts_the_triggers_back_and_indexes_what_it_wrote(corpus, monkeypatch):
    Commitment.objects.filter(public_id="ES0001").update(title="Registro de lobistas")

    def broken(*args, **kwargs):
        raise RuntimeError("embedding model missing")

    monkeypatch.setattr(services, "embed_records", broken)
    with pytest.raises(RuntimeError):
        services.rebuild()
    assert triggers() == set(fts.TRIGGERS)
    assert "commitment:ES0001" in found("lobistas")


def test_reconcile_repairs_triggers_a_dead_rebuild_left_paused(corpus):
    fts.pause()  # (a rebuild that died before resuming)
    Commitment.objects.filter(public_id="ES0001").update(title="Registro de lobistas")
    services.owners_sync([f"commitment:{Commitment.objects.get(public_id='ES0001').pk}"])
    assert "commitment:ES0001" not in found("lobistas")
    services.reconcile(repair=True)
    assert triggers() == set(fts.TRIGGERS)
    assert "commitment:ES0001" in found("lobistas")


def test_a_rebuild_that_writes_nothing_leaves_the_index_and_its_triggers_alone(corpus):
    """Nothing changed: no trigger dropped, no FTS5 'rebuild' (a sixth of an up-to-date
    rebuild at full scale); the index still finds what it found."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert services.rebuild()["changed"] == 0
    sql = [query["sql"] for query in captured.captured_queries]
    assert not [s for s in sql if "DROP TRIGGER" in s or "VALUES ('rebuild')" in s]
    assert triggers() == set(fts.TRIGGERS)
    assert "commitment:ES0001" in found("procurement reform")


def test_a_full_text_rebuild_repairs_an_index_damaged_behind_the_triggers(corpus):
    """The records are right but the FTS5 index lost a row's terms (written around the
    triggers): an ordinary rebuild, which writes no record, leaves the index alone;
    `rebuild_search_index --full-text` rebuilds it from the records."""
    from django.core.management import call_command

    record = EvidenceRecord.objects.get(key="commitment:ES0001")
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO search_evidence_fts(search_evidence_fts, rowid, analysed_title, "
            "analysed_tags, analysed_summary, analysed_body) VALUES ('delete', %s, %s, %s, %s, %s)",
            [record.pk, record.analysed_title, record.analysed_tags, record.analysed_summary,
             record.analysed_body],
        )  # fmt: skip
    assert "commitment:ES0001" not in found("procurement reform")
    services.rebuild()
    assert "commitment:ES0001" not in found("procurement reform")
    call_command("rebuild_search_index", "--full-text", "--no-progress", verbosity=0)
    assert "commitment:ES0001" in found("procurement reform")
    assert triggers() == set(fts.TRIGGERS)


def test_a_rebuild_that_writes_nothing_leaves_the_index_version_alone(corpus):
    """A new index version makes every process read its search snapshot again (seconds at
    full scale): a rebuild that changed no record keeps the version; one that did bumps it."""
    from search import index_version

    before = index_version.current()
    assert services.rebuild()["changed"] == 0
    assert index_version.current() == before
    EvidenceRecord.objects.filter(key="commitment:ES0001").update(fingerprint="stale")
    assert services.rebuild()["changed"] == 1
    assert index_version.current() != before

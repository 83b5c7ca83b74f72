import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from app.db.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    DatabaseError,
    NewerDatabaseError,
    alembic_config,
    open_database,
)
from app.db.models import AuditEntry, Institution
from app.db.session import Database
from tests.conftest import FIXTURES


def test_head_constant_matches_alembic(db: Database) -> None:
    script = ScriptDirectory.from_config(alembic_config(db))
    assert script.get_current_head() == HEAD_REVISION
    assert {r.revision for r in script.walk_revisions()} == set(KNOWN_REVISIONS)


def test_new_database_is_wal_with_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        )


def test_text_is_stored_nfc_and_changes_are_audited(db: Database) -> None:
    nfd = unicodedata.normalize("NFD", "Trường Tiểu học Bình An")
    with db.unit() as s:
        s.add(Institution(code="BA", name=nfd))
    with db.unit() as s:
        inst = s.scalars(select(Institution)).one()
        assert inst.name == unicodedata.normalize("NFC", nfd)
        inst.head_name = "Nguyễn Thị Lan"
    with db.unit() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["insert", "update"]
    assert entries[1].changes == {"head_name": ["", "Nguyễn Thị Lan"]}


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer PlanDesk"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_garbage_file_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    with pytest.raises(DatabaseError, match="not a PlanDesk database"):
        open_database(bad)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.close()
    with pytest.raises(DatabaseError, match="not a PlanDesk database"):
        open_database(other)


def test_database_file_of_release_0001_opens_with_its_data(tmp_path: Path) -> None:
    """A real file written by schema 0001 is kept in tests/fixtures/db and must keep opening."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "db" / "plandesk-0001.sqlite", copy)
    db = open_database(copy)
    with db.unit() as s:
        names = s.scalars(select(Institution.name)).all()
    db.dispose()
    assert "Balıkesir İl Milli Eğitim Müdürlüğü" in names


def test_release_0001_file_is_upgraded_after_a_backup_copy(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "db" / "plandesk-0001.sqlite", copy)
    open_database(copy).dispose()
    con = sqlite3.connect(copy)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "signing_identity" in tables
    backups = list(tmp_path.glob("old.before-*.sqlite"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()


def test_release_0002_file_gets_the_tree_index_and_keeps_its_plan(tmp_path: Path) -> None:
    """Schema 0003 adds the index the plan tree is read through; the plan reads the same."""
    from app.services.plans import load_tree, require_current_plan

    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "db" / "plandesk-0002.sqlite", copy)
    con = sqlite3.connect(copy)
    before = [
        r[0]
        for r in con.execute(
            "SELECT code FROM plan_item WHERE plan_id = (SELECT max(id) FROM plan) "
            "ORDER BY sort_key"
        )
    ]
    con.close()
    db = open_database(copy)
    with db.unit() as s:
        codes = [r.code for r in load_tree(s, require_current_plan(s).id)]
    db.dispose()
    assert sorted(codes) == sorted(before) and codes[:3] == ["2", "2.1", "2.1.4"]
    con = sqlite3.connect(copy)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    plan = con.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM plan_item WHERE plan_id = 1 "
        "ORDER BY parent_id, position, sort_key"
    ).fetchall()
    con.close()
    assert any("ix_plan_item_tree" in str(row) for row in plan)
    assert not any("TEMP B-TREE" in str(row) for row in plan), "no sort left to SQLite"
    assert len(list(tmp_path.glob("old.before-*.sqlite"))) == 1


def test_models_and_migrations_agree(db: Database) -> None:
    """The schema the migrations build is the one the models describe (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.db.models import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_release_0003_reasons_become_codes(tmp_path: Path) -> None:
    """Schema 0004 reads the English reasons a 0003 directorate stored back into codes."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "db" / "plandesk-0003.sqlite", copy)
    db = open_database(copy)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT status, result_code, result_params, result_reason FROM return_doc")
        ).fetchall()
    db.dispose()
    by_code = {row[1]: row for row in rows}
    assert set(by_code) == {"", "signature_mismatch", "pdf_damaged"}
    assert by_code[""][0] == "accepted"
    assert by_code["signature_mismatch"][0] == "rejected"
    assert by_code["signature_mismatch"][3].startswith("tampered: the signature does not match")

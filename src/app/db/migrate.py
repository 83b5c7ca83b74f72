"""Open a database file: check it, back it up, bring its schema to this version.

Alembic owns the schema. A file from a newer PlanDesk is refused, never touched.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.db.session import Database

# The newest revision in app/db/migrations/versions (a test keeps the two in step).
HEAD_REVISION = "0002"
KNOWN_REVISIONS = ("0001", "0002")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user."""


class NewerDatabaseError(DatabaseError):
    pass


def _stored_revision(path: Path) -> str | None:
    """The Alembic revision of an existing file, None for an empty/new file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not a PlanDesk database (not an SQLite file)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseError(f"{path} is an SQLite file but not a PlanDesk database")
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc}") from exc
    return row[0] if row else None


def backup_copy(path: Path, reason: str) -> Path:
    """A consistent copy of *path* beside it (sqlite3 backup API, WAL-safe)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.sqlite'}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def alembic_config(db: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(path: Path | str) -> Database:
    """Open (and create or migrate) the database at *path*."""
    path = Path(path)
    revision = _stored_revision(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{path} was written by a newer PlanDesk (schema {revision}); "
            "install the newer version to open it"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database.at(path)
    if revision != HEAD_REVISION:
        if revision is not None:
            backup_copy(path, f"before-{HEAD_REVISION}")
        upgrade(db)
    return db

"""Open a database file: check it, back it up, bring its schema to this version.

Alembic owns the schema. A file from a newer PlanDesk is refused, never touched.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.db.fileinfo import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    SQLITE_MAGIC,
    DatabaseError,
    NewerDatabaseError,
    check_known,
    stored_revision,
)
from app.db.session import Database

__all__ = [
    "HEAD_REVISION",
    "KNOWN_REVISIONS",
    "SQLITE_MAGIC",
    "DatabaseError",
    "NewerDatabaseError",
    "open_database",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    revision = stored_revision(path)
    check_known(path, revision)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database.at(path)
    if revision != HEAD_REVISION:
        if revision is not None:
            backup_copy(path, f"before-{HEAD_REVISION}")
        upgrade(db)
    return db

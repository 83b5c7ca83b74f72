"""What a database file is, read with sqlite3 alone (no SQLAlchemy: this runs at start-up)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The newest revision in app/db/migrations/versions (a test keeps the two in step).
HEAD_REVISION = "0004"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user."""


class NewerDatabaseError(DatabaseError):
    pass


def stored_revision(path: Path) -> str | None:
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


def check_known(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{path} was written by a newer PlanDesk (schema {revision}); "
            "install the newer version to open it"
        )

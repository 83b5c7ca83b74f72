"""What a database file is, read with sqlite3 alone (no SQLAlchemy: this runs at start-up)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

# The newest revision in app/db/migrations/versions (a test keeps the two in step).
HEAD_REVISION = "0008"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user."""


class NewerDatabaseError(DatabaseError):
    pass


class ChangedMeanwhile(DatabaseError):
    """Another clerk changed (or deleted) a row since this unit of work read it; nothing was
    written. The window reads the data again."""


# How long a command waits for another PlanDesk that is writing, before it gives up.
BUSY_SECONDS = 10.0

# sqlite's refusals that say something about the machine, and what to tell the clerk
ENVIRONMENT = (
    (
        ("database is locked", "database table is locked", "busy"),
        "another PlanDesk is writing to this database; nothing was changed, try again",
    ),
    (
        ("database or disk is full", "disk is full"),
        "the disk is full; nothing was changed (free some space and try again)",
    ),
    (
        ("readonly database", "read-only", "attempt to write a readonly"),
        "the database file cannot be written (read-only); nothing was changed",
    ),
    (
        ("disk i/o error", "unable to open database file"),
        "the database file cannot be read or written (disk or permission problem)",
    ),
)


def environment_text(text: str, path: Path | None) -> str:
    """The clerk's sentence for an error text of sqlite (busy, full, read-only, I/O)."""
    low = text.lower()
    for needles, message in ENVIRONMENT:
        if any(needle in low for needle in needles):
            return message
    where = f" ({path})" if path else ""
    first = low.splitlines()[0] if low else "unknown error"
    return f"the database refused the change{where}: {first}"


def sqlite_failure(exc: sqlite3.Error, path: Path | None) -> DatabaseError:
    """A driver error from a plain sqlite3 read or write, as one sentence."""
    return DatabaseError(environment_text(str(exc), path))


def private_file(path: Path) -> None:
    """Owner-only (0600) on POSIX: the database and its -wal/-shm, backups, logs."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700 | 0o600)


def private_database(path: Path) -> None:
    """The database file and its companions owner-only; a missing file is created empty with
    mode 0600 first, so SQLite (which gives -wal/-shm the file's mode) never writes a
    readable one."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # there already, or SQLite will say why it cannot be
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if companion.exists():
            private_file(companion)


def stored_revision(path: Path) -> str | None:
    """The Alembic revision of an existing file, None for an empty/new file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not a PlanDesk database (not an SQLite file)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_SECONDS)
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
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise sqlite_failure(exc, path) from exc
        raise DatabaseError(f"{path} cannot be read: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc}") from exc
    return row[0] if row else None


def check_known(path: Path | str, revision: str | None) -> None:
    """A database of a newer PlanDesk (a file or a server's) is refused, never touched."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{path} was written by a newer PlanDesk (schema {revision}); "
            "install the newer version to open it"
        )

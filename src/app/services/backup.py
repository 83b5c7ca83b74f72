"""Backups: consistent copies through SQLite's backup API, rotated, and restore.

Every copy is written through a temporary file beside its target and is owner-only; the
backups folder too. A restore takes only a whole PlanDesk database (intact, at a known
schema, every table and column there) and only while no other PlanDesk has the database
open; the file it replaces is kept beside it first.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from app.db.fileinfo import DatabaseError, private_database
from app.db.migrate import backup_copy, check_database_file, open_database, sqlite_copy
from app.db.users import RESTORE, USER, User, others, register, window_lock_holder
from app.services.errors import PlanDeskError

KEEP = 10
QUIET_SECONDS = 1.0  # how long the restore waits for the last reader to let go


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _private_folder(folder: Path) -> None:
    """Create *folder* owner-only (0700 on POSIX) when it is missing."""
    if folder.is_dir():
        return
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)


def _copy(src: Path, dst: Path) -> None:
    """Copy a live database into *dst* atomically (kept for the tests' helpers)."""
    sqlite_copy(src, dst)


def backup(db_path: Path, out: Path | None = None) -> Path:
    """Write a backup; without *out*, into the rotating backups folder beside the database."""
    if not db_path.exists():
        raise PlanDeskError(f"there is no database at {db_path} to back up")
    if out is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backups_dir(db_path)
        out = folder / f"{db_path.stem}-{stamp}.sqlite"
    try:
        if out.parent == backups_dir(db_path):
            _private_folder(out.parent)
        sqlite_copy(db_path, out)
    except sqlite3.Error as exc:
        raise PlanDeskError(
            f"cannot read the database {db_path} to back it up ({exc}); no backup was written"
        ) from exc
    except OSError as exc:
        raise PlanDeskError(f"cannot write the backup {out}: {exc.strerror or exc}") from exc
    rotate(backups_dir(db_path))
    return out


def rotate(folder: Path, keep: int = KEEP) -> None:
    if not folder.is_dir():
        return
    files = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


def backup_if_due(db_path: Path, every: timedelta = timedelta(days=1)) -> Path | None:
    """The automatic backup: one a day at most, the last KEEP kept."""
    folder = backups_dir(db_path)
    latest = max((p.stat().st_mtime for p in folder.glob("*.sqlite")), default=0.0)
    if datetime.now().timestamp() - latest < every.total_seconds():
        return None
    return backup(db_path)


# ------------------------------------------------------------------ restore
def _open_elsewhere(users: list[User]) -> str:
    first = users[0].describe()
    more = f" and {len(users) - 1} more" if len(users) > 1 else ""
    return (
        f"the database is open in {first}{more}: close it, then run the restore again; "
        "nothing was changed"
    )


def _quiesce(db_path: Path) -> None:
    """Fold the write-ahead log into the file and leave it in rollback mode: SQLite allows
    that only when no other connection has the file open, so a program that never
    registered (an older PlanDesk, a database tool) is found here too."""
    try:
        con = sqlite3.connect(str(db_path), timeout=QUIET_SECONDS)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        raise PlanDeskError(
            "another program has the database open (SQLite says: "
            f"{exc}): close it, then run the restore again; nothing was changed"
        ) from exc
    except sqlite3.DatabaseError as exc:  # the current file is damaged: it is replaced anyway
        raise PlanDeskError(
            f"the current database {db_path} cannot be read ({exc}); move it aside by hand, "
            "then run the restore again; nothing was changed"
        ) from exc
    if not mode or str(mode[0]).lower() != "delete":
        raise PlanDeskError(
            "another program has the database open: close it, then run the restore again; "
            "nothing was changed"
        )


def restore(db_path: Path, source: Path) -> Path | None:
    """Replace the database with the backup *source*; returns the copy kept of the file it
    replaced (None when there was none).

    Refused, with nothing changed, when *source* is not a whole PlanDesk database this
    version can open, or while another PlanDesk (a window or a command) has the database
    open. What is checked is a copy of *source* taken beside the database first, and that
    very copy is what goes in.
    """
    if not source.is_file():
        raise PlanDeskError(f"{source} does not exist")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise PlanDeskError(f"{source} is the database itself; choose a backup file")
    try:
        check_database_file(source)  # the quick refusals first, on the file given
    except DatabaseError as exc:
        raise PlanDeskError(f"{exc}; nothing was changed") from exc
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(
        prefix=f".{db_path.name}.restore-", suffix=".tmp", dir=db_path.parent
    )
    os.close(fd)
    incoming = Path(name)
    marker = register(db_path, RESTORE)
    try:
        try:
            sqlite_copy(source, incoming)
            check_database_file(incoming, str(source))
        except DatabaseError as exc:
            raise PlanDeskError(f"{exc}; nothing was changed") from exc
        except sqlite3.Error as exc:
            raise PlanDeskError(
                f"{source} cannot be read as a database ({exc}); nothing was changed"
            ) from exc
        except OSError as exc:
            raise PlanDeskError(
                f"cannot copy {source} beside the database ({exc.strerror or exc}); "
                "nothing was changed"
            ) from exc
        users = others(db_path, (USER, RESTORE))
        if users:
            raise PlanDeskError(_open_elsewhere(users))
        window = window_lock_holder(db_path)
        if window is not None:
            raise PlanDeskError(_open_elsewhere([window]))
        saved = None
        if db_path.exists() and db_path.stat().st_size > 0:
            _quiesce(db_path)
            try:
                saved = backup_copy(db_path, "before-restore")
            except DatabaseError as exc:
                raise PlanDeskError(f"{exc}; nothing was changed") from exc
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, db_path)
        private_database(db_path)
        try:
            open_database(db_path).dispose()  # an older schema is brought up to this one
        except DatabaseError as exc:
            if saved is not None:
                sqlite_copy(saved, db_path)
            raise PlanDeskError(
                f"{source} could not be brought to this version ({exc}); the database was put "
                "back as it was"
            ) from exc
        return saved
    finally:
        marker.release()
        incoming.unlink(missing_ok=True)

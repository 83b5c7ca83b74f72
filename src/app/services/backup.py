"""Backups: consistent copies through SQLite's backup API, rotated, and restore."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from app.db.fileinfo import stored_revision
from app.db.migrate import (
    KNOWN_REVISIONS,
    DatabaseError,
    backup_copy,
    open_database,
)
from app.services.errors import PlanDeskError

KEEP = 10


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _copy(src: Path, dst: Path) -> None:
    """Copy a live database into *dst* atomically (temp file + rename)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".plandesk-", suffix=".tmp", dir=dst.parent)
    os.close(fd)
    try:
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        os.replace(tmp, dst)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def backup(db_path: Path, out: Path | None = None) -> Path:
    """Write a backup; without *out*, into the rotating backups folder beside the database."""
    if not db_path.exists():
        raise PlanDeskError(f"there is no database at {db_path} to back up")
    if out is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out = backups_dir(db_path) / f"{db_path.stem}-{stamp}.sqlite"
    try:
        _copy(db_path, out)
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


def restore(db_path: Path, source: Path) -> Path | None:
    """Replace the database with *source* after checking it; the old one is backed up first."""
    if not source.is_file():
        raise PlanDeskError(f"{source} does not exist")
    try:
        revision = stored_revision(source)
    except DatabaseError as exc:
        raise PlanDeskError(str(exc)) from exc
    if revision is None:
        raise PlanDeskError(f"{source} is not a PlanDesk database")
    if revision not in KNOWN_REVISIONS:
        raise PlanDeskError(f"{source} was written by a newer PlanDesk (schema {revision})")
    saved = backup_copy(db_path, "before-restore") if db_path.exists() else None
    try:
        _copy(source, db_path)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        open_database(db_path).dispose()
    except DatabaseError as exc:
        raise PlanDeskError(str(exc)) from exc
    return saved

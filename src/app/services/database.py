"""The database as the windows and the command line see it: open one (a file, or a database
on a PostgreSQL server shared by several clerks), the one error a database that cannot be
used raises (its message is for the clerk), and what the window needs around a shared one:
whether it takes a lock file, who else has it open, and a watch that notices other clerks'
changes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.db.changes import ChangeWatch
from app.db.copy import CopyReport, Progress
from app.db.copy import copy_database as copy_rows
from app.db.fileinfo import ChangedMeanwhile, DatabaseError, NewerDatabaseError
from app.db.migrate import open_database
from app.db.server import PasswordPrompt, ServerAddress, is_server_url, shown
from app.db.session import Database
from app.services.errors import PlanDeskError
from app.services.messages import Message

__all__ = [
    "ChangeWatch",
    "ChangedMeanwhile",
    "CopyReport",
    "Database",
    "DatabaseError",
    "NewerDatabaseError",
    "ServerAddress",
    "copy_database",
    "is_server_url",
    "open_database",
    "other_clerks",
    "shown_address",
    "watch_changes",
    "window_lock_file",
]


def shown_address(target: Path | str) -> str:
    """A database as a clerk reads it: the file, or the server address without a password."""
    return shown(target) if isinstance(target, str) and is_server_url(target) else str(target)


def window_lock_file(db: Database) -> Path | None:
    """The lock file that keeps a second window off this database (``<db>.lock``), or None
    for a server's database: several clerks' windows share it, each change its own
    transaction, a row changed by two told to the second (``ChangedMeanwhile``)."""
    if db.path is None:
        return None
    return db.path.with_name(db.path.name + ".lock")


def watch_changes(db: Database) -> ChangeWatch:
    """A watch whose ``changed()`` says which tables other clerks changed since it last
    asked (see ``app.db.changes``); ``close()`` it with the database."""
    return ChangeWatch(db)


def other_clerks(db: Database) -> list[str]:
    """The other PlanDesk connections to a server's database, one line each ("user on host
    since HH:MM"); empty for a file (``app.db.users`` knows those)."""
    if not db.is_server:
        return []
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT usename, coalesce(host(client_addr), 'this server'), "
                "min(backend_start) FROM pg_stat_activity "
                "WHERE datname = current_database() AND application_name = 'PlanDesk' "
                "AND pid <> pg_backend_pid() AND NOT (pid = ANY(:own)) "
                "GROUP BY 1, 2 ORDER BY 3"
            ),
            {"own": sorted(db.server.backend_pids)},
        ).all()
    return [f"{user} on {host} since {since:%d.%m.%Y %H:%M}" for user, host, since in rows]


# ------------------------------------------------------------------ moving a directorate
def copy_database(
    source: Path | str,
    target: Path | str,
    *,
    ask_password: PasswordPrompt | None = None,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the database *source* (a file or a server's database) into *target*, which must
    be a new file or an empty database on a server; checked by counts and hashes
    (``app.db.copy``). A new target file is removed again when the copy fails."""
    if shown_address(source) == shown_address(target) or (
        isinstance(source, Path) and isinstance(target, Path) and _same_file(source, target)
    ):
        raise PlanDeskError(Message.COPY_TO_ITSELF)
    if isinstance(source, Path) and not source.is_file():
        raise PlanDeskError(Message.NO_DATABASE_AT, path=source)
    new_file = isinstance(target, Path) and not target.exists()
    if isinstance(target, Path):
        if target.is_dir():
            raise PlanDeskError(Message.COPY_TARGET_FOLDER, path=target)
        if not new_file and target.stat().st_size > 0:
            raise PlanDeskError(Message.COPY_TARGET_EXISTS, path=target)
        if not target.parent.is_dir():
            raise PlanDeskError(Message.COPY_FOLDER_MISSING, folder=target.parent)
    src = open_database(source, ask_password=ask_password, create=False)
    try:
        try:
            dst = open_database(target, ask_password=ask_password)
        except BaseException:
            if new_file and isinstance(target, Path):
                _remove_file(target)
            raise
        try:
            return copy_rows(src, dst, progress)
        except BaseException:
            dst.dispose()
            if new_file and isinstance(target, Path):
                _remove_file(target)
            raise
        finally:
            dst.dispose()
    finally:
        src.dispose()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _remove_file(path: Path) -> None:
    for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        companion.unlink(missing_ok=True)

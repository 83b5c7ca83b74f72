"""Backups: consistent copies through SQLite's backup API, rotated, and restore.

Every copy is written through a temporary file beside its target and is owner-only; the
backups folder too. A restore takes only a whole PlanDesk database (intact, at a known
schema, every table and column there) and only while no other PlanDesk has the database
open; the file it replaces is kept beside it first.

A database on a PostgreSQL server is backed up with the server's own tools: ``pg_dump``
(custom format, one consistent snapshot) and ``pg_restore`` (one transaction), found on
``PATH``; their absence is one sentence. Their password comes from ~/.pgpass or
PGPASSWORD, or they ask on the terminal themselves. The server's nightly backups are its
administrator's (docs/server.md); the window's daily copy is for files only.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from app.db.fileinfo import KNOWN_REVISIONS, DatabaseError, private_database, private_file
from app.db.migrate import backup_copy, check_database_file, open_database, sqlite_copy
from app.db.server import is_server_url, server_url, shown
from app.db.session import Database
from app.db.users import RESTORE, USER, User, others, register, window_lock_holder
from app.services.errors import PlanDeskError
from app.services.messages import Message

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


def backup(db_path: Path | str, out: Path | None = None) -> Path:
    """Write a backup; without *out*, into the rotating backups folder beside the database
    (for a server's database: ``backups/`` in the user data folder, a ``pg_dump`` file)."""
    if is_server_url(db_path):
        return server_backup(str(db_path), out)
    db_path = Path(db_path)
    if not db_path.exists():
        raise PlanDeskError(Message.NO_DATABASE_TO_BACK_UP, path=db_path)
    if out is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backups_dir(db_path)
        out = folder / f"{db_path.stem}-{stamp}.sqlite"
    try:
        if out.parent == backups_dir(db_path):
            _private_folder(out.parent)
        sqlite_copy(db_path, out)
    except sqlite3.Error as exc:
        raise PlanDeskError(Message.BACKUP_CANNOT_READ, path=db_path, error=str(exc)) from exc
    except OSError as exc:
        raise PlanDeskError(
            Message.BACKUP_CANNOT_WRITE, path=out, error=exc.strerror or str(exc)
        ) from exc
    rotate(backups_dir(db_path))
    return out


def rotate(folder: Path, keep: int = KEEP) -> None:
    if not folder.is_dir():
        return
    files = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


def backup_if_due(db_path: Path | str, every: timedelta = timedelta(days=1)) -> Path | None:
    """The automatic backup: one a day at most, the last KEEP kept (files only: a server's
    database is backed up on the server, docs/server.md)."""
    if is_server_url(db_path):
        return None
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    latest = max((p.stat().st_mtime for p in folder.glob("*.sqlite")), default=0.0)
    if datetime.now().timestamp() - latest < every.total_seconds():
        return None
    return backup(db_path)


# ------------------------------------------------------------------ restore
def _open_elsewhere(users: list[User]) -> PlanDeskError:
    first = users[0].describe()
    if len(users) > 1:
        return PlanDeskError(Message.RESTORE_OPEN_IN_MORE, who=first, more=len(users) - 1)
    return PlanDeskError(Message.RESTORE_OPEN_IN, who=first)


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
        raise PlanDeskError(Message.RESTORE_OTHER_PROGRAM_SAYS, error=str(exc)) from exc
    except sqlite3.DatabaseError as exc:  # the current file is damaged: it is replaced anyway
        raise PlanDeskError(
            Message.RESTORE_CURRENT_UNREADABLE, path=db_path, error=str(exc)
        ) from exc
    if not mode or str(mode[0]).lower() != "delete":
        raise PlanDeskError(Message.RESTORE_OTHER_PROGRAM)


def restore(db_path: Path | str, source: Path) -> Path | None:
    """Replace the database with the backup *source*; returns the copy kept of the file it
    replaced (None when there was none).

    Refused, with nothing changed, when *source* is not a whole PlanDesk database this
    version can open, or while another PlanDesk (a window or a command) has the database
    open. What is checked is a copy of *source* taken beside the database first, and that
    very copy is what goes in.
    """
    if is_server_url(db_path):
        return server_restore(str(db_path), source)
    db_path = Path(db_path)
    if not source.is_file():
        raise PlanDeskError(Message.RESTORE_SOURCE_MISSING, path=source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise PlanDeskError(Message.RESTORE_FROM_ITSELF, path=source)
    try:
        check_database_file(source)  # the quick refusals first, on the file given
    except DatabaseError as exc:
        raise PlanDeskError(Message.RESTORE_REFUSED, reason=str(exc)) from exc
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
            raise PlanDeskError(Message.RESTORE_REFUSED, reason=str(exc)) from exc
        except sqlite3.Error as exc:
            raise PlanDeskError(Message.RESTORE_UNREADABLE, path=source, error=str(exc)) from exc
        except OSError as exc:
            raise PlanDeskError(
                Message.RESTORE_CANNOT_COPY, path=source, error=exc.strerror or str(exc)
            ) from exc
        users = others(db_path, (USER, RESTORE))
        if users:
            raise _open_elsewhere(users)
        window = window_lock_holder(db_path)
        if window is not None:
            raise _open_elsewhere([window])
        saved = None
        if db_path.exists() and db_path.stat().st_size > 0:
            _quiesce(db_path)
            try:
                saved = backup_copy(db_path, "before-restore")
            except DatabaseError as exc:
                raise PlanDeskError(Message.RESTORE_REFUSED, reason=str(exc)) from exc
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, db_path)
        private_database(db_path)
        try:
            open_database(db_path).dispose()  # an older schema is brought up to this one
        except DatabaseError as exc:
            if saved is not None:
                sqlite_copy(saved, db_path)
            raise PlanDeskError(Message.RESTORE_NOT_UPGRADED, path=source, error=str(exc)) from exc
        return saved
    finally:
        marker.release()
        incoming.unlink(missing_ok=True)


# ------------------------------------------------------------------ a server's database
TOOL_SECONDS = 3600


def _tool(name: str, missing: Message) -> str:
    """The PostgreSQL tool *name* on PATH; *missing* (which says where to get it) if absent."""
    found = shutil.which(name)
    if found is None:
        raise PlanDeskError(missing)
    return found


def libpq_uri(address: str) -> str:
    """The address as libpq reads it (``postgresql://user@host:port/dbname``, no password)."""
    return shown(server_url(address))


def _run(
    command: list[str], too_long: Message, failed: Message, **params: object
) -> subprocess.CompletedProcess[str]:
    """Run a PostgreSQL tool; it asks for a password itself only on a terminal. Refused with
    *too_long* or *failed* (given *params*, and *failed* the tool's error)."""
    if not sys.stdin.isatty():
        command.insert(1, "--no-password")
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=TOOL_SECONDS,
            stdin=None if sys.stdin.isatty() else subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise PlanDeskError(too_long, **params) from exc
    if done.returncode != 0:
        raise PlanDeskError(failed, error=_first_error(done.stderr), **params)
    return done


def _first_error(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        low = line.lower()
        if "error" in low or "fatal" in low or "failed" in low or "aborting" in low:
            return re.sub(r"^(pg_dump|pg_restore): (error: )?", "", line)
    return lines[0] if lines else "no message"


def server_backups_dir() -> Path:
    from app.paths import data_dir

    return data_dir() / "backups"


def _dump_name(address: str, reason: str = "") -> str:
    url = server_url(address)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    host = re.sub(r"[^A-Za-z0-9.-]+", "_", url.host or "local")
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", url.database or "db")
    return f"{name}@{host}{'.' + reason if reason else ''}-{stamp}.dump"


def server_backup(address: str, out: Path | None = None, *, reason: str = "") -> Path:
    """``pg_dump`` of a server's database into *out* (default: the user data folder's
    ``backups/``, the last KEEP kept), written through a temporary file, owner-only."""
    pg_dump = _tool("pg_dump", Message.PG_DUMP_MISSING)
    folder = server_backups_dir()
    if out is None:
        _private_folder(folder)
        out = folder / _dump_name(address, reason)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        _run(
            [pg_dump, "--format=custom", f"--file={tmp}", f"--dbname={libpq_uri(address)}"],
            Message.PG_DUMP_TOO_LONG,
            Message.PG_DUMP_FAILED,
            address=shown(address),
        )
        private_file(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    if out.parent == folder:
        rotate_dumps(folder)
    return out


def rotate_dumps(folder: Path, keep: int = KEEP) -> None:
    files = sorted(folder.glob("*.dump"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


def dump_revision(source: Path) -> str:
    """The PlanDesk schema revision of a ``pg_dump`` file; refused when it is not one."""
    pg_restore = _tool("pg_restore", Message.PG_RESTORE_MISSING)
    listing = subprocess.run(
        [pg_restore, "--list", str(source)], capture_output=True, text=True, timeout=600
    )
    if listing.returncode != 0:
        raise PlanDeskError(
            Message.NOT_A_SERVER_BACKUP, path=source, error=_first_error(listing.stderr)
        )
    if not re.search(r"TABLE DATA \S+ alembic_version ", listing.stdout) or not re.search(
        r"TABLE DATA \S+ return_doc ", listing.stdout
    ):
        raise PlanDeskError(Message.NOT_A_PLANDESK_BACKUP, path=source)
    data = subprocess.run(
        [pg_restore, "--data-only", "--table=alembic_version", "--file=-", str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    found = re.search(r"^COPY [^\n]*alembic_version[^\n]*\n(\w+)\n", data.stdout, re.MULTILINE)
    if data.returncode != 0 or found is None:
        raise PlanDeskError(Message.BACKUP_NO_REVISION, path=source)
    revision = found.group(1)
    if revision not in KNOWN_REVISIONS:
        raise PlanDeskError(Message.BACKUP_FROM_NEWER, path=source, revision=revision)
    return revision


def server_restore(address: str, source: Path) -> Path | None:
    """Replace a server's database with the ``pg_dump`` file *source*, in one transaction,
    while no other program is connected to it; the database it replaces is dumped first
    (returned). An older schema is then brought up to this version."""
    if not source.is_file():
        raise PlanDeskError(Message.RESTORE_SOURCE_MISSING, path=source)
    dump_revision(source)
    pg_restore = _tool("pg_restore", Message.PG_RESTORE_MISSING)
    db = open_database(address, create=True)
    try:
        from app.services.database import other_clerks

        clerks = other_clerks(db)
        busy = _other_connections(db)
        if busy and not clerks:
            raise PlanDeskError(Message.SERVER_OPEN_CONNECTIONS, count=busy)
        if busy:
            code = Message.SERVER_OPEN_BY_MORE if busy > 1 else Message.SERVER_OPEN_BY
            raise PlanDeskError(code, who=clerks[0])
    finally:
        db.dispose()
    saved = server_backup(address, reason="before-restore")
    _run(
        [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={libpq_uri(address)}",
            str(source),
        ],
        Message.PG_RESTORE_TOO_LONG,
        Message.PG_RESTORE_FAILED,
        name=source.name,
        saved=saved,
    )
    try:
        open_database(address).dispose()  # an older schema is brought up to this one
    except DatabaseError as exc:
        raise PlanDeskError(
            Message.SERVER_RESTORED_NOT_UPGRADED, path=source, error=str(exc), saved=saved
        ) from exc
    return saved


def _other_connections(db: Database) -> int:
    """Every other connection to the database (a PlanDesk window, psql, a report tool)."""
    with db.engine.connect() as conn:
        count = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND NOT (pid = ANY(:own))"
            ),
            {"own": sorted(db.server.backend_pids)},
        ).scalar()
    return int(count or 0)

"""Has another clerk changed the database? A cheap question the window asks (on focus, or
when the server's socket has something to read), so it shows others' work without a restart.

- PostgreSQL: every table but the audit trail notifies ``plandesk_changes`` with its name after
  each statement (migration 0006); the server delivers the notifications at commit. A watch
  LISTENs on a connection of its own and leaves out what this process's own connections did.
- SQLite: ``PRAGMA data_version`` on a connection of its own changes when any other connection
  commits (this process's own units of work too: the window reads again after its own
  change, which costs little). Which tables changed is not known there: ``{"*"}``.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from typing import Any

from app.db.fileinfo import BUSY_SECONDS
from app.db.server import CHANGES_CHANNEL, connect_args
from app.db.session import Database

log = logging.getLogger(__name__)

EVERYTHING = frozenset({"*"})
NOTHING: frozenset[str] = frozenset()


class ChangeWatch:
    """``changed()``: the tables other connections changed since the last call (``{"*"}``
    when the engine cannot say which, or the watch lost its connection); empty when none.
    ``fileno()``: on PostgreSQL the socket to watch for a prompt notice (a
    ``QSocketNotifier`` calling ``changed()``), else None. ``close()`` when done."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._conn: Any = None
        self._version: int | None = None
        self._open()

    # -- the watch's own connection
    def _open(self) -> None:
        if self.db.is_server:
            import psycopg

            cargs, cparams = self.db.engine.dialect.create_connect_args(self.db.engine.url)
            cparams.pop("context", None)
            cparams.update(connect_args(self.db.password))
            listener = psycopg.connect(*cargs, **cparams, autocommit=True)
            listener.execute(f"LISTEN {CHANGES_CHANNEL}")
            self._conn = listener
        elif self.db.path is not None:
            self._conn = sqlite3.connect(
                f"file:{self.db.path}?mode=ro", uri=True, timeout=BUSY_SECONDS, isolation_level=None
            )
            self._version = self._data_version()

    def _data_version(self) -> int:
        row = self._conn.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def changed(self) -> frozenset[str]:
        if not self.db.is_server and self.db.path is None:
            return NOTHING  # an in-memory database has no other clerks
        if self._conn is None:
            try:
                self._open()
            except Exception as exc:  # the server is away: ask again next time
                log.info("change watch of %s cannot connect: %s", self.db.where, exc)
                return NOTHING
            return EVERYTHING  # reconnected: what happened meanwhile is unknown
        try:
            if self.db.is_server:
                return self._notified()
            version = self._data_version()
        except Exception as exc:
            log.info("change watch of %s lost its connection: %s", self.db.where, exc)
            self.close()
            return EVERYTHING
        if version == self._version:
            return NOTHING
        self._version = version
        return EVERYTHING

    def _notified(self) -> frozenset[str]:
        own = self.db.server.backend_pids
        tables = {
            str(note.payload)
            for note in self._conn.notifies(timeout=0)
            if note.channel == CHANGES_CHANNEL and note.pid not in own
        }
        return frozenset(tables)

    def fileno(self) -> int | None:
        if self.db.is_server and self._conn is not None:
            return int(self._conn.fileno())
        return None

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def __enter__(self) -> ChangeWatch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

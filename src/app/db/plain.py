"""Plain DB-API rows on a session's connection, for the few reads of thousands of rows.

The progress grid and the plan tree read 5,000-activity plans: there SQLAlchemy's row
processing costs more than SQLite itself, so these reads go to the driver directly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.db.fileinfo import sqlite_failure

Execute = Callable[[str, tuple[Any, ...]], Any]


def plain_rows(session: Session) -> Execute:
    """``execute(sql, params)`` with "?" markers on the session's connection (and its
    transaction); the result has ``fetchall()``. SQLite's cursor is used as it is; other
    drivers go through ``exec_driver_sql`` with their own markers.

    The driver's own refusals (another program holding the database past the busy wait, a
    full disk) raise ``app.db.fileinfo.DatabaseError`` with one sentence, as
    ``Database.unit`` does for SQLAlchemy's."""
    session.flush()  # the ORM's pending changes first, as its own queries would
    connection = session.connection()
    if connection.dialect.paramstyle == "qmark":
        cursor = connection.connection.cursor()
        database = connection.engine.url.database
        path = Path(database) if database and database != ":memory:" else None

        def execute(sql: str, params: tuple[Any, ...]) -> Any:
            try:
                return cursor.execute(sql, params)
            except sqlite3.OperationalError as exc:
                raise sqlite_failure(exc, path) from exc

        return execute
    marker = "%s" if connection.dialect.paramstyle in ("format", "pyformat") else "?"
    return lambda sql, params: connection.exec_driver_sql(sql.replace("?", marker), params)

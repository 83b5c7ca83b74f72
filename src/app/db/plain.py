"""Plain DB-API rows on a session's connection, for the few reads of thousands of rows.

The progress grid and the plan tree read 5,000-activity plans: there SQLAlchemy's row
processing costs more than SQLite itself, so these reads go to the driver directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

Execute = Callable[[str, tuple[Any, ...]], Any]


def plain_rows(session: Session) -> Execute:
    """``execute(sql, params)`` with "?" markers on the session's connection (and its
    transaction); the result has ``fetchall()``. SQLite's cursor is used as it is; other
    drivers go through ``exec_driver_sql`` with their own markers."""
    session.flush()  # the ORM's pending changes first, as its own queries would
    connection = session.connection()
    if connection.dialect.paramstyle == "qmark":
        cursor = connection.connection.cursor()
        return cursor.execute
    marker = "%s" if connection.dialect.paramstyle in ("format", "pyformat") else "?"
    return lambda sql, params: connection.exec_driver_sql(sql.replace("?", marker), params)

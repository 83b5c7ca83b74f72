"""One clerk at a time for a piece of work that must not run twice at once (taking in one
institution's return for a period, signing a period).

``serialise(session, "sign", plan_id, "2021-T1")`` holds until the unit of work ends:

- PostgreSQL: a transaction-level advisory lock named by the parts; another clerk asking for the
  same name waits (at most ``BUSY_SECONDS``, then one sentence: "another clerk is changing the
  same data right now"). Other names go on in parallel.
- SQLite: the database's write lock, taken now (SQLite has one writer at a time anyway; taking
  it first means what the unit reads next is what it will write over).

After it, the unit's reads see what other clerks committed before (PostgreSQL's READ
COMMITTED reads each statement afresh), so a decision made under the lock is made on the
current data.
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.db.server import lock_key


def serialise(session: Session, *parts: object) -> None:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(lock_key(*parts))))
    elif connection.dialect.name == "sqlite":
        # a write that changes nothing: it takes SQLite's write lock (waiting for another
        # writer up to the busy timeout) and keeps it until the unit ends
        connection.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 0"))

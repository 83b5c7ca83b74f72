"""Engine and sessions: WAL, foreign keys, NFC on the way in, and the audit trail."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db.fileinfo import DatabaseError
from app.db.models import AuditEntry, Base, utcnow
from app.domain.text import nfc


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=5000")
            cur.close()

    return engine


AUDIT_TEXT_LIMIT = 2000


def _jsonable(value: object) -> object:
    if isinstance(value, str) and len(value) > AUDIT_TEXT_LIMIT:
        return f"<{len(value)} characters>"  # a stored file or payload: its size, not a copy
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    try:
        json.dumps(value)
    except TypeError:
        return str(value)
    return value


def _normalise_text(session: Session, _ctx: Any, _instances: Any) -> None:
    """Every string attribute of a new or changed row goes to NFC."""
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Base):
            continue
        for attr in inspect(obj).mapper.column_attrs:
            value = getattr(obj, attr.key)
            if isinstance(value, str):
                normal = nfc(value)
                if normal != value:
                    setattr(obj, attr.key, normal)


def _audit(session: Session, _ctx: Any) -> None:
    """Write one audit row per inserted, changed or deleted object of this flush."""
    user = session.info.get("user") or current_user()
    rows: list[dict[str, Any]] = []
    now = utcnow()
    for action, objects in (
        ("insert", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
                continue
            state = inspect(obj)
            changes: dict[str, list[object]] = {}
            for attr in state.mapper.column_attrs:
                hist = state.attrs[attr.key].history
                if action == "update" and hist.has_changes():
                    old = hist.deleted[0] if hist.deleted else None
                    new = hist.added[0] if hist.added else None
                    changes[attr.key] = [_jsonable(old), _jsonable(new)]
                elif action == "insert" and hist.added and attr.key != "id":
                    changes[attr.key] = [None, _jsonable(hist.added[0])]
            if action == "update" and not changes:
                continue
            ident = state.mapper.primary_key_from_instance(obj)
            rows.append(
                {
                    "at": now,
                    "user": user,
                    "action": action,
                    "entity": obj.__tablename__,
                    "entity_id": ident[0] if ident and isinstance(ident[0], int) else None,
                    "summary": str(session.info.get("audit_summary", "")),
                    "changes": changes,
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _normalise_text)
    event.listen(factory, "after_flush", _audit)
    return factory


# sqlite's refusals that say something about the machine, and what to tell the clerk
_ENVIRONMENT = (
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


def environment_message(exc: OperationalError, path: Path | None) -> str:
    text = str(exc.orig if exc.orig is not None else exc).lower()
    for needles, message in _ENVIRONMENT:
        if any(needle in text for needle in needles):
            return message
    where = f" ({path})" if path else ""
    return f"the database refused the change{where}: {text.splitlines()[0] if text else exc}"


class Database:
    """One database: its engine and a factory of units of work."""

    def __init__(self, url: str, path: Path | None = None) -> None:
        self.url = url
        self.path = path
        self.engine = make_engine(url)
        self.sessions = make_sessionmaker(self.engine)

    @classmethod
    def at(cls, path: Path | str) -> Database:
        p = Path(path)
        return cls(sqlite_url(p), p)

    @contextmanager
    def unit(self, summary: str = "") -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error.

        The database's own refusals (busy, full, read-only, an I/O error) become one
        :class:`DatabaseError` sentence; they are the machine's state, not a bug.
        """
        session = self.sessions()
        session.info["audit_summary"] = summary
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise DatabaseError(environment_message(exc, self.path)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

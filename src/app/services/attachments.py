"""Evidence files (photos, attendance lists) kept inside the database with their SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Attachment, PlanPeriod, Progress
from app.fileio import write_atomically
from app.services.errors import NotFound, ValidationError
from app.services.locks import ensure_open
from app.services.messages import Message
from app.services.plans import PlanRef, find_period, plan_of
from app.services.progress import find_item

MAX_BYTES = 20 * 1024 * 1024


def _too_large(path: Path, size: int) -> ValidationError:
    return ValidationError(
        Message.EVIDENCE_TOO_LARGE,
        name=path.name,
        size=size / 1048576,
        limit=MAX_BYTES // 1048576,
    )


def _read(path: Path) -> bytes:
    """The file's bytes, never more than MAX_BYTES read (also when it grows meanwhile)."""
    if not path.is_file():
        raise ValidationError(Message.NOT_A_FILE, name=path.name)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _too_large(path, size)
    if size == 0:
        raise ValidationError(Message.FILE_EMPTY, name=path.name)
    with path.open("rb") as handle:
        content = handle.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        raise _too_large(path, len(content))
    return content


def progress_row(session: Session, plan: PlanRef, code: str, period_key: str) -> Progress:
    """The progress mark evidence belongs to (created as 'planned' when missing)."""
    plan = plan_of(session, plan)
    item = find_item(session, plan, code)
    period = find_period(session, plan, period_key)
    row = session.scalars(
        select(Progress).where(Progress.item_id == item.id, Progress.period_id == period.id)
    ).first()
    if row is None:
        row = Progress(item_id=item.id, period_id=period.id, status="planned")
        session.add(row)
        session.flush()
    return row


def _period_key_of_progress(session: Session, progress: Progress) -> str:
    return session.get_one(PlanPeriod, progress.period_id).key


def add_to_progress(session: Session, plan: PlanRef, code: str, period_key: str, path: Path) -> int:
    plan = plan_of(session, plan)
    ensure_open(session, plan, find_period(session, plan, period_key).key)
    content = _read(path)
    row = progress_row(session, plan, code, period_key)
    return _store(session, path.name, content, progress_id=row.id)


def _store(session: Session, name: str, content: bytes, **owner: int) -> int:
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    att = Attachment(
        name=name,
        mime_type=mime,
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        content=content,
        **owner,
    )
    session.add(att)
    session.flush()
    return att.id


def list_for_progress(session: Session, progress_id: int) -> list[dict[str, Any]]:
    return [
        {"id": a.id, "name": a.name, "size": a.size, "sha256": a.sha256, "type": a.mime_type}
        for a in session.scalars(
            select(Attachment).where(Attachment.progress_id == progress_id).order_by(Attachment.id)
        )
    ]


def remove(session: Session, plan: PlanRef, attachment_id: int) -> dict[str, Any]:
    """Delete an attachment; returns its row so an undo can put it back."""
    plan = plan_of(session, plan)
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise NotFound(Message.EVIDENCE_GONE)
    if att.progress_id is not None:
        progress = session.get_one(Progress, att.progress_id)
        ensure_open(session, plan, _period_key_of_progress(session, progress))
    row = {c.key: getattr(att, c.key) for c in Attachment.__table__.columns}
    session.delete(att)
    session.flush()
    return row


def restore(session: Session, row: dict[str, Any]) -> None:
    session.add(Attachment(**row))
    session.flush()


def export_copy(session: Session, attachment_id: int, folder: Path | None = None) -> Path:
    """Write the file out (to open it with its program); checks the hash on the way."""
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise NotFound(Message.EVIDENCE_GONE)
    if hashlib.sha256(att.content).hexdigest() != att.sha256:
        raise ValidationError(Message.EVIDENCE_HASH_MISMATCH, name=att.name)
    folder = folder or Path(tempfile.mkdtemp(prefix="plandesk-"))
    target = folder / Path(att.name).name
    write_atomically(target, att.content)
    return target

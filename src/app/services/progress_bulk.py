"""Many progress marks in one transaction (the grid's multi-cell edits and their undo).

Each mark goes through :func:`app.services.progress.set_progress`, so the rules and the
period lock are the same as for one mark; the caller's unit of work makes it all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Attachment, Progress
from app.services.attachments import list_for_progress
from app.services.errors import ValidationError
from app.services.locks import ensure_open
from app.services.messages import Message
from app.services.plans import PlanRef, find_period, plan_of
from app.services.progress import ProgressInput, find_item, set_progress

# (code, period key, the mark to store; None: no mark at all)
CellState = tuple[str, str, ProgressInput | None]


def clear_progress(session: Session, plan: PlanRef, code: str, period_key: str) -> None:
    """Remove the mark of *code* in *period_key* (nothing to do when there is none).

    A mark that holds evidence files is kept: removing it would delete the files too.
    """
    plan = plan_of(session, plan)
    item = find_item(session, plan, code)
    period = find_period(session, plan, period_key)
    ensure_open(session, plan, period.key)
    row = session.scalars(
        select(Progress).where(Progress.item_id == item.id, Progress.period_id == period.id)
    ).first()
    if row is None:
        return
    files = session.scalar(
        select(func.count(Attachment.id)).where(Attachment.progress_id == row.id)
    )
    if files:
        raise ValidationError(
            Message.MARK_HAS_EVIDENCE, code=item.code, period=period.key, files=files
        )
    session.delete(row)
    session.flush()


def apply_states(session: Session, plan: PlanRef, states: Sequence[CellState]) -> None:
    """Store every state of *states* (set or clear); raises on the first refusal."""
    plan = plan_of(session, plan)
    for code, period_key, value in states:
        if value is None:
            clear_progress(session, plan, code, period_key)
        else:
            set_progress(session, plan, value)


def evidence_of(session: Session, item_id: int, period_id: int) -> list[dict[str, Any]]:
    """The evidence files of one activity in one period (none when it has no mark)."""
    progress_id = session.scalar(
        select(Progress.id).where(Progress.item_id == item_id, Progress.period_id == period_id)
    )
    return [] if progress_id is None else list_for_progress(session, progress_id)

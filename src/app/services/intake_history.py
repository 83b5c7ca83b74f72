"""What the directorate has received, read back: the last intake's result lines and the
periods that have incoming returns (the Intake and Completeness pages show them)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.db.models import Return
from app.domain.status import ReturnDirection, ReturnStatus
from app.services.intake import ACCEPTED, LATE, NEW_VERSION, REJECTED, IntakeLine
from app.services.reasons import Outcome, Reason

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

BATCH_GAP = timedelta(minutes=10)  # files received further apart belong to another intake
MAX_LINES = 5000


def last_intake(session: Session) -> list[IntakeLine]:
    """The files of the most recent intake, in the order they were taken in.

    Duplicates are not stored, so they do not come back here.
    """
    rows = session.scalars(
        select(Return)
        .where(Return.direction == ReturnDirection.INCOMING.value)
        .order_by(Return.received_at.desc(), Return.id.desc())
        .limit(MAX_LINES)
    ).all()
    batch: list[Return] = []
    for row in rows:
        if row.received_at is None:
            continue
        if batch and batch[-1].received_at - row.received_at > BATCH_GAP:  # type: ignore[operator]
            break
        batch.append(row)
    return [_line(row) for row in reversed(batch)]


def stored_outcome(row: Return) -> Outcome | None:
    """The reason kept with a stored return, as its code and parameters."""
    if not row.result_code:
        return None
    try:
        return Outcome(Reason(row.result_code), dict(row.result_params or {}))
    except ValueError:  # a code from a newer PlanDesk
        return None


def _line(row: Return) -> IntakeLine:
    """The reason as its code: the lines model words it when shown (``app.ui.intake.reasons``),
    so a language switch re-words it."""
    note = None
    if row.status == ReturnStatus.REJECTED.value:
        outcome, note = REJECTED, stored_outcome(row)
    elif row.supersedes_id is not None:
        outcome = NEW_VERSION
    elif row.late:
        outcome = LATE
    else:
        outcome = ACCEPTED
    known = row.institution_code != "?"
    return IntakeLine(
        file=row.file_name,
        outcome=outcome,
        note=note,
        stored=row.result_reason if row.status == ReturnStatus.REJECTED.value else "",
        institution=row.institution_code if known else "",
        period=row.period_key if row.period_key != "?" else "",
        version=row.version if known else None,
    )


def periods_with_returns(session: Session) -> list[str]:
    """Period keys that have at least one incoming return (any status)."""
    keys = session.scalars(
        select(Return.period_key)
        .where(Return.direction == ReturnDirection.INCOMING.value)
        .distinct()
    )
    return sorted(k for k in keys if k != "?")

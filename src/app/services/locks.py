"""Frozen periods: a signed return locks its period's progress, events and narrative."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Plan, Return
from app.domain.status import ReturnDirection, ReturnStatus
from app.services.errors import PeriodLocked

INSTITUTION = "institution"  # a return of this institution's own work
CONSOLIDATED = "consolidated"  # a directorate's roll-up of its subordinates' returns


def signed_return(
    session: Session, plan: Plan, period_key: str, kind: str = INSTITUTION
) -> Return | None:
    """The signed outgoing return of *kind* for *period_key*, if any. The institution's own
    signed return freezes the period's data; a signed consolidated return freezes only the
    consolidation (its versions run on their own)."""
    return session.scalars(
        select(Return)
        .where(
            Return.plan_id == plan.id,
            Return.period_key == period_key,
            Return.direction == ReturnDirection.OUTGOING.value,
            Return.status == ReturnStatus.SIGNED.value,
            Return.kind == kind,
        )
        .order_by(Return.version.desc())
    ).first()


def ensure_open(session: Session, plan: Plan, period_key: str) -> None:
    ret = signed_return(session, plan, period_key)
    if ret is not None:
        when = f" on {ret.signed_at:%d.%m.%Y}" if ret.signed_at else ""
        raise PeriodLocked(
            f"period {period_key} is frozen by its signed return (version {ret.version}{when}); "
            "correct the return to change its data"
        )

"""Frozen periods: a signed return locks its period's progress, events and narrative."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Plan, Return
from app.domain.status import ReturnDirection, ReturnStatus
from app.services.errors import PeriodLocked


def signed_return(session: Session, plan: Plan, period_key: str) -> Return | None:
    """The signed outgoing return that freezes *period_key*, if any."""
    return session.scalars(
        select(Return)
        .where(
            Return.plan_id == plan.id,
            Return.period_key == period_key,
            Return.direction == ReturnDirection.OUTGOING.value,
            Return.status == ReturnStatus.SIGNED.value,
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

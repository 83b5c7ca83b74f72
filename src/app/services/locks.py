"""Frozen periods: a signed return locks its period's progress, events and narrative.

Signing is one clerk at a time per period (``claim_signing``): with several clerks on one
shared database, a period is signed once; the clerk who started signing an open period that
another clerk signed meanwhile is told by whom, and nothing more is signed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.locking import serialise
from app.db.models import Plan, Return
from app.domain.status import ReturnDirection, ReturnKind, ReturnStatus
from app.services.errors import PeriodLocked
from app.services.messages import Message, Word

INSTITUTION = ReturnKind.INSTITUTION.value
CONSOLIDATED = ReturnKind.CONSOLIDATED.value

# session.info: what this unit of work first saw of each period's signed return (its id, or
# None when the period was open), and the returns it recorded itself
FIRST_LOOK = "signed_first_look"
RECORDED_HERE = "signed_here"


def signed_periods(session: Session, plan_id: int) -> dict[str, tuple[int, datetime | None]]:
    """The periods this institution's own signed returns freeze: key -> (version, signed at),
    the newest signed version of each."""
    found: dict[str, tuple[int, datetime | None]] = {}
    for key, version, signed_at in session.execute(
        select(Return.period_key, Return.version, Return.signed_at)
        .where(
            Return.plan_id == plan_id,
            Return.direction == ReturnDirection.OUTGOING.value,
            Return.status == ReturnStatus.SIGNED.value,
            Return.kind == INSTITUTION,
        )
        .order_by(Return.period_key, Return.version, Return.id)
    ):
        found[key] = (version, signed_at)
    return found


def signed_return(
    session: Session, plan: Plan, period_key: str, kind: str = INSTITUTION
) -> Return | None:
    """The signed outgoing return of *kind* for *period_key*, if any. The institution's own
    signed return freezes the period's data; a signed consolidated return freezes only the
    consolidation (its versions run on their own)."""
    found = session.scalars(
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
    session.info.setdefault(FIRST_LOOK, {}).setdefault(
        (plan.id, period_key, kind), found.id if found is not None else None
    )
    return found


def ensure_open(session: Session, plan: Plan, period_key: str) -> None:
    ret = signed_return(session, plan, period_key)
    if ret is not None:
        if ret.signed_at is None:
            raise PeriodLocked(
                Message.PERIOD_FROZEN_UNDATED, period=period_key, version=ret.version
            )
        raise PeriodLocked(
            Message.PERIOD_FROZEN, period=period_key, version=ret.version, signed=ret.signed_at
        )


def claim_signing(session: Session, plan: Plan, period_key: str, kind: str = INSTITUTION) -> None:
    """Take the period for signing until the unit of work ends (other clerks signing it wait),
    and refuse when another clerk signed it since this unit first found it open: the period
    is signed once (``PeriodLocked`` names who, when, which version). Signing a period this
    unit found signed already (the same return again, in another format or language) goes on.
    """
    serialise(session, "sign", plan.id, period_key, kind)
    first = session.info.get(FIRST_LOOK, {}).get((plan.id, period_key, kind), 0)
    if first is not None:
        return  # it was signed when this unit looked (or it never looked): as before
    now = signed_return(session, plan, period_key, kind)
    if now is None or now.id in session.info.get(RECORDED_HERE, set()):
        return
    raise PeriodLocked(
        Message.CONSOLIDATED_SIGNED_MEANWHILE
        if kind == CONSOLIDATED
        else Message.PERIOD_SIGNED_MEANWHILE,
        period=period_key,
        who=now.recorded_by or Word.ANOTHER_CLERK,
        version=now.version,
        signed=now.signed_at or now.created_at,
    )


def recorded_here(session: Session, row: Return) -> None:
    """*row* (flushed) was recorded by this unit: its own later formats are not 'meanwhile'."""
    session.info.setdefault(RECORDED_HERE, set()).add(row.id)

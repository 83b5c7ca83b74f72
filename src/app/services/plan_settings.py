"""Plan settings: reporting scheme, due-date rule, per-period due dates."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import PlanItem, PlannedPeriod, PlanPeriod, Progress
from app.domain.periods import Scheme, scheme_periods
from app.services.errors import ValidationError
from app.services.messages import Message
from app.services.plans import PlanRef, find_period, plan_of


def set_due_days(session: Session, plan: PlanRef, days: int) -> int:
    """Days after a period's end until its return is due; returns the old rule.

    Periods whose due date was set by hand keep it.
    """
    plan = plan_of(session, plan)
    if not 0 <= days <= 365:
        raise ValidationError(Message.DUE_DAYS_RANGE)
    old = plan.due_days
    plan.due_days = days
    for period in plan.periods:
        if not period.due_overridden:
            period.due = period.end + timedelta(days=days)
    session.flush()
    return old


def set_period_due(session: Session, plan: PlanRef, key: str, due: date | None) -> date:
    """Override one period's due date (None: back to the rule); returns the old date."""
    plan = plan_of(session, plan)
    period: PlanPeriod = find_period(session, plan, key)
    old = period.due
    if due is None:
        period.due = period.end + timedelta(days=plan.due_days)
        period.due_overridden = False
    else:
        if due < period.start:
            raise ValidationError(Message.DUE_BEFORE_START, period=key)
        period.due = due
        period.due_overridden = True
    session.flush()
    return old


def set_scheme(session: Session, plan: PlanRef, scheme: Scheme) -> None:
    """Change the reporting scheme while nothing is reported or planned in a period yet."""
    plan = plan_of(session, plan)
    if scheme is Scheme.CUSTOM:
        raise ValidationError(Message.CAMPAIGN_NOT_A_SCHEME)
    if scheme.value == plan.scheme:
        return
    period_ids = [p.id for p in plan.periods]
    marks = session.scalar(
        select(func.count(Progress.id)).where(Progress.period_id.in_(period_ids))
    )
    planned = session.scalar(
        select(func.count(PlannedPeriod.id)).join(PlanItem).where(PlanItem.plan_id == plan.id)
    )
    if marks or planned:
        raise ValidationError(Message.SCHEME_LOCKED)
    for period in list(plan.periods):
        session.delete(period)
    session.flush()
    plan.scheme = scheme.value
    for p in scheme_periods(scheme, plan.year, plan.due_days):
        plan.periods.append(
            PlanPeriod(
                key=p.key, label=p.label(plan.language or "en"), start=p.start, end=p.end, due=p.due
            )
        )
    session.flush()

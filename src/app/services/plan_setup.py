"""A plan's frame without a file: its title, year or campaign window, periods and language;
a plan started by hand, and the plan of events of an organisation that keeps no plan.

A school that works from the command line sets these with ``plandesk plan set``; an
organisation that only holds events (seed 002: a police unit at one information session)
gets a plan of events, one period a year, the first time it logs one.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import NarrativeSection, Plan, PlanItem, PlannedPeriod, PlanPeriod, Progress
from app.db.models import Return as ReturnRow
from app.domain.periods import (
    DEFAULT_DUE_DAYS,
    LANGUAGES,
    Period,
    PeriodKeyError,
    Scheme,
    period_for_key,
    scheme_periods,
)
from app.domain.plan import PlanData
from app.domain.text import clean
from app.services.errors import ValidationError
from app.services.institutions import get_self
from app.services.messages import Message, Word
from app.services.plans import current_plan, declared_language, store_plan

MAX_TITLE = 500

EVENTS_TITLE = {
    "en": "Events held in {year}",
    "tr": "{year} yılında düzenlenen etkinlikler",
    "ru": "Мероприятия, проведённые в {year} году",
    "kk": "{year} жылы өткізілген іс-шаралар",
    "ro": "Evenimente desfășurate în {year}",
    "vi": "Các hoạt động đã tổ chức năm {year}",
}


def _frame_periods(
    year: int, scheme: Scheme, start: date | None, end: date | None, due_days: int
) -> list[Period]:
    if scheme is Scheme.CUSTOM:
        if start is None or end is None:
            raise ValidationError(Message.CAMPAIGN_NEEDS_DAYS)
        try:
            return [period_for_key(f"{year}-C1", due_days, start=start, end=end)]
        except PeriodKeyError as exc:  # the only wrong frame left: it ends before it starts
            raise ValidationError(Message.CAMPAIGN_ENDS_BEFORE_START, period=f"{year}-C1") from exc
    if start is not None or end is not None:
        raise ValidationError(Message.DAYS_ONLY_FOR_CAMPAIGN)
    return scheme_periods(scheme, year, due_days)


def _check_year(year: int) -> None:
    if not 1990 <= year <= 2100:
        raise ValidationError(Message.NOT_A_PLAN_YEAR, year=year)


def start_plan(
    session: Session,
    *,
    title: str,
    year: int,
    scheme: Scheme = Scheme.YEAR,
    start: date | None = None,
    end: date | None = None,
    language: str | None = None,
) -> Plan:
    """A new current plan with no activities yet (they may be imported or typed in later)."""
    title = clean(title)
    if not title:
        raise ValidationError(Message.PLAN_NEEDS_TITLE)
    if len(title) > MAX_TITLE:
        raise ValidationError(Message.PLAN_TITLE_TOO_LONG, limit=MAX_TITLE)
    if scheme is Scheme.CUSTOM and start is not None:
        year = year or start.year
    _check_year(year)
    _frame_periods(year, scheme, start, end, DEFAULT_DUE_DAYS)  # refuses a wrong frame
    data = PlanData(
        title=title,
        year=year,
        scheme=scheme,
        items=[],
        footnotes=[],
        window_start=start if scheme is Scheme.CUSTOM else None,
        window_end=end if scheme is Scheme.CUSTOM else None,
        language=language or "",
    )
    inst = get_self(session)
    return store_plan(session, data, institution_id=inst.id if inst else None)


def _recorded(session: Session, plan: Plan) -> list[str]:
    """What already hangs on the plan's periods (then they may not be rebuilt)."""
    ids = [p.id for p in plan.periods]
    found = []
    checks = (
        ("progress marks", select(func.count(Progress.id)).where(Progress.period_id.in_(ids))),
        (
            "narrative texts",
            select(func.count(NarrativeSection.id)).where(NarrativeSection.period_id.in_(ids)),
        ),
        (
            "planned periods",
            select(func.count(PlannedPeriod.id)).join(PlanItem).where(PlanItem.plan_id == plan.id),
        ),
        ("returns", select(func.count(ReturnRow.id)).where(ReturnRow.plan_id == plan.id)),
    )
    for what, query in checks:
        if session.scalar(query):
            found.append(what)
    return found


def set_plan(
    session: Session,
    plan: Plan,
    *,
    title: str | None = None,
    year: int | None = None,
    scheme: Scheme | None = None,
    start: date | None = None,
    end: date | None = None,
    language: str | None = None,
) -> list[str]:
    """Change the plan's frame; returns what changed, in words for the command line.

    The year, scheme or window change only while nothing is recorded in its periods (a plan
    with marks, texts or returns keeps its periods: start a new plan instead).
    """
    changed: list[str] = []
    if title is not None:
        text = clean(title)
        if not text:
            raise ValidationError(Message.PLAN_TITLE_EMPTY)
        if len(text) > MAX_TITLE:
            raise ValidationError(Message.PLAN_TITLE_TOO_LONG, limit=MAX_TITLE)
        if text != plan.title:
            plan.title = text
            changed.append("title")
    if language is not None and language != plan.language:
        if language not in LANGUAGES:
            raise ValidationError(
                Message.UNKNOWN_LANGUAGE, language=language, languages=", ".join(LANGUAGES)
            )
        plan.language = language
        changed.append("language")
    new_scheme = scheme or Scheme(plan.scheme)
    reframe = year is not None or scheme is not None or start is not None or end is not None
    if reframe:
        new_year = year if year is not None else (start.year if start else plan.year)
        _check_year(new_year)
        if new_scheme is Scheme.CUSTOM:
            start = start or plan.window_start
            end = end or plan.window_end
        periods = _frame_periods(new_year, new_scheme, start, end, plan.due_days)
        old = sorted((p.key, p.start, p.end) for p in plan.periods)
        if old != sorted((p.key, p.start, p.end) for p in periods):
            recorded = _recorded(session, plan)
            if recorded:
                raise ValidationError(
                    Message.PERIODS_CANNOT_CHANGE, recorded=[Word(what) for what in recorded]
                )
            for period in list(plan.periods):
                session.delete(period)
            session.flush()
            plan.year, plan.scheme = new_year, new_scheme.value
            plan.window_start = start if new_scheme is Scheme.CUSTOM else None
            plan.window_end = end if new_scheme is Scheme.CUSTOM else None
            for p in periods:
                plan.periods.append(
                    PlanPeriod(
                        key=p.key, label="", name=p.name, start=p.start, end=p.end, due=p.due
                    )
                )
            changed.append("periods")
    relabel(session, plan)
    session.flush()
    return changed


def relabel(session: Session, plan: Plan) -> None:
    """The stored period names, in the plan's declared language."""
    language = declared_language(session, plan.language)
    for p in plan.periods:
        p.label = _period_of(plan, p).label(language)


def _period_of(plan: Plan, p: PlanPeriod) -> Period:
    if plan.scheme == Scheme.CUSTOM.value:
        return Period(p.key, Scheme.CUSTOM, p.start.year, 1, p.start, p.end, p.due, p.name)
    return period_for_key(p.key, start=p.start, end=p.end)


def is_events_only(session: Session, plan: Plan) -> bool:
    return not session.scalar(select(func.count(PlanItem.id)).where(PlanItem.plan_id == plan.id))


def plan_for_events(session: Session, day: date) -> tuple[Plan, bool]:
    """The plan an event held on *day* goes to, and whether it was started now.

    The current plan, if there is one. A plan of events only (no activities, one period a
    year) gets the year of *day* when it lacks it. Without any plan, a plan of events is
    started, titled in the institution's language.
    """
    plan = current_plan(session)
    if plan is not None:
        if (
            plan.scheme == Scheme.YEAR.value
            and is_events_only(session, plan)
            and not any(p.start <= day <= p.end for p in plan.periods)
        ):
            period = scheme_periods(Scheme.YEAR, day.year, plan.due_days)[0]
            plan.periods.append(
                PlanPeriod(
                    key=period.key,
                    label=period.label(declared_language(session, plan.language)),
                    start=period.start,
                    end=period.end,
                    due=period.due,
                )
            )
            session.flush()
        return plan, False
    language = declared_language(session, None)
    title = EVENTS_TITLE[language].format(year=day.year)
    return start_plan(session, title=title, year=day.year, language=language), True


def plan_id_for_events(session: Session, day: date) -> int:
    """The id of the plan an event held on *day* goes to (see :func:`plan_for_events`), for
    the window."""
    return plan_for_events(session, day)[0].id

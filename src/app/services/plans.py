"""Plans: store a plan given as plain data, read it back as a tree or as JSON-ready data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.models import Footnote, Plan, PlanItem, PlannedPeriod, PlanPeriod
from app.domain.codes import natural_key, normalize_code, sort_key_text
from app.domain.periods import (
    DEFAULT_DUE_DAYS,
    LANGUAGES,
    Period,
    PeriodKeyError,
    Scheme,
    period_for_key,
    scheme_periods,
)
from app.domain.plan import (
    ItemData,
    ItemRow,
    PlanData,
    assign_parents,
)
from app.domain.text import clean
from app.services.errors import NotFound, ValidationError
from app.services.messages import Message, item_kind
from app.services.workspace_open import PeriodInfo


def declared_language(session: Session, language: str | None) -> str:
    """The language a plan's period names and returns are written in: the plan's own when
    it declares one, else the institution's, else English. Never guessed from the text."""
    if language in LANGUAGES:
        return str(language)
    from app.services.institutions import get_self

    inst = get_self(session)
    return inst.language if inst is not None and inst.language in LANGUAGES else "en"


def current_plan(session: Session) -> Plan | None:
    return session.scalars(
        select(Plan).where(Plan.is_current.is_(True)).order_by(Plan.id.desc()).limit(1)
    ).first()


def make_current(session: Session, plan_id: int | None) -> None:
    """Make *plan_id* the current plan (None: no plan is current); the others stay as
    history. Undoing a plan import makes the plan before it current again."""
    if plan_id is not None and session.get(Plan, plan_id) is None:
        raise NotFound(Message.PLAN_GONE, plan=plan_id)
    session.execute(update(Plan).where(Plan.is_current.is_(True)).values(is_current=False))
    if plan_id is not None:
        session.execute(update(Plan).where(Plan.id == plan_id).values(is_current=True))
    session.expire_all()


# A plan as a service takes it: the window passes its id, other services the row they hold.
PlanRef = Plan | int


def plan_of(session: Session, plan: PlanRef) -> Plan:
    """The plan *plan* names: itself, or the plan with that id (NotFound when it is gone)."""
    if isinstance(plan, Plan):
        return plan
    found = session.get(Plan, plan)
    if found is None:
        raise NotFound(Message.PLAN_GONE, plan=plan)
    return found


def require_current_plan(session: Session) -> Plan:
    plan = current_plan(session)
    if plan is None:
        raise NotFound(Message.NO_PLAN)
    return plan


def current_plan_id(session: Session) -> int | None:
    """The current plan's id (None: no plan is current), for the window."""
    return session.scalars(
        select(Plan.id).where(Plan.is_current.is_(True)).order_by(Plan.id.desc()).limit(1)
    ).first()


def require_current_plan_id(session: Session) -> int:
    plan_id = current_plan_id(session)
    if plan_id is None:
        raise NotFound(Message.NO_PLAN)
    return plan_id


@dataclass(frozen=True)
class PlanInfo:
    """What the window reads of a plan, as plain values: its id, title and periods (in the
    order of their start)."""

    id: int
    title: str
    periods: tuple[PeriodInfo, ...]


def plan_info(session: Session, plan: PlanRef) -> PlanInfo:
    plan = plan_of(session, plan)
    periods = tuple(
        PeriodInfo(p.key, p.label or p.key, p.start, p.end, p.due)
        for p in sorted(plan.periods, key=lambda p: p.start)
    )
    return PlanInfo(id=plan.id, title=plan.title, periods=periods)


def current_plan_info(session: Session) -> PlanInfo | None:
    """The current plan as :class:`PlanInfo` (None: no plan is current)."""
    plan_id = current_plan_id(session)
    return plan_info(session, plan_id) if plan_id is not None else None


def item_codes(session: Session, plan_id: int) -> set[str]:
    """The codes of every item of a plan."""
    return set(session.scalars(select(PlanItem.code).where(PlanItem.plan_id == plan_id)))


def footnote_list(session: Session, plan_id: int) -> list[tuple[str, str]]:
    """The plan's footnotes as (mark, text), in the order of their marks (2 before 10)."""
    notes = session.execute(
        select(Footnote.mark, Footnote.text).where(Footnote.plan_id == plan_id)
    ).all()
    return sorted(((m, t) for m, t in notes), key=lambda note: natural_key(note[0]))


def plan_periods(plan: Plan) -> list[Period]:
    return [
        Period(p.key, Scheme(plan.scheme), p.start.year, i + 1, p.start, p.end, p.due, p.name)
        for i, p in enumerate(sorted(plan.periods, key=lambda p: p.start))
    ]


def find_period(session: Session, plan: Plan, key: str) -> PlanPeriod:
    key = key.strip().upper()
    period = session.scalars(
        select(PlanPeriod).where(PlanPeriod.plan_id == plan.id, PlanPeriod.key == key)
    ).first()
    if period is None:
        known = ", ".join(p.key for p in plan.periods) or "none"
        raise NotFound(Message.PLAN_NO_PERIOD, period=key, periods=known)
    return period


def _build_periods(data: PlanData) -> list[Period]:
    due_days = DEFAULT_DUE_DAYS
    if data.periods:
        built = []
        for pd in data.periods:
            try:
                period = period_for_key(pd.key, due_days, start=pd.start, end=pd.end)
            except PeriodKeyError as exc:
                raise ValidationError(Message.PERIOD_KEY_INVALID, detail=str(exc)) from exc
            if pd.due is not None:
                period = period.with_due(pd.due)
            built.append(period)
        return built
    if data.scheme is Scheme.CUSTOM:
        if data.window_start is None or data.window_end is None:
            raise ValidationError(Message.CAMPAIGN_PLAN_NEEDS_WINDOW)
        return [
            period_for_key(
                f"{data.year}-C1", due_days, start=data.window_start, end=data.window_end
            )
        ]
    return scheme_periods(data.scheme, data.year, due_days)


def validate_items(items: list[ItemData]) -> None:
    seen: set[str] = set()
    for item in items:
        code = normalize_code(item.code)
        if not code:
            raise ValidationError(
                Message.ITEM_WITHOUT_CODE,
                item_kind=item_kind(item.kind),
                text=item.description[:60],
            )
        if code in seen:
            raise ValidationError(Message.CODE_TWICE, code=code)
        seen.add(code)
        if not item.description.strip():
            raise ValidationError(Message.ITEM_NO_DESCRIPTION, code=code)


def store_plan(
    session: Session,
    data: PlanData,
    *,
    institution_id: int | None = None,
    origin: str = "local",
) -> Plan:
    """Store *data* as the new current plan. Raises ValidationError, writes nothing then."""
    items = [ItemData(**{**item.__dict__}) for item in data.items]
    for item in items:
        item.code = normalize_code(item.code)
    validate_items(items)
    assign_parents(items)
    periods = _build_periods(data)
    keys = {p.key for p in periods}
    for item in items:
        for planned in item.planned:
            if planned.period_key not in keys:
                raise ValidationError(
                    Message.ITEM_PLANNED_OUTSIDE,
                    code=item.code,
                    period=planned.period_key,
                    periods=", ".join(sorted(keys)),
                )
    marks = {f.mark for f in data.footnotes}
    for item in items:
        for mark in item.footnote_marks:
            if mark not in marks:
                raise ValidationError(Message.ITEM_FOOTNOTE_MISSING, code=item.code, mark=mark)

    labels = declared_language(session, data.language)
    session.execute(update(Plan).where(Plan.is_current.is_(True)).values(is_current=False))
    plan = Plan(
        title=clean(data.title),
        year=data.year,
        scheme=data.scheme.value,
        window_start=data.window_start,
        window_end=data.window_end,
        language=data.language if data.language in LANGUAGES else "",
        institution_id=institution_id,
        issuer_name=data.issuer,
        version=data.version,
        narrative_outline=[],
        is_current=True,
    )
    session.add(plan)
    for p in periods:
        plan.periods.append(
            PlanPeriod(
                key=p.key,
                label=p.label(labels),
                name=p.name,
                start=p.start,
                end=p.end,
                due=p.due,
            )
        )
    for fn in data.footnotes:
        plan.footnotes.append(Footnote(mark=fn.mark, text=clean(fn.text)))
    by_code: dict[str, PlanItem] = {}
    positions: dict[str | None, int] = {}
    for item in items:
        pos = positions.get(item.parent_code, 0)
        positions[item.parent_code] = pos + 1
        row = PlanItem(
            code=item.code,
            sort_key=sort_key_text(item.code),
            position=pos,
            kind=item.kind.value,
            description=item.description.strip(),
            responsible=item.responsible,
            partners=item.partners,
            target_text=item.target_text,
            target_value=item.target_value,
            target_unit=item.target_unit,
            footnote_marks=list(item.footnote_marks),
            not_planned_reason=item.not_planned_reason,
            notes=item.notes,
            origin=origin,
            parent=by_code[item.parent_code] if item.parent_code else None,
            planned_periods=[
                PlannedPeriod(period_key=pp.period_key, planned_text=pp.planned_text)
                for pp in item.planned
            ],
        )
        plan.items.append(row)
        by_code[item.code] = row
    session.flush()
    return plan


def load_tree(session: Session, plan_id: int) -> list[ItemRow]:
    """All items of a plan in tree order (parents before children, siblings by position)."""
    from app.db.fastread import read_item_rows
    from app.db.plain import plain_rows

    return read_item_rows(plain_rows(session), plan_id)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def plan_document(session: Session, plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data: nested items, periods, footnotes."""
    rows = load_tree(session, plan.id)
    nodes: dict[int, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for row in rows:
        node: dict[str, Any] = {
            "code": row.code,
            "kind": row.kind,
            "description": row.description,
            "responsible": row.responsible,
            "partners": row.partners,
            "target": row.target_text,
            "planned": [{"period": k, "text": v} for k, v in row.planned.items()],
            "footnotes": row.footnote_marks,
            "not_planned_reason": row.not_planned_reason,
            "notes": row.notes,
            "children": [],
        }
        nodes[row.id] = node
        (nodes[row.parent_id]["children"] if row.parent_id else roots).append(node)
    return {
        "title": plan.title,
        "year": plan.year,
        "scheme": plan.scheme,
        "version": plan.version,
        "issuer": plan.issuer_name,
        "periods": [
            {
                "key": p.key,
                "label": p.label,
                "start": _iso(p.start),
                "end": _iso(p.end),
                "due": _iso(p.due),
            }
            for p in sorted(plan.periods, key=lambda p: p.start)
        ],
        "footnotes": [
            {"mark": f.mark, "text": f.text}
            for f in sorted(plan.footnotes, key=lambda f: natural_key(f.mark))
        ],
        "items": roots,
    }

"""Editing the plan tree: every operation returns what is needed to undo it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.db.models import (
    Attachment,
    Event,
    Footnote,
    Plan,
    PlanItem,
    PlannedPeriod,
    Progress,
)
from app.domain.codes import is_roman, natural_key, normalize_code, segments, sort_key_text
from app.domain.plan import ItemData, ItemKind, assign_parents
from app.domain.text import clean
from app.services.errors import NotFound, ValidationError
from app.services.messages import Message

EDITABLE = (
    "code",
    "kind",
    "description",
    "responsible",
    "partners",
    "target_text",
    "target_value",
    "target_unit",
    "footnote_marks",
    "not_planned_reason",
    "notes",
)
_ROMANS = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
]


def get_item(session: Session, item_id: int) -> PlanItem:
    item = session.get(PlanItem, item_id)
    if item is None:
        raise NotFound(Message.ITEM_GONE)
    return item


def _siblings(session: Session, plan_id: int, parent_id: int | None) -> list[PlanItem]:
    query = select(PlanItem).where(PlanItem.plan_id == plan_id)
    query = query.where(
        PlanItem.parent_id.is_(None) if parent_id is None else PlanItem.parent_id == parent_id
    )
    items = list(session.scalars(query))
    items.sort(key=lambda i: (i.position, natural_key(i.code)))
    return items


def _renumber_positions(items: list[PlanItem]) -> None:
    for pos, it in enumerate(items):
        it.position = pos


def _check_code(session: Session, plan_id: int, code: str, item_id: int | None = None) -> str:
    code = normalize_code(clean(code))
    if not code:
        raise ValidationError(Message.CODE_EMPTY)
    clash = session.scalars(
        select(PlanItem.id).where(PlanItem.plan_id == plan_id, PlanItem.code == code)
    ).first()
    if clash is not None and clash != item_id:
        raise ValidationError(Message.CODE_IN_USE, code=code)
    return code


def suggest_code(session: Session, plan_id: int, parent_id: int | None) -> str:
    """The next free code below *parent_id*: "2.1" -> "2.1.5" after "2.1.4"."""
    parent = get_item(session, parent_id) if parent_id else None
    used = set(session.scalars(select(PlanItem.code).where(PlanItem.plan_id == plan_id)))
    prefix = f"{parent.code}." if parent and not is_roman(parent.code) else ""
    siblings = _siblings(session, plan_id, parent_id)
    last = 0
    for s in siblings:
        parts = segments(s.code)
        if parts and parts[-1].isdigit():
            last = max(last, int(parts[-1]))
    n = last + 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def add_item(
    session: Session,
    plan_id: int,
    *,
    parent_id: int | None,
    position: int | None,
    kind: str,
    code: str,
    description: str,
) -> int:
    """Insert a new item among its siblings at *position* (None: at the end)."""
    if kind not in {k.value for k in ItemKind}:
        raise ValidationError(Message.UNKNOWN_ITEM_KIND, kind=kind)
    code = _check_code(session, plan_id, code)
    description = clean(description)
    if not description:
        raise ValidationError(Message.ITEM_NEEDS_DESCRIPTION, code=code)
    siblings = _siblings(session, plan_id, parent_id)
    pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
    item = PlanItem(
        plan_id=plan_id,
        parent_id=parent_id,
        code=code,
        kind=kind,
        sort_key=sort_key_text(code),
        description=description,
        footnote_marks=[],
    )
    siblings.insert(pos, item)
    session.add(item)
    _renumber_positions(siblings)
    session.flush()
    return item.id


def update_item(session: Session, item_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Apply field changes; returns the old values (the undo of this edit)."""
    item = get_item(session, item_id)
    old: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in EDITABLE:
            raise ValidationError(Message.FIELD_NOT_EDITABLE, field=name)
        if name == "code":
            value = _check_code(session, item.plan_id, str(value), item.id)
            item.sort_key = sort_key_text(value)
        elif name == "kind" and value not in {k.value for k in ItemKind}:
            raise ValidationError(Message.UNKNOWN_ITEM_KIND, kind=value)
        elif name == "description" and not clean(str(value)):
            raise ValidationError(Message.ITEM_NEEDS_DESCRIPTION, code=item.code)
        elif name == "target_value" and value is not None and float(value) < 0:
            raise ValidationError(Message.TARGET_NEGATIVE)
        elif name == "footnote_marks":
            value = [clean(str(m)) for m in value if clean(str(m))]
            known = set(
                session.scalars(select(Footnote.mark).where(Footnote.plan_id == item.plan_id))
            )
            missing = [m for m in value if m not in known]
            if missing:
                raise ValidationError(Message.FOOTNOTE_MISSING, mark=missing[0])
        elif isinstance(value, str):
            value = clean(value) if name != "notes" else value.strip()
        old[name] = getattr(item, name)
        setattr(item, name, value)
    session.flush()
    return old


def set_planned(session: Session, item_id: int, period_key: str, text: str | None) -> str | None:
    """Plan (text) or unplan (None) an item in a period; returns the previous text or None."""
    item = get_item(session, item_id)
    keys = {p.key for p in session.get_one(Plan, item.plan_id).periods}
    if period_key not in keys:
        raise ValidationError(Message.NOT_A_PERIOD_OF_PLAN, period=period_key)
    row = session.scalars(
        select(PlannedPeriod).where(
            PlannedPeriod.item_id == item_id, PlannedPeriod.period_key == period_key
        )
    ).first()
    previous = row.planned_text if row else None
    if text is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(PlannedPeriod(item_id=item_id, period_key=period_key, planned_text=clean(text)))
    else:
        row.planned_text = clean(text)
    session.flush()
    return previous


def move_item(
    session: Session, item_id: int, new_parent_id: int | None, new_position: int
) -> tuple[int | None, int]:
    """Move an item (with its subtree); returns (old parent, old position) for undo."""
    item = get_item(session, item_id)
    ancestor_id = new_parent_id
    while ancestor_id is not None:
        if ancestor_id == item.id:
            raise ValidationError(Message.MOVE_UNDER_ITSELF)
        ancestor_id = get_item(session, ancestor_id).parent_id
    old = (item.parent_id, item.position)
    old_siblings = [s for s in _siblings(session, item.plan_id, item.parent_id) if s.id != item.id]
    _renumber_positions(old_siblings)
    new_siblings = [s for s in _siblings(session, item.plan_id, new_parent_id) if s.id != item.id]
    pos = max(0, min(new_position, len(new_siblings)))
    new_siblings.insert(pos, item)
    item.parent_id = new_parent_id
    _renumber_positions(new_siblings)
    session.flush()
    return old


def indent(session: Session, item_id: int) -> tuple[int | None, int]:
    """Make the item the last child of its previous sibling."""
    item = get_item(session, item_id)
    siblings = _siblings(session, item.plan_id, item.parent_id)
    idx = next(i for i, s in enumerate(siblings) if s.id == item.id)
    if idx == 0:
        raise ValidationError(Message.NOTHING_ABOVE, code=item.code)
    target = siblings[idx - 1]
    return move_item(session, item_id, target.id, len(_siblings(session, item.plan_id, target.id)))


def outdent(session: Session, item_id: int) -> tuple[int | None, int]:
    """Move the item one level up, just after its current parent."""
    item = get_item(session, item_id)
    if item.parent_id is None:
        raise ValidationError(Message.ALREADY_TOP, code=item.code)
    parent = get_item(session, item.parent_id)
    return move_item(session, item_id, parent.parent_id, parent.position + 1)


# ------------------------------------------------------------------ delete and restore
@dataclass
class Snapshot:
    """Everything a deleted subtree took with it, to put it back exactly (undo)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    planned: list[dict[str, Any]] = field(default_factory=list)
    progress: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    event_links: list[tuple[int, int]] = field(default_factory=list)  # (event id, item id)


def _row(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def subtree_ids(session: Session, item_id: int) -> list[int]:
    ids = [item_id]
    frontier = [item_id]
    while frontier:
        frontier = list(
            session.scalars(select(PlanItem.id).where(PlanItem.parent_id.in_(frontier)))
        )
        ids.extend(frontier)
    return ids


@dataclass
class DeleteImpact:
    items: list[str]
    progress_marks: int
    events: int


def delete_impact(session: Session, item_id: int) -> DeleteImpact:
    """What goes with an item: for the confirmation dialog."""
    ids = subtree_ids(session, item_id)
    codes = sorted(
        session.scalars(select(PlanItem.code).where(PlanItem.id.in_(ids))), key=natural_key
    )
    marks = session.scalar(select(func.count(Progress.id)).where(Progress.item_id.in_(ids)))
    events = session.scalar(select(func.count(Event.id)).where(Event.item_id.in_(ids)))
    return DeleteImpact(codes, int(marks or 0), int(events or 0))


def delete_item(session: Session, item_id: int) -> Snapshot:
    item = get_item(session, item_id)
    ids = subtree_ids(session, item_id)
    snap = Snapshot()
    order = {i: n for n, i in enumerate(ids)}  # parents before children
    items = list(session.scalars(select(PlanItem).where(PlanItem.id.in_(ids))))
    snap.items = [_row(i) for i in sorted(items, key=lambda i: order[i.id])]
    snap.planned = [
        _row(p)
        for p in session.scalars(select(PlannedPeriod).where(PlannedPeriod.item_id.in_(ids)))
    ]
    progress = list(session.scalars(select(Progress).where(Progress.item_id.in_(ids))))
    snap.progress = [_row(p) for p in progress]
    snap.attachments = [
        _row(a)
        for a in session.scalars(
            select(Attachment).where(Attachment.progress_id.in_([p.id for p in progress]))
        )
    ]
    snap.event_links = [
        (e, i)
        for e, i in session.execute(select(Event.id, Event.item_id).where(Event.item_id.in_(ids)))
        if i is not None
    ]
    plan_id, parent_id = item.plan_id, item.parent_id
    session.execute(delete(PlanItem).where(PlanItem.id == item_id))
    session.expire_all()
    _renumber_positions(_siblings(session, plan_id, parent_id))
    session.flush()
    return snap


def restore_snapshot(session: Session, snap: Snapshot) -> None:
    """Put a deleted subtree back with its ids, planned periods, progress and event links."""
    if not snap.items:
        return
    top = snap.items[0]
    siblings = _siblings(session, top["plan_id"], top["parent_id"])
    for s in siblings:
        if s.position >= top["position"]:
            s.position += 1
    session.flush()
    for table, rows in (
        (PlanItem, snap.items),
        (PlannedPeriod, snap.planned),
        (Progress, snap.progress),
        (Attachment, snap.attachments),
    ):
        if rows:
            session.execute(insert(table), rows)
    for event_id, item_id in snap.event_links:
        session.execute(update(Event).where(Event.id == event_id).values(item_id=item_id))
    session.expire_all()
    session.flush()


# ------------------------------------------------------------------ paste many rows
def insert_items(
    session: Session,
    plan_id: int,
    items: list[ItemData],
    parent_id: int | None,
    position: int | None,
) -> list[int]:
    """Insert recognised rows (paste from Excel) under *parent_id*; returns the new ids."""
    if not items:
        raise ValidationError(Message.NOTHING_TO_INSERT)
    plan = session.get_one(Plan, plan_id)
    keys = {p.key for p in plan.periods}
    used = set(session.scalars(select(PlanItem.code).where(PlanItem.plan_id == plan_id)))
    assign_parents(items)
    seen: set[str] = set()
    for it in items:
        it.code = normalize_code(it.code)
        if not it.code or not clean(it.description):
            raise ValidationError(Message.PASTED_ROW_INCOMPLETE)
        if it.code in used or it.code in seen:
            raise ValidationError(Message.CODE_IN_USE, code=it.code)
        seen.add(it.code)
        for pp in it.planned:
            if pp.period_key not in keys:
                raise ValidationError(
                    Message.PASTED_PERIOD_UNKNOWN, code=it.code, period=pp.period_key
                )
    new_ids: dict[str, int] = {}
    top_pos = position
    for it in items:
        under = new_ids.get(it.parent_code or "", parent_id)
        new_id = add_item(
            session,
            plan_id,
            parent_id=under,
            position=top_pos if under == parent_id else None,
            kind=it.kind.value,
            code=it.code,
            description=it.description,
        )
        if under == parent_id and top_pos is not None:
            top_pos += 1
        update_item(
            session,
            new_id,
            {
                "responsible": it.responsible,
                "partners": it.partners,
                "target_text": it.target_text,
                "target_value": it.target_value,
                "target_unit": it.target_unit,
                "not_planned_reason": it.not_planned_reason,
                "notes": it.notes,
            },
        )
        for pp in it.planned:
            set_planned(session, new_id, pp.period_key, pp.planned_text)
        new_ids[it.code] = new_id
    return list(new_ids.values())


# ------------------------------------------------------------------ renumber
def renumber_preview(session: Session, plan_id: int) -> list[tuple[int, str, str]]:
    """Codes that follow the tree's order: (item id, old code, new code) for changed ones."""
    children: dict[int | None, list[PlanItem]] = {}
    for it in session.scalars(select(PlanItem).where(PlanItem.plan_id == plan_id)):
        children.setdefault(it.parent_id, []).append(it)
    for sibs in children.values():
        sibs.sort(key=lambda i: (i.position, natural_key(i.code)))
    out: list[tuple[int, str, str]] = []
    counter = {"plain": 0}

    def walk(parent: PlanItem | None, new_parent_code: str | None) -> None:
        for n, it in enumerate(children.get(parent.id if parent else None, []), start=1):
            if parent is None:
                roman = is_roman(it.code) and n <= len(_ROMANS)
                new = _ROMANS[n - 1] if roman else str(n)
            elif new_parent_code is not None and is_roman(new_parent_code):
                counter["plain"] += 1
                new = str(counter["plain"])
            else:
                new = f"{new_parent_code}.{n}"
            if new != it.code:
                out.append((it.id, it.code, new))
            walk(it, new)

    walk(None, None)
    return out


def apply_codes(session: Session, changes: list[tuple[int, str, str]]) -> None:
    """Set new codes in two steps (so swapped codes never collide)."""
    for item_id, _old, _new in changes:
        session.execute(
            update(PlanItem).where(PlanItem.id == item_id).values(code=f"__tmp_{item_id}")
        )
    for item_id, _old, new in changes:
        session.execute(
            update(PlanItem)
            .where(PlanItem.id == item_id)
            .values(code=new, sort_key=sort_key_text(new))
        )
    session.expire_all()
    session.flush()


# ------------------------------------------------------------------ footnotes
def set_footnotes(
    session: Session, plan_id: int, notes: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Replace the plan's footnotes; returns the old list. Marks in use must stay."""
    cleaned = [(clean(m), clean(t)) for m, t in notes if clean(m) or clean(t)]
    marks = [m for m, _ in cleaned]
    if any(not m or not t for m, t in cleaned):
        raise ValidationError(Message.FOOTNOTE_INCOMPLETE)
    if len(set(marks)) != len(marks):
        raise ValidationError(Message.FOOTNOTE_MARK_TWICE)
    used = {
        m
        for fm in session.scalars(
            select(PlanItem.footnote_marks).where(PlanItem.plan_id == plan_id)
        )
        for m in (fm or [])
    }
    missing = sorted(used - set(marks), key=natural_key)
    if missing:
        raise ValidationError(Message.FOOTNOTE_STILL_USED, mark=missing[0])
    old = [
        (f.mark, f.text)
        for f in session.scalars(select(Footnote).where(Footnote.plan_id == plan_id))
    ]
    session.execute(delete(Footnote).where(Footnote.plan_id == plan_id))
    for mark, text in cleaned:
        session.add(Footnote(plan_id=plan_id, mark=mark, text=text))
    session.flush()
    return old

"""Read what the window first shows straight from SQLite, without SQLAlchemy.

Start-up pays for SQLAlchemy's import (~0.4 s) only when the clerk starts editing; the
first picture of the plan comes from here. Only for a file already at the current schema.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.domain.plan import ItemRow, tree_order


@dataclass
class RawPeriod:
    key: str
    label: str
    start: date
    end: date
    due: date


@dataclass
class RawPlan:
    id: int
    title: str
    year: int
    scheme: str
    periods: list[RawPeriod] = field(default_factory=list)
    footnotes: list[tuple[str, str]] = field(default_factory=list)
    rows: list[ItemRow] = field(default_factory=list)


@dataclass
class RawSnapshot:
    institution: str = ""
    plan: RawPlan | None = None


def read_snapshot(path: Path, *, with_rows: bool = True) -> RawSnapshot:
    """The institution's name and the current plan (with its tree unless *with_rows* is
    False: the header strip needs only the title and periods)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        snap = RawSnapshot()
        row = con.execute("SELECT name FROM institution WHERE is_self = 1 LIMIT 1").fetchone()
        snap.institution = row[0] if row else ""
        plan = con.execute(
            "SELECT id, title, year, scheme FROM plan WHERE is_current = 1 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if plan is None:
            return snap
        raw = RawPlan(*plan)
        raw.periods = [
            RawPeriod(
                k, label or k, date.fromisoformat(s), date.fromisoformat(e), date.fromisoformat(d)
            )
            for k, label, s, e, d in con.execute(
                'SELECT key, label, start, "end", due FROM plan_period WHERE plan_id = ? '
                "ORDER BY start",
                (raw.id,),
            )
        ]
        raw.footnotes = list(
            con.execute("SELECT mark, text FROM footnote WHERE plan_id = ?", (raw.id,))
        )
        snap.plan = raw
        if not with_rows:
            return snap
        planned: dict[int, dict[str, str]] = {}
        for item_id, key, text in con.execute(
            "SELECT pp.item_id, pp.period_key, pp.planned_text FROM planned_period pp "
            "JOIN plan_item i ON i.id = pp.item_id WHERE i.plan_id = ?",
            (raw.id,),
        ):
            planned.setdefault(item_id, {})[key] = text
        rows: list[ItemRow] = []
        positions: dict[int, int] = {}
        for (
            item_id,
            parent_id,
            code,
            kind,
            desc,
            pos,
            resp,
            partners,
            t_text,
            t_value,
            t_unit,
            marks,
            reason,
            notes,
        ) in con.execute(
            "SELECT id, parent_id, code, kind, description, position, responsible, partners, "
            "target_text, target_value, target_unit, footnote_marks, not_planned_reason, "
            "notes FROM plan_item WHERE plan_id = ?",
            (raw.id,),
        ):
            positions[item_id] = pos
            rows.append(
                ItemRow(
                    id=item_id,
                    parent_id=parent_id,
                    code=code,
                    kind=kind,
                    description=desc,
                    depth=0,
                    responsible=resp,
                    partners=partners,
                    target_text=t_text,
                    target_value=t_value,
                    target_unit=t_unit,
                    planned=planned.get(item_id, {}),
                    footnote_marks=json.loads(marks or "[]"),
                    not_planned_reason=reason,
                    notes=notes,
                )
            )
        raw.rows = tree_order(rows, positions)
        return snap
    finally:
        con.close()

"""PlanDesk's own plan JSON (``app.services.plans.plan_document``) -> PlanData."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.domain.periods import PeriodKeyError, Scheme, parse_key
from app.domain.plan import (
    FootnoteData,
    ItemData,
    ItemKind,
    PeriodData,
    PlanData,
    PlannedPeriod,
    assign_parents,
)
from app.domain.text import clean
from app.services.errors import ImportRejected
from app.services.messages import Message

from .limits import MAX_JSON_BYTES, MAX_JSON_DEPTH, MAX_JSON_VALUES, MAX_PLAN_ITEMS


class _Bad(Exception):
    """Internal: what is wrong, turned into one ImportRejected sentence."""


def parse_plan_json(data: bytes, what: str) -> PlanData:
    if len(data) > MAX_JSON_BYTES:
        raise ImportRejected(Message.JSON_TOO_LARGE, what=what, limit=MAX_JSON_BYTES // 2**20)
    values = data.count(b",") + data.count(b":") + data.count(b"[") + data.count(b"{")
    if values > MAX_JSON_VALUES:  # counted on the bytes, before anything is built
        raise ImportRejected(
            Message.JSON_TOO_MANY_VALUES, what=what, values=MAX_JSON_VALUES, items=MAX_PLAN_ITEMS
        )
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ImportRejected(Message.JSON_INVALID, what=what) from None
    if not isinstance(doc, dict) or not {"title", "year", "scheme", "items"} <= doc.keys():
        raise ImportRejected(Message.JSON_NOT_PLAN, what=what)
    try:
        return _plan(doc)
    except _Bad as exc:
        raise ImportRejected(Message.JSON_UNUSABLE, what=what, problem=str(exc)) from None


def _text(node: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = node.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _Bad(f"{where}: '{key}' must be text")
    if required and not value.strip():
        raise _Bad(f"{where}: '{key}' is empty")
    return clean(value)


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise _Bad(f"{where}: a date must be written as YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Bad(f"{where}: '{value[:20]}' is not a date (YYYY-MM-DD)") from None


def _plan(doc: dict[str, Any]) -> PlanData:
    year = doc["year"]
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
        raise _Bad("'year' must be a year such as 2024")
    try:
        scheme = Scheme(doc["scheme"])
    except (ValueError, TypeError):
        raise _Bad(f"'scheme' must be one of {', '.join(s.value for s in Scheme)}") from None
    periods = [_period(p, i) for i, p in enumerate(_list(doc.get("periods", []), "periods"))]
    footnotes = [
        FootnoteData(_text(f, "mark", "a footnote", required=True), _text(f, "text", "a footnote"))
        for f in _dicts(doc.get("footnotes", []), "footnotes")
    ]
    items: list[ItemData] = []
    _items(_list(doc["items"], "items"), items, depth=1)
    if not items:
        raise _Bad("it has no items")
    assign_parents(items)
    version = doc.get("version", 1)
    plan = PlanData(
        title=_text(doc, "title", "the plan", required=True),
        year=year,
        scheme=scheme,
        items=items,
        footnotes=footnotes,
        periods=periods,
        issuer=_text(doc, "issuer", "the plan"),
        version=version if isinstance(version, int) and not isinstance(version, bool) else 1,
        language=_text(doc, "language", "the plan")[:8],
    )
    if scheme is Scheme.CUSTOM and periods:
        starts = [p.start for p in periods if p.start]
        ends = [p.end for p in periods if p.end]
        plan.window_start = min(starts) if starts else None
        plan.window_end = max(ends) if ends else None
    return plan


def _list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(f"'{name}' must be a list")
    return value


def _dicts(value: Any, name: str) -> list[dict[str, Any]]:
    items = _list(value, name)
    if not all(isinstance(v, dict) for v in items):
        raise _Bad(f"every entry of '{name}' must be an object")
    return items


def _period(node: Any, index: int) -> PeriodData:
    where = f"period {index + 1}"
    if not isinstance(node, dict):
        raise _Bad(f"{where} must be an object")
    key = _text(node, "key", where, required=True).upper()
    try:
        parse_key(key)
    except PeriodKeyError as exc:
        raise _Bad(str(exc)) from None
    return PeriodData(
        key=key,
        label=_text(node, "label", where),
        start=_date(node.get("start"), where),
        end=_date(node.get("end"), where),
        due=_date(node.get("due"), where),
    )


def _items(nodes: list[Any], out: list[ItemData], depth: int) -> None:
    if depth > MAX_JSON_DEPTH:
        raise _Bad(f"items are nested deeper than {MAX_JSON_DEPTH} levels")
    for node in nodes:
        if len(out) >= MAX_PLAN_ITEMS:
            raise _Bad(f"it has more than {MAX_PLAN_ITEMS:,} goals and activities")
        if not isinstance(node, dict):
            raise _Bad("every item must be an object")
        code = _text(node, "code", "an item", required=True)
        where = f"item {code[:30]}"
        try:
            kind = ItemKind(str(node.get("kind")))
        except ValueError:
            raise _Bad(f"{where}: 'kind' must be goal, subgoal or activity") from None
        planned = [
            PlannedPeriod(_text(p, "period", where, required=True).upper(), _text(p, "text", where))
            for p in _dicts(node.get("planned", []), "planned")
        ]
        marks = _list(node.get("footnotes", []), "footnotes")
        if not all(isinstance(m, str) for m in marks):
            raise _Bad(f"{where}: footnote marks must be text")
        out.append(
            ItemData(
                code=code,
                kind=kind,
                description=_text(node, "description", where, required=True),
                responsible=_text(node, "responsible", where),
                partners=_text(node, "partners", where),
                target_text=_text(node, "target", where),
                planned=planned,
                footnote_marks=[clean(m) for m in marks],
                not_planned_reason=_text(node, "not_planned_reason", where),
                notes=_text(node, "notes", where),
            )
        )
        _items(_list(node.get("children", []), "children"), out, depth + 1)

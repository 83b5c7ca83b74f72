"""Where a consolidated return's values sit in its XLSX, and what each visible cell holds.

Like `xlsx_layout` (and built on it), shared by the writer and the reader: the plan
sheet has one column per figure across the institutions, the events sheet counts events
by kind, and two more sheets list the subordinate returns and the institutions'
narrative excerpts. `visible_of(payload)` is the one entry point for both kinds.
"""

from __future__ import annotations

from typing import Any

from app.domain.return_format import Child, Item, Payload
from app.exports.consolidated_text import (
    COUNT_ORDER,
    NO_EVENTS,
    child_figures,
    child_late,
    child_name,
    child_signed,
    covers_text,
    event_kind_rows,
    figures,
    is_consolidated,
    natural_key,
    reasons_text,
)
from app.exports.labels import label, language_of, plain_number, status_label
from app.exports.xlsx_layout import (
    FORM_FIRST_ROW,
    activity_values,
    band_text,
    expected_visible,
    sheet_names,
    xl_text,
)

# (field, header label key or "status:<word>", column width in characters; designed for
# A4 landscape like xlsx_layout.FORM_COLUMNS)
CONSOLIDATED_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("code", "col_code", 5.5),
    ("description", "col_activity", 22),
    ("responsible", "col_responsible", 11),
    ("planned", "col_planned", 7.5),
    ("reporting", "col_reporting_n", 4.5),
    ("n_done", "status:done", 4.5),
    ("n_in_progress", "status:in_progress", 4.5),
    ("n_not_done", "status:not_done", 4.5),
    ("n_not_applicable", "status:not_applicable", 4.5),
    ("n_planned", "status:planned", 4.5),
    ("done_share", "col_done_share", 5.5),
    ("participants", "col_participants", 6),
    ("achieved", "col_achieved", 5.5),
    ("target", "col_target", 8),
    ("events", "col_events_n", 4.5),
    ("event_participants", "col_event_people", 5),
    ("reasons", "col_reasons", 17),
)
CONSOLIDATED_FIELDS = tuple(c[0] for c in CONSOLIDATED_COLUMNS)
KIND_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("kind", "ev_kind", 34),
    ("events", "col_events_n", 14),
)
KIND_FIELDS = tuple(c[0] for c in KIND_COLUMNS)
CHILD_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("no", "ev_no", 4),
    ("code", "code", 11),
    ("name", "institution", 24),
    ("c_version", "version", 4.5),
    ("late", "late", 8),
    ("signed_at", "signed_at", 11),
    ("payload_sha256", "payload_sha", 26),
    ("c_done", "status:done", 5),
    ("c_not_done", "status:not_done", 5),
    ("participants", "participants", 6.5),
)
CHILD_FIELDS = tuple(c[0] for c in CHILD_COLUMNS)
EXCERPT_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("code", "code", 10),
    ("name", "institution", 20),
    ("title", "section", 18),
    ("body", "text", 66),
)
EXCERPT_FIELDS = tuple(c[0] for c in EXCERPT_COLUMNS)
TABLE_FIRST_ROW = 3  # events by kind, subordinate returns, excerpts: title, header, rows
COVERS_CELL = "A8"
LATE_MARK = "⚠"


def header_text(lang: str, key: str) -> str:
    if key.startswith("status:"):
        return status_label(lang, key.split(":", 1)[1])
    return label(lang, key)


def consolidated_values(lang: str, item: Item) -> dict[str, Any]:
    base = activity_values(lang, item)
    c = figures(item)
    counts = c.get("status_counts") or {}
    events = item.get("events") or NO_EVENTS
    values: dict[str, Any] = {
        "code": base["code"],
        "description": base["description"],
        "responsible": base["responsible"],
        "planned": base["planned"],
        "reporting": int(c.get("institutions") or 0),
        **{f"n_{s}": int(counts.get(s) or 0) for s in COUNT_ORDER},
        "done_share": plain_number(float(c.get("done_share") or 0.0)),
        "participants": plain_number(c.get("participants") or 0),
        "achieved": plain_number(c.get("achieved") or 0),
        "target": base["target"],
        "events": int(events.get("count") or 0),
        "event_participants": int(events.get("participants") or 0),
        "reasons": None,
    }
    reasons = reasons_text(lang, item)
    if not item.get("planned") and item.get("not_planned_reason"):
        reasons = "\n".join(r for r in (str(item["not_planned_reason"]), reasons) if r)
    values["reasons"] = xl_text(reasons) or None
    return values


def ordered_children(payload: Payload) -> list[Child]:
    children = payload.get("children") or []
    return sorted(children, key=lambda c: natural_key(str(c.get("code") or "")))


def child_values(lang: str, number: int, child: Child) -> dict[str, Any]:
    done, not_done, people = child_figures(child)
    late = child_late(lang, child)
    return {
        "no": number,
        "code": xl_text(child.get("code") or "") or None,
        "name": xl_text(child_name(lang, child)) or None,
        "c_version": int(child.get("version") or 1),
        "late": f"{LATE_MARK} {late}" if late else None,
        "signed_at": child_signed(lang, child) or None,
        "payload_sha256": str(child.get("payload_sha256") or "") or None,
        "c_done": done,
        "c_not_done": not_done,
        "participants": people,
    }


def excerpt_rows(payload: Payload) -> list[dict[str, Any]]:
    out = []
    for child in payload.get("children_narrative") or []:
        for section in child.get("sections") or []:
            out.append(
                {
                    "code": xl_text(child.get("code") or "") or None,
                    "name": xl_text(child.get("name") or "") or None,
                    "title": xl_text(section.get("title") or "") or None,
                    "body": xl_text(section.get("body") or "") or None,
                }
            )
    return out


def visible_of(payload: Payload) -> dict[str, Any]:
    """What the visible cells of the XLSX of *payload* hold, for either kind."""
    visible = expected_visible(payload)
    if not is_consolidated(payload):
        return visible
    lang = language_of(payload)
    items: list[dict[str, Any]] = []
    for row, item in enumerate(payload.get("items") or [], start=FORM_FIRST_ROW):
        if item.get("kind") == "activity":
            items.append({"row": row, "kind": "activity", **consolidated_values(lang, item)})
        else:
            level = "goal" if item.get("kind") == "goal" else "subgoal"
            items.append(
                {"row": row, "kind": "band", "text": band_text(lang, item), "level": level}
            )
    counted = event_kind_rows(lang, payload)
    kinds: list[dict[str, Any]] = [{"kind": kind, "events": n} for kind, n in counted]
    if kinds:
        kinds.append({"kind": label(lang, "total_row"), "events": sum(n for _k, n in counted)})
    children = [
        child_values(lang, number, child)
        for number, child in enumerate(ordered_children(payload), start=1)
    ]
    names = sheet_names(lang)
    names["returns"] = label(lang, "sheet_returns")[:31]
    names["excerpts"] = label(lang, "sheet_excerpts")[:31]
    visible.update(
        layout="consolidated",
        sheets=names,
        items=items,
        events=[],
        kinds=[{"row": TABLE_FIRST_ROW + i, **k} for i, k in enumerate(kinds)],
        children=[{"row": TABLE_FIRST_ROW + i, **c} for i, c in enumerate(children)],
        excerpts=[{"row": TABLE_FIRST_ROW + i, **e} for i, e in enumerate(excerpt_rows(payload))],
    )
    visible["header"]["covers"] = covers_text(lang, payload)
    return visible

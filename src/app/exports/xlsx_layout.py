"""Where a return's values sit in its XLSX, and what each visible cell must hold.

Shared by the writer and the reader (no openpyxl here): the writer puts
`expected_visible(payload)` into cells, the reader rebuilds the same structure from
the cells, and `compare_visible` diffs the two. One source of truth, so a visible
difference always means an edited (or foreign) file.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.return_format import EventEntry, Item, Payload
from app.domain.text import nfc
from app.exports.labels import (
    activity_status_text,
    fmt_number,
    fmt_timestamp,
    kind_label,
    label,
    language_of,
    period_heading,
    plain_number,
    status_from_label,
    with_marks,
)

MAX_CELL = 32_767  # Excel's limit for the text of one cell
PAYLOAD_CHUNK = 32_000
NARRATIVE_CHUNK = 2_000  # keeps a wrapped row under Excel's 409-point height
PAYLOAD_SHEET = "_payload"
SIGNATURE_SHEET = "_signature"

# (field, header label, column width in characters of the workbook's font). Widths are
# designed for A4 landscape as LibreOffice prints them without Calibri (its stand-in, DejaVu
# Sans, is the widest: 7 points per character): the form fits at ~97 %, the events' twenty
# columns at ~91 %, so 9-point text prints at 8 points or more (xlsx_sheets.print_scale);
# Excel, with Calibri, prints them at 100 %.
FORM_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("code", "col_code", 6),
    ("description", "col_activity", 28),
    ("responsible", "col_responsible", 15),
    ("planned", "col_planned", 8.5),
    ("status", "col_status", 10.5),
    ("done_on", "col_done", 8),
    ("participants", "col_participants", 6.5),
    ("achieved", "col_achieved", 6.5),
    ("target", "col_target", 10),
    ("reason", "col_reason_only", 10),
    ("note", "col_note", 8.5),
)
FORM_FIELDS = tuple(c[0] for c in FORM_COLUMNS)
FORM_HEADER_ROW = 9
FORM_FIRST_ROW = 10
# header cells: field -> (label key, label cell, value cell)
HEADER_CELLS: dict[str, tuple[str, str, str]] = {
    "institution_name": ("institution", "A3", "C3"),
    "institution_code": ("code", "I3", "J3"),
    "recipient_name": ("recipient", "A4", "C4"),
    "recipient_code": ("code", "I4", "J4"),
    "period": ("period", "A5", "C5"),
    "period_key": ("period_key", "I5", "J5"),
    "due": ("due", "A6", "C6"),
    "version": ("version", "I6", "J6"),
    "issuer": ("issuer", "A7", "C7"),
    "generated": ("generated", "I7", "J7"),
}
EVENT_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("no", "ev_no", 3),
    ("date", "ev_date", 8),
    ("end_date", "ev_end", 8),
    ("activity", "ev_activity", 5.5),
    ("title", "ev_title", 14),
    ("kind", "ev_kind", 8),
    ("venue", "ev_venue", 9),
    ("organiser", "ev_organiser", 9),
    ("partners", "ev_partners", 9),
    ("project", "ev_project", 6),
    ("participants", "ev_participants", 5),
    ("women", "h_women", 3.5),
    ("men", "h_men", 3.5),
    ("pupils", "h_pupils", 3.5),
    ("teachers", "h_teachers", 3.5),
    ("parents", "h_parents", 3.5),
    ("staff", "h_staff", 3.5),
    ("materials", "ev_materials", 7),
    ("materials_count", "ev_materials_count", 4),
    ("description", "ev_description", 10),
)
EVENT_FIELDS = tuple(c[0] for c in EVENT_COLUMNS)
EVENT_HEADER_ROW = 2
EVENT_FIRST_ROW = 3
NARRATIVE_WIDTHS = (26.0, 88.0)
NARRATIVE_FIRST_ROW = 3
DATE_FIELDS = frozenset({"done_on", "date", "end_date", "due"})
NUMBER_FIELDS = frozenset(
    {"participants", "achieved", "no", "women", "men", "pupils", "teachers", "parents"}
    | {"staff", "materials_count"}
    # consolidated returns (app.exports.xlsx_consolidated)
    | {"reporting", "n_done", "n_in_progress", "n_not_done", "n_not_applicable", "n_planned"}
    | {"done_share", "events", "event_participants", "c_version", "c_done", "c_not_done"}
)
PERCENT_FIELDS = frozenset({"done_share"})

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def xl_text(value: object) -> str:
    """Text as a cell can hold it: NFC, no XML-illegal control characters, Excel's length."""
    text = nfc(str(value))
    return _ILLEGAL.sub("", text)[:MAX_CELL]


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = xl_text(value)
    return text or None


def sheet_names(lang: str) -> dict[str, str]:
    return {
        "form": label(lang, "sheet_plan")[:31],
        "events": label(lang, "sheet_events")[:31],
        "narrative": label(lang, "sheet_narrative")[:31],
    }


def header_values(lang: str, p: Payload) -> dict[str, Any]:
    inst, rec, period, plan = p["institution"], p["recipient"], p["period"], p["plan"]
    version = str(p.get("version", 1))
    superseded = p.get("supersedes")
    if superseded:
        version += " — " + label(lang, "supersedes", version=superseded.get("version", "?"))
    generated = (
        f"{fmt_timestamp(lang, p.get('generated_at', ''))} · PlanDesk {p.get('app_version', '')}"
    )
    values = {
        "institution_name": inst.get("name"),
        "institution_code": inst.get("code"),
        "recipient_name": rec.get("name"),
        "recipient_code": rec.get("code"),
        "period": period_heading(lang, period),
        "period_key": period.get("key"),
        "due": period.get("due"),
        "version": version,
        "issuer": plan.get("issuer"),
        "generated": generated,
    }
    return {k: v if k == "due" else _text_or_none(v) for k, v in values.items()}


def band_text(lang: str, item: Item) -> str:
    name = label(lang, "goal" if item.get("kind") == "goal" else "subgoal")
    return xl_text(
        with_marks(
            f"{name} {item.get('code')}: {item.get('description', '')}", item.get("footnotes") or []
        )
    )


def activity_values(lang: str, item: Item) -> dict[str, Any]:
    progress = item.get("progress")
    responsible = item.get("responsible") or ""
    if item.get("partners"):
        joined = f"{label(lang, 'partners')}: {item['partners']}"
        responsible = f"{responsible}\n{joined}" if responsible else joined
    if item.get("planned"):
        planned = item.get("planned_text") or label(lang, "tot_planned")
    else:
        planned = label(lang, "not_planned")
    target = item.get("target") or {}
    target_text = target.get("text") or ""
    if not target_text and target.get("value") is not None:
        target_text = f"{fmt_number(lang, target['value'])} {target.get('unit') or ''}".strip()
    reasons = [(progress.get("reason") if progress else None) or ""]
    if not item.get("planned"):
        reasons.append(item.get("not_planned_reason") or "")
    values = {
        "code": item.get("code"),
        "description": with_marks(item.get("description", ""), item.get("footnotes") or []),
        "responsible": responsible,
        "planned": planned,
        "status": activity_status_text(lang, item),
        "done_on": progress.get("done_on") if progress else None,
        "participants": progress.get("participants") if progress else None,
        "achieved": plain_number(progress.get("achieved_value") if progress else None),
        "target": target_text,
        "reason": "\n".join(r for r in reasons if r),
        "note": (progress.get("note") if progress else None) or "",
    }
    return {
        k: v if (k in DATE_FIELDS or k in NUMBER_FIELDS) else _text_or_none(v)
        for k, v in values.items()
    }


def event_values(lang: str, number: int, ev: EventEntry) -> dict[str, Any]:
    values: dict[str, Any] = {field: ev.get(field) for field in EVENT_FIELDS}
    values["no"] = number
    values["kind"] = kind_label(lang, str(ev.get("kind") or ""))
    return {
        k: v if (k in DATE_FIELDS or k in NUMBER_FIELDS) else _text_or_none(v)
        for k, v in values.items()
    }


def narrative_chunks(body: str) -> list[str]:
    """A section body cut into row-sized pieces that join back exactly."""
    text = _ILLEGAL.sub("", nfc(body))
    chunks: list[str] = []
    while len(text) > NARRATIVE_CHUNK:
        cut = text.rfind("\n", NARRATIVE_CHUNK // 2, NARRATIVE_CHUNK)
        if cut < 0:
            cut = text.rfind(" ", NARRATIVE_CHUNK // 2, NARRATIVE_CHUNK)
        cut = NARRATIVE_CHUNK if cut < 0 else cut + 1
        chunks.append(text[:cut])
        text = text[cut:]
    chunks.append(text)
    return chunks


def expected_visible(payload: Payload) -> dict[str, Any]:
    """What the visible cells of the XLSX of *payload* hold (see module doc)."""
    lang = language_of(payload)
    items: list[dict[str, Any]] = []
    row = FORM_FIRST_ROW
    for item in payload.get("items") or []:
        if item.get("kind") == "activity":
            entry = {"row": row, "kind": "activity", **activity_values(lang, item)}
            entry["status_key"] = status_from_label(entry["status"] or "")
        else:
            entry = {"row": row, "kind": "band", "text": band_text(lang, item)}
            entry["level"] = "goal" if item.get("kind") == "goal" else "subgoal"
        items.append(entry)
        row += 1
    events = [
        {"row": EVENT_FIRST_ROW + i, **event_values(lang, i + 1, ev)}
        for i, ev in enumerate(payload.get("events") or [])
    ]
    narrative = []
    row = NARRATIVE_FIRST_ROW
    for number, section in enumerate(payload.get("narrative") or [], start=1):
        chunks = narrative_chunks(section.get("body") or "")
        title = _text_or_none(section.get("title")) or f"{label(lang, 'section')} {number}"
        narrative.append({"row": row, "title": title, "body": "".join(chunks) or None})
        row += len(chunks)
    return {
        "language": lang,
        "sheets": sheet_names(lang),
        "header": header_values(lang, payload),
        "items": items,
        "events": events,
        "narrative": narrative,
    }

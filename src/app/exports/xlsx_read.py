"""Reading a return XLSX back: the hidden payload and the data of the visible cells,
compared with the payload cell by cell (the package signature is read by
``app.exports.xlsx_package``).

Files come from outside: the archive is checked before openpyxl opens it (defusedxml
parses the XML), and reading is read-only and fast (a 60-activity return in ~20 ms).
Tolerates what Excel and LibreOffice do to a file they re-save: dates come back as
midnight datetimes, 7 as 7.0, ``veryHidden`` as ``hidden``.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.return_format import Payload
from app.domain.text import nfc, nfc_deep
from app.exports.labels import status_from_label
from app.exports.xlsx_consolidated import (
    CHILD_FIELDS,
    CONSOLIDATED_FIELDS,
    COVERS_CELL,
    EXCERPT_FIELDS,
    KIND_FIELDS,
    TABLE_FIRST_ROW,
    visible_of,
)
from app.exports.xlsx_layout import (
    DATE_FIELDS,
    EVENT_FIELDS,
    EVENT_FIRST_ROW,
    FORM_FIELDS,
    FORM_FIRST_ROW,
    FORM_HEADER_ROW,
    HEADER_CELLS,
    NARRATIVE_FIRST_ROW,
    NUMBER_FIELDS,
    PAYLOAD_SHEET,
    SIGNATURE_SHEET,
    column_letter,
)

MAX_UNPACKED = 300 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_PROBLEMS = 50
_LOCAL_DATE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_NAMES = {
    "code": "code",
    "description": "description",
    "responsible": "responsible",
    "planned": "planned date",
    "status": "status",
    "done_on": "date done",
    "participants": "participants",
    "achieved": "achieved",
    "target": "target",
    "reason": "reason",
    "note": "note",
    "end_date": "end date",
    "materials_count": "materials count",
    "institution_name": "institution",
    "institution_code": "institution code",
    "recipient_name": "recipient",
    "recipient_code": "recipient code",
    "period_key": "period key",
    "due": "due date",
    "covers": "institutions covered",
    "reporting": "institutions reporting",
    "n_done": "number done",
    "n_in_progress": "number in progress",
    "n_not_done": "number not done",
    "n_not_applicable": "number not applicable",
    "n_planned": "number planned",
    "done_share": "done share",
    "events": "events",
    "event_participants": "event participants",
    "reasons": "reasons",
    "c_version": "version",
    "c_done": "done",
    "c_not_done": "not done",
    "payload_sha256": "payload SHA-256",
    "signed_at": "signed at",
}


class XlsxReadError(ValueError):
    """The file is not a readable return workbook."""


@dataclass
class XlsxReturn:
    payload_bytes: bytes | None
    visible: dict[str, Any] = field(default_factory=dict)
    payload_sheet_state: str | None = None  # "veryHidden"; "hidden" after LibreOffice


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise XlsxReadError(f"{path.name} is not an XLSX file ({exc})") from exc
    if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise XlsxReadError(f"{path.name} unpacks to more than a return can hold")


def value_of(field_name: str, value: Any) -> Any:
    """A cell value as the visible data holds it (ISO dates, 7 not 7.0, NFC text)."""
    if value is None or value == "":
        return None
    if field_name in DATE_FIELDS:
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            match = _LOCAL_DATE.match(value)
            if match:
                day, month, year = (int(g) for g in match.groups())
                try:
                    return date(year, month, day).isoformat()
                except ValueError:
                    return value
            return nfc(value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if field_name in NUMBER_FIELDS:
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value):
            number = float(value)
            return int(number) if number.is_integer() else number
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return nfc(str(value))


def _rows(
    ws: Any, first: int, width: int, head: list[list[Any]] | None = None
) -> list[tuple[int, list[Any]]]:
    """Rows from *first* down to the first blank one, *width* values each, in one pass
    over the sheet (each ``iter_rows`` of a read-only sheet parses it again); rows above
    *first* go to *head* when given."""
    out = []
    start = 1 if head is not None else first
    for number, values in enumerate(ws.iter_rows(min_row=start, values_only=True), start=start):
        cells = list(values[:width]) + [None] * max(0, width - len(values))
        if number < first:
            if head is not None:
                head.append(cells)
            continue
        if all(v is None or v == "" for v in cells):
            break
        out.append((number, cells))
    return out


def _hidden_text(wb: Any, name: str) -> tuple[str | None, str | None]:
    if name not in wb.sheetnames:
        return None, None
    ws = wb[name]
    parts = []
    for (value,) in ws.iter_rows(min_col=1, max_col=1, values_only=True):
        if value is None:
            break
        parts.append(value if isinstance(value, str) else str(value))
    return "".join(parts), ws.sheet_state


def _read_form(ws: Any) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """The layout (institution or consolidated: told by the header row), header, rows."""
    head: list[list[Any]] = []
    width = max(len(FORM_FIELDS), len(CONSOLIDATED_FIELDS))
    rows = _rows(ws, FORM_FIRST_ROW, width, head)
    grid = {
        f"{column_letter(col)}{number}": value
        for number, values in enumerate(head, start=1)
        for col, value in enumerate(values, start=1)
    }
    header = {f: value_of(f, grid.get(ref)) for f, (_k, _l, ref) in HEADER_CELLS.items()}
    header["covers"] = value_of("covers", grid.get(COVERS_CELL))
    titles = head[FORM_HEADER_ROW - 1] if len(head) >= FORM_HEADER_ROW else []
    filled = sum(1 for v in titles if v not in (None, ""))
    layout = "consolidated" if filled > len(FORM_FIELDS) else "institution"
    fields = CONSOLIDATED_FIELDS if layout == "consolidated" else FORM_FIELDS
    items: list[dict[str, Any]] = []
    for number, cells in rows:
        if all(v is None or v == "" for v in cells[1:]):
            items.append({"row": number, "kind": "band", "text": value_of("text", cells[0])})
            continue
        entry: dict[str, Any] = {"row": number, "kind": "activity"}
        for name, value in zip(fields, cells, strict=False):
            entry[name] = value_of(name, value)
        if layout == "institution":
            entry["status_key"] = status_from_label(str(entry["status"] or ""))
        items.append(entry)
    return layout, header, items


def _read_table(ws: Any, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """Rows of a consolidated return's extra tables, down to the first blank row."""
    return [
        {"row": number, **{n: value_of(n, v) for n, v in zip(fields, cells, strict=True)}}
        for number, cells in _rows(ws, TABLE_FIRST_ROW, len(fields))
    ]


def _read_events(ws: Any) -> list[dict[str, Any]]:
    events = []
    for number, cells in _rows(ws, EVENT_FIRST_ROW, len(EVENT_FIELDS)):
        if cells[0] is None:  # the total row, or the "no events" note
            break
        entry = {"row": number}
        entry.update({n: value_of(n, v) for n, v in zip(EVENT_FIELDS, cells, strict=True)})
        events.append(entry)
    return events


def _read_narrative(ws: Any) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    for number, (title, body) in _rows(ws, NARRATIVE_FIRST_ROW, 2):
        if title not in (None, "") or not sections:
            sections.append({"row": number, "title": value_of("title", title), "parts": []})
        if body not in (None, ""):
            sections[-1]["parts"].append(str(body))
    return [
        {
            "row": s["row"],
            "title": s["title"],
            "body": nfc("".join(s["parts"])) or None,
        }
        for s in sections
    ]


def read_xlsx_return(path: Path) -> XlsxReturn:
    """The hidden payload of a return workbook and its visible data (an earlier version's
    signature sheet is not shown data either)."""
    from openpyxl import load_workbook

    path = Path(path)
    _check_archive(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise XlsxReadError(f"{path.name} cannot be read as a workbook ({exc})") from exc
    try:
        payload_text, state = _hidden_text(wb, PAYLOAD_SHEET)
        shown = [n for n in wb.sheetnames if n not in (PAYLOAD_SHEET, SIGNATURE_SHEET)]
        if not shown:
            raise XlsxReadError(f"{path.name} has no visible sheet")
        layout, header, items = _read_form(wb[shown[0]])
        extra: dict[str, Any] = {"layout": layout}
        if layout == "consolidated":
            events: list[dict[str, Any]] = []
            extra["kinds"] = _read_table(wb[shown[1]], KIND_FIELDS) if len(shown) > 1 else []
            extra["children"] = _read_table(wb[shown[3]], CHILD_FIELDS) if len(shown) > 3 else []
            extra["excerpts"] = _read_table(wb[shown[4]], EXCERPT_FIELDS) if len(shown) > 4 else []
        else:
            events = _read_events(wb[shown[1]]) if len(shown) > 1 else []
        narrative = _read_narrative(wb[shown[2]]) if len(shown) > 2 else []
    finally:
        wb.close()
    keys = ("form", "events", "narrative", "returns", "excerpts")
    names = dict(zip(keys, shown, strict=False))
    return XlsxReturn(
        payload_bytes=payload_text.encode("utf-8") if payload_text is not None else None,
        visible={
            "sheets": names,
            "header": header,
            "items": items,
            "events": events,
            "narrative": narrative,
            **extra,
        },
        payload_sheet_state=state,
    )


def _show(name: str, value: Any) -> str:
    if value is None:
        return "empty"
    text = str(value)
    text = text if len(text) <= 60 else text[:57] + "…"
    if name == "status":
        key = status_from_label(text)
        return f"'{text}' ({key})" if key else f"'{text}'"
    return f"'{text}'" if isinstance(value, str) else text


def _norm(name: str, value: Any) -> Any:
    return value_of(name, value)


def compare_visible(visible: dict[str, Any], payload: Payload) -> list[str]:
    """Differences between the visible cells and the signed payload, naming sheet and cell."""
    want = visible_of(nfc_deep(payload))
    sheets = {**want["sheets"], **(visible.get("sheets") or {})}
    layout = want.get("layout", "institution")
    problems: list[str] = []

    def differ(sheet: str, ref: str, name: str, got: Any, expected: Any) -> None:
        if _norm(name, got) != _norm(name, expected):
            problems.append(
                f"sheet '{sheet}' cell {ref}: {_NAMES.get(name, name.replace('_', ' '))} "
                f"{_show(name, got)} in the file, {_show(name, expected)} in the signed return"
            )

    form = sheets["form"]
    got_header = visible.get("header") or {}
    got_layout = visible.get("layout", "institution")
    if got_layout != layout:
        problems.append(
            f"sheet '{form}': the table of a {got_layout} return in the file, "
            f"of a {layout} return in the signed return"
        )
    for name, (_key, _label, ref) in HEADER_CELLS.items():
        differ(form, ref, name, got_header.get(name), want["header"][name])
    differ(form, COVERS_CELL, "covers", got_header.get("covers"), want["header"].get("covers"))
    fields = CONSOLIDATED_FIELDS if layout == "consolidated" else FORM_FIELDS
    _compare_rows(
        problems, differ, form, "table rows", visible.get("items") or [], want["items"], fields
    )
    if layout == "consolidated":
        for key, what, sheet, names in (
            ("kinds", "kinds of event", "events", KIND_FIELDS),
            ("children", "subordinate returns", "returns", CHILD_FIELDS),
            ("excerpts", "narrative excerpts", "excerpts", EXCERPT_FIELDS),
        ):
            got_rows, want_rows = visible.get(key) or [], want[key]
            _compare_rows(problems, differ, sheets[sheet], what, got_rows, want_rows, names)
    else:
        _compare_rows(
            problems,
            differ,
            sheets["events"],
            "events",
            visible.get("events") or [],
            want["events"],
            EVENT_FIELDS,
        )
    got_sections = visible.get("narrative") or []
    if len(got_sections) != len(want["narrative"]):
        problems.append(
            f"sheet '{sheets['narrative']}': {len(got_sections)} sections in the file, "
            f"{len(want['narrative'])} in the signed return"
        )
    for got, exp in zip(got_sections, want["narrative"], strict=False):
        differ(sheets["narrative"], f"A{got['row']}", "title", got["title"], exp["title"])
        differ(sheets["narrative"], f"B{got['row']}", "text", got["body"], exp["body"])
    if len(problems) > MAX_PROBLEMS:
        problems = [
            *problems[:MAX_PROBLEMS],
            f"… and {len(problems) - MAX_PROBLEMS} more differences",
        ]
    return problems


def _compare_rows(
    problems: list[str],
    differ: Any,
    sheet: str,
    what: str,
    got: list[dict[str, Any]],
    want: list[dict[str, Any]],
    fields: tuple[str, ...],
) -> None:
    if len(got) != len(want):
        problems.append(
            f"sheet '{sheet}': {len(got)} {what} in the file, {len(want)} in the signed return"
        )
    for g, w in zip(got, want, strict=False):
        row = g["row"]
        if g.get("kind", "activity") != w.get("kind", "activity"):
            problems.append(
                f"sheet '{sheet}' row {row}: a {g.get('kind')} row in the file, "
                f"a {w.get('kind')} row in the signed return"
            )
            continue
        if w.get("kind") == "band":
            differ(sheet, f"A{row}", "text", g.get("text"), w.get("text"))
            continue
        for col, name in enumerate(fields, start=1):
            differ(sheet, f"{column_letter(col)}{row}", name, g.get(name), w.get(name))

"""A return as an XLSX workbook: a printable form like the PDF, events, narrative, and
(for signing) the canonical payload and its detached signature in very-hidden sheets.

openpyxl cannot write OOXML signatures, so the signature covers the canonical JSON kept
in ``_payload``; verification (`read_xlsx_return` + `compare_visible`) rebuilds the data
from the visible cells and compares it with that JSON.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from app.exports.consolidated_text import doc_title, is_consolidated
from app.exports.files import atomic_write, nfc_deep
from app.exports.labels import language_of
from app.exports.xlsx_consolidated import visible_of
from app.exports.xlsx_consolidated_sheets import write_children, write_excerpts, write_kinds
from app.exports.xlsx_layout import PAYLOAD_CHUNK, PAYLOAD_SHEET, SIGNATURE_SHEET
from app.exports.xlsx_read import XlsxReadError, XlsxReturn, compare_visible, read_xlsx_return
from app.exports.xlsx_sheets import write_events, write_form, write_narrative

__all__ = [
    "XlsxReadError",
    "XlsxReturn",
    "compare_visible",
    "read_xlsx_return",
    "render_xlsx",
]


def _hidden_text_sheet(wb: Workbook, title: str, text: str) -> None:
    """*text* in column A, row by row, in pieces of at most PAYLOAD_CHUNK characters."""
    ws = wb.create_sheet(title)
    for row, start in enumerate(range(0, len(text), PAYLOAD_CHUNK), start=1):
        cell = ws.cell(row=row, column=1)
        cell.value = text[start : start + PAYLOAD_CHUNK]
        cell.data_type = "s"  # never a formula, whatever the JSON starts with
    ws.sheet_state = "veryHidden"


def render_xlsx(
    payload: dict[str, Any],
    out: Path,
    *,
    payload_bytes: bytes | None = None,
    signature_der: bytes | None = None,
) -> None:
    """Write *payload* as a workbook to *out* (atomically).

    *payload_bytes* (the canonical JSON that is signed) goes to the very-hidden sheet
    ``_payload``; *signature_der* (the detached CMS signature over it) to ``_signature``,
    base64-encoded.
    """
    p = nfc_deep(payload)
    lang = language_of(p)
    visible = visible_of(p)
    names = visible["sheets"]
    wb = Workbook()
    form = wb.active
    assert form is not None
    form.title = names["form"]
    write_form(form, lang, visible, p)
    if is_consolidated(p):
        write_kinds(wb.create_sheet(names["events"]), lang, visible)
    else:
        write_events(wb.create_sheet(names["events"]), lang, visible)
    write_narrative(wb.create_sheet(names["narrative"]), lang, visible, p)
    if is_consolidated(p):
        write_children(wb.create_sheet(names["returns"]), lang, visible)
        write_excerpts(wb.create_sheet(names["excerpts"]), lang, visible)
    if payload_bytes is not None:
        _hidden_text_sheet(wb, PAYLOAD_SHEET, payload_bytes.decode("utf-8"))
    if signature_der is not None:
        _hidden_text_sheet(wb, SIGNATURE_SHEET, base64.b64encode(signature_der).decode("ascii"))
    wb.active = 0
    props = wb.properties
    props.title = f"{doc_title(lang, p)}: {p['plan'].get('title', '')}"[:255]
    props.creator = str(p["institution"].get("name", ""))[:255]
    props.subject = f"{p['period'].get('label', '')} ({p['period'].get('key', '')})"[:255]
    props.keywords = (
        f"plandesk.return {p['institution'].get('code', '')} {p['period'].get('key', '')}"
    )
    props.description = f"PlanDesk {p.get('app_version', '')}"
    props.language = lang
    buffer = io.BytesIO()
    wb.save(buffer)
    atomic_write(Path(out), buffer.getvalue())

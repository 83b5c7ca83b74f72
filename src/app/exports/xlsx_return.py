"""A return as an XLSX workbook: a printable form like the PDF, events, narrative, and
(for signing) the canonical payload in the very-hidden sheet ``_payload``.

A signed workbook carries a package signature (``app.exports.xlsx_package``): an OPC
digital signature, as Excel and LibreOffice write them, over every part of the file and the
payload; a sealed one a second, the institution's seal, over the file and the head's
signature (and its signature block names the seal). Verification checks them, then rebuilds
the data from the visible cells (`read_xlsx_return` + `compare_visible`) and compares it
with the payload.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.workbook.properties import CalcProperties

from app.domain.return_format import Payload
from app.domain.text import nfc_deep
from app.exports.consolidated_text import doc_title, is_consolidated
from app.exports.files import atomic_write
from app.exports.labels import language_of
from app.exports.xlsx_consolidated import visible_of
from app.exports.xlsx_consolidated_sheets import write_children, write_excerpts, write_kinds
from app.exports.xlsx_layout import PAYLOAD_CHUNK, PAYLOAD_SHEET
from app.exports.xlsx_package import PackageSigner, sign_package
from app.exports.xlsx_read import XlsxReadError, XlsxReturn, compare_visible, read_xlsx_return
from app.exports.xlsx_sheets import write_events, write_form, write_narrative

__all__ = [
    "PackageSigner",
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
    payload: Payload,
    out: Path,
    *,
    payload_bytes: bytes | None = None,
    signer: PackageSigner | None = None,
    signature_der: bytes | None = None,
    seal_signer: PackageSigner | None = None,
) -> None:
    """Write *payload* as a workbook to *out* (atomically).

    *payload_bytes* (the canonical JSON that is signed) goes to the very-hidden sheet
    ``_payload``; with *signer* the workbook gets its package signature over every part
    and the payload (institution and consolidated returns alike); with *seal_signer* too, the
    institution's seal signs after the head, over the file and the head's signature, and the
    place for the stamp in the signature block shows the seal and the institution's name.

    *signature_der*, a detached CMS over the payload alone (how earlier versions signed),
    is refused: such a file is no longer a signed return.
    """
    if signature_der is not None:
        raise ValueError(
            "an XLSX return is signed over its whole package now: pass signer= "
            "(app.services.signing.xlsx_signer), not a CMS over the payload"
        )
    if signer is not None and payload_bytes is None:
        raise ValueError("a signed workbook carries its payload: payload_bytes is missing")
    if seal_signer is not None and signer is None:
        raise ValueError("the seal signs after the head: signer is missing")
    p = nfc_deep(payload)
    lang = language_of(p)
    visible = visible_of(p)
    names = visible["sheets"]
    wb = Workbook()
    form = wb.active
    assert form is not None
    form.title = names["form"]
    write_form(form, lang, visible, p, sealed=seal_signer is not None)
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
    wb.active = 0
    # nothing to compute: no recalculation when opened (openpyxl asks for one by default)
    wb.calculation = CalcProperties(fullCalcOnLoad=False)
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
    data = buffer.getvalue()
    if signer is not None:
        assert payload_bytes is not None
        inst, period = p["institution"], p["period"]
        comment = (
            f"PlanDesk return {inst.get('code', '')} {period.get('key', '')} "
            f"v{p.get('version', '')}"
        )
        data = sign_package(
            data,
            payload_bytes,
            signer,
            signed_at=datetime.now(UTC),
            payload_sheet=PAYLOAD_SHEET,
            app_version=str(p.get("app_version", "")),
            comment=comment,
            seal=seal_signer,
            sealed_at=datetime.now(UTC),
            seal_comment=f"{comment}, sealed by {inst.get('name', '')}",
        )
    atomic_write(Path(out), data)

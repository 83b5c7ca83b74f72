"""A return as a PDF: landscape A4, laid out like the paper plan table (seed 000).

``render_pdf(payload, out)`` draws the payload documented in docs/return-format.md and
reports where the signature rectangle is, for the signing step (pyHanko
``SigFieldSpec(on_page=layout.signature_page, box=layout.signature_box)``).

Only the bundled Noto Sans is used, embedded and subset. Layout is our own (greedy
rows on the canvas) because platypus tables are far too slow for 5,000 activities.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from app.domain.return_format import Payload
from app.domain.text import nfc_deep
from app.exports import pdf_consolidated
from app.exports.consolidated_text import doc_title, is_consolidated
from app.exports.files import atomic_write
from app.exports.labels import language_of
from app.exports.pdf_blocks import MARGIN_X, PAGE_H, PAGE_W, Block, paginate
from app.exports.pdf_check import pdf_visible_problems
from app.exports.pdf_draw import Encoder, Page, emit, new_canvas, raw_streams
from app.exports.pdf_sections import (
    SignatureBlock,
    annex_title,
    footer,
    footnote_blocks,
    header_blocks,
    narrative_blocks,
    totals_blocks,
)
from app.exports.pdf_style import TextKit
from app.exports.pdf_table import EventsTable, PlanTable

__all__ = ["PdfLayout", "pdf_visible_problems", "render_pdf"]


@dataclass(frozen=True)
class PdfLayout:
    """What the signing step needs to know about a rendered return."""

    pages: int
    signature_page: int  # 0-based
    signature_box: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points
    seal_box: tuple[float, float, float, float]  # the place for the stamp, same page


def _consolidated_blocks(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    """Plan table with figures across institutions, totals, events by kind, own narrative,
    the institutions' excerpts, the annex of subordinate returns."""
    blocks: list[Block] = header_blocks(kit, lang, p)
    blocks += pdf_consolidated.plan_rows(kit, lang, p)
    blocks += footnote_blocks(kit, lang, p)
    blocks += totals_blocks(kit, lang, p)
    blocks += pdf_consolidated.event_kind_blocks(kit, lang, p)
    blocks += narrative_blocks(kit, lang, p)
    blocks += pdf_consolidated.excerpt_blocks(kit, lang, p)
    blocks += pdf_consolidated.annex_blocks(kit, lang, p)
    return blocks


def _blocks(kit: TextKit, lang: str, p: Payload) -> tuple[list[Block], SignatureBlock]:
    signature = SignatureBlock(kit, lang, p)
    if is_consolidated(p):
        return [*_consolidated_blocks(kit, lang, p), signature], signature
    blocks: list[Block] = header_blocks(kit, lang, p)
    blocks += PlanTable(kit, lang).rows(p.get("items") or [])
    blocks += footnote_blocks(kit, lang, p)
    blocks += totals_blocks(kit, lang, p)
    blocks += narrative_blocks(kit, lang, p)
    blocks += annex_title(kit, lang, p)
    if p.get("events"):
        blocks += EventsTable(kit, lang).rows(p["events"])
    return [*blocks, signature], signature


def _metadata(lang: str, p: Payload) -> dict[str, str]:
    inst, period, plan = p["institution"], p["period"], p["plan"]
    return {
        "title": f"{doc_title(lang, p)}: {plan.get('title', '')}",
        "author": str(inst.get("name", "")),
        "subject": f"{period.get('label', '')} ({period.get('key', '')})",
        "creator": f"PlanDesk {p.get('app_version', '')}".strip(),
        "keywords": f"plandesk.return {inst.get('code', '')} {period.get('key', '')}",
        "lang": lang,
    }


def render_pdf(payload: Payload, out: Path) -> PdfLayout:
    """Draw *payload* to *out* (written atomically) and say where the signature goes."""
    data, layout = render_pdf_bytes(payload)
    atomic_write(Path(out), data)
    return layout


def render_pdf_bytes(payload: Payload) -> tuple[bytes, PdfLayout]:
    """The PDF of *payload* in memory, and where the signature goes."""
    p = nfc_deep(payload)
    lang = language_of(p)
    kit = TextKit()
    blocks, signature = _blocks(kit, lang, p)
    pages = paginate(blocks)
    signature_page = next(
        i for i, placed in enumerate(pages) if any(x.block is signature for x in placed)
    )
    buffer = io.BytesIO()
    with raw_streams():
        canvas = new_canvas(buffer, pagesize=(PAGE_W, PAGE_H), meta=_metadata(lang, p))
        encoder = Encoder(canvas)
        for number, placed in enumerate(pages, start=1):
            page = Page(encoder)
            for item in placed:
                item.block.draw(page, MARGIN_X, item.top)
            footer(kit, lang, p, page, number, len(pages))
            emit(canvas, page)
        canvas.save()
    return buffer.getvalue(), PdfLayout(
        len(pages), signature_page, signature.box, signature.seal_box
    )

"""The parts of a return PDF around the tables: header, totals, notes, narrative,
signature block and the page footer."""

from __future__ import annotations

from app.domain.return_format import Payload
from app.exports.consolidated_text import covers_text, doc_title, is_consolidated, totals_figures
from app.exports.fonts import BOLD, ITALIC, REGULAR
from app.exports.labels import (
    activity_status,
    fmt_date,
    fmt_number,
    fmt_timestamp,
    footnote_marks,
    label,
    period_heading,
    status_label,
)
from app.exports.pdf_blocks import (
    FRAME_W,
    MARGIN_X,
    PAGE_W,
    Block,
    Line,
    Paragraph,
    Spacer,
    TableRow,
    draw_lines,
)
from app.exports.pdf_draw import BLACK, Page
from app.exports.pdf_style import (
    BODY,
    FAINT,
    LABEL_FILL,
    MUTED,
    SMALL,
    SUBTITLE,
    TITLE,
    TextKit,
)

_PAD = 2.4


def _named(name: str, code: str) -> str:
    if name and code and code != name:
        return f"{name} ({code})"
    return name or code or "—"


def header_blocks(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    """Title lines and the grid of who, to whom, what, when."""
    inst, rec, plan, period = p["institution"], p["recipient"], p["plan"], p["period"]
    title = kit.lines(doc_title(lang, p), FRAME_W, font=BOLD, size=TITLE)
    if is_consolidated(p):
        title += kit.lines(covers_text(lang, p), FRAME_W, font=BOLD, size=SUBTITLE)
    when = period_heading(lang, period)
    title += kit.lines(when, FRAME_W, font=BOLD, size=SUBTITLE)
    title += kit.lines(plan.get("title", ""), FRAME_W, size=9.0, color=MUTED)
    plan_bits = [plan.get("issuer") or "", str(plan.get("year") or "")]
    plan_bits.append(label(lang, "plan_version", version=plan.get("version", 1)))
    version = str(p.get("version", 1))
    supersedes = p.get("supersedes")
    if supersedes:
        sha = str(supersedes.get("payload_sha256", ""))[:16]
        version += " — " + label(lang, "supersedes", version=supersedes.get("version", "?"))
        version += f" (SHA-256 {sha}…)" if sha else ""
    generated = (
        f"{fmt_timestamp(lang, p.get('generated_at', ''))} · PlanDesk {p.get('app_version', '')}"
    )
    pairs = [
        (
            "institution",
            _named(inst["name"], inst["code"]),
            "recipient",
            _named(rec["name"], rec["code"]),
        ),
        ("plan", ", ".join(b for b in plan_bits if b), "period", f"{when} · {period['key']}"),
        ("due", fmt_date(lang, period.get("due")), "version", version),
        ("generated", generated, "", ""),
    ]
    widths = [96.0, FRAME_W / 2 - 96.0, 96.0, FRAME_W / 2 - 96.0]
    blocks: list[Block] = [Paragraph(title, space_after=6.0)]
    for left_key, left, right_key, right in pairs:
        cells = [
            kit.lines(label(lang, left_key), widths[0] - 2 * _PAD, font=BOLD, size=BODY),
            kit.lines(left, widths[1] - 2 * _PAD),
            kit.lines(label(lang, right_key) if right_key else "", widths[2] - 2 * _PAD, font=BOLD),
            kit.lines(right, widths[3] - 2 * _PAD),
        ]
        row = TableRow(widths, cells)
        blocks.append(_LabelledRow(row))
    blocks.append(Spacer(10.0))
    return blocks


class _LabelledRow(Block):
    """A header-grid row: label cells shaded."""

    def __init__(self, row: TableRow) -> None:
        self.row = row
        self.height = row.height

    def draw(self, page: Page, x: float, top: float) -> None:
        w = self.row.widths
        page.rect(x, top - self.height, w[0], self.height, fill=LABEL_FILL)
        page.rect(x + w[0] + w[1], top - self.height, w[2], self.height, fill=LABEL_FILL)
        self.row.draw(page, x, top)


def totals_blocks(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    if is_consolidated(p):
        note = label(lang, "tot_reports_note")
        return figure_grid(kit, lang, label(lang, "totals"), totals_figures(lang, p), note)
    totals = p.get("totals") or {}
    acts = [i for i in p.get("items", []) if i.get("kind") == "activity"]

    def count_status(word: str) -> int:
        return sum(1 for i in acts if activity_status(i) == word)

    figures: list[tuple[str, int | float | str]] = [
        (label(lang, "tot_activities"), totals.get("activities", len(acts))),
        (label(lang, "tot_planned"), sum(1 for i in acts if i.get("planned"))),
        (status_label(lang, "done"), totals.get("done", count_status("done"))),
        (status_label(lang, "in_progress"), totals.get("in_progress", count_status("in_progress"))),
        (status_label(lang, "not_done"), totals.get("not_done", count_status("not_done"))),
        (
            status_label(lang, "not_applicable"),
            totals.get("not_applicable", count_status("not_applicable")),
        ),
        (status_label(lang, "planned"), count_status("planned")),
        (label(lang, "tot_open"), totals.get("open", 0)),
        (label(lang, "tot_participants"), totals.get("participants", 0)),
        (label(lang, "tot_achieved"), totals.get("achieved", 0)),
        (label(lang, "tot_events"), totals.get("events", 0)),
        (label(lang, "tot_event_participants"), totals.get("event_participants", 0)),
    ]
    return figure_grid(kit, lang, label(lang, "totals"), figures)


def figure_grid(
    kit: TextKit,
    lang: str,
    title_text: str,
    figures: list[tuple[str, int | float | str]],
    note: str = "",
) -> list[Block]:
    """A titled grid of (label, number) pairs, four pairs a row."""
    pair = FRAME_W / 4
    widths = [pair - 52.0, 52.0] * 4
    title = Paragraph(kit.lines(title_text, FRAME_W, font=BOLD, size=9.0), space_after=3)
    title.keep_with_next = True
    blocks: list[Block] = [Spacer(8.0), title]
    for start in range(0, len(figures), 4):
        cells: list[list[Line]] = []
        for text, value in figures[start : start + 4]:
            number = value if isinstance(value, str) else fmt_number(lang, value)
            cells.append(kit.lines(text, widths[0] - 2 * _PAD))
            cells.append([kit.one(number, 52.0 - 2 * _PAD, font=BOLD, align="right")])
        while len(cells) < 8:
            cells.append([])
        blocks.append(_TotalsRow(TableRow(widths, cells)))
    if note:
        blocks.append(Paragraph(kit.lines(note, FRAME_W, font=ITALIC, size=SMALL, color=MUTED)))
    return blocks


class _TotalsRow(Block):
    def __init__(self, row: TableRow) -> None:
        self.row = row
        self.height = row.height

    def draw(self, page: Page, x: float, top: float) -> None:
        cx = x
        for i, width in enumerate(self.row.widths):
            if i % 2 == 0:
                page.rect(cx, top - self.height, width, self.height, fill=LABEL_FILL)
            cx += width
        self.row.draw(page, x, top)


def footnote_blocks(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    notes = p.get("footnotes") or []
    if not notes:
        return []
    title = Paragraph(kit.lines(label(lang, "footnotes"), FRAME_W, font=BOLD, size=8.0))
    title.keep_with_next = True
    blocks: list[Block] = [Spacer(6.0), title]
    for note in notes:
        text = f"{footnote_marks([str(note.get('mark', ''))])} {note.get('text', '')}"
        blocks.append(Paragraph(kit.hanging(text, FRAME_W, 8.0, size=BODY), space_after=1.0))
    return blocks


def narrative_blocks(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    sections = p.get("narrative") or []
    if not sections:
        return []
    title = Paragraph(
        kit.lines(label(lang, "narrative"), FRAME_W, font=BOLD, size=10.0), space_after=3
    )
    title.keep_with_next = True
    blocks: list[Block] = [Spacer(10.0), title]
    for section in sections:
        head = Paragraph(kit.lines(section.get("title", ""), FRAME_W, font=BOLD, size=8.6))
        head.keep_with_next = True
        blocks.append(head)
        body = section.get("body") or ""
        if body.strip():
            lines = kit.lines(body, FRAME_W, size=8.6, keep_blank=True)
        else:
            lines = kit.lines(
                label(lang, "narrative_empty"), FRAME_W, font=ITALIC, size=8.0, color=FAINT
            )
        blocks.append(Paragraph(lines, space_after=5.0))
    return blocks


def annex_title(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    title = Paragraph(
        kit.lines(label(lang, "annex_events"), FRAME_W, font=BOLD, size=10.0), space_after=3
    )
    if not p.get("events"):
        note = kit.lines(label(lang, "no_events"), FRAME_W, font=ITALIC, size=8.0, color=MUTED)
        return [Spacer(10.0), title, Paragraph(note)]
    title.keep_with_next = True
    return [Spacer(10.0), title]


class SignatureBlock(Block):
    """Head's name and title, date, a place for the stamp and an empty rectangle where
    the digital signature stamp goes (`box`, filled in when drawn). The place for the stamp
    is where the institution's seal signature shows when the return is sealed too
    (`seal_box`)."""

    SIG_W = 250.0
    SIG_H = 78.0
    STAMP_W = 190.0

    def __init__(self, kit: TextKit, lang: str, p: Payload) -> None:
        inst = p["institution"]
        left_w = 300.0
        lines = kit.lines(label(lang, "head"), left_w, font=BOLD, size=9.0)
        lines += kit.lines(
            f"({label(lang, 'sign_and_stamp')})", left_w, font=ITALIC, size=SMALL, color=MUTED
        )
        lines.append(Line("", REGULAR, 9.0))
        lines.append(
            Line(f"{label(lang, 'signature')}: ____________________________", REGULAR, 8.0)
        )
        lines.append(Line("", REGULAR, 4.0))
        if inst.get("head_name"):
            lines += kit.lines(inst["head_name"], left_w, font=BOLD, size=9.5)
        else:
            lines.append(Line(f"{label(lang, 'name')}: ____________________________", REGULAR, 8.0))
        if inst.get("head_title"):
            lines += kit.lines(inst["head_title"], left_w, size=8.0)
        lines += kit.lines(inst.get("name", ""), left_w, size=SMALL, color=MUTED)
        day = fmt_date(lang, str(p.get("generated_at", ""))[:10])
        lines += kit.lines(f"{label(lang, 'date')}: {day}", left_w, size=8.0)
        self.left = lines
        self.stamp = kit.one(label(lang, "stamp_place"), self.STAMP_W, size=SMALL, color=MUTED)
        self.caption = kit.one(
            label(lang, "digital_signature"), self.SIG_W, size=SMALL, color=MUTED
        )
        self.height = max(sum(line.leading for line in lines), self.SIG_H + 14.0) + 16.0
        self.box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        self.seal_box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def draw(self, page: Page, x: float, top: float) -> None:
        top -= 14.0
        draw_lines(page, self.left, x, top, 300.0)
        # the place for the stamp: captioned above like the signature's box, left empty for
        # an ink stamp on paper or the seal's digital stamp
        stamp_x = x + 320.0
        draw_lines(page, [self.stamp], stamp_x, top, self.STAMP_W)
        box_top = top - 12.0
        page.rect(
            stamp_x, box_top - self.SIG_H, self.STAMP_W, self.SIG_H, stroke=FAINT, width=0.6,
            dash=(3, 2),
        )  # fmt: skip
        self.seal_box = (
            round(stamp_x, 2),
            round(box_top - self.SIG_H, 2),
            round(stamp_x + self.STAMP_W, 2),
            round(box_top, 2),
        )
        sig_x2 = MARGIN_X + FRAME_W
        sig_x1 = sig_x2 - self.SIG_W
        draw_lines(page, [self.caption], sig_x1, top, self.SIG_W)
        y2 = top - 12.0
        y1 = y2 - self.SIG_H
        page.rect(sig_x1, y1, self.SIG_W, self.SIG_H, stroke=(0.7, 0.7, 0.7), width=0.5)
        self.box = (round(sig_x1, 2), round(y1, 2), round(sig_x2, 2), round(y2, 2))


def footer(kit: TextKit, lang: str, p: Payload, page: Page, number: int, total: int) -> None:
    y = 18.0
    page.line(MARGIN_X, y + 9.0, PAGE_W - MARGIN_X, y + 9.0, (0.75, 0.75, 0.75), 0.4)
    right = kit.one(label(lang, "page", page=number, pages=total), 120.0, size=7.0, align="right")
    page.text(PAGE_W - MARGIN_X - right.width, y, right.text, REGULAR, 7.0, BLACK)
    inst, period = p["institution"], p["period"]
    left_text = f"{inst.get('name', '')} · {period.get('label', '')} · {doc_title(lang, p)}"
    left = kit.one(left_text, FRAME_W - 140.0, size=SMALL, color=MUTED)
    page.text(MARGIN_X, y, left.text, REGULAR, SMALL, MUTED)

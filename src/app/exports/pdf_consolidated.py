"""The parts of a consolidated return PDF: the plan table with figures across the
institutions, events by kind, the institutions' narrative excerpts and the annex of
subordinate returns.

Leaves (one entry per school) are never drawn row by row: 2,000 children make a
2,000-row annex, nothing more.
"""

from __future__ import annotations

from app.domain.return_format import Child, Item, Payload
from app.exports.consolidated_text import (
    PDF_CODE_PIECES,
    PDF_REASONS,
    child_figures,
    child_late,
    child_name,
    child_signed,
    count_lines,
    event_kind_rows,
    institutions_total,
    natural_key,
    reason_entries,
    reporting_text,
    short_sha,
    sums_lines,
)
from app.exports.fonts import BOLD, ITALIC, REGULAR
from app.exports.labels import CONSOLIDATED_HEADERS, fmt_number, label, status_label
from app.exports.pdf_blocks import FRAME_W, Block, Line, Paragraph, Spacer, TableRow
from app.exports.pdf_draw import BLACK
from app.exports.pdf_sections import figure_grid
from app.exports.pdf_style import (
    BODY,
    MUTED,
    SMALL,
    TOTAL_FILL,
    TextKit,
)
from app.exports.pdf_table import PlanTable, header_row, inner

# code, activity, responsible/partners, planned, reporting/status counts, sums, reasons
CONSOLIDATED_WIDTHS = [38.0, 190.0, 100.0, 58.0, 128.0, 110.0, FRAME_W - 624.0]
# no, code, institution, version, late, signed at, payload sha, done, not done, participants
CHILD_WIDTHS = [26.0, 74.0, 238.0, 40.0, 66.0, 92.0, 96.0, 50.0, 50.0, FRAME_W - 732.0]
_MARK_ROOM = 9.5
RED = (0.7, 0.1, 0.1)


class ConsolidatedTable(PlanTable):
    """The plan table of a consolidated return: bands as in an institution return,
    activity rows with figures across the reporting institutions."""

    def __init__(self, kit: TextKit, lang: str, institutions: int) -> None:
        super().__init__(kit, lang)
        texts = [label(lang, key) for key in CONSOLIDATED_HEADERS]
        self.header = header_row(kit, texts, CONSOLIDATED_WIDTHS)
        self.institutions = institutions

    def activity(self, item: Item) -> TableRow:
        kit, lang, w = self.kit, self.lang, CONSOLIDATED_WIDTHS
        description, responsible, planned = self.plan_cells(item, w)
        reporting = reporting_text(lang, item, self.institutions)
        counts = kit.lines(reporting, inner(w[4]), font=BOLD)
        marks: list[tuple[int, int, str]] = []
        for status, text in count_lines(lang, item):
            marks.append((4, len(counts), status))
            counts += kit.lines(text, inner(w[4]), indent=_MARK_ROOM)
        sums: list[Line] = []
        for index, text in enumerate(sums_lines(lang, item)):
            sums += kit.lines(text, inner(w[5]), font=BOLD if index == 0 else REGULAR)
        target = item.get("target") or {}
        if target.get("text"):
            sums += kit.lines(
                f"{self._labels['target']}: {target['text']}",
                inner(w[5]),
                font=ITALIC,
                size=SMALL,
                color=MUTED,
            )
        return TableRow(
            w,
            [
                [Line(str(item["code"]), BOLD, BODY)],
                description,
                responsible,
                planned,
                counts,
                sums,
                self._grouped_reasons(item),
            ],
            line_marks=marks,
        )

    def _grouped_reasons(self, item: Item) -> list[Line]:
        kit, width = self.kit, inner(CONSOLIDATED_WIDTHS[6])
        out: list[Line] = []
        if not item.get("planned") and item.get("not_planned_reason"):
            out += kit.lines(item["not_planned_reason"], width, font=ITALIC, color=MUTED)
        entries = reason_entries(self.lang, item, reasons=PDF_REASONS, pieces=PDF_CODE_PIECES)
        for head, codes in entries:
            out += kit.lines(head, width, color=BLACK if codes else MUTED)
            out += kit.lines(codes, width, size=SMALL, color=MUTED, indent=6.0)
        return out


class ChildrenTable:
    """The annex: one row per subordinate return, and a total row."""

    def __init__(self, kit: TextKit, lang: str) -> None:
        self.kit = kit
        self.lang = lang
        texts = [
            label(lang, "ev_no"),
            label(lang, "code"),
            label(lang, "institution"),
            label(lang, "version"),
            label(lang, "late"),
            label(lang, "signed_at"),
            label(lang, "payload_sha"),
            status_label(lang, "done"),
            status_label(lang, "not_done"),
            label(lang, "participants"),
        ]
        self.header = header_row(kit, texts, CHILD_WIDTHS)

    def rows(self, children: list[Child]) -> list[Block]:
        ordered = sorted(children, key=lambda c: natural_key(str(c.get("code") or "")))
        blocks: list[Block] = [self.child(i, c) for i, c in enumerate(ordered, start=1)]
        blocks.append(self.total(children))
        for block in blocks:
            block.header = self.header
        return blocks

    def _number(self, value: int, bold: bool = False) -> list[Line]:
        width = inner(CHILD_WIDTHS[-1])
        return [
            self.kit.one(
                fmt_number(self.lang, value), width, font=BOLD if bold else REGULAR, align="right"
            )
        ]

    def child(self, number: int, child: Child) -> TableRow:
        kit, lang, w = self.kit, self.lang, CHILD_WIDTHS
        late = child_late(lang, child)
        done, not_done, people = child_figures(child)
        cells = [
            [Line(str(number), REGULAR, BODY)],
            kit.lines(str(child.get("code") or ""), inner(w[1]), font=BOLD),
            kit.lines(child_name(lang, child), inner(w[2])),
            [Line(str(child.get("version") or 1), REGULAR, BODY)],
            kit.lines(late, inner(w[4]), color=RED, indent=_MARK_ROOM) if late else [],
            kit.lines(child_signed(lang, child), inner(w[5])),
            [kit.one(short_sha(str(child.get("payload_sha256") or "")), inner(w[6]), size=SMALL)],
            self._number(done),
            self._number(not_done),
            self._number(people),
        ]
        return TableRow(w, cells, line_marks=[(4, 0, "late")] if late else [])

    def total(self, children: list[Child]) -> TableRow:
        sums = [sum(values) for values in zip(*(child_figures(c) for c in children), strict=True)]
        cells: list[list[Line]] = [[] for _ in CHILD_WIDTHS]
        text = f"{label(self.lang, 'total_row')}: {fmt_number(self.lang, len(children))}"
        cells[2] = [Line(text, BOLD, BODY)]
        for column, value in zip((7, 8, 9), sums or [0, 0, 0], strict=True):
            cells[column] = self._number(value, bold=True)
        return TableRow(CHILD_WIDTHS, cells, fill=TOTAL_FILL)


def _title(kit: TextKit, text: str) -> list[Block]:
    title = Paragraph(kit.lines(text, FRAME_W, font=BOLD, size=10.0), space_after=3)
    title.keep_with_next = True
    return [Spacer(10.0), title]


def plan_rows(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    return ConsolidatedTable(kit, lang, institutions_total(p)).rows(p.get("items") or [])


def event_kind_blocks(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    rows: list[tuple[str, int | float | str]] = list(event_kind_rows(lang, p))
    if not rows:
        note = kit.lines(label(lang, "no_events"), FRAME_W, font=ITALIC, size=8.0, color=MUTED)
        return [*_title(kit, label(lang, "events_by_kind")), Paragraph(note)]
    rows.append((label(lang, "total_row"), sum(int(n) for _k, n in rows)))
    return figure_grid(kit, lang, label(lang, "events_by_kind"), rows)


def excerpt_blocks(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    """The institutions' narrative excerpts, after the directorate's own narrative."""
    children = p.get("children_narrative") or []
    blocks = _title(kit, label(lang, "excerpts"))
    if not children:
        note = kit.lines(label(lang, "no_excerpts"), FRAME_W, font=ITALIC, size=8.0, color=MUTED)
        return [*blocks, Paragraph(note)]
    for child in children:
        name = str(child.get("name") or "")
        code = str(child.get("code") or "")
        head = Paragraph(kit.lines(f"{name} ({code})", FRAME_W, font=BOLD, size=8.4), space_after=1)
        head.keep_with_next = True
        blocks.append(head)
        for section in child.get("sections") or []:
            lines = kit.lines(
                str(section.get("title") or ""), FRAME_W, font=ITALIC, size=7.6, indent=8.0
            )
            lines += kit.lines(str(section.get("body") or ""), FRAME_W, size=7.8, indent=8.0)
            blocks.append(Paragraph(lines, space_after=2.0))
        blocks.append(Spacer(3.0))
    return blocks


def annex_blocks(kit: TextKit, lang: str, p: Payload) -> list[Block]:
    return [
        *_title(kit, label(lang, "annex_returns")),
        *ChildrenTable(kit, lang).rows(p.get("children") or []),
    ]

"""Blocks of a page (table rows, paragraphs, spacers) and greedy pagination.

A block knows its height before it is placed; pagination puts blocks one after the
other, repeats a table's header row on every page the table continues on, keeps a
band with the rows that follow it, puts the goal/sub-goal context above rows that
continue on a new page, and splits blocks too tall for the space left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, landscape

from app.exports.pdf_draw import BLACK, RGB, Page

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X = 28.0
MARGIN_TOP = 28.0
MARGIN_BOTTOM = 36.0
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_TOP = PAGE_H - MARGIN_TOP
FRAME_BOTTOM = MARGIN_BOTTOM
RULE: RGB = (0.55, 0.55, 0.55)
LEADING = 1.22


@dataclass(slots=True)
class Line:
    """One wrapped line of text inside a block."""

    text: str
    font: str
    size: float
    color: RGB = BLACK
    indent: float = 0.0
    align: str = "left"  # left | right | center
    width: float = 0.0  # measured width, needed for right/center alignment

    @property
    def leading(self) -> float:
        return self.size * LEADING


class Block:
    """Something placed on a page at a given top edge."""

    height: float = 0.0
    keep_with_next: bool = False
    eager_split: bool = False  # fill the rest of a page instead of moving whole
    header: Block | None = None  # a table header repeated above it on each page
    context: Block | None = None  # shown above it when it opens a page
    skip_at_top: bool = False  # spacers vanish at the top of a page

    def draw(self, page: Page, x: float, top: float) -> None:
        raise NotImplementedError

    def split(self, avail: float) -> tuple[Block, Block] | None:
        return None


def draw_lines(page: Page, lines: list[Line], x: float, top: float, width: float) -> None:
    y = top
    for line in lines:
        lead = line.leading
        base = y - lead * 0.78
        if line.align == "right":
            lx = x + width - line.width
        elif line.align == "center":
            lx = x + (width - line.width) / 2
        else:
            lx = x + line.indent
        page.text(lx, base, line.text, line.font, line.size, line.color)
        y -= lead


def lines_height(lines: list[Line]) -> float:
    return sum([line.leading for line in lines])


class Spacer(Block):
    skip_at_top = True

    def __init__(self, height: float) -> None:
        self.height = height

    def draw(self, page: Page, x: float, top: float) -> None:
        return None


class Paragraph(Block):
    """Lines across the frame; splits between lines to fill a page."""

    eager_split = True

    def __init__(self, lines: list[Line], *, space_after: float = 0.0) -> None:
        self.lines = lines
        self.space_after = space_after
        self.height = lines_height(lines) + space_after

    def draw(self, page: Page, x: float, top: float) -> None:
        draw_lines(page, self.lines, x, top, FRAME_W)

    def split(self, avail: float) -> tuple[Block, Block] | None:
        used = 0.0
        for i, line in enumerate(self.lines):
            if used + line.leading > avail:
                if i == 0:
                    return None
                return Paragraph(self.lines[:i]), Paragraph(
                    self.lines[i:], space_after=self.space_after
                )
            used += line.leading
        return None


@dataclass(eq=False)
class TableRow(Block):
    """One row of a table: cells of wrapped lines under fixed column widths."""

    widths: list[float]
    cells: list[list[Line]]
    fill: RGB | None = None
    pad: float = 2.4
    marks: list[tuple[int, str]] = field(default_factory=list)  # (column, status) symbols
    rule: RGB = RULE
    line_marks: list[tuple[int, int, str]] = field(default_factory=list)  # (column, line, status)

    def __post_init__(self) -> None:
        self.height = max(lines_height(c) for c in self.cells) + 2 * self.pad

    def draw(self, page: Page, x: float, top: float) -> None:
        h = self.height
        total = sum(self.widths)
        if self.fill is not None:
            page.rect(x, top - h, total, h, fill=self.fill)
        segments = [(x, top, x + total, top), (x, top - h, x + total, top - h)]
        cx = x
        for width in self.widths:
            segments.append((cx, top, cx, top - h))
            cx += width
        segments.append((cx, top, cx, top - h))
        page.lines(segments, self.rule, 0.4)
        cx = x
        pad = self.pad
        for width, lines in zip(self.widths, self.cells, strict=True):
            if lines:
                draw_lines(page, lines, cx + pad, top - pad, width - 2 * pad)
            cx += width
        for column, status in self.marks:
            left = x + sum(self.widths[:column]) + pad + 3.2
            first = self.cells[column][0] if self.cells[column] else None
            size = first.size if first else 7.5
            status_mark(page, status, left, top - pad - size * LEADING * 0.5, size * 0.42)
        for column, index, status in self.line_marks:
            lines = self.cells[column]
            if index >= len(lines):
                continue
            left = x + sum(self.widths[:column]) + pad + 3.2
            above = sum([line.leading for line in lines[:index]])
            size = lines[index].size
            centre = top - pad - above - lines[index].leading * 0.5
            status_mark(page, status, left, centre, size * 0.42)

    def split(self, avail: float) -> tuple[Block, Block] | None:
        room = avail - 2 * self.pad
        heads: list[list[Line]] = []
        tails: list[list[Line]] = []
        for lines in self.cells:
            used = 0.0
            cut = len(lines)
            for i, line in enumerate(lines):
                if used + line.leading > room:
                    cut = i
                    break
                used += line.leading
            heads.append(lines[:cut])
            tails.append(lines[cut:])
        if not any(heads) or not any(tails):
            return None
        cuts = [len(h) for h in heads]
        head_marks = [m for m in self.line_marks if m[1] < cuts[m[0]]]
        tail_marks = [(c, i - cuts[c], s) for c, i, s in self.line_marks if i >= cuts[c]]
        head = TableRow(self.widths, heads, self.fill, self.pad, self.marks, self.rule, head_marks)
        tail = TableRow(self.widths, tails, self.fill, self.pad, [], self.rule, tail_marks)
        for part in (head, tail):
            part.header, part.context = self.header, self.context
        return head, tail


GREEN: RGB = (0.13, 0.55, 0.25)
AMBER: RGB = (0.85, 0.55, 0.05)
BLUE: RGB = (0.15, 0.35, 0.7)
RED: RGB = (0.78, 0.12, 0.12)
GREY: RGB = (0.5, 0.5, 0.5)


def status_mark(page: Page, status: str, cx: float, cy: float, r: float) -> None:
    """A small symbol that says the status without colour: ● ◐ ○ ✕ – and a dotted ○."""
    if status == "done":
        page.circle(cx, cy, r, fill=GREEN)
    elif status == "in_progress":
        page.circle(cx, cy, r, stroke=AMBER)
        page.half_disc(cx, cy, r, AMBER)
    elif status == "planned":
        page.circle(cx, cy, r, stroke=BLUE)
    elif status == "not_done":
        d = r * 0.85
        page.lines([(cx - d, cy - d, cx + d, cy + d), (cx - d, cy + d, cx + d, cy - d)], RED, 1.2)
    elif status == "not_applicable":
        page.line(cx - r, cy, cx + r, cy, GREY, 1.2)
    elif status == "none":
        page.rect(cx - r, cy - r, 2 * r, 2 * r, stroke=GREY, width=0.6, dash=(1, 1))
    elif status == "late":  # a clock: ring and two hands
        page.circle(cx, cy, r, stroke=RED)
        page.lines([(cx, cy, cx, cy + r * 0.7), (cx, cy, cx + r * 0.55, cy)], RED, 0.8)


@dataclass
class Placed:
    block: Block
    top: float


def paginate(blocks: list[Block]) -> list[list[Placed]]:
    """Greedy placement of *blocks* on pages of the frame."""
    pages: list[list[Placed]] = [[]]
    y = FRAME_TOP
    shown_header: Block | None = None  # table header in force on this page
    queue = list(reversed(blocks))

    def new_page() -> None:
        nonlocal y, shown_header
        pages.append([])
        y = FRAME_TOP
        shown_header = None

    def place(block: Block) -> None:
        nonlocal y
        pages[-1].append(Placed(block, y))
        y -= block.height

    while queue:
        block = queue.pop()
        empty = not pages[-1]
        if block.skip_at_top and empty:
            continue
        extra: list[Block] = []
        if block.header is not None and block.header is not shown_header:
            extra.append(block.header)
            if block.context is not None and block.keep_with_next is False:
                extra.append(block.context)
        need = sum(b.height for b in extra) + block.height
        if block.keep_with_next:
            for follower in reversed(queue):
                need += follower.height
                if not follower.keep_with_next:
                    break
        avail = y - FRAME_BOTTOM
        if need <= avail or (empty and block.height + sum(b.height for b in extra) <= avail):
            for b in extra:
                place(b)
            if block.header is not None:
                shown_header = block.header
            elif not isinstance(block, Spacer):
                shown_header = None
            place(block)
            continue
        room = avail - sum(b.height for b in extra)
        parts = block.split(room) if (block.eager_split or empty or block.height > room) else None
        if parts is not None and (block.eager_split or empty):
            head, tail = parts
            for b in extra:
                place(b)
            place(head)
            queue.append(tail)
            new_page()
            continue
        if empty:  # cannot split and does not fit an empty page: place it anyway
            for b in extra:
                place(b)
            place(block)
            continue
        new_page()
        queue.append(block)
    if not pages[-1]:
        pages.pop()
    return pages or [[]]

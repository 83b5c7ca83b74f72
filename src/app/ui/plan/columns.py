"""Column widths of the plan tree: the description gets what the other columns leave."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView

from app.ui.models.plan_tree_model import (
    COL_CODE,
    COL_DESCRIPTION,
    COL_RESPONSIBLE,
    FIRST_PERIOD_COLUMN,
)
from app.ui.widgets.wrap_header import H_PAD as HEADER_PAD

if TYPE_CHECKING:
    from app.domain.plan import ItemRow
    from app.ui.pages.plan import PlanPage

# Column widths in average character widths: they follow the font and the screen's DPI.
CODE_CHARS = 7
RESPONSIBLE_CHARS, RESPONSIBLE_MAX_CHARS = 18, 32
PERIOD_CHARS, PERIOD_MAX_CHARS = 13, 22
REASON_CHARS, REASON_MAX_CHARS = 16, 30
DESCRIPTION_MIN_CHARS, DESCRIPTION_MAX_CHARS = 44, 120
# a small screen (1024 wide): the other columns narrower, the description down to this
COMPACT_RESPONSIBLE_CHARS, COMPACT_PERIOD_CHARS, COMPACT_REASON_CHARS = 14, 9, 10
DESCRIPTION_FLOOR_CHARS = 22


def share_widths(
    viewport: int,
    limits: dict[int, tuple[int, int]],
    description_min: int,
    description_max: int,
    floor: int | None = None,
) -> tuple[dict[int, int], int | None]:
    """Widths of the other columns, and the description's (None: it stretches).

    Each other column gets its minimum; what is left goes to the description, up to a
    comfortable line length, and only beyond that do the other columns grow toward their
    maximum. A narrower window gives the description what is left down to *floor* (its
    lines wrap more); below that it keeps its minimum (and the view scrolls).
    """
    widths = {column: low for column, (low, _high) in limits.items()}
    left = viewport - sum(widths.values())
    if left < description_min:
        if floor is not None and left >= floor:
            return widths, None
        return widths, description_min if floor is None else floor
    surplus = left - description_max
    room = {column: high - low for column, (low, high) in limits.items() if high > low}
    total_room = sum(room.values())
    if surplus > 0 and total_room > 0:
        share = min(1.0, surplus / total_room)
        for column, extra in room.items():
            widths[column] += int(extra * share)
    return widths, None


def fit_columns(page: PlanPage, rows: list[ItemRow]) -> None:
    """Give the description what the other columns leave (see :func:`share_widths`)."""
    header = page.header
    if page.model.columnCount() == 0:
        return
    char = page.fontMetrics().averageCharWidth()
    viewport = page.ui.treeView.viewport().width()
    limits = _limits(page, rows, RESPONSIBLE_CHARS, PERIOD_CHARS, REASON_CHARS)
    if sum(low for low, _high in limits.values()) + char * DESCRIPTION_MIN_CHARS > viewport:
        limits = _limits(
            page, rows, COMPACT_RESPONSIBLE_CHARS, COMPACT_PERIOD_CHARS, COMPACT_REASON_CHARS
        )
    widths, description = share_widths(
        viewport,
        limits,
        char * DESCRIPTION_MIN_CHARS,
        char * DESCRIPTION_MAX_CHARS,
        floor=char * DESCRIPTION_FLOOR_CHARS,
    )
    stretch = description is None
    if description is not None:
        widths[COL_DESCRIPTION] = description
    mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
    unchanged = header.sectionResizeMode(COL_DESCRIPTION) == mode and all(
        header.sectionSize(column) == width for column, width in widths.items()
    )
    if unchanged:  # an edit that leaves every width as it was: no relayout of the rows
        header.refresh_height()
        return
    for column in widths:  # a stretching section ignores resizeSection(): modes first
        if column != COL_DESCRIPTION:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COL_DESCRIPTION, mode)
    for column, width in widths.items():
        header.resizeSection(column, width)
    page._relayout_rows()
    page._relayout_timer.stop()  # the resizes above asked for it: done already


def table_needs(page: PlanPage, rows: list[ItemRow]) -> int:
    """The width the tree needs for every column at its (small-screen) minimum and the
    description at its readable minimum, frame and scroll bar included."""
    char = page.fontMetrics().averageCharWidth()
    limits = _limits(
        page, rows, COMPACT_RESPONSIBLE_CHARS, COMPACT_PERIOD_CHARS, COMPACT_REASON_CHARS
    )
    tree = page.ui.treeView
    chrome = 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width() + 2
    return sum(low for low, _high in limits.values()) + char * DESCRIPTION_MIN_CHARS + chrome


def _limits(
    page: PlanPage, rows: list[ItemRow], responsible: int, period: int, reason: int
) -> dict[int, tuple[int, int]]:
    """(minimum, maximum) width of each column but the description, no narrower than the
    longest word of its title."""
    char = page.fontMetrics().averageCharWidth()
    code = _code_width(page, rows)
    limits = {COL_CODE: (code, code)}
    limits[COL_RESPONSIBLE] = (char * responsible, char * RESPONSIBLE_MAX_CHARS)
    for column in range(FIRST_PERIOD_COLUMN, page.model.reason_column):
        limits[column] = (char * period, char * PERIOD_MAX_CHARS)
    limits[page.model.reason_column] = (char * reason, char * REASON_MAX_CHARS)
    for column, (low, high) in limits.items():
        title = _title_width(page, column)
        limits[column] = (max(low, title), max(high, title))
    return limits


def _title_width(page: PlanPage, column: int) -> int:
    """Wide enough for the longest word of the column's title (no word is split)."""
    metrics = QFontMetrics(page.header.title_font())
    words = page.model.column_title(column).split()
    widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
    return widest + 2 * HEADER_PAD + 2


def _code_width(page: PlanPage, rows: list[ItemRow]) -> int:
    metrics = page.fontMetrics()
    bold = QFont(page.font())
    bold.setWeight(QFont.Weight.Bold)
    widest = metrics.averageCharWidth() * CODE_CHARS
    indent = page.ui.treeView.indentation()
    for row in rows:
        text_width = metrics.horizontalAdvance(row.code) * 1.1  # bold goals are wider
        widest = max(widest, int(text_width) + indent * (row.depth + 1))
    title_width = metrics.horizontalAdvance(page.model.column_title(COL_CODE)) * 1.1
    return int(max(widest, title_width)) + 2 * 8 + 4

"""Columns that fit the table's width: every column as wide as it needs (within a cap), the
name column taking what is left but never less than its minimum; on a narrow screen the
columns the details can spare are left out, in the order given (no sideways scrolling)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

SORT_ARROW = 36  # room for the padding and the sort indicator beside a title


def natural_widths(view: QTableView, caps: dict[int, int], rows: int = 100) -> dict[int, int]:
    """What each column of *caps* needs for its title and its first *rows* rows: the rows'
    width at most its cap (pixels), the title's always."""
    header = view.horizontalHeader()
    for each in (header, view.verticalHeader()):
        each.setResizeContentsPrecision(rows)
    model = view.model()
    metrics = header.fontMetrics()
    widths = {}
    for column in caps:
        view.setColumnHidden(column, False)  # a hidden column is not measured
    for column, cap in caps.items():
        title = str(model.headerData(column, header.orientation()) or "") if model else ""
        content = view.sizeHintForColumn(column)
        needed = metrics.horizontalAdvance(title) + SORT_ARROW  # the title is never cut
        widths[column] = max(needed, min(cap, content))
    return widths


def fit_columns(
    view: QTableView,
    widths: dict[int, int],
    stretch: int,
    stretch_minimum: int,
    optional: tuple[int, ...] = (),
) -> None:
    """Apply *widths*; *stretch* takes the rest (at least *stretch_minimum* pixels), the
    *optional* columns are hidden, in that order, until that fits."""
    header = view.horizontalHeader()
    room = view.viewport().width()
    shown = dict(widths)
    for column in optional:
        if sum(shown.values()) + stretch_minimum <= room:
            break
        shown.pop(column, None)
    for column, width in widths.items():
        view.setColumnHidden(column, column not in shown)
        if column in shown:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
    view.setColumnHidden(stretch, False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

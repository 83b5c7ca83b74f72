"""The Plan page: the plan table as a tree, a filter box, expand/collapse, the footnotes."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit

from app.ui.generated.ui_plan_page import Ui_PlanPage
from app.ui.icons import icon
from app.ui.models.plan_delegate import PlanItemDelegate
from app.ui.models.plan_filter_model import PlanFilterModel
from app.ui.models.plan_tree_model import (
    COL_CODE,
    COL_DESCRIPTION,
    COL_RESPONSIBLE,
    FIRST_PERIOD_COLUMN,
    OBJECT_ROLE,
    PlanTreeModel,
)
from app.ui.pages.base import Page
from app.ui.style import scaled_font
from app.ui.widgets.wrap_header import H_PAD as HEADER_PAD
from app.ui.widgets.wrap_header import WrapHeader

if TYPE_CHECKING:
    from app.ui.workspace import PlanSnapshot, Workspace

FILTER_DELAY_MS = 150
RELAYOUT_DELAY_MS = 40
PER_PIXEL_MAX_ROWS = 1500
# Column widths in average character widths: they follow the font and the screen's DPI.
CODE_CHARS = 7
RESPONSIBLE_CHARS, RESPONSIBLE_MAX_CHARS = 18, 32
PERIOD_CHARS, PERIOD_MAX_CHARS = 13, 22
REASON_CHARS, REASON_MAX_CHARS = 16, 30
DESCRIPTION_MIN_CHARS, DESCRIPTION_MAX_CHARS = 44, 120


def share_widths(
    viewport: int, limits: dict[int, tuple[int, int]], description_min: int, description_max: int
) -> tuple[dict[int, int], int | None]:
    """Widths of the other columns, and the description's (None: it stretches).

    Each other column gets its minimum; what is left goes to the description, up to a
    comfortable line length, and only beyond that do the other columns grow toward their
    maximum. Too narrow a window keeps the description at its minimum (and scrolls).
    """
    widths = {column: low for column, (low, _high) in limits.items()}
    left = viewport - sum(widths.values())
    if left < description_min:
        return widths, description_min
    surplus = left - description_max
    room = {column: high - low for column, (low, high) in limits.items() if high > low}
    total_room = sum(room.values())
    if surplus > 0 and total_room > 0:
        share = min(1.0, surplus / total_room)
        for column, extra in room.items():
            widths[column] += int(extra * share)
    return widths, None


class PlanPage(Page):
    name = "plan"
    icon_name = "plan"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPage()
        self.ui.setupUi(self)
        self.model = PlanTreeModel(self)
        self.proxy = PlanFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._plan: PlanSnapshot | None = None
        self._state = "loading"  # then "open" (a workspace) or "closed" (no database)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(RELAYOUT_DELAY_MS)
        self._setup_view()
        self._connect_signals()
        self.retranslate()
        self._show_plan(None)

    # -- set-up --------------------------------------------------------------------------
    def _setup_view(self) -> None:
        tree = self.ui.treeView
        self.header = WrapHeader(tree)
        self.header.setStretchLastSection(False)
        self.header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 5)
        tree.setHeader(self.header)
        tree.setModel(self.proxy)
        self.delegate = PlanItemDelegate(tree, self._read_cell)
        tree.setItemDelegate(self.delegate)
        tree.setAlternatingRowColors(False)
        tree.setAllColumnsShowFocus(True)
        self.ui.titleLabel.setFont(scaled_font(self.font(), 1.25, QFont.Weight.DemiBold))
        self.ui.expandButton.setIcon(icon("expand"))
        self.ui.collapseButton.setIcon(icon("collapse"))
        self.ui.filterEdit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.ui.filterEdit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)

    def _connect_signals(self) -> None:
        self.ui.filterEdit.textChanged.connect(self._on_filter_typed)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.ui.expandButton.clicked.connect(self.ui.treeView.expandAll)
        self.ui.collapseButton.clicked.connect(self.ui.treeView.collapseAll)
        self.header.sectionResized.connect(self._on_section_resized)
        self._relayout_timer.timeout.connect(self._relayout_rows)

    def _read_cell(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, QFont | None]:
        return self.model.cell(self.proxy.mapToSource(index))

    def _on_filter_typed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_section_resized(self, _section: int, _old: int, _new: int) -> None:
        self._relayout_timer.start()

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._state = "open" if workspace is not None else "closed"
        self._show_plan(workspace.plan if workspace is not None else None)

    def _show_plan(self, plan: PlanSnapshot | None) -> None:
        self._plan = plan
        self.delegate.clear_cache()
        self.model.set_plan(plan)
        has_rows = plan is not None and bool(plan.rows)
        # while the database opens, an empty table rather than a "no plan" message
        empty = not has_rows and self._state != "loading"
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.treePage)
        self._show_empty_text()
        for widget in (self.ui.filterEdit, self.ui.expandButton, self.ui.collapseButton):
            widget.setEnabled(has_rows)
        # Per-pixel scrolling needs every row's wrapped height up front; a big plan
        # scrolls per row instead and measures only the rows it shows.
        rows = len(plan.rows) if plan is not None else 0
        self.ui.treeView.setVerticalScrollMode(
            QAbstractItemView.ScrollMode.ScrollPerPixel
            if rows <= PER_PIXEL_MAX_ROWS
            else QAbstractItemView.ScrollMode.ScrollPerItem
        )
        self._fit_columns()
        self.ui.treeView.expandAll()
        self._show_footnotes()

    def _show_empty_text(self) -> None:
        if self._state == "closed":
            self.ui.emptyLabel.setText(
                self.tr("No database is open. Open one with File → Open database….")
            )
        # otherwise the Designer text: there is no plan in this database yet

    def apply_filter(self) -> None:
        """Filter by the text in the box now (the box itself waits for typing to pause)."""
        self._filter_timer.stop()
        self.proxy.set_filter_text(self.ui.filterEdit.text())
        self.ui.treeView.expandAll()

    def visible_codes(self) -> list[str]:
        """The codes shown, in order (for tests and for "copy visible rows")."""
        codes: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, COL_CODE, parent)
                codes.append(index.data(OBJECT_ROLE).code)
                walk(index)

        walk(QModelIndex())
        return codes

    def _show_footnotes(self) -> None:
        notes = self._plan.footnotes if self._plan is not None else []
        label = self.ui.footnotesLabel
        label.setVisible(bool(notes))
        if notes:
            lines = [f"<sup>{escape(note.mark)}</sup>&nbsp;{escape(note.text)}" for note in notes]
            heading = escape(self.tr("Footnotes"))
            label.setText(f"<b>{heading}</b><br>" + "<br>".join(lines))

    # -- layout --------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        """Give the description what the other columns leave (see :func:`share_widths`)."""
        header = self.header
        if self.model.columnCount() == 0:
            return
        char = self.fontMetrics().averageCharWidth()
        limits = {COL_CODE: (self._code_width(), self._code_width())}
        limits[COL_RESPONSIBLE] = (char * RESPONSIBLE_CHARS, char * RESPONSIBLE_MAX_CHARS)
        for column in range(FIRST_PERIOD_COLUMN, self.model.reason_column):
            limits[column] = (char * PERIOD_CHARS, char * PERIOD_MAX_CHARS)
        limits[self.model.reason_column] = (char * REASON_CHARS, char * REASON_MAX_CHARS)
        for column, (low, high) in limits.items():
            title = self._title_width(column)
            limits[column] = (max(low, title), max(high, title))
        widths, description = share_widths(
            self.ui.treeView.viewport().width(),
            limits,
            char * DESCRIPTION_MIN_CHARS,
            char * DESCRIPTION_MAX_CHARS,
        )
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        if description is None:
            header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COL_DESCRIPTION, description)
        self._relayout_rows()

    def _title_width(self, column: int) -> int:
        """Wide enough for the longest word of the column's title (no word is split)."""
        metrics = QFontMetrics(self.header.title_font())
        words = self.model.column_title(column).split()
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        return widest + 2 * HEADER_PAD + 2

    def _code_width(self) -> int:
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        widest = metrics.averageCharWidth() * CODE_CHARS
        indent = self.ui.treeView.indentation()
        rows = self._plan.rows if self._plan is not None else []
        for row in rows:
            text_width = metrics.horizontalAdvance(row.code) * 1.1  # bold goals are wider
            widest = max(widest, int(text_width) + indent * (row.depth + 1))
        title_width = metrics.horizontalAdvance(self.model.column_title(COL_CODE)) * 1.1
        return int(max(widest, title_width)) + 2 * 8 + 4

    def _relayout_rows(self) -> None:
        self.header.refresh_height()
        self.ui.treeView.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._plan is not None:
            self._fit_columns()

    # -- language ------------------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PlanPage", "Plan")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show_empty_text()
        self.model.retranslate()
        self._show_footnotes()
        if self._plan is not None:
            self._fit_columns()

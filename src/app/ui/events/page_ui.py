"""The widgets of the Events page, laid out (the page wires and fills them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from app.ui.dashboard.palette import error_label
from app.ui.events.filters import EventFilterBar
from app.ui.events.form import EventForm
from app.ui.events.model import (
    COL_ACTIVITY,
    COL_DATE,
    COL_KIND,
    COL_PARTICIPANTS,
    COL_TITLE,
    COL_VENUE,
)
from app.ui.icons import icon
from app.ui.style import scaled_font
from app.ui.widgets.wrap_header import WrapHeader

if TYPE_CHECKING:
    from app.ui.pages.events import EventsPage


def build_ui(page: EventsPage) -> None:
    """Title row, filter bar, the table and the form panel side by side."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(16, 14, 16, 12)
    top = QHBoxLayout()
    page.title_label = QLabel(page)
    page.title_label.setProperty("role", "pageTitle")
    page.title_label.setFont(scaled_font(page.font(), 1.25, QFont.Weight.DemiBold))
    page.count_label = QLabel(page)
    page.count_label.setProperty("role", "muted")
    page.import_button = QPushButton(icon("import"), "", page)
    page.new_button = QPushButton(icon("add"), "", page)
    top.addWidget(page.title_label)
    top.addSpacing(10)
    top.addWidget(page.count_label)
    top.addStretch(1)
    top.addWidget(page.import_button)
    top.addWidget(page.new_button)
    outer.addLayout(top)
    page.filters = EventFilterBar(page)
    outer.addWidget(page.filters)
    page.splitter = QSplitter(Qt.Orientation.Horizontal, page)
    page.splitter.setObjectName("eventsSplitter")
    page.splitter.setChildrenCollapsible(False)
    page.table = QTableView(page.splitter)
    page.table.setObjectName("eventsTable")
    page.table.setModel(page.proxy)
    # long titles ("Participants", "Пункт плана") wrap instead of widening their column
    wrap_header = WrapHeader(page.table, by_word=True)
    wrap_header.setSectionsClickable(True)
    wrap_header.setSortIndicatorShown(True)
    page.table.setHorizontalHeader(wrap_header)
    page.table.setSortingEnabled(True)
    page.table.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
    page.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    page.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    page.table.setWordWrap(False)
    page.table.setAlternatingRowColors(True)
    page.table.verticalHeader().hide()
    header = wrap_header
    char = page.fontMetrics().averageCharWidth()
    for column in (COL_DATE, COL_ACTIVITY, COL_PARTICIPANTS):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    widths = {COL_KIND: 15, COL_VENUE: 20}
    for column, chars in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, char * chars)
    header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(char * 6)
    page.table.setMinimumWidth(char * 44)
    page.panel = QFrame(page.splitter)
    page.panel.setObjectName("card")
    panel_layout = QVBoxLayout(page.panel)
    panel_layout.setContentsMargins(14, 12, 14, 12)
    page.form_title = QLabel(page.panel)
    page.form_title.setFont(scaled_font(page.font(), 1.1, QFont.Weight.DemiBold))
    panel_layout.addWidget(page.form_title)
    page.scroll = QScrollArea(page.panel)
    page.scroll.setWidgetResizable(True)
    page.scroll.setFrameShape(QFrame.Shape.NoFrame)
    page.form = EventForm()
    page.scroll.setWidget(page.form)
    page.scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
    page.form.setBackgroundRole(QPalette.ColorRole.Base)
    panel_layout.addWidget(page.scroll, 1)
    page.save_error = error_label(page.panel)
    panel_layout.addWidget(page.save_error)
    buttons = QHBoxLayout()
    page.delete_button = QPushButton(icon("delete"), "", page.panel)
    page.cancel_button = QPushButton(page.panel)
    page.save_button = QPushButton(page.panel)
    page.save_button.setDefault(True)
    buttons.addWidget(page.delete_button)
    buttons.addStretch(1)
    buttons.addWidget(page.cancel_button)
    buttons.addWidget(page.save_button)
    panel_layout.addLayout(buttons)
    page.panel.setMinimumWidth(char * 40)
    page.panel.setMaximumWidth(char * 64)
    page.splitter.addWidget(page.table)
    page.splitter.addWidget(page.panel)
    page.splitter.setStretchFactor(0, 3)
    page.splitter.setStretchFactor(1, 2)
    page.splitter.setSizes([10_000, char * 46])
    outer.addWidget(page.splitter, 1)

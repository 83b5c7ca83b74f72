"""The widgets of the Events page, laid out (the page wires and fills them)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
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
    QWidget,
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
from app.ui.widgets.page_frame import title_label
from app.ui.widgets.wrap_header import WrapHeader


class EventsPageUi:
    """The Events page's widgets, laid out in code the way a Designer form would be; the
    page keeps one as ``self.ui``."""

    titleLabel: QLabel
    countLabel: QLabel
    importButton: QPushButton
    newButton: QPushButton
    filters: EventFilterBar
    splitter: QSplitter
    table: QTableView
    panel: QFrame
    formTitle: QLabel
    formScroll: QScrollArea
    form: EventForm
    saveError: QLabel
    deleteButton: QPushButton
    cancelButton: QPushButton
    saveButton: QPushButton

    def setup_ui(self, page: QWidget, model: QAbstractItemModel) -> None:
        """Title row, filter bar, the table and the form panel side by side."""
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 14, 16, 12)
        top = QHBoxLayout()
        self.titleLabel = title_label(page)
        self.countLabel = QLabel(page)
        self.countLabel.setProperty("role", "muted")
        self.importButton = QPushButton(icon("import"), "", page)
        self.newButton = QPushButton(icon("add"), "", page)
        top.addWidget(self.titleLabel)
        top.addSpacing(10)
        top.addWidget(self.countLabel)
        top.addStretch(1)
        top.addWidget(self.importButton)
        top.addWidget(self.newButton)
        outer.addLayout(top)
        self.filters = EventFilterBar(page)
        outer.addWidget(self.filters)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("eventsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName("eventsTable")
        self.table.setModel(model)
        # long titles ("Participants", "Пункт плана") wrap instead of widening their column
        wrap_header = WrapHeader(self.table, by_word=True)
        wrap_header.setSectionsClickable(True)
        wrap_header.setSortIndicatorShown(True)
        self.table.setHorizontalHeader(wrap_header)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
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
        self.table.setMinimumWidth(char * 44)
        self.panel = QFrame(self.splitter)
        self.panel.setObjectName("card")
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(14, 12, 14, 12)
        self.formTitle = QLabel(self.panel)
        self.formTitle.setFont(scaled_font(page.font(), 1.1, QFont.Weight.DemiBold))
        panel_layout.addWidget(self.formTitle)
        self.formScroll = QScrollArea(self.panel)
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = EventForm()
        self.formScroll.setWidget(self.form)
        self.formScroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.form.setBackgroundRole(QPalette.ColorRole.Base)
        panel_layout.addWidget(self.formScroll, 1)
        self.saveError = error_label(self.panel)
        panel_layout.addWidget(self.saveError)
        buttons = QHBoxLayout()
        self.deleteButton = QPushButton(icon("delete"), "", self.panel)
        self.cancelButton = QPushButton(self.panel)
        self.saveButton = QPushButton(self.panel)
        self.saveButton.setDefault(True)
        buttons.addWidget(self.deleteButton)
        buttons.addStretch(1)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.saveButton)
        panel_layout.addLayout(buttons)
        self.panel.setMinimumWidth(char * 40)
        self.panel.setMaximumWidth(char * 64)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([10_000, char * 46])
        outer.addWidget(self.splitter, 1)

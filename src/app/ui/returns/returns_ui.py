"""The Returns page's widgets, laid out in code the way a Designer form would be."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.formats import percent
from app.ui.icons import icon
from app.ui.returns.preview import PreviewArea
from app.ui.style import scaled_font
from app.ui.widgets.flow_layout import flow_widget
from app.ui.widgets.page_frame import intro_label, notice_label, title_label


def progress_row(parent: QWidget) -> tuple[QWidget, QProgressBar, QLabel, QPushButton]:
    """A progress bar, what is happening, and Cancel (hidden while idle)."""
    row = QWidget(parent)
    row.setObjectName("progressRow")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    bar = QProgressBar(row)
    bar.setObjectName("progressBar")
    bar.setMaximumWidth(row.fontMetrics().averageCharWidth() * 40)
    label = QLabel(row)
    label.setObjectName("progressLabel")
    label.setProperty("role", "muted")
    cancel = QPushButton(row)
    cancel.setObjectName("cancelButton")
    layout.addWidget(bar)
    layout.addWidget(label, 1)
    layout.addWidget(cancel)
    row.hide()
    return row, bar, label, cancel


def table_view(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    return view


def pair(parent: QWidget, caption: QLabel, field: QWidget) -> QWidget:
    """A caption and its field, kept on one line."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(caption)
    row.addWidget(field)
    return holder


class PreviewPageUi:
    """What the Returns and Consolidation pages share: the heading, the period and language
    of the return with Preview / Sign / E-mail, and the zoom bar of the preview."""

    preview: PreviewArea

    def _head(self, page: QWidget, outer: QVBoxLayout) -> None:
        """Title and introduction into *outer*; the period, language and action buttons made
        (the caller lays them out with its own)."""
        self.titleLabel = title_label(page)
        outer.addWidget(self.titleLabel)
        self.introLabel = intro_label(page)
        outer.addWidget(self.introLabel)
        self.periodCaption = QLabel(page)
        self.periodCombo = QComboBox(page)
        self.periodCombo.setObjectName("periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.languageCaption = QLabel(page)
        self.languageCombo = QComboBox(page)
        self.languageCombo.setObjectName("languageCombo")
        self.periodCaption.setBuddy(self.periodCombo)
        self.languageCaption.setBuddy(self.languageCombo)
        self.previewButton = QPushButton(icon("preview"), "", page)
        self.previewButton.setObjectName("previewButton")
        self.signButton = QPushButton(icon("sign"), "", page)
        self.signButton.setObjectName("signButton")
        self.emailButton = QPushButton(icon("mail"), "", page)
        self.emailButton.setObjectName("emailButton")

    def _zoom_bar(self, parent: QWidget, indent: int = 12) -> QWidget:
        """Zoom out, the zoom, zoom in, fit the width (shown with the pages)."""
        self.zoomBar = QWidget(parent)
        row = QHBoxLayout(self.zoomBar)
        row.setContentsMargins(indent, 0, 0, 0)
        row.setSpacing(4)
        self.zoomOutButton = QPushButton("−", self.zoomBar)
        self.zoomOutButton.setObjectName("zoomOutButton")
        self.zoomLabel = QLabel(self.zoomBar)
        self.zoomLabel.setObjectName("zoomLabel")
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoomLabel.setMinimumWidth(self.zoomLabel.fontMetrics().horizontalAdvance("%300 "))
        self.zoomInButton = QPushButton("+", self.zoomBar)
        self.zoomInButton.setObjectName("zoomInButton")
        self.fitButton = QPushButton(self.zoomBar)
        self.fitButton.setObjectName("fitButton")
        for widget in (self.zoomOutButton, self.zoomLabel, self.zoomInButton, self.fitButton):
            row.addWidget(widget)
        row.addStretch(1)
        self.zoomBar.hide()
        return self.zoomBar

    def connect_zoom(self, page: QWidget) -> None:
        """The zoom bar's buttons, and Ctrl++ / Ctrl+= / Ctrl+- / Ctrl+0 anywhere on *page*."""
        preview = self.preview
        self.zoomInButton.clicked.connect(preview.zoom_in)
        self.zoomOutButton.clicked.connect(preview.zoom_out)
        self.fitButton.clicked.connect(preview.fit_width)
        preview.zoom_changed.connect(lambda _zoom: self.show_zoom())
        for keys, action in (
            (QKeySequence.StandardKey.ZoomIn, preview.zoom_in),
            ("Ctrl+=", preview.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, preview.zoom_out),
            ("Ctrl+0", lambda: preview.set_zoom(1.0)),
        ):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def show_zoom(self) -> None:
        """The bar shows while there are pages, with the zoom in the language's format."""
        self.zoomBar.setVisible(bool(self.preview.page_labels))
        self.zoomLabel.setText(percent(self.preview.zoom))


class ReturnsUi(PreviewPageUi):
    def setup_ui(self, page: QWidget) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        self._head(page, outer)
        self.receiptButton = QPushButton(icon("receipt"), "", page)
        self.receiptButton.setObjectName("receiptButton")
        # the controls wrap onto a second line on a small screen or in a long language
        controls = flow_widget(
            page,
            [
                pair(page, self.periodCaption, self.periodCombo),
                pair(page, self.languageCaption, self.languageCombo),
                self.previewButton,
                self.signButton,
                self.emailButton,
                self.receiptButton,
                self._zoom_bar(page),
            ],
        )
        controls.setObjectName("returnsControls")
        outer.addWidget(controls)

        self.lockFrame = QFrame(page)
        self.lockFrame.setObjectName("lockFrame")
        lock = QHBoxLayout(self.lockFrame)
        lock.setContentsMargins(0, 0, 0, 0)
        self.lockIcon = QLabel(self.lockFrame)
        self.lockLabel = QLabel(self.lockFrame)
        self.lockLabel.setObjectName("lockLabel")
        self.lockLabel.setWordWrap(True)
        self.correctButton = QPushButton(icon("correct"), "", self.lockFrame)
        self.correctButton.setObjectName("correctButton")
        lock.addWidget(self.lockIcon, 0, Qt.AlignmentFlag.AlignTop)
        lock.addWidget(self.lockLabel, 1)
        lock.addWidget(self.correctButton)
        outer.addWidget(self.lockFrame)

        # what the body above decided on the period's return (a receipt imported)
        self.reviewLabel = QLabel(page)
        self.reviewLabel.setObjectName("reviewLabel")
        self.reviewLabel.setWordWrap(True)
        self.reviewLabel.hide()
        outer.addWidget(self.reviewLabel)

        self.noticeLabel = notice_label(page)
        outer.addWidget(self.noticeLabel)

        row = progress_row(page)
        self.progressRow, self.progressBar, self.progressLabel, self.cancelButton = row
        outer.addWidget(self.progressRow)

        self.splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.splitter.setChildrenCollapsible(False)
        self.preview = PreviewArea(self.splitter)
        listBox = QWidget(self.splitter)
        box = QVBoxLayout(listBox)
        box.setContentsMargins(0, 4, 0, 0)
        self.listLabel = QLabel(listBox)
        self.listLabel.setFont(scaled_font(page.font(), 1.05, QFont.Weight.DemiBold))
        box.addWidget(self.listLabel)
        self.returnsView = table_view(listBox, "returnsView")
        box.addWidget(self.returnsView)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(listBox)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)

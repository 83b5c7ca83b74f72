"""Evidence files of one cell: a small table (name, size, SHA-256) and its buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.flow_layout import flow_widget

COL_NAME, COL_SIZE, COL_SHA = range(3)
HORIZONTAL = Qt.Orientation.Horizontal
OBJECT_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def human_size(size: int) -> str:
    locale = QLocale()
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{locale.toString(size / 1024, 'f', 1)} KB"
    return f"{locale.toString(size / 1048576, 'f', 1)} MB"


class EvidenceModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.files: list[dict[str, Any]] = []

    def set_files(self, files: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.files = list(files)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.files[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return item["name"]
            if column == COL_SIZE:
                return human_size(item["size"])
            return item["sha256"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item['name']}\nSHA-256: {item['sha256']}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_NAME: self.tr("File"), COL_SIZE: self.tr("Size"), COL_SHA: "SHA-256"}.get(
            section
        )


class EvidenceBox(QWidget):
    attach_requested = Signal(list)  # list[Path]
    open_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = EvidenceModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("evidenceView")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SHA, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        sha_title = self.fontMetrics().horizontalAdvance("SHA-256") + 24  # a bold title
        header.resizeSection(COL_SHA, max(self.fontMetrics().averageCharWidth() * 12, sha_title))
        lines = self.fontMetrics().lineSpacing()
        self.view.setMinimumHeight(lines * 4 + 8)
        self.view.setMaximumHeight(lines * 7 + 8)
        self.sha_label = QLabel(self)
        self.sha_label.setObjectName("evidenceShaLabel")
        self.sha_label.setWordWrap(True)
        self.sha_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha_label.setProperty("role", "muted")
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "muted")
        self.attach_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        # the buttons wrap onto a second line in a narrow panel
        buttons = flow_widget(self, [self.attach_button, self.open_button, self.remove_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.sha_label)
        layout.addWidget(buttons)
        layout.addWidget(self.hint_label)
        self._connect_signals()
        self.retranslate()
        self._on_selection()
        # the column titles are bold: the columns as wide as their titles in this language
        bold = QFont(self.view.header().font())
        bold.setWeight(QFont.Weight.DemiBold)
        title = QFontMetrics(bold).horizontalAdvance(self.model.headerData(COL_SIZE, HORIZONTAL))
        self.view.header().setMinimumSectionSize(min(title + 24, 120))

    def _connect_signals(self) -> None:
        self.attach_button.clicked.connect(self._ask_files)
        self.open_button.clicked.connect(self._emit_open)
        self.remove_button.clicked.connect(self._emit_remove)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _index: self._emit_open())
        self.model.modelReset.connect(self._on_selection)

    def retranslate(self) -> None:
        from app.services.attachments import MAX_BYTES

        self.attach_button.setText(self.tr("Attach…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint_label.setText(
            self.tr("Drop photos or attendance lists here (at most %1 MB each).").replace(
                "%1", str(MAX_BYTES // 1048576)
            )
        )
        self._on_selection()

    def set_files(self, files: list[dict[str, Any]]) -> None:
        self.model.set_files(files)
        if files:
            self.view.setCurrentIndex(self.model.index(len(files) - 1, 0))

    def selected(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def _on_selection(self, *_args: Any) -> None:
        item = self.selected()
        self.open_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None and self.isEnabled())
        self.sha_label.setText(f"SHA-256: {item['sha256']}" if item is not None else "")
        self.sha_label.setVisible(item is not None)

    def _ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        if names:
            self.attach_requested.emit([Path(n) for n in names])

    def _emit_open(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_requested.emit(int(item["id"]))

    def _emit_remove(self) -> None:
        item = self.selected()
        if item is not None:
            self.remove_requested.emit(int(item["id"]))

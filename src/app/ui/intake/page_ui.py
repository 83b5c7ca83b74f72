"""The Intake page's widgets, laid out (the page wires and fills them)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon
from app.ui.intake.drop_zone import DropZone
from app.ui.returns.returns_ui import progress_row, table_view
from app.ui.style import scaled_font
from app.ui.widgets.page_frame import intro_label, title_label


class IntakePageUi:
    """The Intake page's widgets, laid out in code the way a Designer form would be; the
    page keeps one as ``self.ui``."""

    titleLabel: QLabel
    introLabel: QLabel
    periodCaption: QLabel
    periodCombo: QComboBox
    addFilesButton: QPushButton
    addFolderButton: QPushButton
    dropZone: DropZone
    progressRow: QWidget
    progressBar: QProgressBar
    progressLabel: QLabel
    cancelButton: QPushButton
    summaryLabel: QLabel
    linesView: QTableView

    def setup_ui(self, page: QWidget, model: QAbstractItemModel) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        self.titleLabel = title_label(page)
        outer.addWidget(self.titleLabel)
        self.introLabel = intro_label(page)
        outer.addWidget(self.introLabel)
        controls = QHBoxLayout()
        self.periodCaption = QLabel(page)
        self.periodCombo = QComboBox(page)
        self.periodCombo.setObjectName("periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addFilesButton = QPushButton(icon("add-files"), "", page)
        self.addFilesButton.setObjectName("addFilesButton")
        self.addFolderButton = QPushButton(icon("open"), "", page)
        self.addFolderButton.setObjectName("addFolderButton")
        for widget in (self.periodCaption, self.periodCombo):
            controls.addWidget(widget)
        controls.addSpacing(12)
        controls.addWidget(self.addFilesButton)
        controls.addWidget(self.addFolderButton)
        controls.addStretch(1)
        outer.addLayout(controls)
        self.dropZone = DropZone(page)
        outer.addWidget(self.dropZone)
        row = progress_row(page)
        self.progressRow, self.progressBar, self.progressLabel, self.cancelButton = row
        outer.addWidget(self.progressRow)
        self.summaryLabel = QLabel(page)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setFont(scaled_font(page.font(), 1.05, QFont.Weight.DemiBold))
        outer.addWidget(self.summaryLabel)
        self.linesView = table_view(page, "linesView")
        self.linesView.setModel(model)
        # in the order the files were read until the clerk sorts by a column
        self.linesView.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        outer.addWidget(self.linesView, 1)

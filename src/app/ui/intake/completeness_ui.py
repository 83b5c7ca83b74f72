"""The Completeness page's widgets, laid out (the page wires and fills them)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
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
from app.ui.intake.status_chart import StatusChart
from app.ui.intake.status_model import COL_STATE
from app.ui.returns.returns_ui import progress_row, table_view
from app.ui.widgets.page_frame import notice_label, title_label


class CompletenessPageUi:
    """The Completeness page's widgets, laid out in code the way a Designer form would be;
    the page keeps one as ``self.ui``."""

    titleLabel: QLabel
    periodCaption: QLabel
    periodCombo: QComboBox
    dueLabel: QLabel
    remindButton: QPushButton
    acceptButton: QPushButton
    sendBackButton: QPushButton
    noticeLabel: QLabel
    progressRow: QWidget
    progressBar: QProgressBar
    progressLabel: QLabel
    cancelButton: QPushButton
    statusChart: StatusChart
    statusView: QTableView

    def setup_ui(self, page: QWidget, model: QAbstractItemModel) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        self.titleLabel = title_label(page)
        outer.addWidget(self.titleLabel)
        controls = QHBoxLayout()
        self.periodCaption = QLabel(page)
        self.periodCombo = QComboBox(page)
        self.periodCombo.setObjectName("periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dueLabel = QLabel(page)
        self.dueLabel.setObjectName("dueLabel")
        self.dueLabel.setProperty("role", "muted")
        self.remindButton = QPushButton(icon("mail"), "", page)
        self.remindButton.setObjectName("remindButton")
        self.acceptButton = QPushButton(icon("state-ok"), "", page)
        self.acceptButton.setObjectName("acceptButton")
        self.sendBackButton = QPushButton(icon("correct"), "", page)
        self.sendBackButton.setObjectName("sendBackButton")
        for widget in (self.periodCaption, self.periodCombo):
            controls.addWidget(widget)
        controls.addSpacing(12)
        controls.addWidget(self.dueLabel)
        controls.addStretch(1)
        outer.addLayout(controls)
        self.noticeLabel = notice_label(page)
        outer.addWidget(self.noticeLabel)
        row = progress_row(page)
        self.progressRow, self.progressBar, self.progressLabel, self.cancelButton = row
        outer.addWidget(self.progressRow)
        self.statusChart = StatusChart(page)
        # the actions beside the chart, in the room it leaves (the period row stays short
        # enough for 1024×768 in every language)
        chart_row = QHBoxLayout()
        chart_row.addWidget(self.statusChart, 0, Qt.AlignmentFlag.AlignLeft)
        chart_row.addStretch(1)
        actions = QVBoxLayout()
        actions.addStretch(1)
        for button in (self.acceptButton, self.sendBackButton, self.remindButton):
            actions.addWidget(button)
        chart_row.addLayout(actions)
        outer.addLayout(chart_row)
        self.statusView = table_view(page, "statusView")
        self.statusView.setModel(model)
        # column widths measured on the first rows, not on 2,000
        for header in (self.statusView.horizontalHeader(), self.statusView.verticalHeader()):
            header.setResizeContentsPrecision(100)
        self.statusView.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)
        outer.addWidget(self.statusView, 1)

"""The Subordinates page's widgets, laid out (the page wires and fills them)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.focus import chain_tab_order
from app.ui.icons import icon
from app.ui.returns.returns_ui import pair, progress_row, table_view
from app.ui.subordinates.model import COL_CODE, COL_NAME
from app.ui.widgets.flow_layout import flow_widget
from app.ui.widgets.page_frame import intro_label, notice_label, title_label


class SubordinatesPageUi:
    """The Subordinates page's widgets, laid out in code the way a Designer form would be;
    the page keeps one as ``self.ui``."""

    titleLabel: QLabel
    introLabel: QLabel
    addButton: QPushButton
    editButton: QPushButton
    removeButton: QPushButton
    importButton: QPushButton
    trustButton: QPushButton
    trustMenu: QMenu
    trustFileAction: QAction
    trustReturnAction: QAction
    issueButton: QPushButton
    searchEdit: QLineEdit
    kindCaption: QLabel
    kindCombo: QComboBox
    stateCaption: QLabel
    stateCombo: QComboBox
    countLabel: QLabel
    noticeLabel: QLabel
    progressRow: QWidget
    progressBar: QProgressBar
    progressLabel: QLabel
    cancelButton: QPushButton
    splitter: QSplitter
    registryView: QTableView
    detailsBox: QWidget
    detailsLabel: QLabel

    def setup_ui(self, page: QWidget, model: QAbstractItemModel) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        self.titleLabel = title_label(page)
        outer.addWidget(self.titleLabel)
        self.introLabel = intro_label(page)
        outer.addWidget(self.introLabel)
        self.addButton = _button(page, "addButton", "add")
        self.editButton = _button(page, "editButton", "edit")
        self.removeButton = _button(page, "removeButton", "delete")
        self.importButton = _button(page, "importButton", "import")
        self.trustButton = _button(page, "trustButton", "key")
        self.trustMenu = QMenu(self.trustButton)
        self.trustFileAction = self.trustMenu.addAction("")
        self.trustReturnAction = self.trustMenu.addAction("")
        self.trustButton.setMenu(self.trustMenu)
        self.issueButton = _button(page, "issueButton", "identity")
        actions = flow_widget(
            page,
            [
                self.addButton,
                self.editButton,
                self.removeButton,
                self.importButton,
                self.trustButton,
                self.issueButton,
            ],
        )
        actions.setObjectName("subordinateActions")
        outer.addWidget(actions)
        self.searchEdit = QLineEdit(page)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.kindCaption = QLabel(page)
        self.kindCombo = QComboBox(page)
        self.kindCombo.setObjectName("kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stateCaption = QLabel(page)
        self.stateCombo = QComboBox(page)
        self.stateCombo.setObjectName("stateCombo")
        self.stateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kindCaption.setBuddy(self.kindCombo)
        self.stateCaption.setBuddy(self.stateCombo)
        self.countLabel = QLabel(page)
        self.countLabel.setObjectName("countLabel")
        self.countLabel.setProperty("role", "muted")
        filters = flow_widget(
            page,
            [
                self.searchEdit,
                pair(page, self.kindCaption, self.kindCombo),
                pair(page, self.stateCaption, self.stateCombo),
                self.countLabel,
            ],
        )
        filters.setObjectName("subordinateFilters")
        outer.addWidget(filters)
        self.noticeLabel = notice_label(page)
        outer.addWidget(self.noticeLabel)
        row = progress_row(page)
        self.progressRow, self.progressBar, self.progressLabel, self.cancelButton = row
        outer.addWidget(self.progressRow)
        self.splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.splitter.setChildrenCollapsible(False)
        self.registryView = table_view(self.splitter, "registryView")
        self.registryView.setSelectionMode(self.registryView.SelectionMode.ExtendedSelection)
        self.registryView.setModel(model)
        self.registryView.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.registryView.verticalHeader().setDefaultSectionSize(page.fontMetrics().height() + 10)
        header = self.registryView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.detailsBox = QWidget(self.splitter)
        box = QVBoxLayout(self.detailsBox)
        box.setContentsMargins(0, 4, 0, 0)
        self.detailsLabel = QLabel(self.detailsBox)
        self.detailsLabel.setObjectName("detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.detailsLabel, 1)
        self.splitter.addWidget(self.registryView)
        self.splitter.addWidget(self.detailsBox)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        outer.addWidget(self.splitter, 1)
        chain_tab_order(
            [
                self.addButton,
                self.editButton,
                self.removeButton,
                self.importButton,
                self.trustButton,
                self.issueButton,
                self.searchEdit,
                self.kindCombo,
                self.stateCombo,
                self.registryView,
            ]
        )


def _button(page: QWidget, name: str, icon_name: str) -> QPushButton:
    button = QPushButton(icon(icon_name), "", page)
    button.setObjectName(name)
    return button

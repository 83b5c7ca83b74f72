"""The Consolidation page's widgets, laid out in code the way a Designer form would be."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon
from app.ui.returns.preview import PreviewArea
from app.ui.returns.returns_ui import pair, progress_row, table_view, title_label
from app.ui.style import scaled_font
from app.ui.widgets.flow_layout import flow_widget


class ConsolidationUi:
    def setup_ui(self, page: QWidget) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        self.titleLabel = title_label(page)
        outer.addWidget(self.titleLabel)
        self.introLabel = QLabel(page)
        self.introLabel.setProperty("role", "muted")
        self.introLabel.setWordWrap(True)
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
        self.correctButton = QPushButton(icon("correct"), "", page)
        self.correctButton.setObjectName("correctButton")
        controls = flow_widget(
            page,
            [
                pair(page, self.periodCaption, self.periodCombo),
                pair(page, self.languageCaption, self.languageCombo),
                self.previewButton,
                self.signButton,
                self.emailButton,
                self.correctButton,
            ],
        )
        controls.setObjectName("consolidationControls")
        outer.addWidget(controls)

        self.summaryLabel = QLabel(page)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setFont(scaled_font(page.font(), 1.05, QFont.Weight.DemiBold))
        outer.addWidget(self.summaryLabel)
        self.totalsLabel = QLabel(page)
        self.totalsLabel.setObjectName("totalsLabel")
        self.totalsLabel.setWordWrap(True)
        outer.addWidget(self.totalsLabel)
        self.noticeLabel = QLabel(page)
        self.noticeLabel.setObjectName("noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.noticeLabel.hide()
        outer.addWidget(self.noticeLabel)
        row = progress_row(page)
        self.progressRow, self.progressBar, self.progressLabel, self.cancelButton = row
        outer.addWidget(self.progressRow)

        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("consolidationTabs")
        self.tabs.setDocumentMode(True)
        self.inputsView = table_view(self.tabs, "inputsView")
        self.figuresView = table_view(self.tabs, "figuresView")
        previewBox = QWidget(self.tabs)
        box = QVBoxLayout(previewBox)
        box.setContentsMargins(0, 6, 0, 0)
        self.zoomBar = QWidget(previewBox)
        zoom = QHBoxLayout(self.zoomBar)
        zoom.setContentsMargins(0, 0, 0, 0)
        self.zoomOutButton = QPushButton("−", self.zoomBar)
        self.zoomOutButton.setObjectName("zoomOutButton")
        self.zoomLabel = QLabel(self.zoomBar)
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoomLabel.setMinimumWidth(self.zoomLabel.fontMetrics().horizontalAdvance("%300 "))
        self.zoomInButton = QPushButton("+", self.zoomBar)
        self.zoomInButton.setObjectName("zoomInButton")
        self.fitButton = QPushButton(self.zoomBar)
        self.fitButton.setObjectName("fitButton")
        for widget in (self.zoomOutButton, self.zoomLabel, self.zoomInButton, self.fitButton):
            zoom.addWidget(widget)
        zoom.addStretch(1)
        self.zoomBar.hide()
        box.addWidget(self.zoomBar)
        self.preview = PreviewArea(previewBox)
        box.addWidget(self.preview, 1)
        self.signedView = table_view(self.tabs, "signedView")
        self.tabs.addTab(self.inputsView, icon("completeness"), "")
        self.tabs.addTab(self.figuresView, icon("progress"), "")
        self.tabs.addTab(previewBox, icon("preview"), "")
        self.tabs.addTab(self.signedView, icon("lock"), "")
        outer.addWidget(self.tabs, 1)

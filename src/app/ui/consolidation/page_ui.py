"""The Consolidation page's widgets, laid out in code the way a Designer form would be."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon
from app.ui.returns.preview import PreviewArea
from app.ui.returns.returns_ui import PreviewPageUi, pair, progress_row, table_view
from app.ui.style import scaled_font
from app.ui.widgets.flow_layout import flow_widget
from app.ui.widgets.page_frame import notice_label


class ConsolidationUi(PreviewPageUi):
    def setup_ui(self, page: QWidget) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        self._head(page, outer)
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
        self.noticeLabel = notice_label(page)
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
        box.addWidget(self._zoom_bar(previewBox, indent=0))
        self.preview = PreviewArea(previewBox)
        box.addWidget(self.preview, 1)
        self.signedView = table_view(self.tabs, "signedView")
        self.tabs.addTab(self.inputsView, icon("completeness"), "")
        self.tabs.addTab(self.figuresView, icon("progress"), "")
        self.tabs.addTab(previewBox, icon("preview"), "")
        self.tabs.addTab(self.signedView, icon("lock"), "")
        outer.addWidget(self.tabs, 1)

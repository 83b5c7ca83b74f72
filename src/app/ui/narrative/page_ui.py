"""The Narrative page's widgets, laid out (the page wires and fills them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.icons import pixmap
from app.ui.narrative.editors import SectionEditors
from app.ui.style import ACCENT_TEXT
from app.ui.widgets.page_frame import title_label


class NarrativePageUi:
    """The Narrative page's widgets, laid out in code the way a Designer form would be; the
    page keeps one as ``self.ui``."""

    titleLabel: QLabel
    periodCaption: QLabel
    periodCombo: QComboBox
    savedLabel: QLabel
    lockBanner: QFrame
    lockIcon: QLabel
    lockText: QLabel
    hintLabel: QLabel
    sectionEditors: SectionEditors

    def setup_ui(self, page: QWidget) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 14, 16, 12)
        top = QHBoxLayout()
        self.titleLabel = title_label(page)
        self.periodCaption = QLabel(page)
        self.periodCombo = QComboBox(page)
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.savedLabel = QLabel(page)
        self.savedLabel.setObjectName("savedIndicator")
        top.addWidget(self.titleLabel)
        top.addSpacing(16)
        top.addWidget(self.periodCaption)
        top.addWidget(self.periodCombo)
        top.addStretch(1)
        top.addWidget(self.savedLabel)
        outer.addLayout(top)
        self.lockBanner = QFrame(page)
        self.lockBanner.setObjectName("card")
        banner_layout = QHBoxLayout(self.lockBanner)
        banner_layout.setContentsMargins(12, 8, 12, 8)
        self.lockIcon = QLabel(self.lockBanner)
        self.lockIcon.setPixmap(pixmap("period-locked", 20, ACCENT_TEXT, page.devicePixelRatioF()))
        self.lockText = QLabel(self.lockBanner)
        self.lockText.setWordWrap(True)
        banner_layout.addWidget(self.lockIcon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.lockText, 1)
        self.lockBanner.hide()
        outer.addWidget(self.lockBanner)
        self.hintLabel = QLabel(page)
        self.hintLabel.setProperty("role", "muted")
        self.hintLabel.setWordWrap(True)
        outer.addWidget(self.hintLabel)
        self.sectionEditors = SectionEditors(page)
        outer.addWidget(self.sectionEditors, 1)

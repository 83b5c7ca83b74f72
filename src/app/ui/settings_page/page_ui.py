"""The widgets of the Settings page, laid out (the page wires and fills them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.dashboard.cards import Card
from app.ui.dashboard.palette import error_label
from app.ui.settings_page.outline import OutlineEditor
from app.ui.settings_page.profile import ProfileForm
from app.ui.settings_page.reporting import ReportingPanel
from app.ui.widgets.page_frame import scrolled_column, title_label

MAX_WIDTH_CHARS = 130


class SettingsPageUi:
    """The Settings page's widgets, laid out in code the way a Designer form would be; the
    page keeps one as ``self.ui``."""

    titleLabel: QLabel
    profileCard: Card
    profileForm: ProfileForm
    profileError: QLabel
    profileStatus: QLabel
    profileSaveButton: QPushButton
    reportingCard: Card
    reportingPanel: ReportingPanel
    reportingError: QLabel
    outlineCard: Card
    outlineEditor: OutlineEditor
    outlineError: QLabel
    outlineStatus: QLabel
    identityCard: Card
    identityArea: QWidget
    identityLayout: QVBoxLayout

    def setup_ui(self, page: QWidget) -> None:
        _scroll, column, layout = scrolled_column(page, MAX_WIDTH_CHARS, 12)
        self.titleLabel = title_label(column, page.font())
        layout.addWidget(self.titleLabel)

        self.profileCard = Card(column)
        self.profileForm = ProfileForm(self.profileCard)
        self.profileCard.body.addWidget(self.profileForm)
        self.profileError, self.profileStatus, self.profileSaveButton = _save_row(self.profileCard)
        layout.addWidget(self.profileCard)

        self.reportingCard = Card(column)
        self.reportingPanel = ReportingPanel(self.reportingCard)
        self.reportingCard.body.addWidget(self.reportingPanel)
        self.reportingError = error_label(self.reportingCard)
        self.reportingCard.body.addWidget(self.reportingError)
        layout.addWidget(self.reportingCard)

        self.outlineCard = Card(column)
        self.outlineEditor = OutlineEditor(self.outlineCard)
        self.outlineCard.body.addWidget(self.outlineEditor)
        self.outlineError = error_label(self.outlineCard)
        self.outlineStatus = QLabel(self.outlineCard)
        self.outlineStatus.hide()
        self.outlineCard.body.addWidget(self.outlineError)
        self.outlineCard.body.addWidget(self.outlineStatus)
        layout.addWidget(self.outlineCard)

        # Signing identity: the page puts the identity panel into identityArea.
        self.identityCard = Card(column)
        self.identityCard.setObjectName("card")
        self.identityArea = QWidget(self.identityCard)
        self.identityArea.setObjectName("identityArea")
        self.identityLayout = QVBoxLayout(self.identityArea)
        self.identityLayout.setContentsMargins(0, 0, 0, 0)
        self.identityCard.body.addWidget(self.identityArea)
        layout.addWidget(self.identityCard)
        layout.addStretch(1)


def _save_row(card: Card) -> tuple[QLabel, QLabel, QPushButton]:
    error = error_label(card)
    row = QHBoxLayout()
    status = QLabel(card)
    button = QPushButton(card)
    row.addWidget(error, 1)
    row.addStretch(1)
    row.addWidget(status)
    row.addWidget(button)
    card.body.addLayout(row)
    return error, status, button

"""A page whose part of PlanDesk is not built yet: its icon, what it will do, "coming soon"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont

from app.ui.generated.ui_coming_soon_page import Ui_ComingSoonPage
from app.ui.icons import pixmap
from app.ui.pages.base import Page
from app.ui.style import ACCENT, scaled_font

ICON_SIZE = 72


class ComingSoonPage(Page):
    """Subclasses give :meth:`title` and :meth:`description`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComingSoonPage()
        self.ui.setupUi(self)
        self.ui.badgeLabel.setWordWrap(False)
        self.ui.cardLayout.setAlignment(self.ui.badgeLabel, Qt.AlignmentFlag.AlignHCenter)
        self._apply_fonts()
        self._render_icon()
        self.retranslate()

    def description(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.titleLabel.setText(self.title())
        self.ui.descriptionLabel.setText(self.description())
        self.ui.badgeLabel.setText(self.tr("Coming in a later version"))

    def _apply_fonts(self) -> None:
        base = self.font()
        self.ui.titleLabel.setFont(scaled_font(base, 1.6, QFont.Weight.DemiBold))
        self.ui.descriptionLabel.setFont(scaled_font(base, 1.1))
        metrics = self.ui.descriptionLabel.fontMetrics()
        self.ui.card.setMaximumWidth(metrics.averageCharWidth() * 70)
        self.ui.card.setMinimumWidth(metrics.averageCharWidth() * 54)

    def _render_icon(self) -> None:
        ratio = self.devicePixelRatioF()
        self.ui.iconLabel.setPixmap(pixmap(self.icon_name, ICON_SIZE, ACCENT, ratio))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._render_icon()
        super().changeEvent(event)

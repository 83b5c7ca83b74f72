"""The Intake page (coming in a later version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.pages.coming_soon import ComingSoonPage


class IntakePage(ComingSoonPage):
    name = "intake"
    icon_name = "intake"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("IntakePage", "Intake")

    def description(self) -> str:
        return self.tr(
            "For directorates: drop in the returns received from subordinate institutions. "
            "Their signatures are checked and every version is kept."
        )

"""The Completeness page (coming in a later version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.pages.coming_soon import ComingSoonPage


class CompletenessPage(ComingSoonPage):
    name = "completeness"
    icon_name = "completeness"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CompletenessPage", "Completeness")

    def description(self) -> str:
        return self.tr(
            "For directorates: see who has sent the return of a period, who is late and who "
            "is missing, and consolidate the returns into your own."
        )

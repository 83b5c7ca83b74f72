"""The Returns page (coming in a later version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.pages.coming_soon import ComingSoonPage


class ReturnsPage(ComingSoonPage):
    name = "returns"
    icon_name = "returns"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReturnsPage", "Returns")

    def description(self) -> str:
        return self.tr(
            "Prepare the return of a period as a signed PDF and Excel file in your language, "
            "together with an e-mail ready to send."
        )

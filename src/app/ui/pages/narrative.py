"""The Narrative page (coming in a later version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.pages.coming_soon import ComingSoonPage


class NarrativePage(ComingSoonPage):
    name = "narrative"
    icon_name = "narrative"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NarrativePage", "Narrative")

    def description(self) -> str:
        return self.tr(
            "Write the free-text sections of a return, such as results, difficulties and "
            "proposals, following the outline your directorate asks for."
        )

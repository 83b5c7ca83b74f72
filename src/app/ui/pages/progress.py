"""The Progress page (coming in a later version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.pages.coming_soon import ComingSoonPage


class ProgressPage(ComingSoonPage):
    name = "progress"
    icon_name = "progress"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ProgressPage", "Progress")

    def description(self) -> str:
        return self.tr(
            "Mark the progress of every activity period by period: status, date done, "
            "participants and the reason when it was not done, in a grid as quick as a "
            "spreadsheet."
        )

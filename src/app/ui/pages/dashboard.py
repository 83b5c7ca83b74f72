"""The Dashboard page (coming in a later version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.pages.coming_soon import ComingSoonPage


class DashboardPage(ComingSoonPage):
    name = "dashboard"
    icon_name = "dashboard"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DashboardPage", "Dashboard")

    def description(self) -> str:
        return self.tr(
            "An overview of the current period at a glance: activities done and still open, "
            "events held, people reached and the next return due."
        )

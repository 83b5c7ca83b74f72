"""The Events page (coming in a later version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.pages.coming_soon import ComingSoonPage


class EventsPage(ComingSoonPage):
    name = "events"
    icon_name = "events"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EventsPage", "Events")

    def description(self) -> str:
        return self.tr(
            "Log what was actually held: seminars, trainings, round tables and campaigns, "
            "with date, venue, partners and participants, linked to the activities of the "
            "plan."
        )

"""The Settings page (coming in a later version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.pages.coming_soon import ComingSoonPage


class SettingsPage(ComingSoonPage):
    name = "settings"
    icon_name = "settings"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsPage", "Settings")

    def description(self) -> str:
        return self.tr(
            "Your institution's profile, the signing certificate, backups and the language of "
            "the returns you send."
        )

"""The pages of the main window, one module each, in navigation order.

The window lists every page (navigation, View menu) from :data:`PAGES` but imports and
builds a page only when it is first shown: start-up pays for the Plan page alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    """A page as navigation knows it, before its module is imported."""

    name: str
    module: str
    class_name: str
    title: Callable[[], str]  # translated, in the page class's own context
    shortcut: bool = True  # Ctrl+<number> in the View menu (the first nine pages shown)
    directorate: bool = False  # shown only to an institution others report to

    @property
    def icon_name(self) -> str:
        return self.name

    def load(self) -> type[Page]:
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class


PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "dashboard",
        "app.ui.pages.dashboard",
        "DashboardPage",
        lambda: QCoreApplication.translate("DashboardPage", "Dashboard"),
    ),
    PageEntry(
        "plan",
        "app.ui.pages.plan",
        "PlanPage",
        lambda: QCoreApplication.translate("PlanPage", "Plan"),
    ),
    PageEntry(
        "progress",
        "app.ui.pages.progress",
        "ProgressPage",
        lambda: QCoreApplication.translate("ProgressPage", "Progress"),
    ),
    PageEntry(
        "events",
        "app.ui.pages.events",
        "EventsPage",
        lambda: QCoreApplication.translate("EventsPage", "Events"),
    ),
    PageEntry(
        "narrative",
        "app.ui.pages.narrative",
        "NarrativePage",
        lambda: QCoreApplication.translate("NarrativePage", "Narrative"),
    ),
    PageEntry(
        "returns",
        "app.ui.pages.returns",
        "ReturnsPage",
        lambda: QCoreApplication.translate("ReturnsPage", "Returns"),
    ),
    PageEntry(
        "subordinates",
        "app.ui.pages.subordinates",
        "SubordinatesPage",
        lambda: QCoreApplication.translate("SubordinatesPage", "Subordinates"),
        directorate=True,
    ),
    PageEntry(
        "intake",
        "app.ui.pages.intake",
        "IntakePage",
        lambda: QCoreApplication.translate("IntakePage", "Intake"),
        directorate=True,
    ),
    PageEntry(
        "completeness",
        "app.ui.pages.completeness",
        "CompletenessPage",
        lambda: QCoreApplication.translate("CompletenessPage", "Completeness"),
        directorate=True,
    ),
    PageEntry(
        "consolidation",
        "app.ui.pages.consolidation",
        "ConsolidationPage",
        lambda: QCoreApplication.translate("ConsolidationPage", "Consolidation"),
        directorate=True,
    ),
    PageEntry(
        "settings",
        "app.ui.pages.settings",
        "SettingsPage",
        lambda: QCoreApplication.translate("SettingsPage", "Settings"),
    ),
    PageEntry(
        "welcome",
        "app.ui.pages.welcome",
        "WelcomePage",
        lambda: QCoreApplication.translate("WelcomePage", "Getting started"),
        shortcut=False,
    ),
)
PAGE_NAMES = tuple(entry.name for entry in PAGES)


def page_title(name: str) -> str:
    return next(entry.title() for entry in PAGES if entry.name == name)


__all__ = ["PAGES", "PAGE_NAMES", "PageEntry", "page_title"]

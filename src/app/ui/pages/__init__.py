"""The pages of the main window, one module each, in navigation order."""

from __future__ import annotations

from app.ui.pages.base import Page
from app.ui.pages.completeness import CompletenessPage
from app.ui.pages.dashboard import DashboardPage
from app.ui.pages.events import EventsPage
from app.ui.pages.intake import IntakePage
from app.ui.pages.narrative import NarrativePage
from app.ui.pages.plan import PlanPage
from app.ui.pages.progress import ProgressPage
from app.ui.pages.returns import ReturnsPage
from app.ui.pages.settings import SettingsPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    DashboardPage,
    PlanPage,
    ProgressPage,
    EventsPage,
    NarrativePage,
    ReturnsPage,
    IntakePage,
    CompletenessPage,
    SettingsPage,
)
PAGE_NAMES = tuple(cls.name for cls in PAGE_CLASSES)

__all__ = ["PAGE_CLASSES", "PAGE_NAMES", "Page"]

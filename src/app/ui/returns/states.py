"""How a state word is shown: a translated label, a colour and an icon (never colour alone)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from app.ui.icons import pixmap

GREEN, AMBER, RED, GREY, BLUE, PLUM = (
    "#1f7a4d",
    "#a15c00",
    "#b42318",
    "#667085",
    "#3a56b0",
    "#8e3b9e",
)

# state word -> (colour, icon name)
LOOK: dict[str, tuple[str, str]] = {
    # returns made here
    "signed": (GREEN, "lock"),
    "superseded": (GREY, "state-version"),
    "draft": (AMBER, "sign"),
    # intake outcomes
    "accepted": (GREEN, "state-ok"),
    "late": (AMBER, "state-late"),
    "new version": (BLUE, "state-version"),
    "duplicate": (GREY, "state-duplicate"),
    "rejected": (RED, "state-rejected"),
    "skipped": (GREY, "state-missing"),
    # completeness
    "submitted": (GREEN, "state-ok"),
    "missing": (GREY, "state-missing"),
    "overdue": (PLUM, "state-overdue"),
    # a subordinate's certificate
    "expired": (RED, "state-rejected"),
    "expires soon": (AMBER, "state-late"),
}


def state_label(state: str) -> str:
    labels = {
        "signed": QCoreApplication.translate("States", "Signed"),
        "superseded": QCoreApplication.translate("States", "Superseded"),
        "draft": QCoreApplication.translate("States", "Draft"),
        "accepted": QCoreApplication.translate("States", "Accepted"),
        "late": QCoreApplication.translate("States", "Late"),
        "new version": QCoreApplication.translate("States", "New version"),
        "duplicate": QCoreApplication.translate("States", "Duplicate"),
        "rejected": QCoreApplication.translate("States", "Rejected"),
        "skipped": QCoreApplication.translate("States", "Skipped"),
        "submitted": QCoreApplication.translate("States", "Submitted"),
        "missing": QCoreApplication.translate("States", "Missing"),
        "overdue": QCoreApplication.translate("States", "Overdue"),
    }
    return labels.get(state, state)


def state_colour(state: str) -> QColor:
    return QColor(LOOK.get(state, (GREY, ""))[0])


@cache
def state_icon(state: str, ratio: float = 1.0) -> QIcon:
    colour, name = LOOK.get(state, (GREY, "state-missing"))
    result = QIcon()
    for size in (16, 20, 24):
        drawn = pixmap(name, size, colour, ratio)
        # the same picture in a selected row: Qt's tinted one vanishes in the highlight
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
            result.addPixmap(drawn, mode)
    return result

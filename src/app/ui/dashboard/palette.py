"""Colours of the status charts, due dates and inline messages of the dashboard, events,
narrative and settings pages (the calm palette of ``app.ui.style``, plus status hues)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.style import ACCENT, MUTED

DONE = "#2f8f5b"
IN_PROGRESS = "#d49a2a"
NOT_DONE = "#c0453a"
MARKED_PLANNED = "#6b84a8"  # the status "planned" (the grid's ink for it, lighter)
OPEN = "#c9cdd8"
OVERDUE = "#b42318"
SOON = "#a15c00"
SIGNED = "#1f7a4d"
LATER = MUTED
EVENTS = ACCENT
PARTICIPANTS = "#2e6fb0"
ERROR = "#b42318"
OK = "#1f7a4d"


def tint(label: QLabel, colour: str) -> None:
    """Colour a label's text through its palette (no inline style sheet)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def error_label(parent: QWidget | None = None, *, reserve: bool = False) -> QLabel:
    """A hidden, word-wrapped label for an inline error message.

    *reserve*: its line is kept while it is hidden, so the fields below do not move when a
    message comes and goes (the clerk's next click lands where it was aimed)."""
    label = QLabel(parent)
    label.setObjectName("inlineError")
    label.setWordWrap(True)
    tint(label, ERROR)
    if reserve:
        label.setMinimumHeight(label.fontMetrics().lineSpacing())
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))

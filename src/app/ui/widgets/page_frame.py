"""The parts every page's widgets start with: its title, and for the long form pages a
scrolled column of readable width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.style import scaled_font


def title_label(parent: QWidget, base: QFont | None = None) -> QLabel:
    """The page's title: 1.25 × *base* (the parent's font when not given), demi-bold."""
    label = QLabel(parent)
    label.setObjectName("titleLabel")
    label.setProperty("role", "pageTitle")
    label.setFont(scaled_font(base or parent.font(), 1.25, QFont.Weight.DemiBold))
    return label


def scrolled_column(
    page: QWidget, max_width_chars: int, spacing: int
) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A frameless scroll area filling *page*, holding one column at most *max_width_chars*
    average characters wide, and the column's layout."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    column = QWidget()
    column.setBackgroundRole(QPalette.ColorRole.Window)
    column.setMaximumWidth(page.fontMetrics().averageCharWidth() * max_width_chars)
    scroll.setWidget(column)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(16, 14, 16, 16)
    layout.setSpacing(spacing)
    return scroll, column, layout


def intro_label(parent: QWidget) -> QLabel:
    """The muted sentence under a page's title saying what the page is for."""
    label = QLabel(parent)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def notice_label(parent: QWidget) -> QLabel:
    """A page's notice (what just happened, or why nothing can): selectable, hidden until
    there is one."""
    label = QLabel(parent)
    label.setObjectName("noticeLabel")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label

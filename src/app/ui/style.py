"""The look: Fusion with a light, calm palette and a small style sheet.

Colours live here and nowhere else; widgets pick them up through object names and dynamic
properties (``role="..."``), never through inline style sheets.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#5b3fa6"  # violet, the colour of the campaigns against violence towards women
ACCENT_SOFT = "#ece6f8"
ACCENT_TEXT = "#3f2a7c"
WINDOW = "#f5f6f9"
SURFACE = "#ffffff"
BORDER = "#dfe2ea"
TEXT = "#1f2430"
MUTED = "#5f6677"
NAV_BG = "#eeecf6"
GOAL_BG = "#ece6f8"
SUBGOAL_BG = "#f6f3fc"
GRID = "#e7e9f0"
ICON = "#475569"

QSS = f"""
QListWidget#navList {{
    background: {NAV_BG};
    border: none;
    border-right: 1px solid {BORDER};
    padding: 10px 0px;
    outline: 0;
}}
QListWidget#navList::item {{
    color: {TEXT};
    padding: 8px 14px 8px 14px;
    margin: 1px 8px;
    border-radius: 6px;
    border-left: 3px solid transparent;
}}
QListWidget#navList::item:hover {{
    background: #e3dff2;
}}
QListWidget#navList::item:selected {{
    background: {SURFACE};
    color: {ACCENT_TEXT};
    border-left: 3px solid {ACCENT};
    font-weight: 600;
}}
QFrame#headerStrip {{
    background: {SURFACE};
    border: none;
    border-bottom: 1px solid {BORDER};
}}
QLabel#institutionLabel, QLabel#periodCaptionLabel {{
    color: {MUTED};
}}
QLabel#planTitleLabel {{
    color: {TEXT};
    font-weight: 600;
}}
QLabel#periodLabel {{
    color: {ACCENT_TEXT};
    font-weight: 600;
}}
QLabel[role="pageTitle"] {{
    color: {TEXT};
    font-weight: 600;
}}
QLabel[role="muted"] {{
    color: {MUTED};
}}
QLabel[role="footnotes"] {{
    color: {MUTED};
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 6px;
    padding: 8px 12px;
}}
QFrame#card {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 12px;
}}
QLabel[role="badge"] {{
    color: {ACCENT_TEXT};
    background: {ACCENT_SOFT};
    border-radius: 10px;
    padding: 4px 12px;
}}
QTreeView {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 6px;
    selection-background-color: #d9cff3;
    selection-color: {TEXT};
}}
QTableView, QListView {{
    selection-background-color: #d9cff3;
    selection-color: {TEXT};
}}
QHeaderView::section {{
    background: #f0f1f5;
    color: {TEXT};
    border: none;
    border-right: 1px solid {GRID};
    border-bottom: 1px solid {BORDER};
    padding: 6px 8px;
    font-weight: 600;
}}
QLineEdit {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 6px;
    padding: 5px 8px;
}}
QLineEdit:focus {{
    border: 2px solid {ACCENT};
    padding: 4px 7px;
}}
QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {ACCENT};
}}
QAbstractItemView:focus {{
    border: 2px solid {ACCENT};
}}
QListWidget#navList:focus {{
    border: none;
    border-right: 1px solid {BORDER};
}}
QListWidget#navList::item:focus {{
    border: 2px solid {ACCENT};
}}
QPushButton {{
    background: {SURFACE};
    color: {TEXT};
    border: 1px solid #c9cdd8;
    border-radius: 6px;
    padding: 5px 12px;
}}
QPushButton:hover {{
    background: {ACCENT_SOFT};
}}
QPushButton:pressed, QPushButton:checked {{
    background: #d9cff3;
}}
QPushButton:focus {{
    border: 2px solid {ACCENT};
    padding: 4px 11px;
}}
QPushButton:disabled {{
    color: #9aa0ad;
    background: #f1f2f6;
    border: 1px dashed {BORDER};
}}
QPushButton:flat {{
    border: none;
    background: transparent;
}}
QPushButton:flat:focus {{
    border: 2px solid {ACCENT};
}}
QPushButton[role="primary"] {{
    background: {ACCENT};
    color: #ffffff;
    border: 1px solid {ACCENT};
}}
QPushButton[role="primary"]:hover {{
    background: {ACCENT_TEXT};
}}
QPushButton[role="primary"]:focus {{
    border: 2px solid {ACCENT_TEXT};
    padding: 4px 11px;
}}
QPushButton[role="step"]:checked {{
    background: {ACCENT_SOFT};
    color: {ACCENT_TEXT};
    border: 1px solid {ACCENT};
    font-weight: 600;
}}
QPushButton[role="step"]:checked:focus {{
    border: 2px solid {ACCENT};
}}
QFrame#setupCard {{
    background: #fff8eb;
    border: 1px solid #f0d9a8;
    border-radius: 8px;
}}
QToolButton {{
    border: 1px solid {BORDER};
    border-radius: 6px;
    padding: 4px 10px;
    background: {SURFACE};
}}
QToolButton:hover {{
    background: {ACCENT_SOFT};
}}
QToolButton:focus {{
    border: 2px solid {ACCENT};
    padding: 3px 9px;
}}
QToolButton:disabled {{
    background: transparent;
    border: 1px dashed {BORDER};
}}
QToolButton#qt_toolbar_ext_button {{
    padding: 0px;
    border: none;
    background: {ACCENT_SOFT};
}}
QStatusBar {{
    background: {WINDOW};
    color: {MUTED};
    border-top: 1px solid {BORDER};
}}
QStatusBar QLabel {{
    color: {MUTED};
    padding: 2px 10px;
}}
"""


def light_palette() -> QPalette:
    """A light palette even when the system is in dark mode (the QSS assumes light)."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f7f8fb",
        QPalette.ColorRole.ToolTipBase: "#fffef5",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a90a0",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#f1f2f6",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#eceef3",
        QPalette.ColorRole.Mid: "#c9cdd8",
        QPalette.ColorRole.Dark: "#a3a9b8",
        QPalette.ColorRole.Shadow: "#6b7080",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.LinkVisited: ACCENT_TEXT,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa0ad"))
    return pal


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    app.setStyleSheet(QSS)


def scaled_font(base: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """*base* scaled by *factor* (point sizes follow the user's DPI and font settings)."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if weight is not None:
        font.setWeight(weight)
    return font

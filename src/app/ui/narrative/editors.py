"""One plain-text editor per section of the narrative outline, in a scrolling column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from app.ui.style import scaled_font

MIN_LINES = 6


class SectionEditors(QScrollArea):
    """Emits ``edited(key)`` when the clerk changes a section's text."""

    edited = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.titles: dict[str, QLabel] = {}
        self._loading = False
        self._column = QWidget()
        self._column.setBackgroundRole(QPalette.ColorRole.Window)
        self._layout = QVBoxLayout(self._column)
        self._layout.setContentsMargins(0, 0, 8, 0)
        self._layout.setSpacing(6)
        self.setWidget(self._column)

    def show_sections(self, sections: list[tuple[str, str, str]], read_only: bool) -> None:
        """(key, title, body) of each section, in outline order."""
        self._loading = True
        try:
            while self._layout.count():
                item = self._layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            self.editors.clear()
            self.titles.clear()
            title_font = scaled_font(self.font(), 1.1, QFont.Weight.DemiBold)
            lines = self.fontMetrics().lineSpacing()
            for key, title, body in sections:
                label = QLabel(title, self._column)
                label.setFont(title_font)
                editor = QPlainTextEdit(self._column)
                editor.setObjectName(f"section_{key}")
                editor.setPlainText(body)
                editor.setReadOnly(read_only)
                editor.setTabChangesFocus(True)
                editor.setMinimumHeight(lines * MIN_LINES)
                label.setBuddy(editor)
                editor.textChanged.connect(lambda key=key: self._on_changed(key))
                self._layout.addWidget(label)
                self._layout.addWidget(editor, 1)
                self._layout.addSpacing(8)
                self.editors[key] = editor
                self.titles[key] = label
        finally:
            self._loading = False

    def _on_changed(self, key: str) -> None:
        if not self._loading:
            self.edited.emit(key)

    def text(self, key: str) -> str:
        return self.editors[key].toPlainText()

    def set_placeholder(self, text: str) -> None:
        for editor in self.editors.values():
            editor.setPlaceholderText(text)

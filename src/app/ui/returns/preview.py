"""The return's first pages as images (rendered by pdftoppm), or a calm message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class PreviewArea(QScrollArea):
    """Pages stacked top to bottom, centred; a message when there is nothing to show."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QWidget(self)
        inner.setObjectName("previewInner")
        self._layout = QVBoxLayout(inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.message = QLabel(inner)
        self.message.setObjectName("previewMessage")
        self.message.setProperty("role", "muted")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumHeight(self.fontMetrics().height() * 6)
        self._layout.addWidget(self.message)
        self.setWidget(inner)
        self.page_labels: list[QLabel] = []

    def show_message(self, text: str) -> None:
        self._clear_pages()
        self.message.setText(text)
        self.message.show()

    def show_pages(self, images: list[bytes], caption: str) -> None:
        self._clear_pages()
        self.message.setText(caption)
        self.message.setMinimumHeight(0)
        self.message.setVisible(bool(caption))
        for png in images:
            image = QPixmap()
            image.loadFromData(png, "PNG")
            label = QLabel(self.widget())
            label.setObjectName("previewPage")
            label.setPixmap(image)
            label.setFrameShape(QFrame.Shape.Box)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)

    def _clear_pages(self) -> None:
        for label in self.page_labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self.message.setMinimumHeight(self.fontMetrics().height() * 6)

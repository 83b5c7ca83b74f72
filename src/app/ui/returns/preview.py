"""The return's first pages as images (rendered by pdftoppm), or a calm message.

The pages are rendered finer than they are shown (``jobs.render_dpi``) and scaled for the
screen's device pixel ratio: sharp on a ×2 screen. Zoom from 50 % to 300 % (the buttons,
Ctrl+plus / Ctrl+minus / Ctrl+0, Ctrl+wheel); 100 % is a page at 70 dpi.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QWheelEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.services.preview import PREVIEW_DPI

ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)


class PreviewArea(QScrollArea):
    """Pages stacked top to bottom, centred; a message when there is nothing to show."""

    zoom_changed = Signal(float)

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
        self._images: list[QImage] = []
        self._dpi = PREVIEW_DPI
        self.zoom = 1.0

    def show_message(self, text: str) -> None:
        self._clear_pages()
        self.message.setText(text)
        self.message.show()
        self.zoom_changed.emit(self.zoom)  # no pages: the zoom's buttons go

    def show_pages(self, images: list[bytes], caption: str, dpi: int = PREVIEW_DPI) -> None:
        self._clear_pages()
        self.message.setText(caption)
        self.message.setMinimumHeight(0)
        self.message.setVisible(bool(caption))
        self._dpi = dpi
        for png in images:
            image = QImage()
            image.loadFromData(png, "PNG")
            self._images.append(image)
            label = QLabel(self.widget())
            label.setObjectName("previewPage")
            label.setFrameShape(QFrame.Shape.Box)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self._show_zoom()

    def page_width(self) -> int:
        """The shown width of a page, in logical pixels (0 without pages)."""
        if not self._images:
            return 0
        return round(self._images[0].width() * PREVIEW_DPI / self._dpi * self.zoom)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(ZOOMS[-1], max(ZOOMS[0], zoom))
        self._show_zoom()
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 0.01), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 0.01), ZOOMS[0]))

    def fit_width(self) -> None:
        if self._images:
            room = self.viewport().width() - 2 * self._layout.contentsMargins().left() - 4
            natural = self._images[0].width() * PREVIEW_DPI / self._dpi
            self.set_zoom(room / natural)

    def _show_zoom(self) -> None:
        ratio = self.devicePixelRatioF()
        for image, label in zip(self._images, self.page_labels, strict=True):
            logical = round(image.width() * PREVIEW_DPI / self._dpi * self.zoom)
            scaled = image.scaledToWidth(
                max(1, round(logical * ratio)), Qt.TransformationMode.SmoothTransformation
            )
            pixmap = QPixmap.fromImage(scaled)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._images:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    def _clear_pages(self) -> None:
        for label in self.page_labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self._images = []
        self.message.setMinimumHeight(self.fontMetrics().height() * 6)

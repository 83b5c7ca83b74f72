"""The widgets around the grid: title, filter and search, lock banner, messages, legend."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon
from app.ui.progress.symbols import (
    BANNER_FILL,
    ERROR_INK,
    LOCKED_INK,
    LOOKS,
    STATUS_ORDER,
    status_word,
    symbol,
)
from app.ui.style import scaled_font
from app.ui.widgets.flow_layout import flow_widget

FILTER_IDS = ("all", "not_done", "missing_reason", "overdue")
FLASH_MS = 1200
DETAILS_CHARS = 46


def _tint(widget: QWidget, ink: str, fill: str | None = None) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ink))
    if fill is not None:
        palette.setColor(QPalette.ColorRole.Window, QColor(fill))
        widget.setAutoFillBackground(True)
    widget.setPalette(palette)


class PageParts(QObject):
    """Builds the page's layout around *view* and *details*; keeps their texts."""

    def __init__(self, page: QWidget, view: QWidget, details: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.title_label = QLabel(page)
        self.title_label.setProperty("role", "pageTitle")
        self.title_label.setFont(scaled_font(page.font(), 1.25, QFont.Weight.DemiBold))
        self.filter_combo = QComboBox(page)
        self.filter_combo.setObjectName("progressFilter")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for which in FILTER_IDS:
            self.filter_combo.addItem("", which)
        self.search_edit = QLineEdit(page)
        self.search_edit.setObjectName("progressSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(page.fontMetrics().averageCharWidth() * 30)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.filter_combo)
        top.addWidget(self.search_edit)
        self.banner = QLabel(page)
        self.banner.setObjectName("lockBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(10, 6, 10, 6)
        _tint(self.banner, LOCKED_INK, BANNER_FILL)
        self.error_label = QLabel(page)
        self.error_label.setObjectName("gridError")
        self.error_label.setWordWrap(True)
        _tint(self.error_label, ERROR_INK)
        self.error_label.hide()
        self.details_area = QScrollArea(page)
        self.details_area.setObjectName("detailsArea")
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setWidget(details)
        char = page.fontMetrics().averageCharWidth()
        self.details_area.setMinimumWidth(char * 34)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(view)
        self.splitter.addWidget(self.details_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([10_000, char * DETAILS_CHARS])
        self.empty_label = QLabel(page)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "muted")
        self.stack = QStackedWidget(page)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_label)
        self.legend = self._build_legend(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)

    def _build_legend(self, page: QWidget) -> QWidget:
        """The status words with their symbols and keys, then the other keys; the line
        wraps on a small screen."""
        self._legend_words: dict[str, QLabel] = {}
        side = page.fontMetrics().height()
        items: list[QWidget] = []
        for status in STATUS_ORDER:
            item = QWidget(page)
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, side // 2, 0)
            row.setSpacing(4)
            mark = QLabel(item)
            mark.setPixmap(symbol(status, side, page.devicePixelRatioF()))
            word = QLabel(item)
            _tint(word, LOOKS[status].ink)
            row.addWidget(mark)
            row.addWidget(word)
            self._legend_words[status] = word
            items.append(item)
        self.keys_label = QLabel(page)
        self.keys_label.setProperty("role", "muted")
        self.keys_label.setWordWrap(True)
        items.append(self.keys_label)
        legend = flow_widget(page, items)
        layout = legend.layout()
        assert layout is not None  # flow_widget gives it its flow layout
        layout.setContentsMargins(0, 4, 0, 0)
        return legend

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Progress"))
        texts = (
            self.tr("All activities"),
            self.tr("Not done"),
            self.tr("Missing reason"),
            self.tr("Overdue"),
        )
        for n, text in enumerate(texts):
            self.filter_combo.setItemText(n, text)
        self.filter_combo.setToolTip(self.tr("Show only the activities with such a period"))
        self.search_edit.setPlaceholderText(self.tr("Find…"))
        self.search_edit.setToolTip(self.tr("Finds activities by code or text (Ctrl+F)"))
        keys = {
            "planned": "L",
            "in_progress": "P",
            "done": "D",
            "not_done": "N",
            "not_applicable": "A",
        }
        for status, word in self._legend_words.items():
            word.setText(f"{status_word(status)} ({keys[status]})")
        self.keys_label.setText(
            self.tr("Del clears · Enter opens the details · Shift+arrows select more cells")
        )

    def show_state(self, has_rows: bool, state: str) -> None:
        if has_rows or state == "loading":
            self.stack.setCurrentWidget(self.splitter)
        else:
            self.stack.setCurrentWidget(self.empty_label)
            self.empty_label.setText(
                self.tr("No database is open. Open one with File → Open database….")
                if state == "closed"
                else self.tr(
                    "There is no plan in this database yet. Create or import it on the Plan page."
                )
            )
        self.legend.setVisible(has_rows)
        for widget in (self.filter_combo, self.search_edit):
            widget.setEnabled(has_rows)

    def emphasize_banner(self) -> None:
        """An edit of a locked period was tried: the banner (the one place that says why)
        draws the eye for a moment instead of a second message saying the same."""
        if not self.banner.isVisible():
            return
        _tint(self.banner, "#ffffff", LOCKED_INK)
        banner = self.banner
        QTimer.singleShot(FLASH_MS, banner, lambda: _tint(banner, LOCKED_INK, BANNER_FILL))

    def show_banner(self, texts: list[str]) -> None:
        self.banner.setText("\n".join(texts))
        self.banner.setVisible(bool(texts))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

"""The widgets of the Progress page around the grid and the details panel, laid out (the
page wires, fills and words them): title, filter and search, lock banner, messages, legend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
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
    symbol,
)
from app.ui.widgets.flow_layout import flow_widget
from app.ui.widgets.page_frame import title_label

FILTER_IDS = ("all", "not_done", "missing_reason", "overdue")
DETAILS_CHARS = 46


def tint(widget: QWidget, ink: str, fill: str | None = None) -> None:
    """Colour a widget's text (and its background, when *fill* is given) by its palette."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ink))
    if fill is not None:
        palette.setColor(QPalette.ColorRole.Window, QColor(fill))
        widget.setAutoFillBackground(True)
    widget.setPalette(palette)


class ProgressPageUi:
    """The Progress page's widgets, laid out in code the way a Designer form would be; the
    page keeps one as ``self.ui``."""

    titleLabel: QLabel
    filterCombo: QComboBox
    searchEdit: QLineEdit
    lockBanner: QLabel
    errorLabel: QLabel
    detailsArea: QScrollArea
    splitter: QSplitter
    emptyLabel: QLabel
    stack: QStackedWidget
    legend: QWidget
    legendWords: dict[str, QLabel]  # status word -> its label in the legend
    keysLabel: QLabel

    def setup_ui(self, page: QWidget, view: QWidget, details: QWidget) -> None:
        """Title row, banner and message, the grid *view* beside the *details* panel (or the
        empty page's sentence), the legend."""
        self.titleLabel = title_label(page)
        self.filterCombo = QComboBox(page)
        self.filterCombo.setObjectName("progressFilter")
        self.filterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for which in FILTER_IDS:
            self.filterCombo.addItem("", which)
        self.searchEdit = QLineEdit(page)
        self.searchEdit.setObjectName("progressSearch")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.searchEdit.setMinimumWidth(page.fontMetrics().averageCharWidth() * 30)
        top = QHBoxLayout()
        top.addWidget(self.titleLabel)
        top.addStretch(1)
        top.addWidget(self.filterCombo)
        top.addWidget(self.searchEdit)
        self.lockBanner = QLabel(page)
        self.lockBanner.setObjectName("lockBanner")
        self.lockBanner.setWordWrap(True)
        self.lockBanner.setContentsMargins(10, 6, 10, 6)
        tint(self.lockBanner, LOCKED_INK, BANNER_FILL)
        self.errorLabel = QLabel(page)
        self.errorLabel.setObjectName("gridError")
        self.errorLabel.setWordWrap(True)
        tint(self.errorLabel, ERROR_INK)
        self.errorLabel.hide()
        self.detailsArea = QScrollArea(page)
        self.detailsArea.setObjectName("detailsArea")
        self.detailsArea.setWidgetResizable(True)
        self.detailsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsArea.setWidget(details)
        char = page.fontMetrics().averageCharWidth()
        self.detailsArea.setMinimumWidth(char * 34)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(view)
        self.splitter.addWidget(self.detailsArea)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([10_000, char * DETAILS_CHARS])
        self.emptyLabel = QLabel(page)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty("role", "muted")
        self.stack = QStackedWidget(page)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.emptyLabel)
        self.legend = self._legend(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.lockBanner)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)

    def _legend(self, page: QWidget) -> QWidget:
        """The status words with their symbols and keys, then the other keys; the line
        wraps on a small screen."""
        self.legendWords = {}
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
            tint(word, LOOKS[status].ink)
            row.addWidget(mark)
            row.addWidget(word)
            self.legendWords[status] = word
            items.append(item)
        self.keysLabel = QLabel(page)
        self.keysLabel.setProperty("role", "muted")
        self.keysLabel.setWordWrap(True)
        items.append(self.keysLabel)
        legend = flow_widget(page, items)
        layout = legend.layout()
        assert layout is not None  # flow_widget gives it its flow layout
        layout.setContentsMargins(0, 4, 0, 0)
        return legend

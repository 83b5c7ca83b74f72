"""The filter bar above the events table: period, activity, kind, words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QWidget

from app.ui.events.common import kind_text
from app.ui.icons import icon
from app.ui.widgets.flow_layout import FlowLayout

FILTER_DELAY_MS = 150


class EventFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self)  # on a small screen the search box goes to its own line
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.period_combo = QComboBox(self)
        self.activity_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        for combo in (self.period_combo, self.activity_combo, self.kind_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 34)
            layout.addWidget(combo)
        self.text_edit = QLineEdit(self)
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.text_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        layout.addWidget(self.text_edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.text_edit.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.period_combo, self.activity_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._periods: list[tuple[str, str, date, date]] = []
        self._activities: list[str] = []
        self._kinds: list[str] = []
        self.retranslate()

    def set_choices(
        self,
        periods: list[tuple[str, str, date, date]],
        activities: list[str],
        kinds: list[str],
    ) -> None:
        """Periods as (key, label, start, end); activity codes; kind words."""
        self._periods, self._activities, self._kinds = periods, activities, kinds
        self._fill()

    def _fill(self) -> None:
        wanted = (
            self.period_combo.currentData(),
            self.activity_combo.currentData(),
            self.kind_combo.currentData(),
        )
        combos = (self.period_combo, self.activity_combo, self.kind_combo)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.period_combo.addItem(self.tr("All periods"), "")
        for key, label, _start, _end in self._periods:
            self.period_combo.addItem(label or key, key)
        self.activity_combo.addItem(self.tr("All activities"), "")
        for code in self._activities:
            self.activity_combo.addItem(code, code)
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for kind in self._kinds:
            self.kind_combo.addItem(kind_text(kind), kind)
        for combo, value in zip(combos, wanted, strict=True):
            index = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def retranslate(self) -> None:
        self.text_edit.setPlaceholderText(self.tr("Find…"))
        self.text_edit.setToolTip(
            self.tr("Finds events by title, venue, organiser, partners or description (Ctrl+F)")
        )
        self.period_combo.setToolTip(self.tr("Period"))
        self.activity_combo.setToolTip(self.tr("Activity"))
        self.kind_combo.setToolTip(self.tr("Kind"))
        self._fill()

    def periods(self) -> list[tuple[str, str, date, date]]:
        return list(self._periods)

    def select_period(self, key: str) -> None:
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(key)))

    def date_window(self) -> tuple[date, date] | None:
        key = self.period_combo.currentData()
        for k, _label, start, end in self._periods:
            if k == key:
                return start, end
        return None

    def values(self) -> dict[str, Any]:
        self._timer.stop()
        return {
            "window": self.date_window(),
            "activity": self.activity_combo.currentData() or "",
            "kind": self.kind_combo.currentData() or "",
            "text": self.text_edit.text(),
        }

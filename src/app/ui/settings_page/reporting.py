"""Reporting scheme, the due-date rule and per-period due dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import Scheme
from app.ui.settings_page.periods_model import COL_PERIOD, PeriodsModel
from app.ui.widgets.flow_layout import flow_widget


def scheme_names() -> dict[Scheme, str]:
    """Each reporting scheme in words (the Settings page, the new-plan dialog)."""
    return {
        Scheme.QUARTER: QCoreApplication.translate("ReportingPanel", "Quarters"),
        Scheme.FOUR_MONTH: QCoreApplication.translate(
            "ReportingPanel", "Four-month periods (I/II/III)"
        ),
        Scheme.HALF_YEAR: QCoreApplication.translate("ReportingPanel", "Half-years"),
        Scheme.MONTH: QCoreApplication.translate("ReportingPanel", "Months"),
        Scheme.YEAR: QCoreApplication.translate("ReportingPanel", "A year"),
        Scheme.CUSTOM: QCoreApplication.translate("ReportingPanel", "Custom windows (campaign)"),
    }


class ReportingPanel(QWidget):
    scheme_chosen = Signal(str)
    due_days_chosen = Signal(int)
    reset_due_requested = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scheme_label = QLabel(self)
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.days_label = QLabel(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(0, 365)
        self.days_button = QPushButton(self)
        self.scheme_label.setBuddy(self.scheme_combo)
        self.days_label.setBuddy(self.days_spin)
        # the scheme and the due-date rule side by side, one under the other when narrow
        scheme = QWidget(self)
        scheme_row = QHBoxLayout(scheme)
        scheme_row.setContentsMargins(0, 0, 0, 0)
        scheme_row.addWidget(self.scheme_label)
        scheme_row.addWidget(self.scheme_combo)
        days = QWidget(self)
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.days_label, self.days_spin, self.days_button):
            days_row.addWidget(widget)
        layout.addWidget(flow_widget(self, [scheme, days], spacing=20))
        self.model = PeriodsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PERIOD, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        below = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.reset_button = QPushButton(self)
        below.addWidget(self.hint, 1)
        below.addWidget(self.reset_button)
        layout.addLayout(below)
        self._scheme = ""
        self.scheme_combo.activated.connect(self._on_scheme)
        self.days_button.clicked.connect(lambda: self.due_days_chosen.emit(self.days_spin.value()))
        self.reset_button.clicked.connect(self._on_reset)
        self.retranslate()

    def retranslate(self) -> None:
        self.scheme_label.setText(self.tr("Reporting scheme"))
        self.days_label.setText(self.tr("Return due"))
        self.days_spin.setSuffix(" " + self.tr("days after the period ends"))
        self.days_button.setText(self.tr("Apply"))
        self.reset_button.setText(self.tr("Back to the rule"))
        self.hint.setText(
            self.tr(
                "Double-click a due date to set it by hand; “Back to the rule” returns the "
                "selected period to the rule."
            )
        )
        names = scheme_names()
        self.scheme_combo.blockSignals(True)
        self.scheme_combo.clear()
        for scheme, name in names.items():
            self.scheme_combo.addItem(name, scheme.value)
        self.scheme_combo.blockSignals(False)
        self.show_scheme(self._scheme)

    def fit_table(self) -> None:
        """As tall as its rows (up to 12), so short schemes leave no empty box."""
        rows = max(1, min(self.model.rowCount(), 12))
        row_h = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * row_h + 2 * self.table.frameWidth() + 2)

    def show_scheme(self, scheme: str) -> None:
        self._scheme = scheme
        self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(scheme)))

    def _on_scheme(self, _index: int) -> None:
        chosen = str(self.scheme_combo.currentData())
        if chosen != self._scheme:
            self.scheme_chosen.emit(chosen)

    def _on_reset(self) -> None:
        key = self.model.key_at(self.table.currentIndex().row())
        if key:
            self.reset_due_requested.emit(key)

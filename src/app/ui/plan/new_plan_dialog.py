"""Start a plan by hand: its title, year and reporting periods (the items are typed after)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.domain.periods import Scheme
from app.ui.dashboard.palette import error_label, show_problem
from app.ui.settings_page.reporting import scheme_names

MIN_YEAR, MAX_YEAR = 1990, 2100  # as app.services.plan_setup


class NewPlanDialog(QDialog):
    """Title, year and scheme of a new, empty plan; OK only with a title."""

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The plan's title and its reporting periods. Goals and activities are typed "
                "in the table afterwards; the periods can be changed in Settings until "
                "something is recorded in them."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("planTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Action plan against violence 2025"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("planYearSpin")
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue((today or date.today()).year)
        self.year_spin.setGroupSeparatorShown(False)
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setObjectName("planSchemeCombo")
        for scheme, name in scheme_names().items():
            if scheme is not Scheme.CUSTOM:  # a campaign window needs its dates: Settings
                self.scheme_combo.addItem(name, scheme.value)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(Scheme.QUARTER.value))
        title_label = QLabel(self.tr("&Title"), self)
        title_label.setBuddy(self.title_edit)
        year_label = QLabel(self.tr("&Year"), self)
        year_label.setBuddy(self.year_spin)
        scheme_label = QLabel(self.tr("&Reporting periods"), self)
        scheme_label.setBuddy(self.scheme_combo)
        form.addRow(title_label, self.title_edit)
        self.title_error = error_label(self, reserve=True)
        form.addRow("", self.title_error)
        form.addRow(year_label, self.year_spin)
        form.addRow(scheme_label, self.scheme_combo)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Start the plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda _t: show_problem(self.title_error, ""))
        self.setTabOrder(self.title_edit, self.year_spin)
        self.setTabOrder(self.year_spin, self.scheme_combo)
        self.setTabOrder(self.scheme_combo, self.ok_button)
        self.title_edit.setFocus()

    def title(self) -> str:
        return self.title_edit.text().strip()

    def year(self) -> int:
        return self.year_spin.value()

    def scheme(self) -> str:
        return str(self.scheme_combo.currentData())

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and not self.title():
            show_problem(self.title_error, self.tr("The plan needs a title."))
            self.title_edit.setFocus()
            return
        super().done(result)

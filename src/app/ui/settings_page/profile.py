"""The institution profile form, with e-mail addresses and the code checked as typed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.ui.dashboard.palette import error_label, show_problem
from app.ui.focus import chain_tab_order
from app.ui.i18n import LANGUAGES, NATIVE_NAMES

if TYPE_CHECKING:
    from app.services.institutions import InstitutionProfile

# the rows of the two-column layout
PAIRS: list[tuple[str, str | None]] = [
    ("name", "code"),
    ("kind", "language"),
    ("head_name", "head_title"),
    ("email", None),
    ("parent_code", "parent_name"),
    ("parent_email", None),
]
# the order Tab walks: across each row, row after row (as the fields are laid out)
TAB_ORDER = (
    "name",
    "code",
    "kind",
    "language",
    "head_name",
    "head_title",
    "email",
    "parent_code",
    "parent_name",
    "parent_email",
)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CODE = re.compile(r"^[\w.\-/]{1,64}$")


class ProfileForm(QWidget):
    """Fields in two columns; :meth:`validate` shows problems under their field."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.kind_combo = QComboBox(self)
        self.language_combo = QComboBox(self)
        for combo in (self.kind_combo, self.language_combo):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached by Tab everywhere
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        for key in TAB_ORDER:
            field: QWidget
            if key == "kind":
                field = self.kind_combo
            elif key == "language":
                field = self.language_combo
            else:
                edit = QLineEdit(self)
                edit.setObjectName(f"{key}Edit")
                edit.textChanged.connect(self._on_edited)
                self.edits[key] = edit
                field = edit
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            self.errors[key] = error_label(self, reserve=True)
        self.two_columns: bool | None = None
        self._place(two_columns=True)
        self.kind_combo.currentIndexChanged.connect(self._on_edited)
        self.language_combo.currentIndexChanged.connect(self._on_edited)
        self._loading = False
        chain_tab_order(self.tab_chain())
        self.retranslate()

    def _place(self, two_columns: bool) -> None:
        """The fields in two columns (pairs side by side) or, in a narrow window, in one."""
        if two_columns == self.two_columns:
            return
        self.two_columns = two_columns
        grid = self.grid
        for key in TAB_ORDER:
            for widget in (self.labels[key], self.field(key), self.errors[key]):
                grid.removeWidget(widget)
        rows = PAIRS if two_columns else [(key, None) for key in TAB_ORDER]
        row = 0
        for pair in rows:
            for col, shown in enumerate(pair):
                if shown is None:
                    continue
                grid.addWidget(self.labels[shown], row, col * 2)
                grid.addWidget(self.field(shown), row, col * 2 + 1)
                grid.addWidget(self.errors[shown], row + 1, col * 2 + 1)
            row += 2
        for column in range(4):
            grid.setColumnStretch(
                column, 1 if column in (1, 3) and (two_columns or column == 1) else 0
            )

    def minimumSizeHint(self) -> QSize:
        """One column's width: a narrow window puts the fields one under the other."""
        label = max((lb.sizeHint().width() for lb in self.labels.values()), default=0)
        field = max(self.kind_combo.sizeHint().width(), self.fontMetrics().averageCharWidth() * 24)
        return QSize(label + 10 + field, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        label = max((lb.sizeHint().width() for lb in self.labels.values()), default=0)
        field = max(self.kind_combo.sizeHint().width(), self.fontMetrics().averageCharWidth() * 24)
        self._place(two_columns=event.size().width() >= 2 * (label + field) + 30)
        super().resizeEvent(event)

    def field(self, key: str) -> QWidget:
        if key == "kind":
            return self.kind_combo
        if key == "language":
            return self.language_combo
        return self.edits[key]

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab walks them."""
        return [self.field(key) for key in TAB_ORDER]

    def retranslate(self) -> None:
        words = {
            "name": self.tr("Name"),
            "code": self.tr("Code"),
            "kind": self.tr("Kind"),
            "language": self.tr("Language of returns"),
            "head_name": self.tr("Head's name"),
            "head_title": self.tr("Head's title"),
            "email": self.tr("E-mail"),
            "parent_code": self.tr("Reports to (code)"),
            "parent_name": self.tr("Reports to (name)"),
            "parent_email": self.tr("Their e-mail"),
        }
        for key, label in self.labels.items():
            label.setText(words[key])
        kinds = {
            "school": self.tr("School"),
            "district": self.tr("District directorate"),
            "province": self.tr("Provincial directorate"),
            "ministry": self.tr("Ministry"),
            "directorate": self.tr("Directorate"),
            "commission": self.tr("Commission"),
            "union": self.tr("Trade union"),
            "other": self.tr("Other"),
        }
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        from app.services.institutions import KINDS

        for kind in KINDS:
            self.kind_combo.addItem(kinds.get(kind, kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)
        self.edits["code"].setPlaceholderText(self.tr("e.g. MEB-10"))
        self.edits["parent_code"].setPlaceholderText(self.tr("empty: reports to nobody"))

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self.validate(show_all=False)
            self.edited.emit()

    def load(self, profile: InstitutionProfile, parent_name: str, parent_email: str) -> None:
        self._loading = True
        try:
            for key in ("name", "code", "head_name", "head_title", "email", "parent_code"):
                self.edits[key].setText(getattr(profile, key))
            self.edits["parent_name"].setText(parent_name)
            self.edits["parent_email"].setText(parent_email)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(profile.kind)))
            language = self.language_combo.findData(profile.language)
            self.language_combo.setCurrentIndex(max(0, language))
        finally:
            self._loading = False
        self.validate(show_all=False)

    def value(self, key: str) -> str:
        return self.edits[key].text().strip()

    def profile(self) -> InstitutionProfile:
        from app.services.institutions import InstitutionProfile

        return InstitutionProfile(
            code=self.value("code"),
            name=self.value("name"),
            kind=str(self.kind_combo.currentData()),
            parent_code=self.value("parent_code"),
            language=str(self.language_combo.currentData()),
            head_name=self.value("head_name"),
            head_title=self.value("head_title"),
            email=self.value("email"),
        )

    def validate(self, show_all: bool = True) -> bool:
        problems: dict[str, str] = {}
        for key in ("email", "parent_email"):
            text = self.value(key)
            if text and not EMAIL.match(text):
                problems[key] = self.tr("“{text}” is not an e-mail address.").format(text=text)
        code = self.value("code")
        if code and not CODE.match(code):
            problems["code"] = self.tr("Use letters, digits and . - / _ only (up to 64).")
        if show_all:
            if not code:
                problems["code"] = self.tr("The institution needs a code.")
            if not self.value("name"):
                problems["name"] = self.tr("The institution needs a name.")
        if code and code == self.value("parent_code"):
            problems["parent_code"] = self.tr("An institution cannot report to itself.")
        for key, label in self.errors.items():
            show_problem(label, problems.get(key, ""))
        return not problems

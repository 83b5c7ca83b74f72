"""The side panel: every field of the selected plan item, each edit committed on its own.

A line is committed when it loses the focus or on Enter; a text box on focus-out or on
Enter (Shift+Enter starts a new line). Each commit is one signal, which the page turns
into one undo command; the panel never writes to the database itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.focus import chain_tab_order
from app.ui.formats import fill
from app.ui.plan.planned_model import COL_TEXT, PlannedPeriodsModel
from app.ui.style import scaled_font

if TYPE_CHECKING:
    from app.domain.plan import ItemRow
    from app.ui.workspace import PeriodInfo

LINE_FIELDS = ("code", "responsible", "partners", "target_text", "target_unit")
TEXT_FIELDS = ("description", "not_planned_reason", "notes")
ACTIVITY_ONLY = ("responsible", "partners", "target_text", "target", "planned", "reason")
KINDS = ("goal", "subgoal", "activity")
PERIOD_NAME_CHARS = 22


class CommitTextEdit(QPlainTextEdit):
    """A text box that says ``committed`` on focus-out and on Enter."""

    committed = Signal()
    finished = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.committed.emit()
            self.finished.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit()
        super().focusOutEvent(event)


class DetailsPanel(QWidget):
    """``field_edited(item id, field, value)``, ``planned_edited(item id, key, text|None)``;
    ``finished`` when Enter or Escape says the clerk is done here (back to the tree)."""

    field_edited = Signal(int, str, object)
    planned_edited = Signal(int, str, object)
    finished = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDetailsPanel")
        self._row: ItemRow | None = None
        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        self.heading.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.lines: dict[str, QLineEdit] = {name: QLineEdit(self) for name in LINE_FIELDS}
        self.texts: dict[str, CommitTextEdit] = {name: CommitTextEdit(self) for name in TEXT_FIELDS}
        for name, widget in (*self.lines.items(), *self.texts.items()):
            widget.setObjectName(f"{name}Edit")
        for box in self.texts.values():
            box.setTabChangesFocus(True)
        self.texts["description"].setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.texts["notes"].setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.texts["not_planned_reason"].setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("targetValueEdit")
        validator = QDoubleValidator(0.0, 1e12, 3, self.value_edit)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.value_edit.setValidator(validator)
        self.marks_edit = QLineEdit(self)
        self.marks_edit.setObjectName("footnoteMarksEdit")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for kind in KINDS:
            self.kind_combo.addItem("", kind)
        self.planned_model = PlannedPeriodsModel(self)
        self.planned_view = QTableView(self)
        self.planned_view.setObjectName("plannedView")
        self.planned_view.setModel(self.planned_model)
        self.planned_view.verticalHeader().hide()
        self.planned_view.horizontalHeader().setSectionResizeMode(
            COL_TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.planned_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.planned_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # long period names ("2021 yılı I. Dört Aylık Dönem") are elided; the tooltip has all
        self.planned_view.horizontalHeader().setMaximumSectionSize(
            self.fontMetrics().averageCharWidth() * PERIOD_NAME_CHARS
        )
        self._build_layout()
        self._connect_signals()
        self.retranslate()
        self.show_item(None, [])

    def _build_layout(self) -> None:
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("code", self.lines["code"]),
            ("kind", self.kind_combo),
            ("description", self.texts["description"]),
            ("responsible", self.lines["responsible"]),
            ("partners", self.lines["partners"]),
            ("target_text", self.lines["target_text"]),
            ("target", self._pair(self.value_edit, self.lines["target_unit"])),
            ("planned", self.planned_view),
            ("marks", self.marks_edit),
            ("reason", self.texts["not_planned_reason"]),
            ("notes", self.texts["notes"]),
        ]
        for key, widget in rows:
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 4, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addStretch(1)
        # Tab walks the fields as they are laid out, top to bottom (not in the order they
        # were made: Description would lead to "Reason if not carried out")
        chain_tab_order(
            [
                self.lines["code"],
                self.kind_combo,
                self.texts["description"],
                self.lines["responsible"],
                self.lines["partners"],
                self.lines["target_text"],
                self.value_edit,
                self.lines["target_unit"],
                self.planned_view,
                self.marks_edit,
                self.texts["not_planned_reason"],
                self.texts["notes"],
            ]
        )

    def _pair(self, left: QWidget, right: QWidget) -> QWidget:
        box = QWidget(self)
        row = QFormLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.value_label = QLabel(box)
        self.unit_label = QLabel(box)
        row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        row.addRow(self.value_label, left)
        row.addRow(self.unit_label, right)
        return box

    def _connect_signals(self) -> None:
        for name, line in self.lines.items():
            line.editingFinished.connect(lambda name=name: self._commit_line(name))
            line.returnPressed.connect(self.finished)
        for name, box in self.texts.items():
            box.committed.connect(lambda name=name: self._commit_text(name))
            box.finished.connect(self.finished)
        for line in (self.value_edit, self.marks_edit):
            line.returnPressed.connect(self.finished)
        self.value_edit.editingFinished.connect(self._commit_value)
        self.marks_edit.editingFinished.connect(self._commit_marks)
        self.kind_combo.activated.connect(self._commit_kind)
        self.planned_model.edited.connect(self._on_planned)

    # -- showing ---------------------------------------------------------------------------
    @property
    def item_id(self) -> int | None:
        return self._row.id if self._row is not None else None

    def show_item(self, row: ItemRow | None, periods: list[PeriodInfo]) -> None:
        """Show *row* (None: nothing selected). Typing in progress is not committed here."""
        self._row = row
        for widget in (*self.lines.values(), *self.texts.values()):
            widget.blockSignals(True)
        try:
            for name, line in self.lines.items():
                line.setText(str(getattr(row, name)) if row is not None else "")
                line.setCursorPosition(0)
            for name, box in self.texts.items():
                box.setPlainText(str(getattr(row, name)) if row is not None else "")
            value = row.target_value if row is not None else None
            self.value_edit.setText(self._number(value))
            self.marks_edit.setText(", ".join(row.footnote_marks) if row is not None else "")
            kind = row.kind if row is not None else "activity"
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
            self.planned_model.set_item(periods, dict(row.planned) if row is not None else {})
        finally:
            for widget in (*self.lines.values(), *self.texts.values()):
                widget.blockSignals(False)
        activity = row is None or row.kind == "activity"
        for key in ACTIVITY_ONLY:
            self.form.setRowVisible(self.labels[key].buddy(), activity)
        self.setEnabled(row is not None)
        view = self.planned_view
        view.resizeRowsToContents()
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += sum(max(view.rowHeight(r), view.sizeHintForRow(r)) for r in range(len(periods)))
        view.setFixedHeight(height + 2)
        self.planned_view.resizeColumnToContents(0)
        self._show_heading()

    def _show_heading(self) -> None:
        row = self._row
        if row is None:
            self.heading.setText(self.tr("No item selected"))
            self.hint.setText(self.tr("Select a row of the plan to see and edit its details."))
            self.hint.show()
        else:
            self.heading.setText(fill(self.tr("%1 %2"), self.kind_name(row.kind), row.code))
            self.hint.hide()

    def kind_name(self, kind: str) -> str:
        names = {
            "goal": self.tr("Goal"),
            "subgoal": self.tr("Sub-goal"),
            "activity": self.tr("Activity"),
        }
        return names.get(kind, kind)

    def _number(self, value: float | None) -> str:
        if value is None:
            return ""
        return QLocale().toString(value, "g", 12)

    # -- committing ----------------------------------------------------------------------
    def _emit(self, name: str, value: Any) -> None:
        if self._row is not None:
            self.field_edited.emit(self._row.id, name, value)

    def _commit_line(self, name: str) -> None:
        if self._row is not None and self.lines[name].text().strip() != getattr(self._row, name):
            self._emit(name, self.lines[name].text().strip())

    def _commit_text(self, name: str) -> None:
        text = self.texts[name].toPlainText().strip()
        if self._row is not None and text != getattr(self._row, name):
            self._emit(name, text)

    def _commit_value(self) -> None:
        text = self.value_edit.text().strip()
        value: float | None = None
        if text:
            number, ok = QLocale().toDouble(text)
            value = number if ok else None
            if not ok:
                return
        if self._row is not None and value != self._row.target_value:
            self._emit("target_value", value)

    def _commit_marks(self) -> None:
        marks = [m.strip() for m in self.marks_edit.text().replace(";", ",").split(",")]
        marks = [m for m in marks if m]
        if self._row is not None and marks != list(self._row.footnote_marks):
            self._emit("footnote_marks", marks)

    def _commit_kind(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        if self._row is not None and kind != self._row.kind:
            self._emit("kind", kind)

    def _on_planned(self, key: str, text: str | None) -> None:
        if self._row is not None:
            self.planned_edited.emit(self._row.id, key, text)

    def focus_description(self) -> None:
        box = self.texts["description"]
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    # -- language --------------------------------------------------------------------------
    def field_label(self, name: str) -> str:
        """The field's name for undo texts ("Edit description of 2.1.4")."""
        names = {
            "code": self.tr("code"),
            "kind": self.tr("kind"),
            "description": self.tr("description"),
            "responsible": self.tr("responsible"),
            "partners": self.tr("partners"),
            "target_text": self.tr("target"),
            "target_value": self.tr("target value"),
            "target_unit": self.tr("target unit"),
            "footnote_marks": self.tr("footnote marks"),
            "not_planned_reason": self.tr("reason"),
            "notes": self.tr("notes"),
        }
        return names.get(name, name)

    def retranslate(self) -> None:
        texts = {
            "code": self.tr("&Code"),
            "kind": self.tr("&Kind"),
            "description": self.tr("&Description"),
            "responsible": self.tr("&Responsible"),
            "partners": self.tr("&Partners"),
            "target_text": self.tr("&Target (as written)"),
            "target": self.tr("Target in numbers"),
            "planned": self.tr("Planned in periods (tick; type the planned date)"),
            "marks": self.tr("&Footnote marks (e.g. 1, 2)"),
            "reason": self.tr("Reason if &not carried out"),
            "notes": self.tr("N&otes"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.value_label.setText(self.tr("&Value"))
        self.value_label.setBuddy(self.value_edit)
        self.unit_label.setText(self.tr("&Unit"))
        self.unit_label.setBuddy(self.lines["target_unit"])
        for i, kind in enumerate(KINDS):
            self.kind_combo.setItemText(i, self.kind_name(kind))
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

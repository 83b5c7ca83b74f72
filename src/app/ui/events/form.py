"""The event form: every field of an event, the participant breakdown checked as typed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QIntValidator, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from app.domain.events import EventData
from app.domain.status import EventKind
from app.ui.dashboard.palette import error_label, show_problem
from app.ui.events.common import activity_choice, code_of_choice, kind_text
from app.ui.focus import chain_tab_order
from app.ui.formats import day_format
from app.ui.widgets.flow_layout import flow_widget

COUNTS = ("women", "men", "pupils", "teachers", "parents", "staff")
MAX_COUNT = 10_000_000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _pair(parent: QWidget, label: QLabel, field: QWidget) -> QWidget:
    """A label and its field, kept together on one line of a flowing row."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(field)
    return holder


class EventForm(QWidget):
    """Emits ``edited`` on every change; :meth:`validate` says what is wrong, inline."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._codes: set[str] = set()
        self._loading = False
        self._build()
        self._connect_signals()
        self.retranslate()
        self.clear()

    # -- build ---------------------------------------------------------------------------
    def _build(self) -> None:
        """A form whose composite rows (dates, the breakdown, materials) wrap onto more
        lines in a narrow panel; a row whose field does not fit beside its label goes
        under it. Error lines are reserved: nothing moves when one shows."""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(5)
        self.layout_ = form
        self.held_on = QDateEdit(self)
        self.end_on = QDateEdit(self)
        for date_edit in (self.held_on, self.end_on):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat(day_format())
        self.several_days = QCheckBox(self)
        dates = flow_widget(self, [self.held_on, self.several_days, self.end_on])
        self.dates_error = error_label(self, reserve=True)
        self.title_edit = QLineEdit(self)
        self.title_error = error_label(self, reserve=True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setEditable(True)
        self.kind_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo.setMinimumContentsLength(12)
        self.activity_edit = QLineEdit(self)
        self.activity_model = QStringListModel(self)
        completer = QCompleter(self.activity_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.activity_edit.setCompleter(completer)
        self.activity_error = error_label(self, reserve=True)
        self.venue_edit = QLineEdit(self)
        self.organiser_edit = QLineEdit(self)
        self.partners_edit = QLineEdit(self)
        self.project_edit = QLineEdit(self)
        validator = QIntValidator(0, MAX_COUNT, self)
        self.participants_edit = QLineEdit(self)
        self.count_edits: dict[str, QLineEdit] = {}
        self.count_labels: dict[str, QLabel] = {}
        char = self.fontMetrics().averageCharWidth()
        pairs: list[QWidget] = []
        for name in COUNTS:
            edit = QLineEdit(self)
            edit.setObjectName(f"{name}Edit")
            edit.setFixedWidth(char * 9)
            self.count_edits[name] = edit
            label = QLabel(self)
            label.setBuddy(edit)
            self.count_labels[name] = label
            pairs.append(_pair(self, label, edit))
        self._count_pairs = pairs
        breakdown = flow_widget(self, pairs, spacing=12)
        self.breakdown_error = error_label(self, reserve=True)
        self.materials_edit = QLineEdit(self)
        self.materials_edit.setMinimumWidth(char * 16)
        self.materials_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.materials_count_edit = QLineEdit(self)
        self.materials_count_edit.setFixedWidth(char * 9)
        self.materials_count_label = QLabel(self)
        self.materials_count_label.setBuddy(self.materials_count_edit)
        materials = flow_widget(
            self,
            [
                self.materials_edit,
                _pair(self, self.materials_count_label, self.materials_count_edit),
            ],
        )
        for edit in (self.participants_edit, self.materials_count_edit, *self.count_edits.values()):
            edit.setValidator(validator)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.participants_edit.setMaximumWidth(char * 14)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.labels: dict[str, QLabel] = {}

        def add(key: str, field: Any, buddy: QWidget | None = None) -> None:
            label = QLabel(self)
            self.labels[key] = label
            if buddy is not None or isinstance(field, QWidget):
                label.setBuddy(buddy or field)
            form.addRow(label, field)

        add("date", dates, self.held_on)
        form.addRow(self.dates_error)
        add("title", self.title_edit)
        form.addRow(self.title_error)
        add("kind", self.kind_combo)
        add("activity", self.activity_edit)
        form.addRow(self.activity_error)
        add("venue", self.venue_edit)
        add("organiser", self.organiser_edit)
        add("partners", self.partners_edit)
        add("project", self.project_edit)
        add("participants", self.participants_edit)
        add("breakdown", breakdown, self.count_edits["women"])
        form.addRow(self.breakdown_error)
        add("materials", materials, self.materials_edit)
        add("description", self.description_edit)
        chain_tab_order(
            [
                self.held_on,
                self.several_days,
                self.end_on,
                self.title_edit,
                self.kind_combo,
                self.activity_edit,
                self.venue_edit,
                self.organiser_edit,
                self.partners_edit,
                self.project_edit,
                self.participants_edit,
                *self.count_edits.values(),
                self.materials_edit,
                self.materials_count_edit,
                self.description_edit,
            ]
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """In a narrow panel every label goes above its field: the fields get the whole
        width (a long label in Russian or Kazakh would leave them too little)."""
        labels = max((label.sizeHint().width() for label in self.labels.values()), default=0)
        narrow = self.width() < labels + self.fontMetrics().averageCharWidth() * 36
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if self.layout_.rowWrapPolicy() != policy:
            self.layout_.setRowWrapPolicy(policy)

    def fit_count_labels(self) -> None:
        """The breakdown's labels as wide as the widest: its fields line up in columns."""
        labels = [*self.count_labels.values()]
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)

    def _connect_signals(self) -> None:
        edits = [
            self.title_edit,
            self.activity_edit,
            self.venue_edit,
            self.organiser_edit,
            self.partners_edit,
            self.project_edit,
            self.participants_edit,
            self.materials_edit,
            self.materials_count_edit,
            *self.count_edits.values(),
        ]
        for edit in edits:
            edit.textChanged.connect(self._on_edited)
        self.kind_combo.currentTextChanged.connect(self._on_edited)
        self.description_edit.textChanged.connect(self._on_edited)
        self.held_on.dateChanged.connect(self._on_edited)
        self.end_on.dateChanged.connect(self._on_edited)
        self.several_days.toggled.connect(self._on_several_days)

    def _on_several_days(self, checked: bool) -> None:
        self.end_on.setEnabled(checked)
        if checked and self.end_on.date() < self.held_on.date():
            self.end_on.setDate(self.held_on.date())
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.validate(show_all=False)
        self.edited.emit()

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        words = {
            "date": self.tr("Date"),
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "activity": self.tr("Activity"),
            "venue": self.tr("Venue"),
            "organiser": self.tr("Organiser"),
            "partners": self.tr("Partners"),
            "project": self.tr("Project / funding"),
            "participants": self.tr("Participants"),
            "breakdown": self.tr("Of whom"),
            "materials": self.tr("Materials"),
            "description": self.tr("Description"),
        }
        for key, label in self.labels.items():
            label.setText(words[key])
        parts = {
            "women": self.tr("Women"),
            "men": self.tr("Men"),
            "pupils": self.tr("Pupils"),
            "teachers": self.tr("Teachers"),
            "parents": self.tr("Parents"),
            "staff": self.tr("Staff"),
        }
        for name, label in self.count_labels.items():
            label.setText(parts[name])
        self.fit_count_labels()
        self._fit_rows()
        self.several_days.setText(self.tr("until"))
        for edit in (self.held_on, self.end_on):
            edit.setDisplayFormat(day_format())  # as the window's language writes a date
        self.materials_count_label.setText(self.tr("Count"))
        self.title_edit.setPlaceholderText(self.tr("Required"))
        self.activity_edit.setPlaceholderText(self.tr("Activity code or words"))
        self.partners_edit.setPlaceholderText(self.tr("Police, NGO…"))
        self.partners_edit.setToolTip(
            self.tr("Police, prosecutor, crisis centre, psychologist, NGO…")
        )
        self.materials_edit.setPlaceholderText(self.tr("Leaflets, posters…"))
        self._fill_kinds()
        if self.isVisible():
            self.validate(show_all=False)

    def _fill_kinds(self) -> None:
        loading, self._loading = self._loading, True
        current = self.kind()
        self.kind_combo.clear()
        for kind in EventKind:
            self.kind_combo.addItem(kind_text(kind.value), kind.value)
        self.set_kind(current or EventKind.SEMINAR.value)
        self._loading = loading

    # -- values --------------------------------------------------------------------------
    def set_activities(self, activities: list[tuple[str, str]]) -> None:
        """(code, description) of the activities an event can be linked to."""
        self._codes = {code for code, _ in activities}
        self.activity_model.setStringList([activity_choice(c, d) for c, d in activities])

    def kind(self) -> str:
        text = self.kind_combo.currentText().strip()
        index = self.kind_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.kind_combo.itemData(index))
        return text

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        else:
            self.kind_combo.setEditText(kind_text(kind))

    def activity_code(self) -> str:
        return code_of_choice(self.activity_edit.text())

    def _count(self, edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        return int(text) if text.isdigit() else None

    def clear(self, day: date | None = None) -> None:
        self.load(EventData(held_on=day or date.today(), title="", kind="seminar"))

    def load(self, data: EventData) -> None:
        self._loading = True
        try:
            self.held_on.setDate(_qdate(data.held_on))
            self.several_days.setChecked(data.end_on is not None)
            self.end_on.setEnabled(data.end_on is not None)
            self.end_on.setDate(_qdate(data.end_on or data.held_on))
            self.title_edit.setText(data.title)
            self.set_kind(data.kind)
            self.activity_edit.setText(data.item_code)
            self.venue_edit.setText(data.venue)
            self.organiser_edit.setText(data.organiser)
            self.partners_edit.setText(data.partners)
            self.project_edit.setText(data.project)
            self.participants_edit.setText(str(data.participants) if data.participants else "")
            for name, edit in self.count_edits.items():
                value = getattr(data, name)
                edit.setText("" if value is None else str(value))
            self.materials_edit.setText(data.materials)
            count = data.materials_count
            self.materials_count_edit.setText("" if count is None else str(count))
            self.description_edit.setPlainText(data.description)
        finally:
            self._loading = False
        self.validate(show_all=False)

    def data(self) -> EventData:
        """The values typed (check :meth:`validate` first)."""
        return EventData(
            held_on=_pydate(self.held_on.date()),
            end_on=_pydate(self.end_on.date()) if self.several_days.isChecked() else None,
            title=self.title_edit.text().strip(),
            kind=self.kind() or EventKind.OTHER.value,
            item_code=self.activity_code(),
            venue=self.venue_edit.text().strip(),
            organiser=self.organiser_edit.text().strip(),
            partners=self.partners_edit.text().strip(),
            project=self.project_edit.text().strip(),
            participants=self._count(self.participants_edit) or 0,
            materials=self.materials_edit.text().strip(),
            materials_count=self._count(self.materials_count_edit),
            description=self.description_edit.toPlainText().strip(),
            **{name: self._count(edit) for name, edit in self.count_edits.items()},
        )

    # -- checks --------------------------------------------------------------------------
    def validate(self, show_all: bool = True) -> bool:
        """Show what is wrong beside its field; True when the event can be saved.

        The title is only demanded when the clerk saves (*show_all*), not while typing.
        """
        data = self.data()
        total = data.participants
        couple = (data.women or 0) + (data.men or 0)
        groups = sum(getattr(data, n) or 0 for n in ("pupils", "teachers", "parents", "staff"))
        breakdown = ""
        if couple > total:
            breakdown = self.tr(
                "Women and men together ({parts}) exceed the participants ({total})."
            ).format(parts=couple, total=total)
        elif groups > total:
            breakdown = self.tr(
                "Pupils, teachers, parents and staff together ({parts}) exceed the "
                "participants ({total})."
            ).format(parts=groups, total=total)
        show_problem(self.breakdown_error, breakdown)
        dates = ""
        if data.end_on is not None and data.end_on < data.held_on:
            dates = self.tr("The event cannot end before it starts.")
        show_problem(self.dates_error, dates)
        activity = ""
        if data.item_code and self._codes and data.item_code not in self._codes:
            activity = self.tr("The plan has no activity {code}.").format(code=data.item_code)
        show_problem(self.activity_error, activity)
        title = "" if data.title else self.tr("An event needs a title.")
        if show_all or not title:
            show_problem(self.title_error, title)
        return not (breakdown or dates or activity or title)

"""The details panel beside the grid: every field of one mark (or status and reason of many).

"Not done" needs a reason: the panel says so inline, in red, and refuses to save without
one. Files dropped anywhere on the panel are attached as evidence.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.marks import Mark
from app.ui.formats import day_format, fill, number
from app.ui.progress.evidence import EvidenceBox
from app.ui.progress.symbols import ERROR_INK, STATUS_ORDER, status_word, symbol_icon
from app.ui.style import scaled_font
from app.ui.widgets.flow_layout import flow_widget

if TYPE_CHECKING:
    from app.services.grid import Cell, GridRow, PeriodInfo

NONE = -1  # spin boxes show "—" at their minimum: no figure given
NO_MARK = Mark("")  # the fields of a cell without a mark (a status is typed there)


def _red(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_INK))
    label.setPalette(palette)
    label.setWordWrap(True)
    label.hide()


class DetailsPanel(QFrame):
    save_requested = Signal()
    files_dropped = Signal(list)  # list[Path]
    closed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDetails")
        self.setAcceptDrops(True)
        self.count = 0
        self.locked = False
        self._build()
        self._connect_signals()
        self.retranslate()
        self.show_nothing()

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        self.title_label.setWordWrap(True)
        self.close_button = QPushButton("✕", self)
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(self.fontMetrics().height() * 2)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.description_label.setProperty("role", "muted")
        self.lock_label = QLabel(self)
        _red(self.lock_label)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem("", None)
        for status in STATUS_ORDER:
            self.status_combo.addItem(symbol_icon(status), "", status)
        self.date_check = QCheckBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(day_format())
        date_row = flow_widget(self, [self.date_check, self.date_edit], spacing=6)
        self.participants_spin = QSpinBox(self)
        self.participants_spin.setRange(NONE, 10_000_000)
        self.participants_spin.setSpecialValueText("—")
        self.achieved_spin = QDoubleSpinBox(self)
        self.achieved_spin.setRange(NONE, 1e9)
        self.achieved_spin.setDecimals(2)
        self.achieved_spin.setSpecialValueText("—")
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        self.target_label.setProperty("role", "muted")
        self.events_label = QLabel(self)
        self.events_label.setObjectName("eventsLabel")
        self.events_label.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_labels = [QLabel(self) for _ in range(6)]
        fields = (
            self.status_combo,
            date_row,
            self.participants_spin,
            self.achieved_spin,
            self.target_label,
            self.events_label,
        )
        for label, field in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field)
        self.reason_caption = QLabel(self)
        self.reason_caption.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_error = QLabel(self)
        self.reason_error.setObjectName("reasonError")
        self.reason_error.setWordWrap(True)
        _red(self.reason_error)
        self.note_caption = QLabel(self)
        self.note_edit = QPlainTextEdit(self)
        lines = self.fontMetrics().lineSpacing()
        for edit in (self.reason_edit, self.note_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(lines * 3 + 12)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("saveError")
        self.error_label.setWordWrap(True)
        _red(self.error_label)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.evidence_caption = QLabel(self)
        self.evidence_caption.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.evidence_caption.setWordWrap(True)
        self.evidence = EvidenceBox(self)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        for label in (self.description_label, self.lock_label):
            layout.addWidget(label)
        layout.addLayout(self.form)
        widget: QWidget
        for widget in (
            self.reason_caption,
            self.reason_edit,
            self.reason_error,
            self.note_caption,
            self.note_edit,
            self.error_label,
        ):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.evidence_caption)
        layout.addWidget(self.evidence)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self._revert)
        self.close_button.clicked.connect(self.closed)
        self.status_combo.currentIndexChanged.connect(self._on_status)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.reason_edit.textChanged.connect(self._on_reason)

    def retranslate(self) -> None:
        self.status_combo.setItemText(0, self.tr("— no mark —"))
        for n, status in enumerate(STATUS_ORDER, start=1):
            self.status_combo.setItemText(n, status_word(status))
        labels = (
            self.tr("Status"),
            self.tr("Date done"),
            self.tr("Participants"),
            self.tr("Achieved value"),
            self.tr("Target"),
            self.tr("Events"),
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.date_check.setText(self.tr("Done on"))
        self.date_edit.setDisplayFormat(day_format())
        self.reason_caption.setText(self.tr("Reason (required when not done)"))
        self.reason_error.setText(self.tr("A reason is required when the activity was not done."))
        self.note_caption.setText(self.tr("Note"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.close_button.setToolTip(self.tr("Close the details panel (Esc)"))
        shown = getattr(self, "_shown", None)
        if shown is not None and shown[2] is not None:
            self._show_texts(shown[2], shown[0])
        self.evidence_caption.setText(self.tr("Evidence files"))
        self.evidence.retranslate()

    # -- showing -------------------------------------------------------------------------
    def show_nothing(self) -> None:
        self.count = 0
        self.title_label.setText(self.tr("No cell selected"))
        self.description_label.setText(
            self.tr("Select a cell of the grid: its status, figures and evidence show here.")
        )
        self.setEnabled(False)
        self.evidence.set_files([])

    def show_cells(
        self,
        row: GridRow,
        period: PeriodInfo,
        cells: list[Cell],
        count: int,
        lock_text: str = "",
        pending_status: str | None = None,
    ) -> None:
        """Show the first of *cells* (one cell, or the current of a *count*-cell selection)."""
        self.setEnabled(True)
        self._shown = (row, period, cells[0])
        self.count = count
        self.locked = bool(lock_text)
        cell = cells[0]
        if count > 1:
            self.title_label.setText(fill(self.tr("%1 cells selected"), str(count)))
            self.description_label.setText(
                self.tr("Status and reason apply to every selected cell.")
            )
        else:
            self.title_label.setText(f"{row.code} · {period.label or period.key}")
            self.description_label.setText(row.description)
        # the page's banner says why a locked period cannot change (one message, not three):
        # here only the fields are off, with the reason in their tooltip
        self.lock_label.hide()
        self.setToolTip(lock_text)
        self.date_edit.setDateRange(QDate(period.start), QDate(period.due))
        self._fill(cell, row, pending_status)
        single = count == 1
        widget: QWidget
        for widget in (
            self.date_check,
            self.participants_spin,
            self.achieved_spin,
            self.note_edit,
            self.evidence,
        ):
            widget.setEnabled(single and not self.locked)
        self.date_edit.setEnabled(single and not self.locked and self.date_check.isChecked())
        for widget in (self.status_combo, self.reason_edit, self.save_button, self.revert_button):
            widget.setEnabled(not self.locked)
        self.error_label.hide()
        self._on_status()

    def _fill(self, cell: Cell, row: GridRow, pending_status: str | None) -> None:
        mark = cell.mark or NO_MARK
        status = pending_status or cell.status
        self.status_combo.setCurrentIndex(self.status_combo.findData(status) if status else 0)
        self.date_check.setChecked(mark.done_on is not None)
        self.date_edit.setDate(
            QDate(mark.done_on) if mark.done_on else self.date_edit.minimumDate()
        )
        self.participants_spin.setValue(NONE if mark.participants is None else mark.participants)
        self.achieved_spin.setValue(NONE if mark.achieved is None else mark.achieved)
        self._show_texts(cell, row)
        self.reason_edit.setPlainText(mark.reason)
        self.note_edit.setPlainText(mark.note)

    def _show_texts(self, cell: Cell, row: GridRow) -> None:
        """The panel's own sentences about the cell (again after a language switch)."""
        target = row.target_text or (f"{row.target_value:g}" if row.target_value else "")
        self.target_label.setText(target or self.tr("no target given"))
        self.events_label.setText(
            fill(
                self.tr("%1 in this period, %2 participants"),
                number(cell.events),
                number(cell.event_participants),
            )
        )

    def typed(self) -> bool:
        """Text typed in the panel that the cell shown does not hold yet."""
        shown = getattr(self, "_shown", None)
        if shown is None or shown[2] is None or self.locked or self.count != 1:
            return False
        mark = shown[2].mark or NO_MARK
        return (
            self.reason_edit.toPlainText() != mark.reason
            or self.note_edit.toPlainText() != mark.note
        )

    def revert(self) -> None:
        """The stored values of the cell shown, again (what was typed is dropped)."""
        if getattr(self, "_shown", None) is not None and self._shown[2] is not None:
            self._revert()

    def _revert(self) -> None:
        row, _period, cell = self._shown
        self._fill(cell, row, None)
        self.error_label.hide()
        self._on_status()

    # -- values and checks ---------------------------------------------------------------
    def mark(self) -> Mark | None:
        """The mark the panel's fields make (None: the status "no mark" was chosen)."""
        status = self.status_combo.currentData()
        if status is None:
            return None
        dated = self.date_check.isChecked() and status in ("done", "in_progress")
        participants = self.participants_spin.value()
        achieved = self.achieved_spin.value()
        return Mark(
            status=status,
            # QDate.toPython() gives a date; PySide6's stub says object
            done_on=cast(date, self.date_edit.date().toPython()) if dated else None,
            participants=None if participants == NONE else participants,
            achieved=None if achieved <= NONE else achieved,
            reason=self.reason_edit.toPlainText().strip(),
            note=self.note_edit.toPlainText().strip(),
        )

    def reason_missing(self) -> bool:
        return (
            self.status_combo.currentData() == "not_done"
            and not self.reason_edit.toPlainText().strip()
        )

    def check(self) -> bool:
        """Show what is missing; True when the values may be saved."""
        missing = self.reason_missing()
        self.reason_error.setVisible(missing)
        if missing:
            self.reason_edit.setFocus()
        return not missing

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def focus_first(self) -> None:
        if self.reason_missing():
            self.reason_edit.setFocus()
        else:
            self.status_combo.setFocus()

    def _on_status(self, *_args: Any) -> None:
        self.reason_error.setVisible(self.reason_missing())

    def _on_reason(self) -> None:
        if self.reason_error.isVisible() and not self.reason_missing():
            self.reason_error.hide()

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.evidence.isEnabled() and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.evidence.isEnabled():
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

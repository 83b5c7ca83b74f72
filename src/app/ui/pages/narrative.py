"""The Narrative page: the outline's free-text sections for a period, saved as typed."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent

from app.services.errors import PlanDeskError
from app.ui.dashboard.palette import ERROR, OK, tint
from app.ui.events.common import ui_language
from app.ui.formats import clock, fill
from app.ui.messages import error_text
from app.ui.narrative.page_ui import NarrativePageUi
from app.ui.pages.base import Page
from app.ui.style import MUTED

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

AUTOSAVE_MS = 800


class NarrativePage(Page):
    name = "narrative"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.period_key = ""
        self.locked = False
        self._dirty: set[str] = set()
        self._state = ("", None)  # what the indicator says: kind, time or message
        self._periods: list[tuple[str, str]] = []
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.ui = NarrativePageUi()
        self.ui.setup_ui(self)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.ui.periodCombo.currentIndexChanged.connect(self._on_period_chosen)
        self.ui.sectionEditors.edited.connect(self._on_edited)
        self.autosave.timeout.connect(self.save_now)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.save_now()
        self.workspace = workspace
        self._periods = []
        self.period_key = ""
        if workspace is not None and workspace.plan is not None:
            self._periods = [(p.key, p.label or p.key) for p in workspace.plan.periods]
            from app.ui.workspace import current_period

            current = current_period(workspace.plan.periods, datetime.now().date())
            self.period_key = current.key if current is not None else ""
        self._fill_periods()
        self.load()

    def refresh(self) -> None:
        self.save_now()
        self.load()

    def _fill_periods(self) -> None:
        self.ui.periodCombo.blockSignals(True)
        self.ui.periodCombo.clear()
        for key, label in self._periods:
            self.ui.periodCombo.addItem(label, key)
        self.ui.periodCombo.setCurrentIndex(max(0, self.ui.periodCombo.findData(self.period_key)))
        self.ui.periodCombo.blockSignals(False)
        self.ui.periodCombo.setEnabled(bool(self._periods))

    def select_period(self, key: str) -> None:
        self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData(key))

    def _on_period_chosen(self, _index: int) -> None:
        self.save_now()
        self.period_key = str(self.ui.periodCombo.currentData() or "")
        self.load()

    def load(self) -> None:
        """Show the sections of the chosen period (read-only when its return is signed)."""
        sections: list[tuple[str, str, str]] = []
        self.locked, lock_text = False, ""
        if self.workspace is not None and self.period_key:
            from app.services import narrative
            from app.services.plans import require_current_plan_id

            try:
                with self.workspace.db.unit() as session:
                    plan_id = require_current_plan_id(session)
                    found = narrative.sections(session, plan_id, self.period_key, ui_language())
                    sections = [(s.key, s.title, s.body) for s in found]
                    version = narrative.frozen_by(session, plan_id, self.period_key)
                    if version is not None:
                        self.locked = True
                        lock_text = self.tr(
                            "The return of this period was signed (version {version}); its "
                            "narrative is frozen. Correct the return on the Returns page to "
                            "change it."
                        ).format(version=version)
            except PlanDeskError as exc:
                self._show_state("error", error_text(exc))
        self._dirty.clear()
        self.ui.sectionEditors.show_sections(sections, self.locked)
        self.ui.sectionEditors.set_placeholder(self.tr("Write here; it is saved as you type."))
        self.ui.lockText.setText(lock_text)
        self.ui.lockBanner.setVisible(self.locked)
        if self._state[0] != "error":
            self._show_state("", None)

    def _on_edited(self, key: str) -> None:
        if self.locked:
            return
        self._dirty.add(key)
        self._show_state("pending", None)
        self.autosave.start()

    def unsaved_changes(self) -> str:
        if not self._dirty or self.workspace is None:
            return ""
        return fill(self.tr("the narrative of %1"), self.period_key)

    def save_changes(self) -> bool:
        return self.save_now()

    def discard_changes(self) -> None:
        self.autosave.stop()
        self._dirty = set()

    def save_now(self) -> bool:
        """Save the sections changed since the last save (the autosave calls this)."""
        self.autosave.stop()
        if not self._dirty or self.workspace is None or not self.period_key:
            return True
        from app.services import narrative
        from app.services.plans import require_current_plan_id

        dirty, self._dirty = sorted(self._dirty), set()
        try:
            with self.workspace.db.unit(
                self.tr("Narrative of {period}").format(period=self.period_key)
            ) as session:
                plan_id = require_current_plan_id(session)
                for key in dirty:
                    narrative.save_section(
                        session, plan_id, self.period_key, key, self.ui.sectionEditors.text(key)
                    )
        except PlanDeskError as exc:
            self._dirty.update(dirty)
            self._show_state("error", error_text(exc))
            return False
        self._show_state("saved", datetime.now())
        self.data_changed.emit()
        return True

    def _show_state(self, kind: str, value: Any) -> None:
        self._state = (kind, value)
        label = self.ui.savedLabel
        if kind == "saved":
            label.setText("✓ " + self.tr("Saved at {time}").format(time=clock(value)))
            tint(label, OK)
        elif kind == "pending":
            label.setText(self.tr("Saving…"))
            tint(label, MUTED)
        elif kind == "error":
            label.setText("⚠ " + self.tr("Not saved: {reason}").format(reason=value))
            tint(label, ERROR)
        else:
            label.setText("")

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.titleLabel.setText(self.title())
        self.ui.periodCaption.setText(self.tr("Period"))
        self.ui.hintLabel.setText(
            self.tr(
                "The free-text part of the period's return. Sections follow the outline set "
                "in Settings; every change is saved a moment after you stop typing."
            )
        )
        self._show_state(*self._state)
        if self.workspace is not None:
            self.save_now()
            self.load()

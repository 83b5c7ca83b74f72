"""The Settings page: institution profile, reporting scheme and due dates, narrative outline,
and (filled in elsewhere) the signing identity."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QHideEvent, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import PlanDeskError
from app.ui.dashboard.cards import Card
from app.ui.dashboard.palette import OK, error_label, show_problem, tint
from app.ui.dialogs import show_error
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.settings_page.commands import SettingCommand, Work
from app.ui.settings_page.lazy import actions
from app.ui.settings_page.outline import OutlineEditor
from app.ui.settings_page.profile import ProfileForm
from app.ui.settings_page.reporting import ReportingPanel
from app.ui.style import scaled_font

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

MAX_WIDTH_CHARS = 130
AUTOSAVE_MS = 1500  # as the narrative: a pause in typing saves the profile


class SettingsPage(Page):
    name = "settings"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.workspace: Workspace | None = None
        self.has_plan = False
        self.profile_dirty = False
        self.outline_dirty = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self._build()
        # the title under the name the Designer-built pages give it (tests look for it)
        self.ui = SimpleNamespace(titleLabel=self.title_label)
        self._connect_signals()
        self.retranslate()
        self._set_enabled()

    # -- build ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        column = QWidget()
        column.setBackgroundRole(QPalette.ColorRole.Window)
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * MAX_WIDTH_CHARS)
        self.scroll.setWidget(column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(12)
        self.title_label = QLabel(column)
        self.title_label.setProperty("role", "pageTitle")
        self.title_label.setFont(scaled_font(self.font(), 1.25, QFont.Weight.DemiBold))
        layout.addWidget(self.title_label)

        self.profile_card = Card(column)
        self.profile = ProfileForm(self.profile_card)
        self.profile_card.body.addWidget(self.profile)
        self.profile_error, self.profile_status, self.profile_save = self._save_row(
            self.profile_card
        )
        layout.addWidget(self.profile_card)

        self.reporting_card = Card(column)
        self.reporting = ReportingPanel(self.reporting_card)
        self.reporting_card.body.addWidget(self.reporting)
        self.reporting_error = error_label(self.reporting_card)
        self.reporting_card.body.addWidget(self.reporting_error)
        layout.addWidget(self.reporting_card)

        self.outline_card = Card(column)
        self.outline = OutlineEditor(self.outline_card)
        self.outline_card.body.addWidget(self.outline)
        self.outline_error = error_label(self.outline_card)
        self.outline_status = QLabel(self.outline_card)
        self.outline_status.hide()
        self.outline_card.body.addWidget(self.outline_error)
        self.outline_card.body.addWidget(self.outline_status)
        layout.addWidget(self.outline_card)

        # Signing identity: another part of PlanDesk puts its panel into identity_area.
        self.identity_card = Card(column)
        self.identity_card.setObjectName("card")
        self.identity_area = QWidget(self.identity_card)
        self.identity_area.setObjectName("identityArea")
        QVBoxLayout(self.identity_area).setContentsMargins(0, 0, 0, 0)
        self.identity_card.body.addWidget(self.identity_area)
        layout.addWidget(self.identity_card)
        layout.addStretch(1)

    def _save_row(self, card: Card) -> tuple[QLabel, QLabel, QPushButton]:
        error = error_label(card)
        row = QHBoxLayout()
        status = QLabel(card)
        button = QPushButton(card)
        row.addWidget(error, 1)
        row.addStretch(1)
        row.addWidget(status)
        row.addWidget(button)
        card.body.addLayout(row)
        return error, status, button

    def _connect_signals(self) -> None:
        self.profile_save.clicked.connect(self.save_profile)
        self.profile.edited.connect(self._on_profile_edited)
        self.autosave.timeout.connect(self._autosave)
        self.reporting.scheme_chosen.connect(self.set_scheme)
        self.reporting.due_days_chosen.connect(self.set_due_days)
        self.reporting.reset_due_requested.connect(lambda key: self.set_period_due(key, None))
        self.reporting.model.due_edited.connect(self.set_period_due)
        self.outline.save_requested.connect(self.save_outline)
        self.outline.model.changed.connect(self._on_outline_edited)

    def _on_profile_edited(self) -> None:
        self.profile_dirty = True
        self._status(self.profile_status, self.tr("Saving…"))
        self.autosave.start()

    def _on_outline_edited(self) -> None:
        self.outline_dirty = True
        self._status(self.outline_status, "")

    def _autosave(self) -> None:
        """The profile as typed, once it is complete and right (else it waits, marked)."""
        self.autosave.stop()
        if not self.profile_dirty or self.workspace is None:
            return
        if (
            self.profile.validate(show_all=False)
            and self.profile.value("name")
            and (self.profile.value("code"))
        ):
            self.save_profile()
        else:
            self._status(self.profile_status, self.tr("Not saved yet"))

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page saves the profile as it is (when it can be saved)."""
        if self.profile_dirty:
            self._autosave()
        super().hideEvent(event)

    def unsaved_changes(self) -> str:
        if self.workspace is None:
            return ""
        parts = []
        if self.profile_dirty:
            parts.append(self.tr("the institution profile on the Settings page"))
        if self.outline_dirty:
            parts.append(self.tr("the narrative outline on the Settings page"))
        return "; ".join(parts)

    def save_changes(self) -> bool:
        done = True
        if self.profile_dirty:
            done = self.save_profile() and done
        if self.outline_dirty:
            done = self.save_outline() and done
        return done

    def discard_changes(self) -> None:
        self.autosave.stop()
        self.profile_dirty = self.outline_dirty = False

    def _set_enabled(self) -> None:
        open_ = self.workspace is not None
        self.profile_card.setEnabled(open_)
        self.reporting_card.setEnabled(open_ and self.has_plan)
        self.outline_card.setEnabled(open_ and self.has_plan)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.undo_stack.clear()
        self._show_identity_panel(workspace)
        self.refresh()

    def _show_identity_panel(self, workspace: Workspace | None) -> None:
        """The signing-identity panel (app.ui.identity) in its card, for this workspace."""
        from app.ui.identity.identity_panel import IdentityPanel

        layout = self.identity_area.layout()
        old = getattr(self, "identity_panel", None)
        if old is not None:
            layout.removeWidget(old)
            old.deleteLater()
        self.identity_panel = IdentityPanel(workspace, self.identity_area, heading=False)
        self.identity_panel.changed.connect(self.data_changed)
        layout.addWidget(self.identity_panel)

    def refresh(self) -> None:
        self.has_plan = False
        if self.workspace is not None:
            try:
                with self.workspace.db.unit() as session:
                    state = actions.read_state(session)
            except PlanDeskError as exc:
                show_problem(self.profile_error, error_text(exc))
            else:
                self.profile.load(*state.profile)
                self.has_plan = state.scheme is not None
                self.reporting.show_scheme(state.scheme or "")
                self.reporting.days_spin.setValue(state.due_days)
                self.reporting.model.set_rows(state.periods)
                self.reporting.fit_table()
                self.outline.model.set_entries(state.outline)
        self._set_enabled()

    def _run(self, summary: str, work: Work) -> Any:
        assert self.workspace is not None
        from app.services.plans import current_plan

        with self.workspace.db.unit(summary) as session:
            plan = current_plan(session)
            result = work(session, plan)  # type: ignore[arg-type]
        self.refresh()
        self.data_changed.emit()
        return result

    def _report(self, message: str) -> None:
        show_error(self, self.tr("The change could not be made"), message)

    def _push(self, command: SettingCommand, error: QLabel) -> bool:
        show_problem(error, "")
        try:
            command.execute()
        except PlanDeskError as exc:
            show_problem(error, _sentence(error_text(exc)))
            return False
        self.undo_stack.push(command)
        return True

    def _status(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        tint(label, OK)

    # -- actions -------------------------------------------------------------------------
    def save_profile(self) -> bool:
        if self.workspace is None or not self.profile.validate(show_all=True):
            return False
        profile = self.profile.profile()
        parent = (self.profile.value("parent_name"), self.profile.value("parent_email"))
        command = SettingCommand(
            self._run,
            self._report,
            self.tr("Change the institution profile"),
            lambda s, _p: actions.save_profile(s, profile, *parent),
            lambda s, _p, old: actions.save_profile(s, *old),
        )
        self.autosave.stop()
        done = self._push(command, self.profile_error)
        if done:
            self.profile_dirty = False
            self._status(self.profile_status, "✓ " + self.tr("Saved"))
        return done

    def set_scheme(self, scheme: str) -> bool:
        command = SettingCommand(
            self._run,
            self._report,
            self.tr("Change the reporting scheme"),
            lambda s, p: actions.set_scheme(s, p, scheme),
            lambda s, p, old: actions.set_scheme(s, p, old),
        )
        done = self._push(command, self.reporting_error)
        if not done:
            self.refresh()  # the combo shows the scheme in force again
        return done

    def set_due_days(self, days: int) -> bool:
        from app.services.plan_settings import set_due_days

        return self._push(
            SettingCommand(
                self._run,
                self._report,
                self.tr("Change the due-date rule"),
                lambda s, p: set_due_days(s, p, days),
                lambda s, p, old: set_due_days(s, p, old),
            ),
            self.reporting_error,
        )

    def set_period_due(self, key: str, due: date | None) -> bool:
        text = (
            self.tr("Set the due date of {period}")
            if due is not None
            else self.tr("Due date of {period} back to the rule")
        ).format(period=key)
        return self._push(
            SettingCommand(
                self._run,
                self._report,
                text,
                lambda s, p: actions.set_period_due(s, p, key, due),
                lambda s, p, old: actions.set_period_due(s, p, key, old),
            ),
            self.reporting_error,
        )

    def save_outline(self) -> bool:
        from app.services.narrative import set_outline

        entries = self.outline.model.values()
        done = self._push(
            SettingCommand(
                self._run,
                self._report,
                self.tr("Change the narrative outline"),
                lambda s, p: set_outline(s, p, entries),
                lambda s, p, old: set_outline(s, p, actions.outline_entries(old)),
            ),
            self.outline_error,
        )
        if done:
            self.outline_dirty = False
            self._status(self.outline_status, "✓ " + self.tr("Outline saved"))
        return done

    def first_focus(self) -> Any:
        return self.profile.edits["name"]

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.profile_card.title.setText(self.tr("Institution"))
        self.reporting_card.title.setText(self.tr("Reporting periods and due dates"))
        self.outline_card.title.setText(self.tr("Narrative outline"))
        self.identity_card.title.setText(self.tr("Signing identity"))
        self.profile_save.setText(self.tr("Save profile"))
        self.profile.retranslate()
        self.reporting.retranslate()
        self.outline.retranslate()


def _sentence(message: str) -> str:
    """A service message ("the institution needs a name") as a sentence."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."

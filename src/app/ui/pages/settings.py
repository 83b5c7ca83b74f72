"""The Settings page: institution profile, reporting scheme and due dates, narrative outline,
and (filled in elsewhere) the signing identity."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
)

from app.services.errors import PlanDeskError
from app.ui.dashboard.palette import OK, show_problem, tint
from app.ui.dialogs import show_error
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.settings_page.commands import ProfileCommand, ProfileWork, SettingCommand, Work
from app.ui.settings_page.lazy import actions
from app.ui.settings_page.page_ui import SettingsPageUi

if TYPE_CHECKING:
    from app.ui.identity.identity_panel import IdentityPanel
    from app.ui.workspace import Workspace
AUTOSAVE_MS = 1500  # as the narrative: a pause in typing saves the profile


class SettingsPage(Page):
    name = "settings"
    undo_stack: QUndoStack  # the page always has one

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
        self.identity_panel: IdentityPanel | None = None
        self.ui = SettingsPageUi()
        self.ui.setup_ui(self)
        self._connect_signals()
        self.retranslate()
        self._set_enabled()

    def _connect_signals(self) -> None:
        self.ui.profileSaveButton.clicked.connect(self.save_profile)
        self.ui.profileForm.edited.connect(self._on_profile_edited)
        self.autosave.timeout.connect(self._autosave)
        self.ui.reportingPanel.scheme_chosen.connect(self.set_scheme)
        self.ui.reportingPanel.due_days_chosen.connect(self.set_due_days)
        self.ui.reportingPanel.reset_due_requested.connect(
            lambda key: self.set_period_due(key, None)
        )
        self.ui.reportingPanel.model.due_edited.connect(self.set_period_due)
        self.ui.outlineEditor.save_requested.connect(self.save_outline)
        self.ui.outlineEditor.model.changed.connect(self._on_outline_edited)

    def _on_profile_edited(self) -> None:
        self.profile_dirty = True
        self._status(self.ui.profileStatus, self.tr("Saving…"))
        self.autosave.start()

    def _on_outline_edited(self) -> None:
        self.outline_dirty = True
        self._status(self.ui.outlineStatus, "")

    def _autosave(self) -> None:
        """The profile as typed, once it is complete and right (else it waits, marked)."""
        self.autosave.stop()
        if not self.profile_dirty or self.workspace is None:
            return
        if (
            self.ui.profileForm.validate(show_all=False)
            and self.ui.profileForm.value("name")
            and (self.ui.profileForm.value("code"))
        ):
            self.save_profile()
        else:
            self._status(self.ui.profileStatus, self.tr("Not saved yet"))

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
        self.ui.profileCard.setEnabled(open_)
        self.ui.reportingCard.setEnabled(open_ and self.has_plan)
        self.ui.outlineCard.setEnabled(open_ and self.has_plan)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.undo_stack.clear()
        self._show_identity_panel(workspace)
        self.refresh()

    def _show_identity_panel(self, workspace: Workspace | None) -> None:
        """The signing-identity panel (app.ui.identity) in its card, for this workspace."""
        from app.ui.identity.identity_panel import IdentityPanel

        layout = self.ui.identityLayout
        old = self.identity_panel
        if old is not None:
            layout.removeWidget(old)
            old.deleteLater()
        self.identity_panel = IdentityPanel(workspace, self.ui.identityArea, heading=False)
        self.identity_panel.changed.connect(self.data_changed)
        layout.addWidget(self.identity_panel)

    def refresh(self) -> None:
        self.has_plan = False
        if self.workspace is not None:
            try:
                with self.workspace.db.unit() as session:
                    state = actions.read_state(session)
            except PlanDeskError as exc:
                show_problem(self.ui.profileError, error_text(exc))
            else:
                self.ui.profileForm.load(*state.profile)
                self.has_plan = state.scheme is not None
                self.ui.reportingPanel.show_scheme(state.scheme or "")
                self.ui.reportingPanel.days_spin.setValue(state.due_days)
                self.ui.reportingPanel.model.set_rows(state.periods)
                self.ui.reportingPanel.fit_table()
                self.ui.outlineEditor.model.set_entries(state.outline)
        self._set_enabled()

    def _run(self, summary: str, work: Work) -> Any:
        """Run a change of the current plan's settings (NotFound without a plan)."""
        from app.services.plans import require_current_plan_id

        return self._run_profile(summary, lambda s: work(s, require_current_plan_id(s)))

    def _run_profile(self, summary: str, work: ProfileWork) -> Any:
        """Run a change that takes no plan (the profile), then show the page again."""
        assert self.workspace is not None
        with self.workspace.db.unit(summary) as session:
            result = work(session)
        self.refresh()
        self.data_changed.emit()
        return result

    def _report(self, message: str) -> None:
        show_error(self, self.tr("The change could not be made"), message)

    def _push(self, command: SettingCommand | ProfileCommand, error: QLabel) -> bool:
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
        if self.workspace is None or not self.ui.profileForm.validate(show_all=True):
            return False
        profile = self.ui.profileForm.profile()
        parent = (
            self.ui.profileForm.value("parent_name"),
            self.ui.profileForm.value("parent_email"),
        )
        command = ProfileCommand(
            self._run_profile,
            self._report,
            self.tr("Change the institution profile"),
            lambda s: actions.save_profile(s, profile, *parent),
            lambda s, old: actions.save_profile(s, *old),
        )
        self.autosave.stop()
        done = self._push(command, self.ui.profileError)
        if done:
            self.profile_dirty = False
            self._status(self.ui.profileStatus, "✓ " + self.tr("Saved"))
        return done

    def set_scheme(self, scheme: str) -> bool:
        command = SettingCommand(
            self._run,
            self._report,
            self.tr("Change the reporting scheme"),
            lambda s, p: actions.set_scheme(s, p, scheme),
            lambda s, p, old: actions.set_scheme(s, p, old),
        )
        done = self._push(command, self.ui.reportingError)
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
            self.ui.reportingError,
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
            self.ui.reportingError,
        )

    def save_outline(self) -> bool:
        from app.services.narrative import set_outline

        entries = self.ui.outlineEditor.model.values()
        done = self._push(
            SettingCommand(
                self._run,
                self._report,
                self.tr("Change the narrative outline"),
                lambda s, p: set_outline(s, p, entries),
                lambda s, p, old: set_outline(s, p, actions.outline_entries(old)),
            ),
            self.ui.outlineError,
        )
        if done:
            self.outline_dirty = False
            self._status(self.ui.outlineStatus, "✓ " + self.tr("Outline saved"))
        return done

    def first_focus(self) -> Any:
        return self.ui.profileForm.edits["name"]

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.titleLabel.setText(self.title())
        self.ui.profileCard.title.setText(self.tr("Institution"))
        self.ui.reportingCard.title.setText(self.tr("Reporting periods and due dates"))
        self.ui.outlineCard.title.setText(self.tr("Narrative outline"))
        self.ui.identityCard.title.setText(self.tr("Signing identity"))
        self.ui.profileSaveButton.setText(self.tr("Save profile"))
        self.ui.profileForm.retranslate()
        self.ui.reportingPanel.retranslate()
        self.ui.outlineEditor.retranslate()


def _sentence(message: str) -> str:
    """A service message ("the institution needs a name") as a sentence."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."

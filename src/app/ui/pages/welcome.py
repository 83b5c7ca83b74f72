"""Getting started: the welcome path of a new database, in three steps a clerk can do now or
skip — who we are, our plan, our signature. Shown on a database without an institution or a
plan; the Dashboard leads back here for what is still missing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QWidget,
)

from app.services.errors import PlanDeskError
from app.ui.dashboard.palette import show_problem
from app.ui.dialogs import show_error
from app.ui.focus import chain_tab_order
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.settings_page.commands import ProfileCommand, ProfileWork
from app.ui.settings_page.lazy import actions
from app.ui.welcome.page_ui import WelcomePageUi
from app.ui.welcome.state import IDENTITY, PLAN, PROFILE, STEPS, SetupState

if TYPE_CHECKING:
    from app.ui.identity.identity_panel import IdentityPanel
    from app.ui.workspace import Workspace


class WelcomePage(Page):
    name = "welcome"
    undo_stack: QUndoStack  # the page always has one

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.workspace: Workspace | None = None
        self.state = SetupState()
        self.step = PROFILE
        self.identity_panel: IdentityPanel | None = None
        self._profile_saved = False  # the form holds what is stored
        self.ui = WelcomePageUi()
        self.ui.setup_ui(self)
        self._set_tab_order()
        self._connect_signals()
        self.retranslate()
        self._show()

    # -- build ---------------------------------------------------------------------------
    def _set_tab_order(self) -> None:
        form = self.ui.profileStep.form
        chain: list[QWidget] = [*self.ui.stepBar.buttons.values()]
        chain += form.tab_chain()
        chain += [self.ui.planStep.buttons[c] for c in self.ui.planStep.CHOICES]
        chain += [self.ui.nextButton, self.ui.skipButton, self.ui.backButton]
        chain_tab_order(chain)

    def _connect_signals(self) -> None:
        # Ctrl+Enter: the step's main button, from any field
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.next)
        self.ui.stepBar.chosen.connect(self.go_to)
        self.ui.nextButton.clicked.connect(self.next)
        self.ui.skipButton.clicked.connect(self.skip)
        self.ui.backButton.clicked.connect(self.back)
        self.ui.planStep.chosen.connect(self._on_plan_choice)
        self.ui.profileStep.form.edited.connect(self._on_profile_edited)
        for edit in self.ui.profileStep.form.edits.values():
            edit.returnPressed.connect(self.next)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.undo_stack.clear()
        self._show_identity_panel(workspace)
        self.refresh()
        missing = self.state.missing
        self.step = missing[0] if missing else PROFILE
        self._show()

    def _show_identity_panel(self, workspace: Workspace | None) -> None:
        from app.ui.identity.identity_panel import IdentityPanel

        layout = self.ui.identityStep.area_layout
        if self.identity_panel is not None:
            layout.removeWidget(self.identity_panel)
            self.identity_panel.deleteLater()
        self.identity_panel = IdentityPanel(workspace, self.ui.identityStep.area, heading=False)
        self.identity_panel.changed.connect(self._on_identity_changed)
        layout.addWidget(self.identity_panel)
        self.setTabOrder(self.ui.planStep.buttons["demo"], self.identity_panel.createButton)
        self.setTabOrder(self.identity_panel.createButton, self.identity_panel.importButton)
        self.setTabOrder(self.identity_panel.importButton, self.ui.nextButton)

    def refresh(self) -> None:
        """Read what is set up already (and the stored profile into the form)."""
        self.state = SetupState()
        if self.workspace is not None:
            from app.ui.welcome.state import read_setup

            try:
                self.state = read_setup(self.workspace.db)
                with self.workspace.db.unit() as session:
                    profile = actions.read_profile(session)
            except PlanDeskError as exc:
                show_problem(self.ui.profileStep.error, error_text(exc))
            else:
                self.ui.profileStep.form.load(*profile)
                self._profile_saved = True
            if self.identity_panel is not None:
                self.identity_panel.refresh()
        self.ui.planStep.show_plan(self.state.plan_title, self.state.activities)
        self._show()

    def _on_identity_changed(self) -> None:
        self.data_changed.emit()
        self.refresh()
        if self.isVisible() and self.step == IDENTITY:  # done here: Enter finishes
            self.window().activateWindow()
            self.ui.nextButton.setFocus()

    def _on_profile_edited(self) -> None:
        self._profile_saved = False
        show_problem(self.ui.profileStep.error, "")

    # -- steps ---------------------------------------------------------------------------
    def go_to(self, step: str) -> None:
        if step in STEPS:
            self.step = step
            self._show()
            self._focus_step()

    def perform(self, action: str) -> None:
        """``profile``, ``plan`` or ``identity``: open that step."""
        self.go_to(action)

    def first_focus(self) -> QWidget | None:
        return self._step_focus()

    def _focus_step(self) -> None:
        target = self._step_focus()
        if target is not None:
            target.setFocus()

    def _step_focus(self) -> QWidget | None:
        if self.step == PROFILE:
            return self.ui.profileStep.form.edits["name"]
        if self.step == PLAN:
            return self.ui.planStep.buttons["start" if not self.state.plan_title else "import"]
        if self.identity_panel is None:
            return None
        return self.identity_panel.createButton if not self.state.identity else self.ui.nextButton

    def _show(self) -> None:
        has_db = self.workspace is not None
        for step, step_widget in self.ui.steps.items():
            step_widget.setVisible(step == self.step)
        done = {step: self.state.is_done(step) for step in STEPS}
        self.ui.stepBar.show_state(self.step, done)
        self.ui.stepBar.retranslate()
        for widget in (self.ui.stepStack, self.ui.nextButton, self.ui.skipButton, self.ui.stepBar):
            widget.setEnabled(has_db)
        self.ui.backButton.setEnabled(has_db and self.step != STEPS[0])
        last = self.step == STEPS[-1]
        if self.step == PROFILE:
            self.ui.nextButton.setText(self.tr("Save and continue"))
        elif last:
            self.ui.nextButton.setText(self.tr("Finish"))
        else:
            self.ui.nextButton.setText(self.tr("Continue"))
        self.ui.skipButton.setText(self.tr("Skip for now"))
        self.ui.skipButton.setVisible(not done[self.step])

    def _after(self, step: str) -> str | None:
        index = STEPS.index(step)
        return STEPS[index + 1] if index + 1 < len(STEPS) else None

    def next(self) -> bool:
        """The step's main button: save the profile and go on; Finish on the last step."""
        if self.workspace is None:
            return False
        if self.step == PROFILE and not self._profile_saved and not self.save_profile():
            return False
        following = self._after(self.step)
        if following is None:
            self.navigate_requested.emit("dashboard", "")
            return True
        self.go_to(following)
        return True

    def skip(self) -> None:
        following = self._after(self.step)
        if following is None:
            self.navigate_requested.emit("dashboard", "")
        else:
            self.go_to(following)

    def back(self) -> None:
        index = STEPS.index(self.step)
        if index > 0:
            self.go_to(STEPS[index - 1])

    def save_profile(self) -> bool:
        form = self.ui.profileStep.form
        if self.workspace is None or not form.validate(show_all=True):
            return False
        profile = form.profile()
        parent = (form.value("parent_name"), form.value("parent_email"))
        command = ProfileCommand(
            self._run,
            self._report,
            self.tr("Change the institution profile"),
            lambda s: actions.save_profile(s, profile, *parent),
            lambda s, old: actions.save_profile(s, *old),
        )
        try:
            command.execute()
        except PlanDeskError as exc:
            show_problem(self.ui.profileStep.error, _sentence(error_text(exc)))
            return False
        self.undo_stack.push(command)
        self._profile_saved = True
        return True

    def _run(self, summary: str, work: ProfileWork) -> Any:
        assert self.workspace is not None
        with self.workspace.db.unit(summary) as session:
            result = work(session)
        self.refresh()
        self.data_changed.emit()
        return result

    def _report(self, message: str) -> None:
        show_error(self, self.tr("The change could not be made"), message)

    def _on_plan_choice(self, choice: str) -> None:
        targets = {
            "start": ("plan", "start"),
            "import": ("plan", "import"),
            "template": ("plan", "import"),
            "events": ("events", "new"),
            "demo": ("", "demo"),
        }
        self.navigate_requested.emit(*targets[choice])

    # -- typed text ----------------------------------------------------------------------
    def unsaved_changes(self) -> str:
        if self.workspace is None or self._profile_saved:
            return ""
        return self.tr("the institution profile on the Getting started page")

    def save_changes(self) -> bool:
        return self.save_profile()

    def discard_changes(self) -> None:
        self._profile_saved = True

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.titleLabel.setText(self.title())
        self.ui.introLabel.setText(
            self.tr(
                "Three steps make PlanDesk ready for your first signed return. Do each now or "
                "skip it: the Dashboard shows what is still missing and leads back here."
            )
        )
        self.ui.backButton.setText(self.tr("Back"))
        self.ui.stepBar.retranslate()
        for step in self.ui.steps.values():
            step.retranslate()
        self._show()


def _sentence(message: str) -> str:
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."

"""Getting started: the welcome path of a new database, in three steps a clerk can do now or
skip — who we are, our plan, our signature. Shown on a database without an institution or a
plan; the Dashboard leads back here for what is still missing."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QUndoStack
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
from app.ui.dashboard.palette import show_problem
from app.ui.dialogs import show_error
from app.ui.focus import chain_tab_order
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.settings_page.commands import SettingCommand
from app.ui.settings_page.lazy import actions
from app.ui.style import scaled_font
from app.ui.welcome.state import IDENTITY, PLAN, PROFILE, STEPS, SetupState
from app.ui.welcome.steps import IdentityStep, PlanStep, ProfileStep, StepBar

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

MAX_WIDTH_CHARS = 120


class WelcomePage(Page):
    name = "welcome"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.workspace: Workspace | None = None
        self.state = SetupState()
        self.step = PROFILE
        self.identity_panel: Any = None
        self._profile_saved = False  # the form holds what is stored
        self._build()
        self.ui = SimpleNamespace(titleLabel=self.title_label)
        self._connect_signals()
        self.retranslate()
        self._show()

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
        layout.setSpacing(10)
        self.title_label = QLabel(column)
        self.title_label.setProperty("role", "pageTitle")
        self.title_label.setFont(scaled_font(self.font(), 1.25, QFont.Weight.DemiBold))
        layout.addWidget(self.title_label)
        self.intro = QLabel(column)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        layout.addWidget(self.intro)
        self.bar = StepBar(column)
        layout.addWidget(self.bar)
        # the step shown, the others hidden (the page is as tall as the step, no taller)
        self.stack = QWidget(column)
        stack_layout = QVBoxLayout(self.stack)
        stack_layout.setContentsMargins(0, 0, 0, 0)
        self.profile_step = ProfileStep(self.stack)
        self.plan_step = PlanStep(self.stack)
        self.identity_step = IdentityStep(self.stack)
        self.steps = {
            PROFILE: self.profile_step,
            PLAN: self.plan_step,
            IDENTITY: self.identity_step,
        }
        for widget in self.steps.values():
            stack_layout.addWidget(widget)
        layout.addWidget(self.stack)
        row = QHBoxLayout()
        self.back_button = QPushButton(column)
        self.back_button.setObjectName("backButton")
        self.skip_button = QPushButton(column)
        self.skip_button.setObjectName("skipButton")
        self.next_button = QPushButton(column)
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("role", "primary")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        layout.addStretch(1)
        # Ctrl+Enter: the step's main button, from any field
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.next)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        form = self.profile_step.form
        chain: list[QWidget] = [*self.bar.buttons.values()]
        chain += form.tab_chain()
        chain += [self.plan_step.buttons[c] for c in self.plan_step.CHOICES]
        chain += [self.next_button, self.skip_button, self.back_button]
        chain_tab_order(chain)

    def _connect_signals(self) -> None:
        self.bar.chosen.connect(self.go_to)
        self.next_button.clicked.connect(self.next)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.plan_step.chosen.connect(self._on_plan_choice)
        self.profile_step.form.edited.connect(self._on_profile_edited)
        for edit in self.profile_step.form.edits.values():
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

        layout = self.identity_step.area.layout()
        if self.identity_panel is not None:
            layout.removeWidget(self.identity_panel)
            self.identity_panel.deleteLater()
        self.identity_panel = IdentityPanel(workspace, self.identity_step.area, heading=False)
        self.identity_panel.changed.connect(self._on_identity_changed)
        layout.addWidget(self.identity_panel)
        self.setTabOrder(self.plan_step.buttons["demo"], self.identity_panel.createButton)
        self.setTabOrder(self.identity_panel.createButton, self.identity_panel.importButton)
        self.setTabOrder(self.identity_panel.importButton, self.next_button)

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
                show_problem(self.profile_step.error, error_text(exc))
            else:
                self.profile_step.form.load(*profile)
                self._profile_saved = True
            if self.identity_panel is not None:
                self.identity_panel.refresh()
        self.plan_step.show_plan(self.state.plan_title, self.state.activities)
        self._show()

    def _on_identity_changed(self) -> None:
        self.data_changed.emit()
        self.refresh()
        if self.isVisible() and self.step == IDENTITY:  # done here: Enter finishes
            self.window().activateWindow()
            self.next_button.setFocus()

    def _on_profile_edited(self) -> None:
        self._profile_saved = False
        show_problem(self.profile_step.error, "")

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
            return self.profile_step.form.edits["name"]
        if self.step == PLAN:
            return self.plan_step.buttons["start" if not self.state.plan_title else "import"]
        if self.identity_panel is None:
            return None
        return self.identity_panel.createButton if not self.state.identity else self.next_button

    def _show(self) -> None:
        has_db = self.workspace is not None
        for step, widget in self.steps.items():
            widget.setVisible(step == self.step)
        done = {step: self.state.is_done(step) for step in STEPS}
        self.bar.show_state(self.step, done)
        self.bar.retranslate()
        for widget in (self.stack, self.next_button, self.skip_button, self.bar):
            widget.setEnabled(has_db)
        self.back_button.setEnabled(has_db and self.step != STEPS[0])
        last = self.step == STEPS[-1]
        if self.step == PROFILE:
            self.next_button.setText(self.tr("Save and continue"))
        elif last:
            self.next_button.setText(self.tr("Finish"))
        else:
            self.next_button.setText(self.tr("Continue"))
        self.skip_button.setText(self.tr("Skip for now"))
        self.skip_button.setVisible(not done[self.step])

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
        form = self.profile_step.form
        if self.workspace is None or not form.validate(show_all=True):
            return False
        profile = form.profile()
        parent = (form.value("parent_name"), form.value("parent_email"))
        command = SettingCommand(
            self._run,
            self._report,
            self.tr("Change the institution profile"),
            lambda s, _p: actions.save_profile(s, profile, *parent),
            lambda s, _p, old: actions.save_profile(s, *old),
        )
        try:
            command.execute()
        except PlanDeskError as exc:
            show_problem(self.profile_step.error, _sentence(error_text(exc)))
            return False
        self.undo_stack.push(command)
        self._profile_saved = True
        return True

    def _run(self, summary: str, work: Any) -> Any:
        assert self.workspace is not None
        from app.services.plans import current_plan

        with self.workspace.db.unit(summary) as session:
            result = work(session, current_plan(session))
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
        self.title_label.setText(self.title())
        self.intro.setText(
            self.tr(
                "Three steps make PlanDesk ready for your first signed return. Do each now or "
                "skip it: the Dashboard shows what is still missing and leads back here."
            )
        )
        self.back_button.setText(self.tr("Back"))
        self.bar.retranslate()
        for step in self.steps.values():
            step.retranslate()
        self._show()


def _sentence(message: str) -> str:
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."

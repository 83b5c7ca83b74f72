"""The widgets of the Getting started page, laid out (the page wires and fills them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.welcome.state import IDENTITY, PLAN, PROFILE
from app.ui.welcome.steps import IdentityStep, PlanStep, ProfileStep, StepBar
from app.ui.widgets.page_frame import intro_label, scrolled_column, title_label

MAX_WIDTH_CHARS = 120

Step = ProfileStep | PlanStep | IdentityStep


class WelcomePageUi:
    """The Getting started page's widgets, laid out in code the way a Designer form would
    be; the page keeps one as ``self.ui``."""

    titleLabel: QLabel
    introLabel: QLabel
    stepBar: StepBar
    stepStack: QWidget
    profileStep: ProfileStep
    planStep: PlanStep
    identityStep: IdentityStep
    steps: dict[str, Step]
    backButton: QPushButton
    skipButton: QPushButton
    nextButton: QPushButton

    def setup_ui(self, page: QWidget) -> None:
        _scroll, column, layout = scrolled_column(page, MAX_WIDTH_CHARS, 10)
        self.titleLabel = title_label(column, page.font())
        layout.addWidget(self.titleLabel)
        self.introLabel = intro_label(column)
        layout.addWidget(self.introLabel)
        self.stepBar = StepBar(column)
        layout.addWidget(self.stepBar)
        # the step shown, the others hidden (the page is as tall as the step, no taller)
        self.stepStack = QWidget(column)
        stack_layout = QVBoxLayout(self.stepStack)
        stack_layout.setContentsMargins(0, 0, 0, 0)
        self.profileStep = ProfileStep(self.stepStack)
        self.planStep = PlanStep(self.stepStack)
        self.identityStep = IdentityStep(self.stepStack)
        self.steps = {
            PROFILE: self.profileStep,
            PLAN: self.planStep,
            IDENTITY: self.identityStep,
        }
        for widget in self.steps.values():
            stack_layout.addWidget(widget)
        layout.addWidget(self.stepStack)
        row = QHBoxLayout()
        self.backButton = QPushButton(column)
        self.backButton.setObjectName("backButton")
        self.skipButton = QPushButton(column)
        self.skipButton.setObjectName("skipButton")
        self.nextButton = QPushButton(column)
        self.nextButton.setObjectName("nextButton")
        self.nextButton.setProperty("role", "primary")
        row.addWidget(self.backButton)
        row.addStretch(1)
        row.addWidget(self.skipButton)
        row.addWidget(self.nextButton)
        layout.addLayout(row)
        layout.addStretch(1)

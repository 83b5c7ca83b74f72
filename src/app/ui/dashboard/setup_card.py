"""The Dashboard's "still to do" strip: each step of the welcome path not done yet, with a
button that leads to it (hidden once everything is set up)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.ui.dashboard import palette
from app.ui.icons import pixmap
from app.ui.welcome.state import IDENTITY, PLAN, PROFILE, STEPS
from app.ui.widgets.flow_layout import flow_widget

ICON = 20


class SetupCard(QFrame):
    chosen = Signal(str)  # the step: profile, plan or identity

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupCard")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(10)
        self.icon = QLabel(self)
        self.icon.setPixmap(pixmap("due-soon", ICON, palette.SOON, self.devicePixelRatioF()))
        self.label = QLabel(self)
        self.label.setObjectName("setupLabel")
        row.addWidget(self.icon)
        self.buttons: dict[str, QPushButton] = {}
        for step in STEPS:
            button = QPushButton(self)
            button.setObjectName(f"{step}SetupButton")
            button.setIconSize(QSize(ICON, ICON))
            button.clicked.connect(lambda _on, s=step: self.chosen.emit(s))
            self.buttons[step] = button
        # the sentence and its buttons wrap onto more lines on a small screen
        row.addWidget(flow_widget(self, [self.label, *self.buttons.values()]), 1)
        self.missing: tuple[str, ...] = ()
        self.retranslate()
        self.hide()

    def show_missing(self, missing: tuple[str, ...]) -> None:
        self.missing = tuple(missing)
        for step, button in self.buttons.items():
            button.setVisible(step in self.missing)
        self.setVisible(bool(self.missing))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Still to do before the first signed return:"))
        words = {
            PROFILE: self.tr("Set up the institution…"),
            PLAN: self.tr("Bring in the plan…"),
            IDENTITY: self.tr("Create or import the signature…"),
        }
        for step, button in self.buttons.items():
            button.setText(words[step])

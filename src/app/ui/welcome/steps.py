"""The welcome page's parts: the step bar and the three steps (who we are, our plan, our
signature). The page wires them; the forms are those of the Settings page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.ui.dashboard.cards import Card
from app.ui.dashboard.palette import error_label
from app.ui.formats import fill
from app.ui.icons import icon, pixmap
from app.ui.returns.states import GREEN, GREY
from app.ui.settings_page.profile import ProfileForm
from app.ui.style import scaled_font
from app.ui.welcome.state import IDENTITY, PLAN, PROFILE, STEPS

ICON = 20


class StepBar(QWidget):
    """Three checkable buttons, one per step, each marked done (✓) or still to do."""

    chosen = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for step in STEPS:
            button = QPushButton(self)
            button.setObjectName(f"{step}StepButton")
            button.setProperty("role", "step")
            button.setCheckable(True)
            button.setIconSize(QSize(ICON, ICON))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _on, s=step: self.chosen.emit(s))
            self.group.addButton(button)
            self.buttons[step] = button
            row.addWidget(button, 1)
        self._done: dict[str, bool] = dict.fromkeys(STEPS, False)

    def show_state(self, current: str, done: dict[str, bool]) -> None:
        self._done = dict(done)
        ratio = self.devicePixelRatioF()
        for step, button in self.buttons.items():
            name, colour = ("state-ok", GREEN) if done.get(step) else ("state-missing", GREY)
            button.setIcon(pixmap(name, ICON, colour, ratio))
            button.setChecked(step == current)

    def retranslate(self) -> None:
        words = {
            PROFILE: self.tr("1 · Who we are"),
            PLAN: self.tr("2 · Our plan"),
            IDENTITY: self.tr("3 · Our signature"),
        }
        state = {True: self.tr("done"), False: self.tr("still to do")}
        for step, button in self.buttons.items():
            button.setText(words[step])
            button.setAccessibleDescription(state[self._done.get(step, False)])


class ProfileStep(Card):
    """Step 1: the institution's profile (the Settings page's form), saved with Next."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.body.addWidget(self.intro)
        self.form = ProfileForm(self)
        self.body.addWidget(self.form)
        self.error = error_label(self, reserve=True)
        self.body.addWidget(self.error)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who we are"))
        self.intro.setText(
            self.tr(
                "The institution that signs the returns, its head, and the institution it "
                "reports to with that one's e-mail address (the returns are addressed to it). "
                "Everything can be changed later in Settings."
            )
        )
        self.form.retranslate()


class PlanStep(Card):
    """Step 2: where the plan comes from. Each choice is a button with a line about it."""

    chosen = Signal(str)  # "start", "import", "template", "events", "demo"

    CHOICES = ("start", "import", "template", "events", "demo")
    ICONS = {
        "start": "add",
        "import": "import",
        "template": "sign",
        "events": "events",
        "demo": "database",
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.body.addWidget(self.intro)
        self.status = QLabel(self)
        self.status.setObjectName("planStatusLabel")
        self.status.setWordWrap(True)
        self.status.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.body.addWidget(self.status)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        for row, choice in enumerate(self.CHOICES):
            button = QPushButton(icon(self.ICONS[choice]), "", self)
            button.setObjectName(f"{choice}ChoiceButton")
            button.setIconSize(QSize(ICON, ICON))
            button.clicked.connect(lambda _on, c=choice: self.chosen.emit(c))
            note = QLabel(self)
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            note.setBuddy(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(note, row, 1)
            self.buttons[choice] = button
            self.notes[choice] = note
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self._plan = ("", 0)

    def show_plan(self, title: str, activities: int) -> None:
        self._plan = (title, activities)
        self._show_status()

    def _show_status(self) -> None:
        title, activities = self._plan
        if title:
            text = fill(self.tr("Your plan: “%1”, %n activities.", "", activities), title)
        else:
            text = self.tr("There is no plan in this database yet.")
        self.status.setText(text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Our plan"))
        self.intro.setText(
            self.tr(
                "The goals and activities you report on, period after period. Choose how it "
                "comes into PlanDesk; whatever you choose is one step of Edit → Undo."
            )
        )
        texts = {
            "start": (
                self.tr("Type it in…"),
                self.tr("Start with an empty table: its title and periods, then goal by goal."),
            ),
            "import": (
                self.tr("Import a file…"),
                self.tr("An Excel or CSV table of the plan, its columns matched in a preview."),
            ),
            "template": (
                self.tr("Open a template…"),
                self.tr(
                    "The signed plan file (.json) your directorate sent: its signature is "
                    "checked before anything is stored."
                ),
            ),
            "events": (
                self.tr("We keep no plan"),
                self.tr("Only log the events you hold; a plan of events, a period a year."),
            ),
            "demo": (
                self.tr("Try the demo…"),
                self.tr(
                    "A ready-made example in a separate file, to look around first; this "
                    "database stays as it is."
                ),
            ),
        }
        for choice, (text, note) in texts.items():
            self.buttons[choice].setText(text)
            self.notes[choice].setText(note)
        self._show_status()


class IdentityStep(Card):
    """Step 3: the signing identity (the Settings page's panel, put in by the page)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.body.addWidget(self.intro)
        self.area = QWidget(self)
        self.area.setObjectName("identityArea")
        self.area_layout = QHBoxLayout(self.area)  # the page puts its identity panel here
        self.area_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.area)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Our signature"))
        self.intro.setText(
            self.tr(
                "Returns are signed digitally with your institution's key. PlanDesk can "
                "create one (with its own root certificate, which you give to the institution "
                "you report to), or use the .p12 file you already have."
            )
        )

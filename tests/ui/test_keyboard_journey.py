"""From nothing to a signed return with the keyboard alone, on an empty database: who we are,
a plan typed in (a goal and an activity), a signing identity created, the return of the
current period signed. Every key goes to the widget that has the focus, as a clerk's would;
the presses are counted (the number is in the issue's closing note).

The one thing not done with keys is the folder dialog's own browsing (the system's dialog):
the test answers it with a folder, counted as the one Enter that accepts it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services.identity import active
from app.services.plans import current_plan, load_tree
from app.services.returns import list_returns
from app.ui.launcher import Launcher
from tests.ui.conftest import LauncherFactory

PASSWORD = "school-key-2025"
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Presses keys where the focus is, and counts them."""

    def __init__(self, qtbot, launcher: Launcher) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.launcher = launcher
        self.presses = 0
        self.typed = 0  # of them, characters typed into fields

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard has nowhere to go"
        return widget

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focus(), key, modifiers)
        self.presses += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        self.presses += len(text)
        self.typed += len(text)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def wait_focus(self, widget: QWidget) -> None:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=10000)


def test_from_an_empty_database_to_a_signed_return_with_the_keyboard_alone(
    make_launcher: LauncherFactory, tmp_path: Path, qtbot
) -> None:
    launcher = make_launcher(tmp_path / "school.sqlite")
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    window = launcher.window
    keys = Keyboard(qtbot, launcher)

    # 1. who we are: the welcome page opened with the cursor in Name
    welcome = window.page("welcome")
    form = welcome.ui.profileStep.form
    keys.wait_focus(form.edits["name"])
    keys.type("Ataturk Ortaokulu")
    keys.tab()
    keys.type("SCH-7")
    keys.tab(3)  # kind and language keep their defaults (a school, English)
    keys.type("Ayse Kaya")
    keys.tab()
    keys.type("Okul Muduru")
    keys.tab(2)  # no e-mail of our own
    keys.type("MEB-10")
    keys.tab()
    keys.type("Il MEM")
    keys.tab()
    keys.type("ilmem@example.gov.tr")
    keys.press(Qt.Key.Key_Return)  # save and continue

    # 2. our plan: typed in
    assert welcome.step == "plan"
    keys.wait_focus(welcome.ui.planStep.buttons["start"])
    keys.press(Qt.Key.Key_Space)  # Type it in…
    dialog = window.page("plan").last_dialog
    keys.wait_focus(dialog.title_edit)
    keys.type("School plan")
    keys.press(Qt.Key.Key_Return)  # this year, quarters
    plan_page = window.page("plan")
    keys.wait_focus(plan_page.details.texts["description"])
    keys.type("Awareness")
    keys.press(Qt.Key.Key_Return)  # back to the table
    keys.wait_focus(plan_page.ui.treeView)
    keys.press(Qt.Key.Key_Insert)  # an activity under the goal
    keys.wait_focus(plan_page.details.texts["description"])
    keys.type("Seminar for parents")
    keys.press(Qt.Key.Key_Return)

    # 3. our signature: from the Dashboard's "still to do"
    keys.press(Qt.Key.Key_1, CTRL)
    dashboard = window.page("dashboard")
    assert dashboard.ui.setupCard.missing == ("identity",)
    keys.wait_focus(dashboard.ui.setupCard.buttons["identity"])
    keys.press(Qt.Key.Key_Space)
    panel = welcome.identity_panel
    keys.wait_focus(panel.createButton)
    keys.press(Qt.Key.Key_Space)  # Create…
    password = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "passwordDialog" and w.isVisible()
    )
    keys.wait_focus(password.password_edit)
    keys.type(PASSWORD)
    keys.tab()
    keys.type(PASSWORD)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.shown is not None, timeout=60000)

    # 4. the return of the current period, signed and saved
    keys.press(Qt.Key.Key_6, CTRL)
    returns = window.page("returns")
    keys.wait_focus(returns.ui.periodCombo)
    folder = tmp_path / "returns"
    folder.mkdir()
    asked: list[str] = []
    returns.choose_folder = lambda start: asked.append(start) or folder  # type: ignore[method-assign]
    keys.tab(3)  # language, Preview, Sign and save…
    assert QApplication.focusWidget() is returns.ui.signButton
    keys.press(Qt.Key.Key_Space)
    sign = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "passwordDialog" and w.isVisible()
    )
    keys.wait_focus(sign.password_edit)
    keys.type(PASSWORD)
    keys.press(Qt.Key.Key_Return)
    keys.presses += 1  # the folder dialog's Enter (answered above)
    assert asked
    qtbot.waitUntil(lambda: returns.signed is not None, timeout=60000)

    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 2 and files[0].endswith(".pdf") and files[1].endswith(".xlsx")
    with launcher.workspace.db.unit() as s:
        plan = current_plan(s)
        assert plan is not None
        assert [(r.kind, r.description) for r in load_tree(s, plan.id)] == [
            ("goal", "Awareness"),
            ("activity", "Seminar for parents"),
        ]
        assert active(s).subject
        assert {r["status"] for r in list_returns(s, plan)} == {"signed"}
    print(
        f"\nkey presses from an empty database to a signed return: {keys.presses} "
        f"({keys.typed} characters typed into fields, {keys.presses - keys.typed} other keys)"
    )
    assert keys.presses - keys.typed <= 30

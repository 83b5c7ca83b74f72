"""Signing and sending in the window: the wrong password is said before the folder is asked,
the folder dialog starts where a folder exists, the preview says the return is signed, and a
signed return made before a restart opens, shows its folder and goes into an e-mail (shown in
its folder when no mail program takes it)."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl

from app.ui.layout_memory import LayoutMemory
from app.ui.pages.returns import ReturnsPage
from app.ui.settings import open_store
from app.ui.workspace import Workspace, open_workspace
from tests.ui.test_returns_page import PERIOD, PW, page, signed_template, workspace  # noqa: F401


def shown_page(qtbot, ws: Workspace, store: QSettings) -> ReturnsPage:  # type: ignore[no-untyped-def]
    returns = ReturnsPage()
    qtbot.addWidget(returns)
    returns.remember_layout(LayoutMemory(store))
    returns.set_workspace(ws)
    returns.ui.periodCombo.setCurrentIndex(returns.ui.periodCombo.findData(PERIOD))
    returns.resize(1100, 700)
    returns.show()
    return returns


def test_a_wrong_password_is_said_before_the_folder_is_asked(qtbot, page: ReturnsPage) -> None:  # noqa: F811
    asked: list[str] = []
    page.choose_folder = lambda start: asked.append(start)  # type: ignore[method-assign]
    dialog = page.ask_password()
    assert dialog is not None
    qtbot.keyClicks(dialog.password_edit, "not the password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and asked == []  # still asking, no folder dialog
    assert dialog.hint.isVisible() and "does not open" in dialog.hint.text()
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_A)  # the next try: the line goes
    assert not dialog.hint.isVisible()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, PW)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(asked) == 1 and Path(asked[0]).is_dir()  # a folder that exists


def test_after_signing_and_a_restart_the_return_opens_and_goes_into_an_email(
    qtbot,
    workspace: Workspace,  # noqa: F811
    tmp_path: Path,
) -> None:
    store = open_store()
    returns = shown_page(qtbot, workspace, store)
    out = tmp_path / "out"
    out.mkdir()
    returns.choose_folder = lambda _start: out  # type: ignore[method-assign]
    task = returns.start_preview()
    assert task is not None
    qtbot.waitUntil(lambda: task.done.is_set() and returns._task is None, timeout=60000)
    with qtbot.waitSignal(returns.data_changed, timeout=60000):
        returns.sign_to(out, PW)
    message = returns.ui.preview.message.text()
    assert "signed" in message and "not signed" not in message
    path = workspace.path
    returns.close()
    workspace.close()

    # a restart: another returns on the same database, the same settings
    again = open_workspace(path)
    try:
        returns = shown_page(qtbot, again, store)
        opened: list[str] = []
        returns.open_url = lambda url: bool(opened.append(QUrl(url).toLocalFile()))  # no program
        assert returns.ui.emailButton.isEnabled()
        eml = returns.prepare_email()
        assert eml is not None and eml.parent == out
        assert opened == [str(eml), str(out)]  # the mail program did not take it: its folder
        assert eml.name in returns.ui.noticeLabel.text()
        msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        assert sorted(p.get_filename() for p in msg.iter_attachments()) == [
            f"MEB-10_{PERIOD}_v1.pdf",
            f"MEB-10_{PERIOD}_v1.xlsx",
        ]
        # the list: Enter (or a double-click) opens the file; the menu shows its folder
        opened.clear()
        returns.open_url = lambda url: bool(opened.append(QUrl(url).toLocalFile())) or True
        view = returns.ui.returnsView
        view.setCurrentIndex(returns.proxy.index(0, 0))
        view.activated.emit(returns.proxy.index(0, 0))
        assert opened and Path(opened[-1]).parent == out and Path(opened[-1]).is_file()
        menu = returns.row_menu(0)
        folder_action = next(a for a in menu.actions() if a.text() == "Show in folder")
        folder_action.trigger()
        assert opened[-1] == str(out)
        menu.close()
        # a moved file is said, not opened
        for file in out.glob("*.pdf"):
            file.rename(tmp_path / file.name)
        opened.clear()
        pdf_row = next(
            r
            for r in range(returns.proxy.rowCount())
            if returns.proxy.index(r, 5).data().endswith(".pdf")
        )
        assert not returns.open_return(pdf_row)
        assert opened == [] and "no longer where it was saved" in returns.ui.noticeLabel.text()
    finally:
        again.close()

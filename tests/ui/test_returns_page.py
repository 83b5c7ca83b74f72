"""The Returns page: preview, sign and save both files, prepare the e-mail, correct."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from app.cli.main import run
from app.ui.pages.returns import ReturnsPage
from app.ui.returns.returns_model import ReturnsModel
from app.ui.workspace import Workspace, open_workspace
from tests.helpers import copy_db

PW = "correct horse battery"
PERIOD = "2021-T1"


@pytest.fixture(scope="module")
def signed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with a signing identity (through the command line)."""
    db = tmp_path_factory.mktemp("returns") / "school.sqlite"
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    try:
        assert run(["--db", str(db), "demo"]) == 0
        assert run(["--db", str(db), "identity", "create"]) == 0
    finally:
        mp.undo()
    return db


@pytest.fixture
def workspace(signed_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    target = tmp_path / "db" / "school.sqlite"
    target.parent.mkdir()
    copy_db(signed_template, target)
    ws = open_workspace(target)
    yield ws
    ws.close()


@pytest.fixture
def page(qtbot, workspace: Workspace) -> ReturnsPage:  # type: ignore[no-untyped-def]
    page = ReturnsPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData(PERIOD))
    page.resize(1100, 700)
    page.show()
    return page


def _wait(qtbot, task) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: task.done.is_set(), timeout=60000)
    qtbot.waitUntil(lambda: True)
    QApplication.processEvents()


def test_preview_shows_pages(qtbot, page: ReturnsPage) -> None:  # type: ignore[no-untyped-def]
    task = page.start_preview()
    assert task is not None and not page.ui.signButton.isEnabled()  # busy
    _wait(qtbot, task)
    assert page.last_error == ""
    qtbot.waitUntil(lambda: bool(page.ui.preview.page_labels))
    first = page.ui.preview.page_labels[0].pixmap()
    assert first.width() > first.height() > 300  # landscape A4 at 70 dpi
    assert page.ui.signButton.isEnabled()


def test_sign_save_email_and_correct(  # type: ignore[no-untyped-def]
    qtbot, page: ReturnsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.trust import stored_trust
    from app.services.verify import verify_file

    opened: list[str] = []
    monkeypatch.setattr(
        "app.ui.pages.returns.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,  # a mail program took it
    )
    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("ru"))
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(page.data_changed, timeout=60000):
        page.sign_to(out, PW)
    assert sorted(p.name for p in out.iterdir()) == [
        f"MEB-10_{PERIOD}_v1.pdf",
        f"MEB-10_{PERIOD}_v1.xlsx",
    ]
    with page._workspace.db.unit() as session:  # type: ignore[union-attr]
        trust = stored_trust(session)
    for path in out.iterdir():
        result = verify_file(path, trust)
        assert result.ok, result.reason
        assert result.payload is not None and result.payload["language"] == "ru"
    # the list shows it, locked, with the short hash and the full one in the tooltip
    model = page.model
    assert model.rowCount() == 2
    assert {model.row_data(r)["status"] for r in range(2)} == {"signed"}
    assert page.ui.lockFrame.isVisibleTo(page)
    hash_index = model.index(0, 6)
    assert model.data(hash_index).endswith("…")
    assert len(model.data(hash_index, 3)) == 64  # ToolTipRole
    # the e-mail: both files, Russian text, to the parent
    eml = page.prepare_email()
    assert eml is not None and opened == [str(eml)]
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "kysm-koordinasyon@example.gov.tr"
    assert "Отчёт" in msg["Subject"]
    assert [p.get_filename() for p in msg.iter_attachments()] == [
        f"MEB-10_{PERIOD}_v1.pdf",
        f"MEB-10_{PERIOD}_v1.xlsx",
    ]
    # correct: confirm, the period opens, the next return is version 2
    box = page.ask_correct()
    assert box is not None
    correct = next(b for b in box.buttons() if b.text() == "Correct")
    with qtbot.waitSignal(page.data_changed):
        correct.click()
    assert not page.ui.lockFrame.isVisibleTo(page)
    assert {page.model.row_data(r)["status"] for r in range(2)} == {"superseded"}
    assert "version 2" in page.ui.noticeLabel.text()


def test_wrong_password_saves_nothing(qtbot, page: ReturnsPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    task = page.sign_to(out, "not the password")
    _wait(qtbot, task)
    qtbot.waitUntil(lambda: page.last_error != "")
    assert "wrong password" in page.last_error
    assert list(out.iterdir()) == []
    assert page.model.rowCount() == 0


def test_password_dialog(qtbot, page: ReturnsPage) -> None:  # type: ignore[no-untyped-def]
    dialog = page.ask_password()
    assert dialog is not None and dialog.isVisible()
    assert [b.text() for b in dialog.buttons.buttons()] == ["OK", "Cancel"]
    dialog.reject()


def test_returns_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReturnsModel()
    row = {
        "period": PERIOD,
        "version": 1,
        "status": "signed",
        "file": "x.pdf",
        "file_sha256": "ab" * 32,
        "payload_sha256": "cd" * 32,
        "signer": "CN=Ayşe,O=Okul",
        "signed_at": "2021-05-01T10:00:00",
    }
    model.set_rows([row, {**row, "version": 2, "status": "superseded"}], {PERIOD: "I. dönem"})
    qtmodeltester.check(model)
    assert model.data(model.index(0, 3)) == "Ayşe"

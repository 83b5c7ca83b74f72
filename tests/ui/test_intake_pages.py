"""The Intake and Completeness pages on a directorate built through the command line."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import run
from app.ui.intake.lines_model import IntakeLinesModel
from app.ui.intake.status_model import StatusModel
from app.ui.pages.completeness import CompletenessPage
from app.ui.pages.intake import IntakePage
from app.ui.workspace import Workspace, open_workspace
from tests.helpers import copy_db

PW = "correct horse battery"
PERIOD = "2021-T1"
SCHOOLS = {  # code: (name, registered, sends a return)
    "OKUL-1": ("Karesi Anadolu Lisesi", True, True),
    "OKUL-2": ("Altıeylül İlkokulu", True, True),
    "OKUL-3": ("Bandırma Ortaokulu", True, False),
    "YABANCI": ("Kayıtsız Okul", False, True),
}


def ok(*args: str | Path) -> None:
    assert run([str(a) for a in args]) == 0, args


def build_directorate(tmp: Path, schools: dict[str, tuple[str, bool, bool]]) -> dict[str, Path]:
    """A directorate (the demo plan) with subordinates and an inbox of their signed returns.

    Needs PLANDESK_KEY_PASSWORD set.
    """
    dist, inbox = tmp / "directorate.sqlite", tmp / "inbox"
    inbox.mkdir()
    ok("--db", dist, "demo")
    ok("--db", dist, "identity", "create")
    ok("--db", dist, "template", "export", "--out", tmp / "template.json")
    ok("--db", dist, "identity", "export-trust", "--out", tmp / "directorate.pem")
    for number, (code, (name, registered, sends)) in enumerate(schools.items()):
        db = tmp / f"{code}.sqlite"
        ok("--db", db, "institution", "set", "--name", name, "--code", code, "--kind", "school")
        ok("--db", db, "plan", "import", tmp / "template.json", "--trust", tmp / "directorate.pem")
        ok("--db", db, "identity", "create")
        ok("--db", db, "identity", "export-trust", "--out", tmp / f"{code}.pem")
        if registered:
            mail = f"{code.lower()}@example.edu.tr"
            ok("--db", dist, "subordinate", "add", "--code", code, "--name", name,
               "--email", mail, "--trust", tmp / f"{code}.pem")  # fmt: skip
        if sends:
            ok("--db", db, "progress", "set", "2.1.4", "--period", PERIOD, "--status", "done",
               "--participants", str(20 + number))  # fmt: skip
            fmt = "pdf" if number % 2 else "xlsx"
            ok("--db", db, "return", "export", "--period", PERIOD, "--format", fmt, "--sign",
               "--out", inbox / f"{code}_{PERIOD}_v1.{fmt}")  # fmt: skip
    (inbox / "notes.docx").write_bytes(b"not a return")
    return {"db": dist, "inbox": inbox}


@pytest.fixture(scope="module")
def directorate(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    try:
        return build_directorate(tmp_path_factory.mktemp("directorate"), SCHOOLS)
    finally:
        mp.undo()


@pytest.fixture
def workspace(directorate: dict[str, Path], tmp_path: Path) -> Iterator[Workspace]:
    target = tmp_path / "db" / "directorate.sqlite"
    target.parent.mkdir()
    copy_db(directorate["db"], target)
    ws = open_workspace(target)
    yield ws
    ws.close()


def _intake(qtbot, page: IntakePage, paths: list[Path]) -> list:  # type: ignore[no-untyped-def]
    task = page.start_intake(paths)
    assert task is not None and page.ui.progressRow.isVisibleTo(page)
    assert not page.ui.addFilesButton.isEnabled()  # busy
    qtbot.waitUntil(lambda: task.done.is_set(), timeout=120000)
    qtbot.waitUntil(lambda: page._task is None)
    assert page.last_error == ""
    return page.model.lines()


def test_intake_of_a_folder(qtbot, workspace: Workspace, directorate) -> None:  # type: ignore[no-untyped-def]
    page = IntakePage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.show()
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.data_changed, timeout=120000):
        page.start_intake([directorate["inbox"]])
    qtbot.waitUntil(lambda: page._task is None)
    lines = {line.file.split("_")[0]: line for line in page.model.lines()}
    assert lines["OKUL-1"].outcome == lines["OKUL-2"].outcome == "late"  # 2021 signed today
    assert lines["YABANCI"].outcome == "rejected"
    assert "signer unknown" in lines["YABANCI"].reason
    assert lines["notes.docx"].outcome == "rejected"
    summary = page.ui.summaryLabel.text()
    assert "4 file(s)" in summary and "Late 2" in summary and "Rejected 2" in summary
    # a second intake of the same folder: the returns in are duplicates; the refused one is
    # judged again (its signer may have been registered since) and refused again
    again = _intake(qtbot, page, [directorate["inbox"]])
    outcomes = sorted(line.outcome for line in again)
    assert outcomes == ["duplicate", "duplicate", "rejected", "rejected"]
    # a new page shows the last intake from the database
    other = IntakePage()
    qtbot.addWidget(other)
    other.set_workspace(workspace)
    assert other.model.rowCount() >= 3
    assert "Last intake" in other.ui.summaryLabel.text()


def test_intake_of_another_period_is_rejected(qtbot, workspace: Workspace, directorate) -> None:  # type: ignore[no-untyped-def]
    page = IntakePage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData("2021-T2"))
    lines = _intake(qtbot, page, [directorate["inbox"] / f"OKUL-1_{PERIOD}_v1.xlsx"])
    assert [line.outcome for line in lines] == ["rejected"]
    assert "another period" in lines[0].reason


def test_completeness_counts_chart_and_reminders(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, directorate, tmp_path: Path
) -> None:
    intake = IntakePage()
    qtbot.addWidget(intake)
    intake.set_workspace(workspace)
    _intake(qtbot, intake, [directorate["inbox"]])
    page = CompletenessPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.resize(1100, 600)
    page.show()
    assert page.period() == PERIOD  # the latest period with returns
    assert page.counts()["late"] == 2 and page.counts()["overdue"] == 1
    assert dict(page.ui.statusChart.counts())["late"] == 2
    states = {page.model.row_data(r)["code"]: page.model.row_data(r)["state"] for r in range(3)}
    assert states == {"OKUL-1": "late", "OKUL-2": "late", "OKUL-3": "overdue"}
    assert page.ui.remindButton.isEnabled()
    task = page.write_reminders_to(tmp_path / "reminders")
    assert task is not None
    qtbot.waitUntil(lambda: bool(page.reminders), timeout=30000)
    assert [p.name for p in page.reminders] == [f"reminder_OKUL-3_{PERIOD}.eml"]
    assert "1 reminders written" in page.last_message or "1 reminder" in page.last_message
    msg = email.message_from_bytes(page.reminders[0].read_bytes(), policy=email.policy.default)
    assert msg["To"] == "okul-3@example.edu.tr"


def test_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from app.services.intake import IntakeLine

    lines = IntakeLinesModel()
    lines.set_lines(
        [
            IntakeLine("a.pdf", "accepted", "", "OKUL-1", PERIOD, 1),
            IntakeLine("b.xlsx", "rejected", "tampered: cell B7 differs"),
        ]
    )
    lines.append(IntakeLine("c.pdf", "duplicate", "this very file was already taken in"))
    qtmodeltester.check(lines)
    status = StatusModel()
    status.set_rows(
        [
            {
                "code": "OKUL-1",
                "name": "Karesi",
                "email": "",
                "state": "late",
                "version": 1,
                "signer": "CN=Ali",
                "received_at": "2021-05-20T10:00:00",
                "reason": "",
            },
            {
                "code": "OKUL-3",
                "name": "Bandırma",
                "email": "",
                "state": "missing",
                "version": None,
                "signer": "",
                "received_at": None,
                "reason": "",
            },
        ]
    )
    qtmodeltester.check(status)


def test_dropping_files_starts_an_intake(qtbot, workspace: Workspace, directorate) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    page = IntakePage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(directorate["inbox"] / f"OKUL-2_{PERIOD}_v1.pdf"))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.data_changed, timeout=60000):
        page.dropEvent(drop)
    qtbot.waitUntil(lambda: page._task is None)
    assert [line.outcome for line in page.model.lines()] == ["late"]


def test_reasons_are_shown_in_the_window_language(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, directorate
) -> None:
    """The services keep the reasons in English; both pages show them in Turkish."""
    from app.ui.intake.lines_model import COL_FILE, COL_REASON
    from app.ui.intake.status_model import COL_CODE, COL_NOTE
    from tests.ui.test_intake_reasons import ui_language

    inbox = directorate["inbox"]
    with ui_language("tr"):
        page = IntakePage()
        qtbot.addWidget(page)
        page.set_workspace(workspace)
        page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData("2021-T2"))
        files = [inbox / f"OKUL-1_{PERIOD}_v1.xlsx", inbox / f"YABANCI_{PERIOD}_v1.pdf"]
        lines = _intake(qtbot, page, [*files, inbox / "notes.docx"])
        assert [line.outcome for line in lines] == ["rejected"] * 3
        english = {line.file: line.reason for line in lines}  # the data stays English
        assert english[files[0].name].startswith("another period: ")
        shown = {
            page.model.index(r, COL_FILE).data(): page.model.index(r, COL_REASON).data()
            for r in range(page.model.rowCount())
        }
        assert shown[files[0].name] == (
            "başka bir dönem: 2021-T1; bu kabul işlemi 2021-T2 dönemi içindir"
        )
        # signed with a key nobody registered: the certificate's subject is kept as it is
        subject = english[files[1].name].split("(", 1)[1].rsplit(")", 1)[0]
        assert "PLANDESK:YABANCI" in subject
        assert (
            shown[files[1].name] == f"imzalayan tanınmıyor: imzalayan ({subject}) güvenilir değil"
        )
        assert shown["notes.docx"] == "rapor değil: yalnızca PDF, XLSX ve .eml dosyaları okunur"
        # the Completeness page: OKUL-1 rejected for 2021-T1, with the reason in Turkish
        completeness = CompletenessPage()
        qtbot.addWidget(completeness)
        completeness.set_workspace(workspace)
        assert completeness.period() == PERIOD
        model = completeness.model
        row = next(
            r for r in range(model.rowCount()) if model.index(r, COL_CODE).data() == "OKUL-1"
        )
        assert model.row_data(row)["state"] == "rejected"
        assert model.index(row, COL_NOTE).data() == shown[f"OKUL-1_{PERIOD}_v1.xlsx"]
    # back in English: the text the services wrote
    assert [page.model.index(r, COL_REASON).data() for r in range(3)] == [x.reason for x in lines]

"""The Subordinates page on a district made through the command line: the registry read
model, add / edit / remove with undo, a list imported (and undone), certificates trusted
from a file and from a return received, an identity issued; and navigation by kind."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from app.services.subordinates import SubordinateInput
from app.ui.pages.subordinates import SubordinatesPage
from app.ui.subordinates.model import COL_CERT, COL_EXPIRES, EXPIRING, NO_CERTIFICATE
from app.ui.workspace import Workspace, open_workspace
from tests.helpers import copy_db
from tests.ui.conftest import shown
from tests.ui.directorate_fixtures import (
    LONG_NAMES,
    PERIOD,
    PW,
    cli,
    make_district,
    make_school,
    sign_return,
)


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A district with OKUL-1 registered (its certificate trusted) and OKUL-2 not yet, and
    a return of each taken in (OKUL-2's refused: its signer unknown)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    try:
        folder = tmp_path_factory.mktemp("district")
        d = make_district(folder)
        inbox = folder / "inbox"
        one = make_school(d, "OKUL-1", LONG_NAMES["tr"], "tr")
        two = make_school(d, "OKUL-2", LONG_NAMES["ru"], "ru")
        cli("--db", d.db, "subordinate", "add", "--code", "OKUL-1", "--name", one.name,
            "--trust", one.pem)  # fmt: skip
        sign_return(one, inbox, 30)
        sign_return(two, inbox, 12)
        cli("--db", d.db, "subordinate", "add", "--code", "OKUL-2", "--name", two.name)
        assert run_quietly("--db", d.db, "return", "import", inbox) == 1  # OKUL-2 refused
        cli("--db", d.db, "subordinate", "add", "--code", "OKUL-2", "--name", two.name)
        return {"district": d, "one": one, "two": two, "inbox": inbox}
    finally:
        mp.undo()


def run_quietly(*args: object) -> int:
    from app.cli.main import run

    return run([str(a) for a in args])


@pytest.fixture
def workspace(district: dict[str, Any], tmp_path: Path) -> Iterator[Workspace]:
    target = tmp_path / "db" / "district.sqlite"
    target.parent.mkdir()
    copy_db(district["district"].db, target)
    ws = open_workspace(target)
    yield ws
    ws.close()


@pytest.fixture
def page(qtbot, workspace: Workspace) -> SubordinatesPage:  # type: ignore[no-untyped-def]
    return shown(SubordinatesPage(), workspace, qtbot, 1280, 800)


def codes(page: SubordinatesPage) -> list[str]:
    return [page.model.row_data(r).code for r in range(page.model.rowCount())]


def shown_codes(page: SubordinatesPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_read_model_and_completeness_agree(workspace: Workspace, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from app.services.completeness import period_status as slow
    from app.services.registry import period_status, registry_rows

    with workspace.db.unit() as session:
        rows = {r.code: r for r in registry_rows(session)}
        assert period_status(session, PERIOD) == slow(session, PERIOD)
    assert rows["OKUL-1"].certificates == 1 and rows["OKUL-1"].last_period == PERIOD
    assert rows["OKUL-2"].certificates == 0 and rows["OKUL-2"].last_period == ""
    page = SubordinatesPage()
    page.set_workspace(workspace)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_table_filters_and_certificate_shown(page: SubordinatesPage) -> None:
    assert codes(page) == ["OKUL-1", "OKUL-2"]
    one = page.model.index(0, COL_CERT)
    assert ":" in one.data() and "Root CA" in one.data()  # fingerprint · name
    assert page.model.index(0, COL_EXPIRES).data()
    assert "refused" in page.model.index(1, COL_CERT).data()
    page.ui.searchEdit.setText("караганды")  # the Russian name, case folded
    assert shown_codes(page) == ["OKUL-2"]
    page.ui.searchEdit.clear()
    page.ui.stateCombo.setCurrentIndex(page.ui.stateCombo.findData(NO_CERTIFICATE))
    assert shown_codes(page) == ["OKUL-2"]
    page.ui.stateCombo.setCurrentIndex(page.ui.stateCombo.findData(EXPIRING))
    assert shown_codes(page) == []
    assert "0 of 2" in page.ui.countLabel.text()


def test_add_edit_remove_with_undo(page: SubordinatesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = page.ask_add()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.code_edit.setText("OKUL-1")
    dialog.name_edit.setText("x")
    assert "registered already" in dialog.hint.text() and not dialog.ok_button.isEnabled()
    dialog.code_edit.setText("LICEUL-7")
    dialog.name_edit.setText(LONG_NAMES["ro"])
    dialog.email_edit.setText("liceul7@example.ro")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ro"))
    dialog.accept()
    assert codes(page) == ["LICEUL-7", "OKUL-1", "OKUL-2"]
    assert page.selected_codes() == ["LICEUL-7"]
    added = page.current_row()
    assert added is not None and added.name == LONG_NAMES["ro"] and added.language == "ro"
    # edit: the e-mail cleared, the kind changed
    edit = page.ask_edit()
    assert edit is not None and edit.code_edit.isReadOnly()
    edit.email_edit.clear()
    edit.kind_combo.setCurrentIndex(edit.kind_combo.findData("other"))
    edit.accept()
    row = page.current_row()
    assert row is not None and row.email == "" and row.kind == "other"
    page.select("OKUL-2")
    page.remove(["OKUL-2"])
    assert codes(page) == ["LICEUL-7", "OKUL-1"]
    stack = page.undo_stack
    assert stack is not None and stack.count() == 3
    assert stack.undoText() == "Remove 1 subordinate(s)"
    stack.undo()  # OKUL-2 back
    assert codes(page) == ["LICEUL-7", "OKUL-1", "OKUL-2"]
    stack.undo()  # the edit undone
    page.select("LICEUL-7")
    row = page.current_row()
    assert row is not None and row.email == "liceul7@example.ro" and row.kind == "school"
    stack.undo()  # the addition undone
    assert codes(page) == ["OKUL-1", "OKUL-2"]
    stack.redo()
    assert codes(page) == ["LICEUL-7", "OKUL-1", "OKUL-2"]


def test_import_a_list_and_undo(page: SubordinatesPage, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "okullar.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Kod", "Ad", "E-posta", "Dil"])
        writer.writerow(["TRUONG-9", LONG_NAMES["vi"], "truong9@example.edu.vn", "vi"])
        writer.writerow(["SCOALA-3", LONG_NAMES["ro"], "scoala3@example.ro", "ro"])
        writer.writerow(["OKUL-2", "Okul iki", "okul2@example.edu.tr", "tr"])  # an update
    task = page.import_list(path)
    assert task is not None and page.ui.progressRow.isVisibleTo(page)
    qtbot.waitUntil(lambda: page._task is None, timeout=30000)
    assert codes(page) == ["OKUL-1", "OKUL-2", "SCOALA-3", "TRUONG-9"]
    assert "2 new, 1 updated" in page.last_message
    page.select("TRUONG-9")
    row = page.current_row()
    assert row is not None and row.name == LONG_NAMES["vi"] and row.language == "vi"
    assert page.undo_stack is not None
    page.undo_stack.undo()
    assert codes(page) == ["OKUL-1", "OKUL-2"]
    page.select("OKUL-2")
    row = page.current_row()
    assert row is not None and row.name == LONG_NAMES["ru"] and row.email == ""
    page.undo_stack.redo()
    assert codes(page) == ["OKUL-1", "OKUL-2", "SCOALA-3", "TRUONG-9"]


def test_trust_the_signer_of_a_refused_return_and_take_it_in(  # type: ignore[no-untyped-def]
    page: SubordinatesPage, qtbot, workspace: Workspace
) -> None:
    page.select("OKUL-2")
    dialog = page.ask_trust_received()
    assert dialog is not None and dialog.list.count() == 1
    assert "SHA-256" in dialog.details.text() and dialog.ok_button.isEnabled()
    assert dialog.take_in_again()
    dialog.accept()
    qtbot.waitUntil(lambda: page._task is None and bool(page.last_lines), timeout=60000)
    assert [line.outcome for line in page.last_lines] == ["late"]
    assert page.last_message.endswith("was taken in.")
    row = page.current_row()
    assert row is not None and row.certificates == 1 and row.last_period == PERIOD
    # undo forgets the certificate again (the return stays taken in)
    assert page.undo_stack is not None
    page.undo_stack.undo()
    row = page.current_row()
    assert row is not None and row.certificates == 0


def test_trust_file_with_undo(page: SubordinatesPage, district: dict[str, Any]) -> None:
    page.select("OKUL-2")
    page.ask_open_file = lambda _title, _filter: district["two"].pem
    box = page.ask_trust_file()
    assert box is not None and "SHA-256" in box.informativeText()
    box.buttons()[0].click()  # Trust
    row = page.current_row()
    assert row is not None and row.certificates == 1
    assert "signs with a trusted certificate" in page.last_message
    # the same file for another subordinate is refused: a certificate vouches for one
    page.select("OKUL-1")
    assert not page.bind("OKUL-1", page._read_certificates(district["two"].pem) or [])
    assert "belongs to institution OKUL-2" in page.last_box.informativeText() + page.last_box.text()
    page.last_box.close()


def test_issue_an_identity(page: SubordinatesPage, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.select("OKUL-2")
    dialog = page.ask_issue()
    assert dialog is not None
    dialog.own_edit.setText("not my password")
    dialog.new_edit.setText("okul iki parola")
    dialog.repeat_edit.setText("okul iki parola")
    out = tmp_path / "usb" / "OKUL-2.p12"
    out.parent.mkdir()
    dialog.file_edit.setText(str(out))
    assert dialog.ok_button.isEnabled()
    dialog.accept()  # the wrong own password is said in the dialog, which stays
    assert dialog.isVisible() and "does not open" in dialog.hint.text()
    dialog.own_edit.setText(PW)
    dialog.accept()
    qtbot.waitUntil(lambda: page._task is None and out.exists(), timeout=60000)
    key, cert, _chain = pkcs12.load_key_and_certificates(out.read_bytes(), b"okul iki parola")
    assert key is not None and cert is not None
    row = page.current_row()
    assert row is not None and row.code == "OKUL-2" and row.certificates == 1
    assert str(out) in page.last_message


def test_navigation_by_kind(make_launcher, district: dict[str, Any], qtbot) -> None:  # type: ignore[no-untyped-def]
    school = make_launcher(district["one"].db, page="subordinates")
    assert school.start()
    qtbot.waitUntil(lambda: school.workspace is not None, timeout=15000)
    window = school.window
    hidden = {
        window.page_entries[r].name
        for r in range(window.ui.navList.count())
        if window.ui.navList.item(r).isHidden()
    }
    assert hidden == {entry.name for entry in window.page_entries if entry.directorate}
    assert {"subordinates", "intake", "completeness"} <= hidden
    assert window.current_page().name == "dashboard"
    actions = {a.data(): a for a in window.ui.menuView.actions()}
    assert not actions["intake"].isVisible()
    assert actions["settings"].shortcut().toString() == "Ctrl+7"


def test_subordinate_input_kept_whole(workspace: Workspace) -> None:
    from app.services.registry import current_input, update_subordinate

    with workspace.db.unit() as session:
        before = update_subordinate(
            session, SubordinateInput("OKUL-1", LONG_NAMES["vi"], "", "school", "vi")
        )
        assert before.name == LONG_NAMES["tr"]
        assert current_input(session, "OKUL-1").name == LONG_NAMES["vi"]


def test_certificate_expiry_shown_by_icon_and_colour(page: SubordinatesPage) -> None:
    """Never colour alone: an expiring or expired certificate also gets an icon and a tip."""
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from app.ui.subordinates.model import facts_of

    model = page.model
    cell = model.index(0, COL_EXPIRES)
    facts = facts_of(model.row_data(0))
    assert facts is not None
    ends = facts.not_after.date()
    decoration, foreground = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole
    model.today = ends - timedelta(days=365)  # fine: neither
    assert cell.data(decoration) is None and cell.data(foreground) is None
    for today, tip in ((ends - timedelta(days=10), "soon"), (ends + timedelta(days=1), "expired")):
        model.today = today
        icon = cell.data(decoration)
        assert icon is not None and not icon.isNull()
        assert cell.data(foreground) is not None
        assert tip in cell.data(Qt.ItemDataRole.ToolTipRole)
    # the two states do not look the same
    model.today = ends - timedelta(days=10)
    soon = cell.data(decoration).pixmap(16).toImage()
    model.today = ends + timedelta(days=1)
    assert cell.data(decoration).pixmap(16).toImage() != soon

"""A district clerk through the window only (issue 12): three schools registered (one from a
list file, one by its trust file, one by an identity issued here), their returns taken in,
one sent back with a reason and its version 2 taken in, all accepted, the consolidation
signed and its e-mail prepared; the consolidated PDF's totals are the schools' sum.

The schools work on the command line (``app.cli.main.run``), as in
tests/services/test_four_levels.py; the school sent back imports its receipt in its own
window, where the Returns page and the Dashboard say so.
"""

from __future__ import annotations

import csv
import email
import email.policy
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import run
from app.ui.consolidation.review import ACCEPTED, SENT_BACK
from app.ui.intake.status_model import COL_REVIEW
from tests.ui.directorate_fixtures import (
    LONG_NAMES,
    PERIOD,
    PW,
    cli,
    make_district,
    make_school,
    sign_return,
)

NEW_PASSWORD = "scoala trei parola"
PEOPLE = {"OKUL-1": 40, "TRUONG-2": 25, "SCOALA-3": 17}
CORRECTED = 31  # TRUONG-2's figure in its version 2


def wait_idle(qtbot, page: Any, timeout: int = 120000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page._task is None, timeout=timeout)


def choose(page: Any, code: str) -> None:
    """Click the subordinate's row in the Completeness table."""
    view = page.ui.statusView
    proxy = view.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == code:
            view.setCurrentIndex(proxy.index(row, 0))
            return
    raise AssertionError(f"{code} is not in the table")


def decide(qtbot, page: Any, code: str, decision: str, folder: Path, reason: str = "") -> Any:  # type: ignore[no-untyped-def]
    choose(page, code)
    assert page.ui.acceptButton.isEnabled() and page.ui.sendBackButton.isEnabled()
    dialog = page.ask_review(decision)
    assert dialog is not None
    if decision == SENT_BACK:
        assert not dialog.ok_button.isEnabled()  # the reason is required
        dialog.reason_edit.setPlainText(reason)
    dialog.secret_edit.setText(PW)
    dialog.file_edit.setText(str(folder / f"receipt_{code}.json"))
    assert dialog.ok_button.isEnabled(), dialog.hint.text()
    dialog.accept()
    qtbot.waitUntil(lambda: page.last_review is not None and page.last_review.code == code)
    wait_idle(qtbot, page)
    issued = page.last_review
    page.last_review = None
    return issued


@pytest.mark.slow
def test_a_district_clerk_through_the_window(  # type: ignore[no-untyped-def]
    make_launcher, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    # -- set-up on the command line: the district, the schools and their first returns ----
    district = make_district(tmp_path / "district")
    inbox, usb, out = tmp_path / "inbox", tmp_path / "usb", tmp_path / "out"
    for folder in (usb, out):
        folder.mkdir()
    okul = make_school(district, "OKUL-1", LONG_NAMES["tr"], "tr")
    truong = make_school(district, "TRUONG-2", LONG_NAMES["vi"], "vi")
    scoala = make_school(district, "SCOALA-3", LONG_NAMES["ro"], "ro", identity=False)
    sign_return(okul, inbox, PEOPLE["OKUL-1"])
    sign_return(truong, inbox, 12, fmt="xlsx")  # corrected to CORRECTED in version 2
    list_file = tmp_path / "okullar.csv"
    with list_file.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Kodu", "Adı", "E-posta"])
        writer.writerow(["OKUL-1", LONG_NAMES["tr"], "okul1@example.edu.tr"])

    # -- the window ------------------------------------------------------------------------
    launcher = make_launcher(district.db, page="subordinates")
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    window = launcher.window
    assert window.shows("consolidation")  # a district sees the directorate pages
    subs = window.page("subordinates")

    # 1. a school from a list file
    assert subs.import_list(list_file) is not None
    wait_idle(qtbot, subs)
    assert [r.code for r in subs.model.rows()] == ["OKUL-1"]
    # 2. a school by its trust file
    subs.ask_open_file = lambda _title, _filter: truong.pem
    dialog = subs.ask_add()
    dialog.code_edit.setText("TRUONG-2")
    dialog.name_edit.setText(LONG_NAMES["vi"])
    dialog.email_edit.setText("truong2@example.edu.vn")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("vi"))
    dialog.trust_button.click()
    assert "SHA-256" in dialog.trust_label.text()
    dialog.accept()
    # 3. a school by an identity issued here, on a USB stick
    dialog = subs.ask_add()
    dialog.code_edit.setText("SCOALA-3")
    dialog.name_edit.setText(LONG_NAMES["ro"])
    dialog.email_edit.setText("scoala3@example.ro")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ro"))
    dialog.accept()
    assert subs.selected_codes() == ["SCOALA-3"]
    issue = subs.ask_issue()
    issue.own_edit.setText(PW)
    issue.new_edit.setText(NEW_PASSWORD)
    issue.repeat_edit.setText(NEW_PASSWORD)
    issue.file_edit.setText(str(usb / "SCOALA-3.p12"))
    issue.accept()
    wait_idle(qtbot, subs)
    assert (usb / "SCOALA-3.p12").is_file()
    rows = {r.code: r for r in subs.model.rows()}
    assert rows["TRUONG-2"].certificates == 1 and rows["SCOALA-3"].certificates == 1
    assert rows["OKUL-1"].certificates == 0

    # the third school signs with the identity it was given
    password_file = tmp_path / "new-password.txt"
    password_file.write_text(NEW_PASSWORD, encoding="utf-8")
    cli("--db", scoala.db, "--password-file", password_file, "identity", "import",
        usb / "SCOALA-3.p12")  # fmt: skip
    sign_return(scoala, inbox, PEOPLE["SCOALA-3"], password_file=password_file)

    # -- intake: OKUL-1's signer is not known yet -------------------------------------------
    window.show_page("intake")
    intake = window.page("intake")
    assert intake.start_intake([inbox]) is not None
    wait_idle(qtbot, intake)
    outcomes = {line.institution or line.file: line.outcome for line in intake.model.lines()}
    assert outcomes == {"OKUL-1": "rejected", "TRUONG-2": "late", "SCOALA-3": "late"}
    # its certificate is taken from the return received, which is taken in again
    window.show_page("subordinates")
    subs.select("OKUL-1")
    received = subs.ask_trust_received()
    assert received is not None and "SHA-256" in received.details.text()
    received.accept()
    qtbot.waitUntil(lambda: bool(subs.last_lines), timeout=60000)
    wait_idle(qtbot, subs)
    assert [line.outcome for line in subs.last_lines] == ["late"]

    # -- review: TRUONG-2 sent back with a reason -----------------------------------------
    window.show_page("completeness")
    done = window.page("completeness")
    assert done.counts()["late"] == 3
    issued = decide(qtbot, done, "TRUONG-2", SENT_BACK, out, "Katılımcı sayısı eksik: 31 olmalı")
    assert issued.receipt.is_file() and issued.email is not None
    msg = email.message_from_bytes(issued.email.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "truong2@example.edu.vn"
    assert "trả lại để chỉnh sửa" in msg.get_body().get_content()  # in the school's language
    choose(done, "TRUONG-2")
    review_text = done.ui.statusView.currentIndex().siblingAtColumn(COL_REVIEW).data()
    assert review_text.startswith("Sent back: Katılımcı")

    # -- the school: its receipt dropped on the Returns page of its own window -------------
    school = make_launcher(truong.db, page="returns")
    assert school.start()
    qtbot.waitUntil(lambda: school.workspace is not None, timeout=15000)
    assert not school.window.shows("intake")  # a school sees the school pages
    returns = school.window.page("returns")
    assert returns.import_receipt(issued.receipt)
    assert returns.ui.reviewLabel.isVisibleTo(returns)
    answer = returns.ui.reviewLabel.text()
    assert "sent back" in answer and "version 2" in answer
    assert returns.signed_return(PERIOD) is None  # the period is open again
    school.window.show_page("dashboard")
    dashboard = school.window.page("dashboard")
    assert "Katılımcı sayısı eksik" in dashboard.ui.reviewLabel.text()
    school.shutdown()
    # the school corrects and signs version 2 (command line), sent to the district
    inbox2 = tmp_path / "inbox2"
    v2 = sign_return(truong, inbox2, CORRECTED, fmt="xlsx", version=2)
    assert v2.name.endswith("_v2.xlsx")

    # -- intake of version 2, then every return accepted -----------------------------------
    window.show_page("intake")
    assert intake.start_intake([inbox2]) is not None
    wait_idle(qtbot, intake)
    assert [line.outcome for line in intake.model.lines()] == ["new version"]
    window.show_page("completeness")
    choose(done, "TRUONG-2")
    assert done.ui.statusView.currentIndex().siblingAtColumn(COL_REVIEW).data() == "Resubmitted"
    for code in PEOPLE:
        assert decide(qtbot, done, code, ACCEPTED, out).decision == ACCEPTED
    rows = {r["code"]: r for r in done._status["subordinates"]}
    assert {r["review"] for r in rows.values()} == {"accepted"}
    assert rows["TRUONG-2"]["version"] == 2

    # -- consolidate, sign, prepare the e-mail -------------------------------------------
    window.show_page("consolidation")
    cons = window.page("consolidation")
    qtbot.waitUntil(lambda: not cons.busy() and cons.prepared is not None, timeout=120000)
    assert "3 accepted, 0 sent back" in cons.ui.summaryLabel.text()
    keys = cons.ask_keys()
    keys.edits["head"].setText(PW)
    signed_folder = tmp_path / "signed"
    signed_folder.mkdir()
    cons.choose_folder = lambda _start: signed_folder
    keys.accept()
    qtbot.waitUntil(lambda: cons.signed is not None, timeout=120000)
    wait_idle(qtbot, cons)
    cons.open_url = lambda _url: True
    eml = cons.prepare_email()
    assert eml is not None
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "balikesir@example.org.tr"
    assert len(list(msg.iter_attachments())) == 2

    # -- the consolidated PDF: its totals are the schools' sum ----------------------------
    pdf = next(p for p in cons.signed.files if p.suffix == ".pdf")
    expected = PEOPLE["OKUL-1"] + CORRECTED + PEOPLE["SCOALA-3"]
    from app.exports.pdf_check import extract_pdf_text
    from app.services.trust import stored_trust
    from app.services.verify import verify_file

    with launcher.workspace.db.unit() as session:
        trust = stored_trust(session)
    result = verify_file(pdf, trust)
    assert result.ok, result.reason
    assert result.payload["totals"]["participants"] == expected
    assert result.payload["totals"]["institutions"] == 3
    item = next(i for i in result.payload["items"] if i["code"] == "2.1.4")
    assert item["consolidated"]["participants"] == expected
    assert item["consolidated"]["status_counts"]["done"] == 3
    assert str(expected) in extract_pdf_text(pdf.read_bytes())
    # the province would verify it against the district's certificate
    shutil.copy(district.pem, tmp_path / "district-trust.pem")
    assert run(["return", "verify", str(pdf), "--trust", str(tmp_path / "district-trust.pem")]) == 0

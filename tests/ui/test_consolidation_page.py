"""The Consolidation page on a district whose schools' returns were taken in: what goes in,
the figures before signing, the preview, signing (a wrong password said in the dialog),
both files saved, the e-mail to the level above, the signed list here and on the Returns
page, and consolidating again as version 2."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import run
from app.ui.consolidation.models import COL_COUNTED, F_PARTICIPANTS
from app.ui.pages.consolidation import TAB_SIGNED, ConsolidationPage
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

SCHOOLS = {"OKUL-1": ("tr", 40), "TRUONG-2": ("vi", 25), "SCOALA-3": ("ro", 0)}


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    try:
        folder = tmp_path_factory.mktemp("consolidation")
        d = make_district(folder)
        inbox = folder / "inbox"
        for code, (language, people) in SCHOOLS.items():
            school = make_school(d, code, LONG_NAMES[language], language)
            cli("--db", d.db, "subordinate", "add", "--code", code, "--name", school.name,
                "--trust", school.pem)  # fmt: skip
            status = "done" if people else "not_done"
            sign_return(school, inbox, people, status, fmt="xlsx" if code == "TRUONG-2" else "pdf")
        cli("--db", d.db, "subordinate", "add", "--code", "OKUL-9", "--name", LONG_NAMES["ru"])
        cli("--db", d.db, "return", "import", inbox)
        return {"district": d}
    finally:
        mp.undo()


@pytest.fixture
def workspace(district: dict[str, Any], tmp_path: Path) -> Iterator[Workspace]:
    target = tmp_path / "db" / "district.sqlite"
    target.parent.mkdir()
    copy_db(district["district"].db, target)
    ws = open_workspace(target)
    yield ws
    ws.close()


def ready(qtbot, page: ConsolidationPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy(), timeout=120000)


def test_inputs_figures_preview_sign_and_email(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, tmp_path: Path, qtmodeltester
) -> None:
    page = shown(ConsolidationPage(), workspace, qtbot, 1280, 800)
    ready(qtbot, page)
    assert page.period() == PERIOD and page.language() == "tr"
    assert "3 of 4 returns in" in page.ui.summaryLabel.text()
    assert page.prepared is not None
    rows = {page.inputs.row_data(r)["code"]: r for r in range(page.inputs.rowCount())}
    assert page.inputs.index(rows["OKUL-1"], COL_COUNTED).data() == "Yes"
    assert page.inputs.index(rows["OKUL-9"], COL_COUNTED).data() == "No"
    total = sum(
        page.figures.value(page.figures.row_data(r), F_PARTICIPANTS)
        for r in range(page.figures.rowCount())
    )
    assert total == 65 == page.prepared.payload["totals"]["participants"]
    assert "3 institutions" in page.ui.totalsLabel.text()
    # in Turkish the share of marks done reads "%50" and is not taken for a placeholder
    from PySide6.QtCore import QLocale

    from app.ui.formats import fill, percent

    before = QLocale()
    QLocale.setDefault(QLocale("tr"))
    try:
        assert percent(0.64) == "%64"
        assert fill("%1 (%4 of marks) · %6 events", 1, 2, 3, "%64", 5, "7") == (
            "1 (%64 of marks) · 7 events"
        )
        totals = page._totals()  # "Version 1 · 3 institutions · N done (%NN of marks) ..."
        assert re.search(r"done \(%\d+ of marks\) · [\d.]+ participants · \d+ events$", totals)
    finally:
        QLocale.setDefault(before)
    for model in (page.inputs, page.figures):
        qtmodeltester.check(model)
    # preview
    assert page.start_preview() is not None
    ready(qtbot, page)
    assert page.ui.preview.page_labels or "pdftoppm" in page.ui.preview.message.text()
    # sign: a wrong password is said in the dialog, which stays
    dialog = page.ask_keys()
    assert dialog is not None and list(dialog.edits) == ["head"]
    dialog.edits["head"].setText("wrong password")
    dialog.accept()
    assert dialog.isVisible() and "does not open" in dialog.hint.text()
    out = tmp_path / "out"
    out.mkdir()
    page.choose_folder = lambda _start: out
    dialog.edits["head"].setText(PW)
    dialog.accept()
    qtbot.waitUntil(lambda: page.signed is not None, timeout=120000)
    ready(qtbot, page)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        f"ILCE-KARESI_{PERIOD}_v1_consolidated.pdf",
        f"ILCE-KARESI_{PERIOD}_v1_consolidated.xlsx",
    ]
    assert run(["--db", str(workspace.path), "return", "verify", str(out / names[0])]) == 0
    assert page.signed_model.rowCount() == 2
    assert page.ui.tabs.currentIndex() == TAB_SIGNED
    assert "Signed as version 1" in page.ui.summaryLabel.text()
    # the e-mail to the level above
    opened: list[Any] = []
    page.open_url = lambda url: opened.append(url) or True
    path = page.prepare_email()
    assert path is not None and opened
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "balikesir@example.org.tr"
    attached = sorted(part.get_filename() for part in msg.iter_attachments())
    assert attached == names
    # consolidating again: version 2
    page.correct()
    ready(qtbot, page)
    assert page.prepared is not None and page.prepared.payload["version"] == 2


def test_returns_page_lists_the_consolidated_return(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    from app.ui.pages.returns import ReturnsPage

    out = tmp_path / "c.pdf"
    assert run(["--db", str(workspace.path), "consolidate", "--period", PERIOD, "--format",
                "pdf", "--sign", "--out", str(out)]) == 0  # fmt: skip
    returns = shown(ReturnsPage(), workspace, qtbot, 1280, 800)
    texts = [returns.model.index(r, 0).data() for r in range(returns.model.rowCount())]
    assert any("consolidated" in t.lower() for t in texts), texts
    # the district's own period stays open: the consolidation does not freeze it
    returns.ui.periodCombo.setCurrentIndex(returns.ui.periodCombo.findData(PERIOD))
    assert returns.signed_return(PERIOD) is None
    assert not returns.ui.lockFrame.isVisibleTo(returns)


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)

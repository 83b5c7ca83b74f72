"""Keys on tokens and the seal in the window (issue 15): the clerk picks the head's key on one
token and the institution's seal on another (SoftHSM2, real PKCS#11), then signs the period
on the Returns page, typing each PIN once; the PDF and the XLSX carry both signatures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from app.ui.identity.identity_panel import IdentityPanel
from app.ui.identity.token_dialog import TokenDialog
from app.ui.pages.returns import ReturnsPage
from app.ui.returns.password_dialog import PasswordDialog
from app.ui.workspace import Workspace, open_workspace
from tests.token_helpers import PIN, make_token

HEAD_TOKEN, SEAL_TOKEN = "Kamu SM e-İmza", "Con dau truong"


@pytest.fixture(scope="module")
def tokens(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("softhsm-ui")
    head = make_token(folder, HEAD_TOKEN, "Hüseyin Gündoğdu", "Balıkesir İl Milli Eğitim", "TR")
    seal = make_token(folder, SEAL_TOKEN, "Balıkesir İl Milli Eğitim Müdürlüğü",
                      "Balıkesir İl Milli Eğitim Müdürlüğü", "VN")  # fmt: skip
    return {"head": head, "seal": seal}


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db)
    yield ws
    ws.close()


def _pick(qtbot, panel: IdentityPanel, module: str, token: str) -> None:  # type: ignore[no-untyped-def]
    dialog = panel.choose_token()
    assert isinstance(dialog, TokenDialog) and dialog.isVisible()
    dialog.moduleCombo.setEditText(module)
    dialog.find_tokens()
    labels = [dialog.tokenList.item(i).text() for i in range(dialog.tokenList.count())]
    row = next(i for i, text in enumerate(labels) if text.startswith(token))
    dialog.tokenList.setCurrentRow(row)
    assert not dialog.okButton.isEnabled()  # no PIN, no key yet
    dialog.pinEdit.setText("000000")
    dialog.show_keys()
    assert "PIN is wrong" in dialog.messageLabel.text() and dialog.keyList.count() == 0
    dialog.pinEdit.setText(PIN)
    dialog.show_keys()
    assert dialog.keyList.count() == 1 and dialog.okButton.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=60000):
        dialog.okButton.click()


def test_head_and_seal_on_tokens_chosen_and_used_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, tokens: dict[str, dict[str, object]], workspace: Workspace, tmp_path: Path
) -> None:
    from app.services.identity import load_certificates
    from app.services.trust import TrustPolicy
    from app.services.verify import verify_file

    module = str(tokens["head"]["module"])
    panel = IdentityPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.role() == "head" and panel.tokenButton.isEnabled()
    _pick(qtbot, panel, module, HEAD_TOKEN)
    assert panel.shown is not None and panel.shown.origin == "token"
    assert HEAD_TOKEN in panel.originLabel.text() and "Hüseyin" in panel.subjectLabel.text()
    panel.set_role("seal")
    assert panel.shown is None and "seal" in panel.noneLabel.text().lower()
    _pick(qtbot, panel, module, SEAL_TOKEN)
    assert panel.shown is not None and SEAL_TOKEN in panel.originLabel.text()
    panel.set_role("head")
    assert panel.shown is not None and HEAD_TOKEN in panel.originLabel.text()

    page = ReturnsPage()
    qtbot.addWidget(page)
    page.set_workspace(workspace)
    page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData("2021-T1"))
    page.show()
    # the dialogs ask a PIN for the head's token, then for the seal's; a wrong PIN is said
    chosen: list[tuple[str, str | None]] = []
    page._choose_folder = lambda secret, seal=None: chosen.append((secret, seal))  # type: ignore[method-assign]
    first = page.ask_password()
    assert isinstance(first, PasswordDialog) and first.windowTitle() != ""
    first.password_edit.setText("999999")
    first.ok_button.click()
    assert first.isVisible() and "PIN" in first.hint.text()
    first.password_edit.setText(PIN)
    first.ok_button.click()
    QApplication.processEvents()
    second = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, PasswordDialog) and w.isVisible()
    )
    second.password_edit.setText(PIN)
    second.ok_button.click()
    assert chosen == [(PIN, PIN)]
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(page.data_changed, timeout=120000):
        page.sign_to(out, PIN, PIN)
    policy = TrustPolicy()
    for which in ("head", "seal"):
        policy.add(load_certificates(Path(str(tokens[which]["root"])).read_bytes())[0], None)
        policy.add(tokens[which]["leaf"], "MEB-10")  # type: ignore[arg-type]
    files = sorted(out.iterdir())
    assert [p.suffix for p in files] == [".pdf", ".xlsx"]
    for path in files:
        result = verify_file(path, policy)
        assert result.ok, (path.name, result.reason)
        assert "Hüseyin Gündoğdu" in result.signer_subject
        assert "Müdürlüğü" in result.seal_subject
    # the PIN is nowhere on disk
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PIN.encode() not in path.read_bytes(), path

"""The signing identity panel: none yet, create (password twice), export the trust file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from app.cli.main import run
from app.ui.identity.identity_panel import IdentityPanel
from app.ui.returns.password_dialog import PasswordDialog
from app.ui.workspace import Workspace, open_workspace

PW = "correct horse battery"


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db)
    yield ws
    ws.close()


def test_create_identity_and_export_trust(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = IdentityPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.shown is None and panel.noneLabel.isVisible()
    assert not panel.exportButton.isEnabled()
    dialog = panel.ask_create()
    assert isinstance(dialog, PasswordDialog) and dialog.isVisible()
    dialog.password_edit.setText("short")
    dialog.repeat_edit.setText("short")
    assert not dialog.ok_button.isEnabled() and "8" in dialog.hint.text()
    dialog.password_edit.setText(PW)
    dialog.repeat_edit.setText(PW + "x")
    assert not dialog.ok_button.isEnabled()
    dialog.repeat_edit.setText(PW)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=60000):
        dialog.ok_button.click()
    assert panel.shown is not None and panel.shown.origin == "created"
    assert "Hüseyin Gündoğdu" in panel.subjectLabel.text()
    assert panel.exportButton.isEnabled()
    out = tmp_path / "trust.pem"
    assert panel.export_trust(out)
    cert = x509.load_pem_x509_certificate(out.read_bytes())
    assert "Root CA" in cert.subject.rfc4514_string()


def test_import_p12(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        pkcs12,
    )

    from app.services.identity import issue_pki

    key, cert, _root_key, root = issue_pki("Okul", "OKUL-9", "Ayşe Yılmaz")
    p12 = pkcs12.serialize_key_and_certificates(
        b"okul", key, cert, [root], BestAvailableEncryption(PW.encode())
    )
    path = tmp_path / "okul.p12"
    path.write_bytes(p12)
    panel = IdentityPanel(workspace)
    qtbot.addWidget(panel)
    task = panel.import_p12(path, "wrong password")
    qtbot.waitUntil(lambda: task.done.is_set() and panel._task is None, timeout=30000)
    assert "wrong password" in panel.last_message and panel.shown is None
    with qtbot.waitSignal(panel.changed, timeout=30000):
        panel.import_p12(path, PW)
    assert panel.shown is not None and panel.shown.origin == "imported"
    assert "Ayşe Yılmaz" in panel.subjectLabel.text()


def test_cli_identity_is_shown(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "school.sqlite"
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    assert run(["--db", str(db), "demo"]) == 0
    assert run(["--db", str(db), "identity", "create"]) == 0
    ws = open_workspace(db)
    try:
        panel = IdentityPanel(ws)
        qtbot.addWidget(panel)
        assert panel.shown is not None
        assert len(panel.fingerprintLabel.toolTip()) == 64
    finally:
        ws.close()

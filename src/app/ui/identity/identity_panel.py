"""The institution's signing identities — the head's and, optionally, the institution's seal —
what each is, create one, import a .p12, use a key on a token, export the certificates
recipients must trust. Key generation and token checks run in the background."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.fileio import write_atomically
from app.services.errors import PlanDeskError
from app.ui.formats import day, fill
from app.ui.icons import icon
from app.ui.messages import error_text
from app.ui.returns.password_dialog import PasswordDialog
from app.ui.returns.tasks import Task
from app.ui.style import scaled_font
from app.ui.widgets.flow_layout import flow_widget

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

MAX_P12 = 1024 * 1024


@dataclass
class Shown:
    subject: str
    not_after: datetime | None
    origin: str
    fingerprint: str
    token: str = ""  # the token's label, for a key on a token


class IdentityPanel(QWidget):
    """Settings → Signing identity. ``changed`` is emitted after a new identity is stored."""

    changed = Signal()

    def __init__(
        self, workspace: Workspace | None, parent: Any = None, *, heading: bool = True
    ) -> None:
        """*heading*: False when the panel sits in a card that has its own title."""
        super().__init__(parent)
        self.setObjectName("identityPanel")
        self._workspace = workspace
        self._task: Task | None = None
        self.shown: Shown | None = None
        self.last_message = ""
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._build()
        self.headingLabel.setVisible(heading)
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.headingLabel = QLabel(self)
        self.headingLabel.setFont(scaled_font(self.font(), 1.05, QFont.Weight.DemiBold))
        outer.addWidget(self.headingLabel)
        self.form = QFormLayout()
        self.roleCaption = QLabel(self)
        self.roleCombo = QComboBox(self)
        self.roleCombo.setObjectName("roleCombo")
        self.roleCombo.addItem("", "head")
        self.roleCombo.addItem("", "seal")
        self.roleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.form.addRow(self.roleCaption, self.roleCombo)
        self.subjectCaption, self.subjectLabel = QLabel(self), QLabel(self)
        self.validCaption, self.validLabel = QLabel(self), QLabel(self)
        self.originCaption, self.originLabel = QLabel(self), QLabel(self)
        self.fingerprintCaption, self.fingerprintLabel = QLabel(self), QLabel(self)
        for caption, value in (
            (self.subjectCaption, self.subjectLabel),
            (self.validCaption, self.validLabel),
            (self.originCaption, self.originLabel),
            (self.fingerprintCaption, self.fingerprintLabel),
        ):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
        outer.addLayout(self.form)
        self.noneLabel = QLabel(self)
        self.noneLabel.setObjectName("noneLabel")
        self.noneLabel.setWordWrap(True)
        self.noneLabel.setProperty("role", "muted")
        outer.addWidget(self.noneLabel)
        self.createButton = QPushButton(icon("key"), "", self)
        self.createButton.setObjectName("createButton")
        self.importButton = QPushButton(icon("open"), "", self)
        self.importButton.setObjectName("importButton")
        self.tokenButton = QPushButton(icon("key"), "", self)
        self.tokenButton.setObjectName("tokenButton")
        self.exportButton = QPushButton(icon("export"), "", self)
        self.exportButton.setObjectName("exportButton")
        # the buttons wrap onto another line in a narrow window
        outer.addWidget(
            flow_widget(
                self, [self.createButton, self.importButton, self.tokenButton, self.exportButton]
            )
        )
        self.busyBar = QProgressBar(self)
        self.busyBar.setRange(0, 0)
        self.busyBar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.busyBar.hide()
        outer.addWidget(self.busyBar)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.hide()
        outer.addWidget(self.messageLabel)
        self.createButton.clicked.connect(self.ask_create)
        self.importButton.clicked.connect(self.choose_p12)
        self.tokenButton.clicked.connect(self.choose_token)
        self.exportButton.clicked.connect(self.choose_trust_file)
        self.roleCombo.currentIndexChanged.connect(lambda _i: self.refresh())

    def role(self) -> str:
        """Whose identity the panel shows and its buttons act on: head or seal."""
        return str(self.roleCombo.currentData() or "head")

    def set_role(self, role: str) -> None:
        self.roleCombo.setCurrentIndex(max(0, self.roleCombo.findData(role)))

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        self.shown = None
        if self._workspace is not None:
            from app.services.errors import NotFound
            from app.services.identity import current

            try:
                with self._workspace.db.unit() as session:
                    row = current(session, self.role())
                    if row is not None:
                        self.shown = Shown(
                            row.subject, row.not_after, row.origin, row.cert_sha256, row.token_label
                        )
            except NotFound:
                self.shown = None
            except PlanDeskError as exc:
                self._message(error_text(exc))
        self._show()

    def _show(self) -> None:
        shown = self.shown
        for widget in (
            self.subjectCaption,
            self.subjectLabel,
            self.validCaption,
            self.validLabel,
            self.originCaption,
            self.originLabel,
            self.fingerprintCaption,
            self.fingerprintLabel,
        ):
            widget.setVisible(shown is not None)
        self.noneLabel.setVisible(shown is None)
        busy = self._task is not None
        has_db = self._workspace is not None
        self.createButton.setEnabled(has_db and not busy)
        self.importButton.setEnabled(has_db and not busy)
        self.tokenButton.setEnabled(has_db and not busy)
        self.roleCombo.setEnabled(not busy)
        self._none_text()
        self.exportButton.setEnabled(has_db and shown is not None and not busy)
        self.busyBar.setVisible(busy)
        if shown is None:
            return
        self.subjectLabel.setText(_readable_subject(shown.subject))
        self.validLabel.setText(day(shown.not_after) if shown.not_after else "—")
        origins = {
            "created": self.tr("created by PlanDesk (own root certificate)"),
            "imported": self.tr("imported from a .p12 file"),
            "token": fill(self.tr("on the token %1 (the key never leaves it)"), shown.token),
        }
        self.originLabel.setText(origins.get(shown.origin, shown.origin))
        fp = shown.fingerprint.upper()
        self.fingerprintLabel.setText(" ".join(fp[i : i + 4] for i in range(0, 32, 4)) + " …")
        self.fingerprintLabel.setToolTip(fp)

    def _message(self, text: str) -> None:
        self.last_message = text
        self.messageLabel.setText(text)
        self.messageLabel.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------
    def ask_create(self) -> PasswordDialog:
        text = self.tr(
            "PlanDesk makes a root certificate and a signing key for your institution. "
            "Choose the password that protects the key (at least 8 characters). It is never "
            "stored: keep it safe, without it the key cannot sign."
        )
        if self.shown is not None:
            text += "\n\n" + self.tr("The present identity is kept but no longer used.")
        dialog = PasswordDialog(self, text, confirm=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create_identity(dialog.password()))
        dialog.open()
        return dialog

    def create_identity(self, password: str) -> Task | None:
        return self._run(partial(_create_job, password=password, role=self.role()))

    def choose_token(self) -> Any:
        from app.ui.identity.token_dialog import TokenDialog

        text = self.tr(
            "Plug in your token or smart card, choose its program (the PKCS#11 module that "
            "came with it), find the token, type its PIN and choose the key. The key never "
            "leaves the token; the PIN is asked each time you sign and never stored."
        )
        dialog = TokenDialog(self, text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.use_token(*dialog.chosen()))
        dialog.open()
        return dialog

    def use_token(self, module: str, token: str, key: str, pin: str) -> Task | None:
        job = partial(_token_job, module=module, token=token, key=key, pin=pin, role=self.role())
        return self._run(job)

    def choose_p12(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a signing key"),
            self._folder,
            self.tr("PKCS#12 key files (*.p12 *.pfx);;All files (*)"),
        )
        if not path:
            return
        dialog = PasswordDialog(self, fill(self.tr("The password of %1:"), Path(path).name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.import_p12(Path(path), dialog.password()))
        dialog.open()

    def import_p12(self, path: Path, password: str) -> Task | None:
        try:
            if path.stat().st_size > MAX_P12:
                raise PlanDeskError(self.tr("This is not a PKCS#12 key file (too large)."))
            data = path.read_bytes()
        except OSError as exc:
            self._message(f"{exc.strerror}: {path}")
            return None
        except PlanDeskError as exc:
            self._message(error_text(exc))
            return None
        return self._run(partial(_import_job, data=data, password=password, role=self.role()))

    def choose_trust_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the trust certificate"),
            str(Path(self._folder) / "trust.pem"),
            self.tr("Certificates (*.pem)"),
        )
        if path:
            self.export_trust(Path(path))

    def export_trust(self, path: Path) -> bool:
        from app.services.identity import trust_pem

        if self._workspace is None:
            return False
        try:
            with self._workspace.db.unit() as session:
                pem = trust_pem(session)
            write_atomically(path, pem.encode("ascii"))
        except PlanDeskError as exc:
            self._message(error_text(exc))
            return False
        except OSError as exc:
            self._message(f"{exc.strerror}: {path}")
            return False
        self._folder = str(path.parent)
        self._message(
            fill(
                self.tr(
                    "Trust certificate written to %1. Give it to the institution you report to."
                ),
                str(path),
            )
        )
        return True

    def _run(self, fn: Any) -> Task | None:
        if self._workspace is None or self._task is not None:
            return None
        db = self._workspace.db
        task = Task(lambda _task: fn(db))
        self._task = task
        task.signals.finished.connect(self._on_done)
        task.signals.failed.connect(self._on_failed)
        self._message("")
        self._show()
        return task.start()

    def _on_done(self, _info: Any) -> None:
        self._task = None
        self.refresh()
        self._message(self.tr("The signing identity is ready."))
        self.changed.emit()

    def _on_failed(self, message: str) -> None:
        self._task = None
        self._show()
        self._message(message or self.tr("Something unexpected went wrong; nothing was changed."))

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.headingLabel.setText(self.tr("Signing identity"))
        self.roleCaption.setText(self.tr("Signature of:"))
        self.roleCombo.setItemText(0, self.tr("the head of the institution"))
        self.roleCombo.setItemText(1, self.tr("the institution's seal (optional)"))
        self.subjectCaption.setText(self.tr("Holder:"))
        self.validCaption.setText(self.tr("Valid until:"))
        self.originCaption.setText(self.tr("Origin:"))
        self.fingerprintCaption.setText(self.tr("Fingerprint (SHA-256):"))
        self._none_text()
        self.createButton.setText(self.tr("Create…"))
        self.importButton.setText(self.tr("Import .p12…"))
        self.tokenButton.setText(self.tr("Use a token…"))
        self.exportButton.setText(self.tr("Export trust certificate…"))
        self._show()

    def _none_text(self) -> None:
        if self.role() == "seal":
            text = self.tr(
                "No seal. A seal is the institution's own signature, added after the head's "
                "on every return (as Viet Nam's rules ask); returns are valid without it "
                "unless the directorate requires it."
            )
        else:
            text = self.tr(
                "None yet. Returns are signed with your institution's key: create one here, "
                "import the .p12 file you already have, or use the key on your token."
            )
        self.noneLabel.setText(text)


def _readable_subject(subject: str) -> str:
    """``CN=…,O=…,OU=PLANDESK:code`` -> ``… — … (code)``."""
    parts = dict(p.split("=", 1) for p in subject.split(",") if "=" in p)
    name, org = parts.get("CN", ""), parts.get("O", "")
    code = parts.get("OU", "").removeprefix("PLANDESK:")
    text = " — ".join(x for x in (name, org) if x) or subject
    return f"{text} ({code})" if code else text


def _create_job(db: Any, password: str, role: str) -> Any:
    from app.services.identity import create_identity

    with db.unit(f"identity create ({role})") as session:
        return create_identity(session, password, role)


def _import_job(db: Any, data: bytes, password: str, role: str) -> Any:
    from app.services.identity import import_identity

    with db.unit(f"identity import ({role})") as session:
        return import_identity(session, data, password, role)


def _token_job(db: Any, module: str, token: str, key: str, pin: str, role: str) -> Any:
    from app.services.identity import register_token

    with db.unit(f"identity token ({role})") as session:
        return register_token(session, module, token or None, key or None, pin, role=role)

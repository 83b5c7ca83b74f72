"""Qt's share of logging and crash handling (the rest is in ``app.logsetup``).

- :func:`install_qt_message_handler` routes qDebug/qWarning/... into ``logging`` (and still
  hands them to the previous handler, e.g. pytest-qt's);
- :class:`CrashDialog` tells the clerk something went wrong and offers to save the report;
  :func:`install_crash_dialog` hooks it to the crash listener of the log session, unless
  ``--no-crash-dialog`` or ``PLANDESK_NO_CRASH_DIALOG=1`` asks for none.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QVBoxLayout, QWidget

from app.logsetup import LogSession
from app.ui.formats import fill

qt_log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]

# Known, harmless messages: logged at debug level and not passed on.
NOISE = (
    # the offscreen platform (screenshots, tests) cannot resize a window to its size hints
    "This plugin does not support propagateSizeHints()",
)


class QtMessageRouter:
    """Installed as Qt's message handler; :meth:`uninstall` restores the previous one."""

    def __init__(self) -> None:
        self._previous: MessageHandler | None = None
        self._installed = False

    def install(self) -> None:
        self._previous = qInstallMessageHandler(self.handle)
        self._installed = True

    def uninstall(self) -> None:
        if self._installed:
            qInstallMessageHandler(self._previous)
            self._installed = False

    def handle(self, msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = getattr(context, "category", None) or "default"
        if message in NOISE:
            qt_log.debug("[%s] %s", category, message)
            return
        qt_log.log(_LEVELS.get(msg_type, logging.WARNING), "[%s] %s", category, message)
        if self._previous is not None:
            self._previous(msg_type, context, message)


def crash_dialog_disabled(flag: bool) -> bool:
    return flag or os.environ.get("PLANDESK_NO_CRASH_DIALOG", "") not in ("", "0")


class CrashDialog(QDialog):
    """ "PlanDesk ran into a problem": the report, where it is, and a button to save a copy."""

    def __init__(self, report: str, saved_to: Path | None, parent: QWidget | None = None) -> None:
        # imported here: start-up does not pay for the classes of a dialog seldom shown
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._report = report
        self._saved_to = saved_to
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._where = QLabel(self)
        self._where.setWordWrap(True)
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text = QPlainTextEdit(report, self)
        self._text.setReadOnly(True)
        self._text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._buttons = QDialogButtonBox(self)
        self._save = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._close = self._buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._where)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)
        self._retranslate()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._save.clicked.connect(self.save_report)
        self._close.clicked.connect(self.reject)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("PlanDesk ran into a problem"))
        self._intro.setText(
            self.tr(
                "Something went wrong that PlanDesk did not expect. Your data is safe: every "
                "change is saved as you make it. Please save this report and send it to "
                "whoever supports PlanDesk for you."
            )
        )
        if self._saved_to is not None:
            self._where.setText(fill(self.tr("A copy is already in %1"), str(self._saved_to)))
        self._where.setVisible(self._saved_to is not None)
        self._save.setText(self.tr("Save report…"))
        self._close.setText(self.tr("Close"))

    def save_report(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save crash report"),
            "plandesk-crash-report.txt",
            self.tr("Text files (*.txt)"),
        )
        if not name:
            return None
        path = Path(name)
        path.write_text(self._report, encoding="utf-8")
        return path


def install_crash_dialog(session: LogSession, disabled: bool) -> bool:
    """Show a :class:`CrashDialog` after each uncaught exception; False when disabled."""
    if crash_dialog_disabled(disabled):
        return False

    shown: list[CrashDialog] = []  # a parentless dialog lives as long as a reference does

    def show(report: str, path: Path | None) -> None:
        if QApplication.instance() is None:
            return
        dialog = CrashDialog(report, path, QApplication.activeWindow())
        shown.append(dialog)
        dialog.finished.connect(lambda _result: shown.remove(dialog))
        dialog.open()

    session.add_crash_listener(show)
    return True

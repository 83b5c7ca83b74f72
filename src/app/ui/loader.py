"""Open a database off the GUI thread: the window stays responsive while SQLAlchemy is
imported, the schema checked and the plan read."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

# Kinds of failure, for the window to pick its message (the service's words for them).
NEWER = "newer"
INVALID = "invalid"
UNEXPECTED = "unexpected"


class WorkspaceLoader(QObject):
    """``load(path)`` emits ``loaded(path, workspace)`` or ``failed(path, kind, detail)``."""

    loaded = Signal(Path, object)
    failed = Signal(Path, str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def load(self, path: Path) -> None:
        self._pool.start(lambda: self._run(path))

    def warm_up(self, workspace: Any) -> None:
        """Open the SQLAlchemy side of *workspace* in the background (errors are logged:
        the page that needs it reports them)."""

        def run() -> None:
            try:
                workspace.db  # noqa: B018 - opens it
            except Exception:
                log.exception("cannot open the database for editing")
                return
            try:
                from app.services.backup import backup_if_due

                made = backup_if_due(workspace.path)  # one a day, the last ten kept
                if made is not None:
                    log.info("automatic backup %s", made)
            except Exception:
                log.exception("automatic backup failed")

        self._pool.start(run)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _run(self, path: Path) -> None:
        try:
            from app.services import workspace_open

            workspace_open.load_data_layer()
        except Exception:  # the data layer itself is broken: that is a bug
            log.exception("cannot import the data layer")
            self.failed.emit(path, UNEXPECTED, traceback.format_exc(limit=3))
            return
        try:
            workspace = workspace_open.open_workspace(path)
        except Exception as exc:
            kind = workspace_open.refusal_kind(exc)
            if kind == workspace_open.NEWER:
                log.warning("refused %s: %s", path, exc)
                self.failed.emit(path, NEWER, str(exc))
            elif kind == workspace_open.INVALID:
                log.warning("cannot open %s: %s", path, exc)
                self.failed.emit(path, INVALID, str(exc))
            else:
                log.exception("unexpected error opening %s", path)
                self.failed.emit(path, UNEXPECTED, f"{type(exc).__name__}: {exc}")
        else:
            log.info("opened %s", path)
            self.loaded.emit(path, workspace)

"""GUI fixtures: a demo database (the Turkish Balıkesir plan), a launcher, the window."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.crash import QtMessageRouter
from app.ui.i18n import LanguageSwitcher
from app.ui.launcher import Launcher
from app.ui.options import GuiOptions
from app.ui.qt_compat import protect_none
from app.ui.settings import open_store


@pytest.fixture(scope="session", autouse=True)
def _protect_none(qapp: QApplication) -> None:
    """The app's guard against PySide6's None refcount leak (see app.ui.qt_compat)."""
    protect_none(qapp)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per test session (``plandesk demo``); tests get copies."""
    from app.db.migrate import open_database
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    try:
        with db.unit("demo") as session:
            build_demo(session)
    finally:
        db.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo" / "plandesk.sqlite"
    target.parent.mkdir()
    shutil.copy(demo_template, target)
    return target


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    """QSettings caches its folder once per process: point it at this test's folder."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


@pytest.fixture(autouse=True)
def _qt_messages(qapp: QApplication) -> Iterator[None]:
    """Route Qt messages like the app does (known offscreen noise filtered out)."""
    router = QtMessageRouter()
    router.install()
    yield
    router.uninstall()


class LauncherFactory:
    def __init__(self, qapp: QApplication) -> None:
        self.qapp = qapp
        self.made: list[Launcher] = []

    def __call__(self, db: Path, language: str = "en", **kw: object) -> Launcher:
        options = GuiOptions(db=db, language=language, **kw)  # type: ignore[arg-type]
        launcher = Launcher(self.qapp, options, LanguageSwitcher(self.qapp), open_store())
        self.made.append(launcher)
        return launcher

    def close_all(self) -> None:
        for launcher in self.made:
            if launcher.last_message is not None:
                with contextlib.suppress(RuntimeError):  # already deleted
                    launcher.last_message.close()
            launcher.shutdown()
            if launcher.window is not None:
                launcher.window.close()
                launcher.window.deleteLater()
            launcher.switcher.uninstall()
        self.qapp.setQuitOnLastWindowClosed(True)
        self.qapp.processEvents()


@pytest.fixture
def make_launcher(qapp: QApplication) -> Iterator[LauncherFactory]:
    factory = LauncherFactory(qapp)
    yield factory
    factory.close_all()


@pytest.fixture
def open_window(make_launcher: LauncherFactory, demo_db: Path, qtbot):  # type: ignore[no-untyped-def]
    """A started launcher on the demo database, data loaded, Plan page shown."""
    launcher = make_launcher(demo_db, page="plan")
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    return launcher


def shown(page: Any, workspace: Any, qtbot: Any, width: int, height: int) -> Any:
    """*page* at *width* × *height* on *workspace*, on screen (closed after the test)."""
    qtbot.addWidget(page)
    page.resize(width, height)
    page.set_workspace(workspace)
    page.show()
    qtbot.waitExposed(page)
    return page


def visible_message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]

"""Screens from 1024×768 up: the window fits the screen and comes back as the clerk left
it; pages fit without sideways scrolling, no text cut, no English left in a translated
window (a part of scripts/screenshots.py's matrix)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from app.ui import settings
from app.ui.launcher import Launcher, fit_size
from tests.ui.conftest import LauncherFactory

REPO = Path(__file__).resolve().parents[2]


def matrix() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots", REPO / "scripts/screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("screenshots", module)  # its dataclasses look themselves up
    spec.loader.exec_module(module)
    return module


def test_a_part_of_the_screenshot_matrix_finds_nothing(demo_db: Path, tmp_path: Path) -> None:
    """Plan, Events, Consolidation and Subordinates in English, then Russian, at 1024×768:
    every text whole, nothing to scroll sideways, the window no wider than the screen, no
    English in Russian."""
    screenshots = matrix()
    pages = ["plan", "events", "consolidation", "subordinates"]
    findings = screenshots.render(demo_db, tmp_path, pages, ["en", "ru"], ["1024x768"])
    # (the window switches from English to Russian: a notice made in English, or columns
    # fitted to English titles, would show here)
    assert [f.line() for f in findings] == []
    assert sorted(p.name for p in tmp_path.glob("*.png")) == sorted(
        f"{page}-{lang}-1024x768.png" for page in pages for lang in ("en", "ru")
    )


@pytest.mark.slow
def test_pseudo_localisation_finds_no_text_that_was_never_translated(
    demo_db: Path, tmp_path: Path
) -> None:
    """Every page at 1024×768 with every text stretched by a third and bracketed
    (``--language pseudo``): no text on screen stayed plain English (never passed through
    tr()), no page needs a wider window or sideways scrolling, and no label, button or field
    is cut. Table titles may still be cut in this harsher-than-any-language run where a
    table has more columns than room (three, noted in the report); real languages are held
    to that too (test above, scripts/screenshots.py)."""
    from app.options import PAGES

    screenshots = matrix()
    findings = screenshots.render(demo_db, tmp_path, list(PAGES), ["pseudo"], ["1024x768"])
    serious = [
        f.line() for f in findings if not (f.kind == "clipped" and "QHeaderView" in f.widget)
    ]
    assert serious == []
    assert len(list(tmp_path.glob("*-pseudo-1024x768.png"))) == len(PAGES)


def test_pseudo_text_keeps_what_qt_needs() -> None:
    """Placeholders, accelerators, tags and entities survive; everything else is stretched,
    accented and bracketed, so that an untranslated text stands out."""
    from app.ui.pseudo import pseudo_text

    text = pseudo_text("&Save %1 of %n <b>returns</b> &amp; more")
    assert text.startswith("[&Šàvé %1 öf %n <b>rétûrñš</b> &amp; möré")
    assert text.endswith("]") and len(text) > len("[&Save %1 of %n <b>returns</b> &amp; more]")
    assert pseudo_text("42") == "42" and pseudo_text("") == ""
    assert pseudo_text("Save") != "Save"


def test_the_checks_see_a_cut_text_and_an_english_one(qtbot) -> None:
    """The matrix's checks are not blind: a button too narrow for its text, a line edit
    that scrolls sideways and an English word in a Turkish window are all reported."""
    from PySide6.QtWidgets import (
        QLabel,
        QMainWindow,
        QPlainTextEdit,
        QPushButton,
        QVBoxLayout,
        QWidget,
    )

    screenshots = matrix()
    window = QMainWindow()
    qtbot.addWidget(window)
    body = QWidget()
    layout = QVBoxLayout(body)
    narrow = QPushButton("Save and continue")
    narrow.setFixedWidth(40)
    wide = QPlainTextEdit("x" * 400)
    wide.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    english = QPushButton("Getting started")
    composed = QLabel("3 in this period, 40 participants")  # "%1 in this period, %2 …"
    composed.setWordWrap(True)
    for widget in (narrow, wide, english, composed):
        layout.addWidget(widget)
    window.setCentralWidget(body)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    found = screenshots.check_window(window, "x.png", screenshots.english_sources()["tr"])
    kinds = {(f.kind, f.text) for f in found}
    assert ("clipped", "Save and continue") in kinds
    assert ("english", "Getting started") in kinds
    assert ("english", "3 in this period, 40 participants") in kinds
    assert any(f.kind == "scroll" for f in found)


def test_fit_size() -> None:
    assert fit_size((1280, 800), (1024, 738)) == (1024, 738)
    assert fit_size((1280, 800), (2560, 1400)) == (1280, 800)


def test_the_window_fits_the_screen_and_comes_back_where_it_was_left(
    make_launcher: LauncherFactory, demo_db: Path, qtbot
) -> None:
    launcher = make_launcher(demo_db, page="plan")
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    window = launcher.window
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.minimumSizeHint().width() <= 1024
    window.showNormal()
    # a size of our own, inside the screen and above any page's minimum
    width = max(window.minimumSizeHint().width() + 6, free.width() - 10)
    height = max(window.minimumSizeHint().height() + 120, free.height() - 40)
    window.setGeometry(free.x() + 10, free.y() + 20, width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    launcher.shutdown()
    launcher.window.close()
    again: Launcher = make_launcher(demo_db, page="plan")
    assert again.start()
    qtbot.waitUntil(lambda: again.workspace is not None, timeout=15000)
    assert (again.window.width(), again.window.height()) == (width, height)
    assert not settings.WINDOW_GEOMETRY.read(again.store).isEmpty()


@pytest.mark.parametrize("page_name", ["events"])
def test_splitter_and_columns_are_remembered(
    make_launcher: LauncherFactory, demo_db: Path, qtbot, page_name: str
) -> None:
    """The Events page's splitter and a column the clerk dragged come back next time."""
    launcher = make_launcher(demo_db, page=page_name)
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    window = launcher.window
    window.showNormal()
    free = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(free.x(), free.y(), free.width(), free.height())
    page = window.page(page_name)
    qtbot.waitExposed(page)
    splitter = page.ui.splitter
    handle = splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start - QPoint(120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start - QPoint(120, 0))
    sizes = splitter.sizes()
    assert settings.SPLITTERS.of("events.splitter").read(launcher.store) == sizes
    header = page.ui.table.horizontalHeader()
    from app.ui.events.model import COL_KIND

    kind_edge = header.sectionViewportPosition(COL_KIND) + header.sectionSize(COL_KIND) - 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(kind_edge, 5))
    qtbot.mouseMove(header.viewport(), QPoint(kind_edge + 40, 5))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(kind_edge + 40, 5))
    kind_width = header.sectionSize(COL_KIND)
    launcher.shutdown()
    window.close()
    again = make_launcher(demo_db, page=page_name)
    assert again.start()
    qtbot.waitUntil(lambda: again.workspace is not None, timeout=15000)
    page = again.window.page(page_name)
    qtbot.waitUntil(lambda: abs(page.ui.splitter.sizes()[1] - sizes[1]) <= 2)
    assert page.ui.table.horizontalHeader().sectionSize(COL_KIND) == kind_width

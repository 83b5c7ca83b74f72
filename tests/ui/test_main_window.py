"""The main window on the demo database: navigation, header strip, Plan page, menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.ui.launcher import Launcher
from app.ui.models.plan_tree_model import COL_DESCRIPTION, OBJECT_ROLE
from app.ui.pages import PAGE_NAMES
from app.ui.pages.plan import PlanPage
from tests.ui.conftest import visible_message_boxes


def test_window_shows_the_turkish_plan(open_window: Launcher) -> None:
    window = open_window.window
    assert window is not None
    page = window.current_page()
    assert isinstance(page, PlanPage)
    codes = page.visible_codes()
    assert codes[:3] == ["2", "2.1", "2.1.4"]
    assert {"2.3.1", "3.4.3", "3.4.4", "4.1.2"} <= set(codes)
    texts = []
    for row in range(page.model.rowCount()):
        index = page.model.index(row, COL_DESCRIPTION)
        texts.append(index.data())
    assert any("Kadına yönelik şiddeti doğuran" in t for t in texts)
    # the tree is expanded and the Turkish description is visible in the view
    tree = page.ui.treeView
    activity = page.proxy.match(
        page.proxy.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        "2.1.4",
        1,
        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
    )[0]
    assert tree.isExpanded(activity.parent())
    assert activity.data(OBJECT_ROLE).description.startswith("Balıkesir’de görev yapan")
    # footnotes beneath the tree
    assert page.ui.footnotesLabel.isVisible()
    assert "Kadın Konukevlerinin Açılması" in page.ui.footnotesLabel.text()


def test_header_strip_and_status_bar(open_window: Launcher, demo_db: Path) -> None:
    ui = open_window.window.ui
    assert ui.institutionLabel.text() == "Balıkesir İl Milli Eğitim Müdürlüğü"
    assert ui.planTitleLabel.text().startswith("Kadına Yönelik Şiddetle Mücadele İl Eylem Planı")
    # today is after the 2021 plan: the last period of the plan is the current one
    assert ui.periodLabel.text() == "2021 yılı III. Dört Aylık Dönem"
    assert (
        str(demo_db)
        in open_window.window.findChild(type(ui.institutionLabel), "dbPathLabel").text()
    )


def test_navigation_and_view_menu(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    nav = window.ui.navList
    assert [nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(nav.count())] == list(
        PAGE_NAMES
    )
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Dashboard",
        "Plan",
        "Progress",
        "Events",
        "Narrative",
        "Returns",
        "Subordinates",
        "Intake",
        "Completeness",
        "Consolidation",
        "Settings",
        "Getting started",
    ]
    actions = window.ui.menuView.actions()
    assert [a.shortcut() for a in actions] == [
        *(QKeySequence(f"Ctrl+{n}") for n in range(1, 10)),
        QKeySequence(),  # the tenth and eleventh pages have no number
        QKeySequence(),
        QKeySequence(),  # Getting started: Help → Getting started, no number
    ]
    actions[3].trigger()
    assert window.current_page().name == "events"
    assert window.current_page().ui.titleLabel.text() == "Events"
    nav.setCurrentRow(1)
    assert window.ui.pageStack.currentWidget() is window.page("plan")
    assert actions[1].isChecked()
    assert window.ui.actionQuit.shortcut() == QKeySequence("Ctrl+Q")
    assert window.ui.actionBackup.isEnabled()  # a database is open


def test_file_backup_writes_a_database_copy(open_window: Launcher, tmp_path) -> None:
    import sqlite3

    target = tmp_path / "copy.sqlite"
    box = open_window.write_backup(target)
    assert box is not None and str(target) in box.text()
    box.close()
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM plan_item").fetchone()[0] > 0
    finally:
        con.close()


def test_pages_are_built_when_first_shown(open_window: Launcher) -> None:
    window = open_window.window
    assert [p.name for p in window.built_pages()] == ["plan"]
    settings = window.page("settings")
    assert settings.ui.titleLabel.text() == "Settings"
    assert window.ui.pageStack.indexOf(settings) == PAGE_NAMES.index("settings")


def test_filter_box_finds_an_activity_and_keeps_its_parents(open_window: Launcher, qtbot) -> None:
    page = open_window.window.page("plan")
    qtbot.keyClicks(page.ui.filterEdit, "3.4.4")
    page.apply_filter()
    assert page.visible_codes() == ["3", "3.4", "3.4.4"]
    page.ui.filterEdit.clear()
    page.apply_filter()
    assert len(page.visible_codes()) == 12


def test_expand_and_collapse_all(open_window: Launcher, qtbot) -> None:
    page = open_window.window.page("plan")
    tree = page.ui.treeView
    first = page.proxy.index(0, 0)
    qtbot.mouseClick(page.ui.collapseButton, Qt.MouseButton.LeftButton)
    assert not tree.isExpanded(first)
    qtbot.mouseClick(page.ui.expandButton, Qt.MouseButton.LeftButton)
    assert tree.isExpanded(first)


def test_about_box_shows_the_version(open_window: Launcher, qtbot) -> None:
    from app import __version__

    box = open_window.window.show_about()
    qtbot.waitUntil(lambda: box in visible_message_boxes())
    assert __version__ in box.text()
    box.close()


def test_empty_database_shows_the_empty_plan_page(make_launcher, tmp_path: Path, qtbot) -> None:
    launcher = make_launcher(tmp_path / "new.sqlite", page="plan")
    assert launcher.start()
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    page = launcher.window.page("plan")
    assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
    assert launcher.window.ui.planTitleLabel.text() == "No plan yet"
    assert launcher.window.ui.institutionLabel.text() == "No institution set up yet"


def test_open_another_database(open_window: Launcher, tmp_path: Path, qtbot) -> None:
    other = tmp_path / "other.sqlite"
    open_window.open_database(other)
    qtbot.waitUntil(
        lambda: open_window.workspace is not None and open_window.workspace.path == other,
        timeout=15000,
    )
    assert open_window.lock is not None and open_window.lock.db_path == other
    assert open_window.window.ui.planTitleLabel.text() == "No plan yet"


def test_long_descriptions_wrap_and_are_not_clipped(open_window: Launcher, qtbot) -> None:
    from app.ui.models.plan_delegate import H_PAD, V_PAD
    from app.ui.widgets.wrapped_text import text_height

    window = open_window.window
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    qtbot.wait(60)  # the delayed row re-layout after column sizing
    page = window.page("plan")
    tree = page.ui.treeView
    for code in ("2", "2.1.4", "3.4.4"):
        index = page.proxy.match(
            page.proxy.index(0, 0),
            Qt.ItemDataRole.DisplayRole,
            code,
            1,
            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        )[0].siblingAtColumn(COL_DESCRIPTION)
        text = index.data()
        width = tree.header().sectionSize(COL_DESCRIPTION) - 2 * H_PAD
        font = index.data(Qt.ItemDataRole.FontRole) or tree.font()
        needed = text_height(text, font, width) + 2 * V_PAD
        assert tree.visualRect(index).height() >= int(needed), code
        assert needed > 3 * tree.fontMetrics().height()  # it really is several lines
    # the description column is the widest one at 1280 px
    widths = [tree.header().sectionSize(c) for c in range(page.model.columnCount())]
    assert max(widths) == widths[COL_DESCRIPTION]


def test_window_shows_first_and_loads_after(make_launcher, demo_db: Path, qtbot) -> None:
    launcher = make_launcher(demo_db, page="plan")
    assert launcher.start()
    window = launcher.window
    # shown at once, before any data: a calm "opening" state, no "no plan" message
    assert window.isVisible() and launcher.workspace is None
    assert window.ui.planTitleLabel.text() == "Opening the database…"
    page = window.page("plan")
    assert page.ui.contentStack.currentWidget() is page.ui.treePage
    qtbot.waitUntil(lambda: launcher.workspace is not None, timeout=15000)
    assert window.windowTitle() == f"{demo_db.name} — PlanDesk"
    assert page.model.rowCount() == 3


def test_header_follows_a_changed_profile(open_window: Launcher, qtbot) -> None:
    """An edit on one page (here: the institution's name) shows in the header strip."""
    from app.services.institutions import get_self

    window = open_window.window
    workspace = open_window.workspace
    with workspace.db.unit() as session:
        get_self(session).name = "Karesi İlçe Milli Eğitim Müdürlüğü"
    window.page("plan").data_changed.emit()
    assert window.ui.institutionLabel.text() == "Karesi İlçe Milli Eğitim Müdürlüğü"

"""Nothing is cut off at 1280×800 in any language: navigation, menus, header, buttons."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QFont, QFontMetrics

from app.ui.i18n import LANGUAGES
from app.ui.launcher import Launcher


@pytest.mark.parametrize("lang", LANGUAGES)
def test_texts_fit_at_1280x800(open_window: Launcher, lang: str, qtbot) -> None:
    open_window.switch_language(lang)
    window = open_window.window
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    qtbot.wait(20)  # let the layouts follow the new texts
    nav = window.ui.navList
    bold = QFont(nav.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    room = nav.viewport().width() - nav.iconSize().width() - 2 * 14 - 2 * 8 - 3
    for row in range(nav.count()):
        assert metrics.horizontalAdvance(nav.item(row).text()) <= room, nav.item(row).text()
    page = window.page("plan")
    for button in (page.ui.expandButton, page.ui.collapseButton):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert page.ui.filterEdit.width() >= page.ui.filterEdit.minimumSizeHint().width()
    # the window keeps its size: nothing forces it wider than the screen we design for
    assert window.minimumSizeHint().width() <= 1280
    open_window.switch_language("en")


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_progress_grid_fits_beside_its_panel_at_1280x800(
    open_window: Launcher, lang: str, qtbot
) -> None:
    """With the details panel open the grid's columns share what is left: no sideways
    scrolling, and the figures of a cell ("112 · 1 ev/112 · 112/100") fit in one line."""
    open_window.switch_language(lang)
    window = open_window.window
    window.resize(1280, 800)
    window.show_page("progress")
    qtbot.waitExposed(window)
    page = window.page("progress")
    page.select_cells([("2.1.4", "2021-T1")])
    page.open_details()
    qtbot.wait(20)
    view = page.view
    assert view.period_header.length() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    figures = page.model.lines(page.model.row_of_item(page.model.rows[2].id), 1)[1]
    metrics = view.fontMetrics()
    assert metrics.horizontalAdvance(figures) <= view.columnWidth(1) - 12, figures
    open_window.switch_language("en")

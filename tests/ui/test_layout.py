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

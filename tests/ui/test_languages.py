"""Every word in the window's language, every number and date as that language writes it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from PySide6.QtCore import QLocale

from app.ui import formats
from app.ui.launcher import Launcher


@pytest.mark.parametrize(
    ("language", "figures"),
    [
        ("en_GB", ("3,769", "42%", "01/09/2021")),
        ("tr", ("3.769", "%42", "01.09.2021")),
        ("ru", ("3\u00a0769", "42\u00a0%", "01.09.2021")),
        ("kk", ("3\u00a0769", "42%", "01.09.2021")),
        ("ro", ("3.769", "42\u00a0%", "01.09.2021")),
        ("vi", ("3.769", "42%", "01/09/2021")),
    ],
)
def test_numbers_percentages_and_dates(language: str, figures: tuple[str, ...]) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert (
            formats.number(3769),
            formats.percent(0.42),
            formats.day(date(2021, 9, 1)),
        ) == figures
        assert formats.moment(datetime(2021, 9, 1, 14, 5)).endswith("14:05")
    finally:
        QLocale.setDefault(before)


def test_the_progress_panel_follows_a_language_switch(open_window: Launcher, qtbot) -> None:
    """The sentences the panel made for the chosen cell are made again in the new language,
    without choosing another cell."""
    window = open_window.window
    window.show_page("progress")
    page = window.page("progress")
    page.select_cells([("2.1.4", "2021-T1")])
    page.open_details()
    assert page.details.events_label.text() == "1 in this period, 112 participants"
    open_window.switch_language("tr")
    assert page.details.events_label.text() == "bu dönemde 1 etkinlik, 112 katılımcı"
    open_window.switch_language("en")


def test_pages_write_numbers_and_dates_in_the_window_language(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    window.show_page("events")
    events = window.page("events")
    open_window.switch_language("tr")
    assert dashboard.ui.peopleTile.value.text() == "3.649"
    assert dashboard.ui.nextTile.value.text() == "10.05.2021"
    assert "3.649" in events.ui.countLabel.text()
    row = events.proxy.index(0, 0)
    assert row.data() == "08.03.2021"
    open_window.switch_language("en")
    assert dashboard.ui.peopleTile.value.text() == "3,649"  # not "3.649" left behind
    assert "3,649" in events.ui.countLabel.text()
    assert events.proxy.index(0, 0).data() == "08/03/2021"

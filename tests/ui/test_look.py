"""What a clerk sees: icons that stay in selected rows, grid cells whose figures are never cut
in the middle of a number, a return preview sharp on a ×2 screen and zoomable."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QIcon

from app.ui.icons import icon
from app.ui.progress.delegate import whole_parts
from app.ui.returns.jobs import MAX_RENDER_DPI, PREVIEW_DPI, render_dpi
from app.ui.returns.states import state_icon
from tests.ui.test_returns_page import page, signed_template, workspace  # noqa: F401


def test_icons_keep_their_drawing_in_selected_rows(qapp) -> None:
    for drawn in (state_icon("signed"), state_icon("rejected"), icon("lock"), icon("welcome")):
        normal = drawn.pixmap(16, QIcon.Mode.Normal).toImage()
        selected = drawn.pixmap(16, QIcon.Mode.Selected).toImage()
        assert normal == selected  # not tinted into the highlight


def test_figures_are_cut_between_parts_never_inside_a_number(qapp) -> None:
    metrics = QFontMetrics(QFont())
    figures = "1.265 · 3 ev/1.265 · 1.265/100"
    assert whole_parts(figures, metrics, 10_000) == figures
    narrow = metrics.horizontalAdvance("1.265 · 3 ev/1.265 …") + 2
    assert whole_parts(figures, metrics, narrow) == "1.265 · 3 ev/1.265 …"
    assert whole_parts(figures, metrics, metrics.horizontalAdvance("1.265 …") + 2) == "1.265 …"


def test_the_preview_is_rendered_for_the_screen_and_zooms(qtbot, page) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert render_dpi(1.0) > PREVIEW_DPI
    assert render_dpi(2.0) == min(MAX_RENDER_DPI, 2 * round(PREVIEW_DPI * 1.5))
    task = page.start_preview()
    assert task is not None
    qtbot.waitUntil(lambda: task.done.is_set() and bool(page.ui.preview.page_labels), timeout=60000)
    preview = page.ui.preview
    first = preview.page_labels[0].pixmap()
    # finer than shown: the same logical size as a page at 70 dpi, more pixels in it
    assert first.width() / first.devicePixelRatio() == preview.page_width()
    assert preview.page_width() > 700  # landscape A4 at 70 dpi: 818 px
    assert page.ui.zoomBar.isVisibleTo(page) and page.ui.zoomLabel.text() == "100%"
    width = preview.page_width()
    page.ui.zoomInButton.click()
    assert preview.page_width() > width and page.ui.zoomLabel.text() == "125%"
    page.ui.fitButton.click()
    assert abs(preview.page_width() - preview.viewport().width()) < 40
    preview.set_zoom(1.0)
    assert preview.page_width() == width

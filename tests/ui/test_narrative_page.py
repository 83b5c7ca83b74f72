"""The Narrative page: typing is saved by itself; a signed period is read-only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.db.models import Return
from app.db.session import Database
from app.services import narrative
from app.services.plans import require_current_plan
from app.ui.pages.narrative import NarrativePage
from app.ui.workspace import read_snapshot
from tests.ui.conftest import shown


@pytest.fixture
def page(demo: Database, db_path: Path, qtbot) -> NarrativePage:  # type: ignore[no-untyped-def]
    return shown(NarrativePage(), read_snapshot(demo, db_path), qtbot, 1100, 700)


def bodies(db: Database, key: str) -> dict[str, str]:
    with db.unit() as s:
        return {x.key: x.body for x in narrative.sections(s, require_current_plan(s), key)}


def test_sections_follow_the_default_outline(page: NarrativePage) -> None:
    assert list(page.ui.sectionEditors.editors) == ["results", "difficulties", "proposals"]
    assert page.ui.sectionEditors.titles["results"].text() == "Results achieved"
    assert page.ui.periodCombo.count() == 3


def test_typing_is_saved_after_a_pause(page: NarrativePage, demo: Database, qtbot) -> None:
    page.select_period("2021-T1")
    editor = page.ui.sectionEditors.editors["difficulties"]
    qtbot.keyClicks(editor, "Pandemic rules halved the rooms.")
    assert bodies(demo, "2021-T1")["difficulties"] == ""  # not yet: the clerk is typing
    qtbot.waitUntil(lambda: bodies(demo, "2021-T1")["difficulties"] != "", timeout=5000)
    assert bodies(demo, "2021-T1")["difficulties"] == "Pandemic rules halved the rooms."
    assert "Saved" in page.ui.savedLabel.text()


def test_changing_period_saves_at_once(page: NarrativePage, demo: Database, qtbot) -> None:
    page.select_period("2021-T2")
    qtbot.keyClicks(page.ui.sectionEditors.editors["proposals"], "More parent seminars")
    page.select_period("2021-T3")
    assert bodies(demo, "2021-T2")["proposals"] == "More parent seminars"
    assert page.ui.sectionEditors.text("proposals") == bodies(demo, "2021-T3")["proposals"]


def test_a_signed_period_is_read_only_with_a_banner(demo: Database, db_path: Path, qtbot) -> None:
    with demo.unit() as s:
        s.add(
            Return(
                direction="outgoing",
                status="signed",
                plan_id=require_current_plan(s).id,
                institution_code="MEB-10",
                period_key="2021-T1",
                signed_at=datetime(2021, 5, 3),
            )
        )
    page = NarrativePage()
    qtbot.addWidget(page)
    page.set_workspace(read_snapshot(demo, db_path))
    page.show()
    page.select_period("2021-T1")
    assert page.locked and page.ui.lockBanner.isVisible()
    assert all(e.isReadOnly() for e in page.ui.sectionEditors.editors.values())
    page.select_period("2021-T2")
    assert not page.locked and not page.ui.lockBanner.isVisible()

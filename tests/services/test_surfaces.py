"""Services behind the work surfaces: grid, dashboard, narrative, attachments."""

from datetime import date, datetime
from pathlib import Path

import pytest

from app.db.models import Return
from app.db.session import Database
from app.services import attachments, narrative
from app.services.dashboard import dashboard
from app.services.errors import PeriodLocked, ValidationError
from app.services.grid import cell_matches, load_grid, row_matches
from app.services.plans import require_current_plan
from app.services.progress_bulk import clear_progress


def test_grid_holds_every_activity_with_cells_per_period(demo: Database) -> None:
    with demo.unit() as s:
        grid = load_grid(s, require_current_plan(s).id)
    assert [p.key for p in grid.periods] == ["2021-T1", "2021-T2", "2021-T3"]
    acts = {r.code: r for r in grid.activity_rows()}
    assert set(acts) == {"2.1.4", "2.3.1", "3.4.3", "3.4.4", "4.1.2"}
    t1 = acts["2.1.4"].cells[0]
    assert t1.mark is not None
    assert (t1.status, t1.mark.participants, t1.planned_text) == ("done", 112, "Mart 2021")
    assert t1.events >= 1 and t1.event_participants == 112
    not_done = [
        (r.code, p.key)
        for r in grid.activity_rows()
        for p, c in zip(grid.periods, r.cells, strict=True)
        if cell_matches(c, p, "not_done", date(2022, 1, 1))
    ]
    assert not_done == [("2.3.1", "2021-T2")]
    open_marks = {
        r.code
        for r in grid.activity_rows()
        if any(
            c.planned_text is not None and c.status in (None, "planned", "in_progress")
            for c in r.cells
        )
    }
    overdue = {
        r.code for r in grid.rows if row_matches(r, grid.periods, "overdue", date(2022, 1, 1))
    }
    assert overdue and overdue == open_marks
    assert not any(row_matches(r, grid.periods, "overdue", date(2021, 1, 5)) for r in grid.rows)
    assert [
        r.code
        for r in grid.rows
        if row_matches(r, grid.periods, "missing_reason", date(2022, 1, 1))
    ] == []


def test_dashboard_counts(demo: Database) -> None:
    with demo.unit() as s:
        d = dashboard(s, require_current_plan(s).id, today=date(2021, 9, 20))
    assert [g for g, _ in d.goals] == ["2", "3", "4"]
    assert sum(t.statuses["done"] for t in d.by_period) == d.overall.statuses["done"] == 7
    assert d.overall.statuses["not_done"] == 1
    # by the one totals rule: a mark "planned" is that status, not open; open is planned in
    # the period with nothing reported; "not applicable" is neither done nor to be done
    assert d.overall.statuses["planned"] == 1 and d.overall.open == 0
    assert d.overall.statuses["not_applicable"] == 2
    assert d.overall.applicable == 13  # 15 marks, 2 of them not applicable
    assert sum(t.statuses["done"] for t in d.by_goal.values()) == 7
    assert d.overall.events == 16 and d.overall.event_participants > 300
    overdue = [x.key for x in d.due_dates if x.overdue]
    assert overdue == ["2021-T1", "2021-T2"]


def test_dashboard_counts_by_the_totals_rule(demo: Database) -> None:
    """Open: planned in the period, nothing reported; a mark "planned" is not open; a
    period the activity is neither planned nor marked in counts in no segment."""
    with demo.unit() as s:
        plan = require_current_plan(s)
        before = dashboard(s, plan.id, today=date(2021, 9, 20)).overall
        clear_progress(s, plan, "2.3.1", "2021-T2")  # planned in T2, marked not done
        after = dashboard(s, plan.id, today=date(2021, 9, 20))
    assert after.overall.open == before.open + 1
    assert after.overall.statuses["not_done"] == before.statuses["not_done"] - 1
    assert after.overall.applicable == before.applicable
    assert after.overall.activities == before.activities  # every activity in every period
    t2 = after.by_period[after.period_keys.index("2021-T2")]
    assert t2.open == 1 and t2.statuses["planned"] == 1


def test_narrative_outline_sections_and_lock(demo: Database) -> None:
    with demo.unit() as s:
        plan = require_current_plan(s)
        titles = [sec.title for sec in narrative.sections(s, plan, "2021-T1", "tr")]
        assert titles == ["Elde edilen sonuçlar", "Karşılaşılan güçlükler", "Öneriler"]
        assert narrative.save_section(s, plan, "2021-T1", "results", "112 öğretmen") == ""
        old = narrative.set_outline(s, plan, [("results", ""), ("budget", "Bütçe")])
        assert old == []
        with pytest.raises(ValidationError, match="needs a title"):
            narrative.set_outline(s, plan, [("x", "")])
    with demo.unit() as s:
        plan = require_current_plan(s)
        secs = narrative.sections(s, plan, "2021-T1", "en")
        assert [(x.key, x.title, x.body) for x in secs] == [
            ("results", "Results achieved", "112 öğretmen"),
            ("budget", "Bütçe", ""),
        ]
        s.add(
            Return(
                direction="outgoing",
                status="signed",
                plan_id=plan.id,
                institution_code="MEB-10",
                period_key="2021-T1",
                signed_at=datetime(2021, 5, 3),
            )
        )
    with pytest.raises(PeriodLocked), demo.unit() as s:
        narrative.save_section(s, require_current_plan(s), "2021-T1", "results", "changed")


def test_attachments_hash_limit_and_export(demo: Database, tmp_path: Path) -> None:
    photo = tmp_path / "katılım listesi.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    with demo.unit() as s:
        plan = require_current_plan(s)
        att_id = attachments.add_to_progress(s, plan, "2.1.4", "2021-T1", photo)
        row = attachments.remove(s, plan, att_id)
        attachments.restore(s, row)
        out = attachments.export_copy(s, att_id)
    assert out.read_bytes() == photo.read_bytes() and out.name == photo.name
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.truncate(attachments.MAX_BYTES + 1)
    with pytest.raises(ValidationError, match="at most 20 MB"), demo.unit() as s:
        attachments.add_to_progress(s, require_current_plan(s), "2.1.4", "2021-T1", big)

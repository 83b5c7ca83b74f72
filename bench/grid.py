"""The Progress grid on a 5,000-activity plan: open, move through, mark — vs raw sqlite3.

    .venv/bin/python bench/grid.py [--activities 5000] [--runs 5] [--db FILE]

Generates the plan (``bench.gen_plan.populate``: progress for 2021-T1, ~N/5 events) in a
temporary SQLite file (or reuses ``--db``), then prints medians of:

- raw: the same data read with sqlite3 alone (items, planned periods, progress, event counts
  and participant sums per activity and period), before any page is made (the ratio's
  baseline); it is read again right before each open, so that a busy machine shows;
- open: ``ProgressPage.set_workspace`` → model filled → first paint of the grid (offscreen);
- move: Page Down through the whole grid, then Down × 500, each key followed by
  processEvents (the view repaints at every step);
- mark: select 100 cells and press "d" (one transaction, one undo command), then undo.

The target is open ≤ 3 × raw.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.big_plan import setup

RAW_QUERIES = (
    "SELECT id, parent_id, code, kind, description, position, target_text, target_value "
    "FROM plan_item WHERE plan_id = :plan",
    "SELECT pp.item_id, pp.period_key, pp.planned_text FROM planned_period pp "
    "JOIN plan_item i ON i.id = pp.item_id WHERE i.plan_id = :plan",
    "SELECT p.item_id, p.period_id, p.status, p.done_on, p.participants, p.achieved_value, "
    "p.reason, p.note FROM progress p JOIN plan_item i ON i.id = p.item_id "
    "WHERE i.plan_id = :plan",
    "SELECT e.item_id, pp.id, count(e.id), sum(e.participants) FROM event e "
    "JOIN plan_period pp ON pp.plan_id = e.plan_id AND e.held_on BETWEEN pp.start AND pp.[end] "
    "WHERE e.plan_id = :plan AND e.item_id IS NOT NULL GROUP BY e.item_id, pp.id",
    "SELECT id, key, label, start, [end], due FROM plan_period WHERE plan_id = :plan "
    "ORDER BY start",
)


def raw_read(path: Path) -> float:
    started = time.perf_counter()
    con = sqlite3.connect(path)
    try:
        plan = con.execute("SELECT max(id) FROM plan").fetchone()[0]
        for sql in RAW_QUERIES:
            con.execute(sql, {"plan": plan}).fetchall()
    finally:
        con.close()
    return time.perf_counter() - started


def main() -> int:
    app, path, args, _folder = setup(__doc__)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.pages.progress import ProgressPage
    from app.ui.workspace import open_workspace

    raw_read(path)  # the first read warms the operating system's file cache
    raw_alone = [raw_read(path) for _ in range(args.runs)]  # nothing else in the process yet
    raw: list[float] = []
    workspace = open_workspace(path)
    _ = workspace.db  # SQLAlchemy opened (the launcher warms it up in the background)
    from app.services.grid import load_grid

    loads = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        with workspace.db.unit() as session:
            load_grid(session, workspace.plan.id)
        loads.append(time.perf_counter() - t0)
    opens, moves, marks = [], [], []
    for _run in range(args.runs):
        page = ProgressPage()
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        raw.append(raw_read(path))  # right before each open: both see the same machine load
        t0 = time.perf_counter()
        page.set_workspace(workspace)
        page.view.viewport().repaint()  # the first paint of the filled grid
        opens.append(time.perf_counter() - t0)
        rows = page.proxy.rowCount()

        view = page.view
        view.setFocus()
        view.setCurrentIndex(page.proxy.index(2, 1))
        t0 = time.perf_counter()
        while view.currentIndex().row() < rows - 1:
            QTest.keyClick(view, Qt.Key.Key_PageDown)
            app.processEvents()
        for _ in range(500):
            QTest.keyClick(view, Qt.Key.Key_Up)
            app.processEvents()
        moves.append(time.perf_counter() - t0)
        pages = rows // max(1, view.height() // view.verticalHeader().defaultSectionSize())

        cells = []
        for row in page.model.rows:
            if row.kind == "activity" and len(cells) < 100:
                cells.append((row.code, "2021-T2"))
        page.select_cells(cells)
        t0 = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_D)
        app.processEvents()
        marks.append(time.perf_counter() - t0)
        assert page.undo_stack.count() == 1, page.ui.errorLabel.text()
        page.undo_stack.undo()
        page.close()
        page.deleteLater()
        app.processEvents()
    workspace.close()

    med = statistics.median
    print(f"activities: {args.activities}, grid rows: {rows}, periods: 3, runs: {args.runs}")
    print(f"raw sqlite3 query ............ {med(raw_alone) * 1000:7.1f} ms   (before any page)")
    print(
        f"load_grid alone (SQLAlchemy) . {med(loads) * 1000:7.1f} ms   "
        f"ratio {med(loads) / med(raw_alone):.1f}x"
    )
    print(
        f"open page (load+model+paint) . {med(opens) * 1000:7.1f} ms   "
        f"ratio {med(opens) / med(raw_alone):.1f}x (target <= 3x)"
    )
    ratios = [o / r for o, r in zip(opens, raw, strict=True)]
    print(
        f"  raw read again right before each open: {med(raw) * 1000:.1f} ms, "
        f"median per-run ratio {med(ratios):.1f}x"
    )
    print(
        f"move: ~{pages} PageDowns + 500 Ups {med(moves) * 1000:7.1f} ms   "
        f"({med(moves) / (pages + 500) * 1000:.2f} ms per key)"
    )
    print(f"select 100 cells + 'd' ....... {med(marks) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

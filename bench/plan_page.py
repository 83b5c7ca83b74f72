"""The Plan page on a 5,000-activity plan: open it, edit a field, move a goal, undo.

    .venv/bin/python bench/plan_page.py [--activities 5000] [--runs 5] [--db FILE]

Uses the plan of ``bench.gen_plan.populate`` (a temporary file, or ``--db``, shared with
``bench/grid.py``) and prints medians of:

- open: ``PlanPage.set_workspace`` until the events are processed (first layout);
- select: an activity in the middle (the details panel opens: the rows are measured
  again for the narrower table);
- edit: one field of an activity in the middle (EditItemCommand: one unit of work, the
  tree re-read, the model updated in place, the view repainted);
- move: the selected goal one place up (Ctrl+Up: rows moved, folding kept);
- undo: of that move.

Before the in-place update, every edit reset the tree (1.3–2.6 s per edit here).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.big_plan import setup


def main() -> int:
    app, path, args, _folder = setup(__doc__)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.pages.plan import PlanPage
    from app.ui.workspace import open_workspace

    workspace = open_workspace(path)
    _ = workspace.db
    opens, selects, edits, moves, undos = [], [], [], [], []
    for run in range(args.runs + 1):  # the first run warms up imports and caches
        page = PlanPage()
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        t0 = time.perf_counter()
        page.set_workspace(workspace)
        app.processEvents()
        opened = time.perf_counter() - t0
        assert workspace.plan is not None and page.editing is not None
        rows = workspace.plan.rows
        activity = [r for r in rows if r.kind == "activity"][len(rows) // 2]
        t0 = time.perf_counter()
        page.select_item(activity.id)
        while page._fit_timer.isActive() or page._relayout_timer.isActive():
            app.processEvents()  # the panel opened: columns fitted, rows measured again
        app.processEvents()
        selected = time.perf_counter() - t0
        t0 = time.perf_counter()
        page.editing.edit_field(activity.id, "responsible", "Responsible", f"Unit {run}")
        app.processEvents()
        edited = time.perf_counter() - t0
        goal = [r for r in rows if r.kind == "goal"][1]
        page.select_item(goal.id)
        page.ui.treeView.setFocus()
        QTest.qWait(100)
        t0 = time.perf_counter()
        QTest.keyClick(page.ui.treeView, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        moved = time.perf_counter() - t0
        t0 = time.perf_counter()
        page.undo_stack.undo()
        app.processEvents()
        undone = time.perf_counter() - t0
        page.undo_stack.undo()  # the edit too: the next run starts from the same plan
        QTest.qWait(100)
        if run:
            opens.append(opened)
            selects.append(selected)
            edits.append(edited)
            moves.append(moved)
            undos.append(undone)
        page.close()
        page.deleteLater()
        app.processEvents()
    workspace.close()
    med = statistics.median
    print(f"rows: {len(rows)}, runs: {args.runs}")
    print(f"open the page ............ {med(opens) * 1000:7.1f} ms")
    print(f"select (details open) .... {med(selects) * 1000:7.1f} ms   (rows measured again)")
    print(f"edit one field ........... {med(edits) * 1000:7.1f} ms")
    print(f"move a goal up (Ctrl+Up) . {med(moves) * 1000:7.1f} ms")
    print(f"undo the move ............ {med(undos) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

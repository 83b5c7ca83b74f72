"""What the page benches share: the command line, an offscreen app, the generated plan.

from bench.big_plan import setup
app, path, args, folder = setup(__doc__)   # keep *folder* alive while *path* is used
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def generate(path: Path, activities: int) -> None:
    """A plan of *activities* with progress and events (``bench.gen_plan.populate``)."""
    from bench.gen_plan import populate

    from app.db.migrate import open_database

    db = open_database(path)
    try:
        with db.unit("bench") as session:
            populate(session, activities)
    finally:
        db.dispose()


def setup(doc: str) -> tuple[Any, Path, argparse.Namespace, Any]:
    """Parse ``--activities --runs --db``, start a styled offscreen QApplication and make
    (or reuse) the database; returns the app, the database path, the arguments and the
    temporary folder holding the database when none was given."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    args = parser.parse_args()

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.ui.qt_compat import protect_none
    from app.ui.style import apply_style

    def quiet(_mode: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # offscreen plugin noise
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication(sys.argv[:1])
    protect_none(app)
    apply_style(app)
    folder = tempfile.TemporaryDirectory(prefix="plandesk-bench-")
    path = args.db or Path(folder.name) / "plan.sqlite"
    if not path.exists():
        t0 = time.perf_counter()
        generate(path, args.activities)
        print(f"generated {args.activities} activities in {time.perf_counter() - t0:.1f} s: {path}")
    return app, path, args, folder

"""Start-up order: the first picture pays neither for the data layer nor for the page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

# Runs the app as `plandesk --screenshot` does and prints, at the window's first paint, the
# modules of the data layer and of the pages that are imported already.
SPY = """
import sys

import app.ui.launcher as launcher

seen = []
original = launcher.Launcher.eventFilter


def spy(self, watched, event):
    from PySide6.QtCore import QEvent

    if watched is self.window and event.type() == QEvent.Type.Paint and not seen:
        heavy = ("app.db", "app.ui.pages.", "sqlite3", "sqlalchemy", "alembic")
        seen.append(sorted(m for m in sys.modules if m.startswith(heavy)))
    return original(self, watched, event)


launcher.Launcher.eventFilter = spy
from app.main import main

code = main(sys.argv[1:])
print("at first paint:", ",".join(seen[0]) if seen else "never painted")
sys.exit(code)
"""


def test_first_paint_before_the_data_layer_and_the_page(demo_db: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANDESK_NO_CRASH_DIALOG="1")
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    png = tmp_path / "plan.png"
    argv = ["--db", str(demo_db), "--screenshot", str(png), "--page", "plan"]
    done = subprocess.run(
        [sys.executable, "-c", SPY, *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "at first paint: \n" in done.stdout  # nothing heavy yet
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)  # and the page came with its data

"""The guard against PySide6's None refcount leak keeps a long session alive."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject

from app.ui.qt_compat import RESERVE, binding_drops_none, top_up


def test_many_none_results_do_not_exhaust_none(qapp) -> None:
    holder = QObject()
    for _ in range(200_000):  # far more than None's natural count on Python 3.11
        holder.parent()
    top_up()
    assert sys.getrefcount(None) > RESERVE // 2 or not binding_drops_none()


def test_without_the_guard_the_defect_is_real_or_fixed() -> None:
    """Documents the defect: a fresh process draining None without the guard."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject\n"
        "from app.ui.qt_compat import binding_drops_none, protect_none\n"
        "print('drops' if binding_drops_none() else 'fine')\n"
        "holder = QObject()\n"
        "protect_none(holder)\n"
        "for _ in range(100_000):\n"
        "    holder.parent()\n"
        "print('alive')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() in (["drops", "alive"], ["fine", "alive"])


def test_many_bool_signals_do_not_exhaust_true() -> None:
    """A bool signal reaching a Python slot drops a reference to True (PySide6 6.12 on
    3.11): a long session toggles thousands of them. A fresh process, so the reserve the
    test session already holds does not hide the defect."""
    code = (
        "from PySide6.QtCore import QObject, Signal\n"
        "from app.ui.qt_compat import binding_drops_bools, protect_none\n"
        "class Box(QObject):\n"
        "    carried = Signal(bool)\n"
        "box = Box()\n"
        "box.carried.connect(lambda value: None)\n"
        "print('drops' if binding_drops_bools() else 'fine')\n"
        "protect_none(box)\n"
        "for _ in range(200_000):\n"
        "    box.carried.emit(True)\n"
        "print('alive')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() in (["drops", "alive"], ["fine", "alive"])

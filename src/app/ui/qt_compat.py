"""Work-arounds for defects of the Qt binding, each guarded by a probe of the defect.

``None`` refcount (PySide6 6.12 on Python 3.11)
    Every PySide6 call that hands ``None`` back to Python — a null pointer
    (``QObject().parent()``, ``QApplication.activeWindow()``, ``option.widget``) or an invalid
    QVariant (``index.data(Qt.FontRole)`` of a plain row) — drops one reference to ``None``
    that it never took. On Python 3.12+ ``None`` is immortal and nothing happens; on 3.11 its
    count, a few thousand at start, runs down while views paint and the interpreter aborts
    ("Fatal Python error: none_dealloc"). :func:`protect_none` gives ``None`` a large
    reserve of references and tops it up from a timer. A reference too many on ``None`` is
    harmless, so the remedy cannot hurt once the binding is fixed — and it is only applied
    when the probe still sees the defect.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

PROBE_CALLS = 64
RESERVE = 1 << 32
TOP_UP_MS = 20_000

_timer: QTimer | None = None


def binding_drops_none() -> bool:
    """True when PySide calls returning ``None`` leak a reference (measured now)."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal
    holder = QObject()
    holder.parent()  # warm up the call path
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        holder.parent()
    lost = before - sys.getrefcount(None)
    _add_references(max(0, lost))  # give back what the probe cost
    return lost >= PROBE_CALLS // 2


def _add_references(count: int) -> None:
    if count <= 0:
        return
    cell = ctypes.c_ssize_t.from_address(id(None))
    before = sys.getrefcount(None)
    cell.value += count
    if sys.getrefcount(None) != before + count:  # unusual object layout: undo, go slowly
        cell.value -= count
        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes = [ctypes.py_object]
        incref.restype = None
        for _ in range(min(count, 1_000_000)):
            incref(None)


def top_up() -> None:
    """Keep at least half of :data:`RESERVE` references on ``None``."""
    if sys.getrefcount(None) < RESERVE // 2:
        _add_references(RESERVE)


def protect_none(parent: QObject) -> bool:
    """Apply the ``None`` refcount remedy if this binding needs it; True if applied."""
    global _timer
    if not binding_drops_none():
        return False
    top_up()
    if _timer is None:
        _timer = QTimer(parent)
        _timer.setInterval(TOP_UP_MS)
        _timer.timeout.connect(top_up)
        _timer.start()
        log.info("PySide6 drops references to None here: keeping a reserve")
    return True

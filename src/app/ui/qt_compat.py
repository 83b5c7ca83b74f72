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

``True``/``False`` refcount (the same binding)
    A signal carrying a ``bool`` (``toggled``, ``clicked``) drops one reference to ``True``
    or ``False`` for every Python slot it reaches; showing a page costs one or two, a language
    switch eight. They get the same reserve when their probe sees it.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer, Signal

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


class _BoolProbe(QObject):
    carried = Signal(bool)


def binding_drops_bools() -> bool:
    """True when a bool signal reaching a Python slot leaks a reference (measured now)."""
    if sys.version_info >= (3, 12):
        return False  # True and False are immortal
    probe = _BoolProbe()
    probe.carried.connect(lambda _value: None)
    probe.carried.emit(True)  # warm up the call path
    before = sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.carried.emit(True)
    lost = before - sys.getrefcount(True)
    _add_references(max(0, lost), True)
    return lost >= PROBE_CALLS // 2


def _add_references(count: int, target: object = None) -> None:
    if count <= 0:
        return
    cell = ctypes.c_ssize_t.from_address(id(target))
    before = sys.getrefcount(target)
    cell.value += count
    if sys.getrefcount(target) != before + count:  # unusual object layout: undo, go slowly
        cell.value -= count
        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes = [ctypes.py_object]
        incref.restype = None
        for _ in range(min(count, 1_000_000)):
            incref(target)


_protected: list[object] = []


def top_up() -> None:
    """Keep at least half of :data:`RESERVE` references on each protected singleton."""
    for target in _protected:
        if sys.getrefcount(target) < RESERVE // 2:
            _add_references(RESERVE, target)


def protect_none(parent: QObject) -> bool:
    """Apply the refcount remedy (``None``; ``True`` and ``False``) where this binding needs
    it; True if applied."""
    global _timer
    if None not in _protected and binding_drops_none():
        _protected.append(None)
    if True not in _protected and binding_drops_bools():
        _protected.extend([True, False])
    if not _protected:
        return False
    top_up()
    if _timer is None:
        _timer = QTimer(parent)
        _timer.setInterval(TOP_UP_MS)
        _timer.timeout.connect(top_up)
        _timer.start()
        log.info("PySide6 drops references to %s here: keeping a reserve", _protected)
    return True

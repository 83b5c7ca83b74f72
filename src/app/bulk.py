"""Reading thousands of rows at once: the cyclic garbage collector waits meanwhile.

Building a 5,000-activity grid allocates tens of thousands of small objects; each allocation
burst makes Python's collector walk every live object of the running window (~35 ms of a
~120 ms read, measured by bench/grid.py). The rows read here hold no reference cycles, so
the collector loses nothing by waiting until the read is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    if not gc.isenabled():  # already paused by a caller: leave it to them
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()

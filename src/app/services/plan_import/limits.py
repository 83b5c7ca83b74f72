"""Limits on incoming files: far above any real plan, far below what hurts the machine.

One place for the plan import, the events import and the subordinates list (all read
through ``read_grid`` / ``parse_plan_file``). Every limit is checked before or while a file
is read, never after: a file over a limit is refused with one sentence naming the limit,
and nothing of it is stored. Together they keep one import under ~300 MB of memory and a
minute of time on the worst file that passes them.
"""

from __future__ import annotations

import time

from app.domain.plan import PlanData
from app.services.errors import ImportRejected
from app.services.messages import Message

MB = 1024 * 1024

MAX_FILE_BYTES = 100 * MB  # any file
MAX_TEXT_BYTES = 20 * MB  # a .csv / .tsv / .txt table (read whole, decoded whole)
MAX_JSON_BYTES = 20 * MB
MAX_JSON_DEPTH = 40  # levels of nested plan items
MAX_JSON_VALUES = 1_000_000  # commas, colons and brackets: an upper bound of values to build

# .xlsx packages (zip): checked on the headers, then counted again while unpacking
MAX_UNCOMPRESSED = 100 * MB  # all parts of an .xlsx together, unpacked
MAX_ZIP_ENTRIES = 2000
MAX_RATIO = 250  # how many times a part may grow when unpacked (Excel's: 5 to 50)
RATIO_FLOOR = 1 * MB  # parts smaller than this unpacked are never a bomb
MAX_SHARED_STRINGS = 1_000_000  # texts in the shared-strings part
MAX_SHARED_BYTES = 50 * MB  # the shared-strings part, unpacked
MAX_PART_ELEMENTS = 200_000  # XML elements of any part that is not a sheet's cells
MAX_TEXT_RUN = 1 * MB  # bytes of one text (a cell, a shared string) in the XML
# .docx / .odt / .ods documents: every part's XML elements (a 5,000-row plan table in Word
# has about 500,000); python-docx keeps the document part in memory (~300 B an element)
MAX_DOCX_ELEMENTS = 1_000_000
# .xls workbooks (Excel 97-2003) are read whole by xlrd
MAX_XLS_BYTES = 30 * MB

# tables, whatever their file
MAX_ROWS = 20_000
MAX_COLUMNS = 1000
MAX_CELLS = 1_000_000  # cells a table holds (a sheet's cell elements, a text table's fields)
MAX_SCANNED_CELLS = 20_000_000  # cells a sheet's rows are padded to, empty ones included
MAX_TEXT_CHARS = 8_000_000  # characters in all the cells of a table together
MAX_LINE = 1_000_000  # characters in one line of a text table
MAX_SHEETS = 50
MAX_SECONDS = 30.0  # reading one file

# what one import may store (storing costs ~8 kB of memory per row written, audit included)
MAX_PLAN_ITEMS = 6_000  # goals, sub-goals and activities (a big real plan: ~5,600)
MAX_PLAN_ENTRIES = 25_000  # items + their planned periods + footnotes
MAX_EVENT_ROWS = 10_000  # events in one list
MAX_LIST_ROWS = 5_000  # subordinates in one list


def check_plan_size(plan: PlanData, what: str) -> PlanData:
    """Refuse a recognised plan too big to store in one import (before anything is stored)."""
    items = len(plan.items)
    if items > MAX_PLAN_ITEMS:
        raise ImportRejected(
            Message.IMPORT_TOO_MANY_ITEMS, what=what, items=items, limit=MAX_PLAN_ITEMS
        )
    entries = items + sum(len(item.planned) for item in plan.items) + len(plan.footnotes)
    if entries > MAX_PLAN_ENTRIES:
        raise ImportRejected(
            Message.IMPORT_TOO_MANY_ENTRIES, what=what, entries=entries, limit=MAX_PLAN_ENTRIES
        )
    return plan


def megabytes(size: int) -> str:
    """A size as a clerk reads it: "99 MB", "0.5 MB"."""
    value = size / MB
    return f"{value:,.0f} MB" if value >= 1 else f"{value:.1f} MB"


class Deadline:
    """The time one file may take to read; :meth:`check` refuses it once that is over."""

    def __init__(self, what: str, seconds: float = MAX_SECONDS) -> None:
        self.what = what
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise ImportRejected(Message.IMPORT_TOO_SLOW, what=self.what, seconds=self.seconds)

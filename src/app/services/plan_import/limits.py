"""Limits on incoming files: far above any real plan, far below what hurts the machine."""

from __future__ import annotations

MAX_FILE_BYTES = 100 * 1024 * 1024  # any file
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all parts of an .xlsx together
MAX_ZIP_ENTRIES = 2000
MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_JSON_DEPTH = 40  # levels of nested plan items
MAX_ROWS = 100_000
MAX_COLUMNS = 1000
MAX_CELLS = 20_000_000  # cells of a sheet, empty ones included
MAX_LINE = 1_000_000  # characters in one line of a text table
MAX_SHEETS = 50

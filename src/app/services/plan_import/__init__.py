"""Plan import: a clerk's Excel/CSV table or a PlanDesk JSON plan -> plain PlanData.

``parse_plan_file(path)`` reads .xlsx, .csv/.tsv/.txt and .json; ``recognise_rows(rows)``
recognises a plan in any grid of cell texts (also pasted rows); ``read_grid(path)`` gives
a file's grid. Bad input raises ``ImportRejected`` with one sentence for the clerk.
No Qt, no database here.
"""

from __future__ import annotations

from .files import parse_plan_file, read_grid
from .recognise import recognise_rows

__all__ = ["parse_plan_file", "read_grid", "recognise_rows"]

"""Plan import: a clerk's Excel/CSV table or a PlanDesk JSON plan -> plain PlanData.

``parse_plan_file(path)`` reads .xlsx, .csv/.tsv/.txt and .json; ``recognise_rows(rows)``
recognises a plan in any grid of cell texts (also pasted rows); ``read_grid(path)`` gives
a file's grid. Bad input raises ``ImportRejected`` with one sentence for the clerk.
No Qt, no database here.
"""

from __future__ import annotations

from .files import parse_plan_file, read_grid
from .headers import MAPPABLE_ROLES, PERIOD_ROLE, column_roles, period_of_column
from .recognise import detect_header, recognise_rows

__all__ = [
    "MAPPABLE_ROLES",
    "PERIOD_ROLE",
    "column_roles",
    "detect_header",
    "parse_plan_file",
    "period_of_column",
    "read_grid",
    "recognise_rows",
]

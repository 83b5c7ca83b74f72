"""Plan import: a clerk's Excel/Word/CSV table or a PlanDesk JSON plan -> plain PlanData.

``parse_plan_file(path)`` reads .xlsx, .xls, .docx, .ods/.odt, .csv/.tsv/.txt and .json;
``recognise_rows(rows)`` recognises a plan in any grid of cell texts (also pasted rows);
``read_table(path)`` gives a file's table (cells, merges, a document's paragraphs). Bad input
raises ``ImportRejected`` with one sentence for the clerk; a file that names no year raises
``YearMissing`` unless the clerk gives one. No Qt, no database here.
"""

from __future__ import annotations

from .files import parse_plan_file, read_grid, read_table
from .headers import KEEP_ROLE, MAPPABLE_ROLES, PERIOD_ROLE, column_roles, period_of_column
from .recognise import detect_header, recognise_rows, recognise_table
from .schedule import YearMissing
from .table import Table

__all__ = [
    "KEEP_ROLE",
    "MAPPABLE_ROLES",
    "PERIOD_ROLE",
    "Table",
    "YearMissing",
    "column_roles",
    "detect_header",
    "parse_plan_file",
    "period_of_column",
    "read_grid",
    "read_table",
    "recognise_rows",
    "recognise_table",
]

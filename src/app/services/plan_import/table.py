"""A table as read from any file: cell texts, merged ranges, and where each row came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.errors import ImportRejected
from app.services.messages import Message

from .limits import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_TEXT_CHARS

PARAGRAPH = -1  # a row that is a paragraph of a document, not a table row


@dataclass(frozen=True)
class Merge:
    """Merged cells, 0-based and inclusive: the text sits in (top, left)."""

    top: int
    left: int
    bottom: int
    right: int


@dataclass
class Table:
    """The rows of a sheet or a document; *blocks* (documents only) says for each row
    which table of the document it belongs to, or PARAGRAPH."""

    rows: list[list[str]]
    merges: list[Merge] = field(default_factory=list)
    blocks: list[int] | None = None
    name: str = ""

    def is_document(self) -> bool:
        return self.blocks is not None


class GridBudget:
    """Rows, columns, cells and characters of one table, counted as it is built."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.cells = 0
        self.chars = 0

    def row(self, cells: list[str], number: int) -> None:
        if number > MAX_ROWS:
            raise ImportRejected(Message.IMPORT_TOO_MANY_ROWS, what=self.what, limit=MAX_ROWS)
        if len(cells) > MAX_COLUMNS:
            raise ImportRejected(
                Message.IMPORT_ROW_TOO_WIDE,
                what=self.what,
                columns=len(cells),
                row=number,
                limit=MAX_COLUMNS,
            )
        self.cells += len(cells)
        self.chars += sum(map(len, cells))
        if self.cells > MAX_CELLS:
            raise ImportRejected(Message.IMPORT_TOO_MANY_CELLS, what=self.what, limit=MAX_CELLS)
        if self.chars > MAX_TEXT_CHARS:
            raise ImportRejected(Message.IMPORT_TOO_MUCH_TEXT, what=self.what, limit=MAX_TEXT_CHARS)


def fill_merges(rows: list[list[str]], merges: list[Merge], keep: set[int]) -> list[list[str]]:
    """Rows with each vertically merged text repeated down its span (a "Responsible" or
    "Obiectiv general" cell merged over several measures belongs to each of them), except
    in the columns of *keep* (the item texts and codes, which must stay single)."""
    if not merges:
        return rows
    out = [list(r) for r in rows]
    for merge in merges:
        if merge.bottom <= merge.top or merge.left in keep or merge.top >= len(out):
            continue
        top = out[merge.top]
        text = top[merge.left] if merge.left < len(top) else ""
        if not text:
            continue
        for r in range(merge.top + 1, min(merge.bottom, len(out) - 1) + 1):
            row = out[r]
            if len(row) <= merge.left:
                row.extend([""] * (merge.left + 1 - len(row)))
            if not row[merge.left]:
                row[merge.left] = text
    return out

"""CSV / TSV / TXT tables: encoding, delimiter, limits."""

from __future__ import annotations

import csv
import io
from collections import Counter

from app.services.errors import ImportRejected
from app.services.messages import Message

from .encoding import decode_text
from .limits import MAX_CELLS, MAX_COLUMNS, MAX_LINE, MAX_ROWS, MAX_TEXT_CHARS, Deadline
from .textnorm import brief

DELIMITERS = (";", "\t", ",", "|")
_SAMPLE_LINES = 60


def _split_sample(text: str) -> list[str]:
    lines: list[str] = []
    start = 0
    while len(lines) < _SAMPLE_LINES and start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        lines.append(text[start:end])
        start = end + 1
    return lines


def sniff_delimiter(text: str, prefer_tab: bool = False) -> str:
    """The delimiter that splits the first lines into the most consistent columns."""
    sample = _split_sample(text)
    if prefer_tab and any("\t" in line for line in sample):
        return "\t"
    best = (0, ";")
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=delimiter) if r]
        except csv.Error:
            continue
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        width, _ = Counter(multi).most_common(1)[0]
        score = sum(1 for c in counts if c == width) * 2 + len(multi)
        if score > best[0]:
            best = (score, delimiter)
    return best[1]


def _check_lines(text: str, what: str) -> None:
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        if end - start > MAX_LINE:
            raise ImportRejected(Message.IMPORT_LINE_TOO_LONG, what=what, limit=MAX_LINE)
        start = end + 1


def parse_text_table(
    data: bytes, what: str, *, prefer_tab: bool = False, deadline: Deadline | None = None
) -> list[list[str]]:
    """The grid of a delimited text file (bytes as read from disk), read within the limits
    of ``limits`` (columns, rows, cells, characters, time), checked row by row."""
    deadline = deadline or Deadline(what)
    text = decode_text(data, what)
    del data  # the decoded text is all that is needed from here on
    _check_lines(text, what)
    delimiter = sniff_delimiter(text, prefer_tab)
    rows: list[list[str]] = []
    cells = 0
    chars = 0
    try:
        for number, row in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1
        ):
            if number & 1023 == 0:
                deadline.check()
            while row and not row[-1].strip():
                row.pop()
            if len(row) > MAX_COLUMNS:
                raise ImportRejected(
                    Message.IMPORT_ROW_TOO_WIDE,
                    what=what,
                    columns=len(row),
                    row=number,
                    limit=MAX_COLUMNS,
                )
            cells += len(row)
            chars += sum(map(len, row))
            if cells > MAX_CELLS:
                raise ImportRejected(
                    Message.IMPORT_TEXT_CELLS_BY_ROW, what=what, limit=MAX_CELLS, row=number
                )
            if chars > MAX_TEXT_CHARS:
                raise ImportRejected(
                    Message.IMPORT_TEXT_CHARS_BY_ROW, what=what, limit=MAX_TEXT_CHARS, row=number
                )
            if len(rows) >= MAX_ROWS:
                if row:
                    raise ImportRejected(Message.IMPORT_TOO_MANY_ROWS, what=what, limit=MAX_ROWS)
                continue
            rows.append(row)
    except csv.Error as exc:
        raise ImportRejected(Message.IMPORT_CSV_UNREADABLE, what=what, detail=brief(exc)) from None
    return rows

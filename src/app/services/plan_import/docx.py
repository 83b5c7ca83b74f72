"""Word documents (.docx): paragraphs and tables in document order, as one Table.

A .docx is a zip package like an .xlsx: its headers, packing and every XML part are checked
(``safe_zip`` and the same DTD check) before python-docx parses it, and the XML elements of
the document part are counted while it streams. Then the body is walked in order:

- a paragraph becomes a one-cell row; automatic numbering is written out in front of its
  text ("1.", "II.", "a)", "-" for a bullet) from the document's numbering definitions, so
  that numbered paragraphs read like typed ones;
- a table row becomes a row of cells on the table's layout grid: a cell spanning columns
  keeps its text in its first column; a cell merged down (vMerge) keeps its text in its
  first row and the span is returned as a :class:`Merge`, as Excel's merged cells are.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from app.services.errors import ImportRejected
from app.services.messages import Message
from app.services.safe_zip import Budget, check_packing, check_sizes, unpacked

from .limits import MAX_DOCX_ELEMENTS, MAX_TEXT_RUN, Deadline, megabytes
from .table import PARAGRAPH, GridBudget, Merge, Table
from .textnorm import brief
from .xlsx import check_xml_part

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_EXPECTED = "a Word document"


def check_docx_package(path: Path, what: str, deadline: Deadline) -> None:
    """Refuse zip bombs, encrypted or odd packages and XML with a DTD, before parsing."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_sizes(infos, what, _EXPECTED)
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                raise ImportRejected(Message.IMPORT_DOCX_NO_DOCUMENT, what=what)
            if any(i.flag_bits & 0x1 for i in infos):
                raise ImportRejected(Message.IMPORT_DOCX_ENCRYPTED, what=what)
            check_packing(infos, what, _EXPECTED)
            budget = Budget()
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    check_xml_part(archive, info, what)
                    count_part_elements(archive, info, what, budget, deadline)
    except ImportRejected:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportRejected(Message.IMPORT_DOCX_DAMAGED, what=what, detail=brief(exc)) from None
    except (zlib.error, NotImplementedError, RuntimeError) as exc:
        raise ImportRejected(Message.IMPORT_DOCX_DAMAGED, what=what, detail=brief(exc)) from None


def count_part_elements(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, budget: Budget, deadline: Deadline
) -> None:
    elements = 0
    carry = b""
    for chunk in unpacked(archive, info, what, budget, deadline):
        data = carry + chunk
        cut = data.rfind(b"<")
        piece, carry = (data, b"") if cut <= 0 else (data[:cut], data[cut:])
        if len(carry) > MAX_TEXT_RUN or max(map(len, piece.split(b"<")), default=0) > MAX_TEXT_RUN:
            raise ImportRejected(
                Message.IMPORT_DOCX_LONG_TEXT,
                what=what,
                part=info.filename,
                limit=megabytes(MAX_TEXT_RUN),
            )
        elements += piece.count(b"<") - piece.count(b"</") - piece.count(b"<?") - piece.count(b"<!")
        if elements > MAX_DOCX_ELEMENTS:
            raise ImportRejected(
                Message.IMPORT_DOCX_ELEMENTS, what=what, part=info.filename, limit=MAX_DOCX_ELEMENTS
            )


def read_docx(path: Path, what: str, deadline: Deadline | None = None) -> Table:
    """The document's paragraphs and tables as one Table (``blocks`` tells them apart)."""
    deadline = deadline or Deadline(what)
    check_docx_package(path, what, deadline)
    import docx

    try:
        with path.open("rb") as handle:
            document = docx.Document(handle)
    except Exception as exc:  # python-docx raises anything on a malformed part
        raise ImportRejected(Message.IMPORT_DOCX_UNREADABLE, what=what, detail=brief(exc)) from None
    try:
        return _walk(document, what, deadline)
    except ImportRejected:
        raise
    except Exception as exc:
        raise ImportRejected(Message.IMPORT_DOCX_UNREADABLE, what=what, detail=brief(exc)) from None


class _Numbering:
    """Labels of automatically numbered paragraphs ("1.", "1.2.", "II.", "a)", "-")."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstract -> ilvl -> fmt
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.starts: dict[tuple[str, int], int] = {}  # (numId, ilvl) -> start override
        self.counters: dict[str, list[int]] = {}
        self.styles: dict[str, Any] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            for abstract in root.iter(f"{_W}abstractNum"):
                aid = abstract.get(f"{_W}abstractNumId", "")
                levels: dict[int, tuple[str, str, int]] = {}
                for lvl in abstract.iter(f"{_W}lvl"):
                    ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                    fmt = _val(lvl, "numFmt") or "decimal"
                    text = _val(lvl, "lvlText") or ""
                    start = int(_val(lvl, "start") or "1")
                    levels[ilvl] = (fmt, text, start)
                self.levels[aid] = levels
            for num in root.iter(f"{_W}num"):
                nid = num.get(f"{_W}numId", "")
                self.nums[nid] = _val(num, "abstractNumId") or ""
                for override in num.iter(f"{_W}lvlOverride"):
                    first = _val(override, "startOverride")
                    if first is not None:
                        self.starts[(nid, int(override.get(f"{_W}ilvl", "0")))] = int(first)
        try:
            for style in document.styles.element.iter(f"{_W}style"):
                self.styles[style.get(f"{_W}styleId", "")] = style
        except AttributeError:  # pragma: no cover - every document has a styles part
            pass

    def label(self, p: Any) -> str:
        found = self._num_pr(p)
        if found is None:
            return ""
        nid, ilvl = found
        aid = self.nums.get(nid)
        levels = self.levels.get(aid or "", {})
        if nid == "0" or not levels or ilvl not in levels:
            return ""
        key = aid or nid
        counts = self.counters.setdefault(key, [0] * 10)
        fmt, text, start = levels[ilvl]
        if counts[ilvl] == 0:
            counts[ilvl] = self.starts.get((nid, ilvl), start) - 1
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, 10):
            counts[deeper] = 0
        if fmt == "bullet" or fmt == "none":
            return "-" if fmt == "bullet" else ""

        def value(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            lfmt = levels.get(level, ("decimal", "", 1))[0]
            number = counts[level] if counts[level] > 0 else levels.get(level, ("", "", 1))[2]
            return _format(number, lfmt)

        return re.sub(r"%(\d)", value, text).strip()

    def _num_pr(self, p: Any) -> tuple[str, int] | None:
        ppr = p.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        style_id = _val(ppr, "pStyle") if ppr is not None else None
        seen = 0
        while num_pr is None and style_id and seen < 10:
            style = self.styles.get(style_id)
            if style is None:
                break
            sppr = style.find(f"{_W}pPr")
            num_pr = sppr.find(f"{_W}numPr") if sppr is not None else None
            style_id = _val(style, "basedOn")
            seen += 1
        if num_pr is None:
            return None
        nid = _val(num_pr, "numId")
        if nid is None:
            return None
        return nid, int(_val(num_pr, "ilvl") or "0")


def _val(element: Any, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def _format(number: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        text = _roman(number)
        return text if fmt == "upperRoman" else text.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(number)


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):  # fmt: skip
        while number >= value:
            out += letters
            number -= value
    return out


def _paragraph_text(p: Any) -> str:
    """A paragraph's text: runs, tabs and line breaks (deleted revisions left out)."""
    parts: list[str] = []
    for node in p.iter():
        tag = node.tag
        if tag == f"{_W}t":
            parent = node.getparent()
            grand = parent.getparent() if parent is not None else None
            if grand is not None and grand.tag == f"{_W}del":
                continue
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def _cell_text(tc: Any, numbering: _Numbering) -> str:
    lines: list[str] = []
    for p in tc.iter(f"{_W}p"):
        text = _paragraph_text(p).strip()
        label = numbering.label(p)
        if label and text:
            text = f"{label} {text}"
        if text:
            lines.append(text)
    return "\n".join(lines)


def _walk(document: Any, what: str, deadline: Deadline) -> Table:
    numbering = _Numbering(document)
    body = document.element.body
    rows: list[list[str]] = []
    blocks: list[int] = []
    merges: list[Merge] = []
    budget = GridBudget(what)
    table_no = 0
    for element in body.iterchildren():
        deadline.check()
        if element.tag == f"{_W}p":
            text = _paragraph_text(element).strip()
            label = numbering.label(element)
            row = [f"{label} {text}" if label and text else text]
            budget.row(row, len(rows) + 1)
            rows.append(row)
            blocks.append(PARAGRAPH)
        elif element.tag == f"{_W}tbl":
            table_rows, table_merges = _table_rows(element, numbering, len(rows), deadline)
            for cells in table_rows:
                budget.row(cells, len(rows) + 1)
                rows.append(cells)
                blocks.append(table_no)
            merges.extend(table_merges)
            table_no += 1
    return Table(rows=rows, merges=merges, blocks=blocks, name="")


def _table_rows(
    tbl: Any, numbering: _Numbering, first_row: int, deadline: Deadline
) -> tuple[list[list[str]], list[Merge]]:
    """The rows of a table on its layout grid, and its vertical merges."""
    open_spans: dict[int, list[int]] = {}  # grid column -> [top row, right column, bottom]
    rows: list[list[str]] = []
    merges: list[Merge] = []
    for r, tr in enumerate(tbl.iterchildren(f"{_W}tr")):
        if r & 255 == 0:
            deadline.check()
        row_no = first_row + r
        cells: list[str] = []
        trpr = tr.find(f"{_W}trPr")
        before = int(_val(trpr, "gridBefore") or "0") if trpr is not None else 0
        cells.extend([""] * before)
        col = before
        seen: set[int] = set()
        for tc in tr.iterchildren(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span = int(_val(tcpr, "gridSpan") or "1") if tcpr is not None else 1
            span = max(1, min(span, 1000))
            vmerge_el = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
            vmerge = None if vmerge_el is None else (vmerge_el.get(f"{_W}val") or "continue")
            if vmerge == "continue" and col in open_spans:
                open_spans[col][2] = row_no
                cells.extend([""] * span)
                seen.add(col)
            else:
                cells.append(_cell_text(tc, numbering))
                cells.extend([""] * (span - 1))
                previous = open_spans.pop(col, None)
                if previous is not None and previous[2] > previous[0]:
                    merges.append(Merge(previous[0], col, previous[2], previous[1]))
                if vmerge == "restart":
                    open_spans[col] = [row_no, col + span - 1, row_no]
                    seen.add(col)
            col += span
        for c in [c for c in open_spans if c not in seen]:
            top, right, bottom = open_spans.pop(c)
            if bottom > top:
                merges.append(Merge(top, c, bottom, right))
        rows.append(cells)
    for c, (top, right, bottom) in open_spans.items():
        if bottom > top:
            merges.append(Merge(top, c, bottom, right))
    return rows, merges

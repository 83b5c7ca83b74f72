"""Hostile files, made at test time: big tables, zip bombs, huge key files.

Deterministic and cheap: zip bombs are written by a small zip writer of our own from
deflate pieces compressed once and repeated (a piece ends in a full flush, so copies of it
follow one another in one valid stream), so a file that unpacks to a gigabyte costs a
megabyte and a fraction of a second. Sizes can be declared honestly or falsely in the zip
headers. Sparse files stand for huge key and return files.

Run as a script to write them all into a folder: ``python -m tests.hostile.make_hostile DIR``.
"""

from __future__ import annotations

import bz2
import struct
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
BOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
SST_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
XML_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

STORED, DEFLATED, BZIP2 = 0, 8, 12


# ------------------------------------------------------------------ zip writing
@dataclass
class Entry:
    """One zip member: its compressed bytes as they go into the file."""

    name: str
    data: bytes
    crc: int
    size: int  # the real unpacked size
    method: int = DEFLATED
    declared: int | None = None  # the unpacked size the headers claim (None: the real one)


def deflated(data: bytes, name: str) -> Entry:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Entry(name, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data))


def _piece(data: bytes) -> bytes:
    """Raw deflate blocks for *data* ending in a full flush: they stand alone."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(zlib.Z_FULL_FLUSH)


def repeated(name: str, head: bytes, unit: bytes, count: int, tail: bytes) -> Entry:
    """*head* + *unit* x *count* + *tail*, deflated without ever holding it whole."""
    per = max(1, MB // len(unit))
    block = unit * per
    full, rest = divmod(count, per)
    block_piece = _piece(block)
    pieces = [_piece(head), *([block_piece] * full), _piece(unit * rest), _piece(tail)]
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty last block
    crc = zlib.crc32(head)
    for _ in range(full):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, zlib.crc32(unit * rest, crc))
    size = len(head) + len(unit) * count + len(tail)
    return Entry(name, b"".join(pieces) + final, crc, size)


def bzip2_repeated(name: str, head: bytes, unit: bytes, count: int, tail: bytes) -> Entry:
    """The same as :func:`repeated`, compressed with bzip2 (zip method 12), which packs a
    repetition far tighter than deflate: Excel never writes it."""
    packer = bz2.BZ2Compressor(9)
    out = [packer.compress(head)]
    per = max(1, MB // len(unit))
    block = unit * per
    full, rest = divmod(count, per)
    crc = zlib.crc32(head)
    for _ in range(full):
        out.append(packer.compress(block))
        crc = zlib.crc32(block, crc)
    out += [packer.compress(unit * rest), packer.compress(tail), packer.flush()]
    crc = zlib.crc32(tail, zlib.crc32(unit * rest, crc))
    size = len(head) + len(unit) * count + len(tail)
    return Entry(name, b"".join(out), crc, size, method=BZIP2)


def write_zip(path: Path, entries: list[Entry]) -> None:
    """A plain (non-zip64) zip file of *entries*, headers saying ``declared`` sizes."""
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    stamp_time, stamp_date = 0, (2024 - 1980) << 9 | 1 << 5 | 1  # 2024-01-01 00:00
    for e in entries:
        name = e.name.encode()
        claimed = e.size if e.declared is None else e.declared
        version = 46 if e.method == BZIP2 else 20
        head = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, version, 0, e.method, stamp_time, stamp_date,
            e.crc, len(e.data), claimed, len(name), 0,
        )  # fmt: skip
        local.append(head + name + e.data)
        entry = struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, version, version, 0, e.method, stamp_time,
            stamp_date, e.crc, len(e.data), claimed, len(name), 0, 0, 0, 0, 0o100644 << 16, offset,
        )  # fmt: skip
        central.append(entry + name)
        offset += len(head) + len(name) + len(e.data)
    directory = b"".join(central)
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), offset, 0
    )
    with path.open("wb") as handle:
        for part in local:
            handle.write(part)
        handle.write(directory + end)


# ------------------------------------------------------------------ workbook parts
def _skeleton(shared_strings: bool) -> list[Entry]:
    types = (
        f'<Types xmlns="{CT_NS}">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{BOOK_CT}"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_CT}"/>'
        + (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_CT}"/>'
           if shared_strings else "")
        + "</Types>"
    )  # fmt: skip
    rels = (
        f'<Relationships xmlns="{REL_NS}"><Relationship Id="rId1" '
        f'Type="{DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    book = (
        f'<workbook xmlns="{MAIN_NS}" xmlns:r="{DOC_REL}"><sheets>'
        '<sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    book_rels = (
        f'<Relationships xmlns="{REL_NS}">'
        f'<Relationship Id="rId1" Type="{DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        + (f'<Relationship Id="rId2" Type="{DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>'
           if shared_strings else "")
        + "</Relationships>"
    )  # fmt: skip
    return [
        deflated(XML_HEAD + types.encode(), "[Content_Types].xml"),
        deflated(XML_HEAD + rels.encode(), "_rels/.rels"),
        deflated(XML_HEAD + book.encode(), "xl/workbook.xml"),
        deflated(XML_HEAD + book_rels.encode(), "xl/_rels/workbook.xml.rels"),
    ]


SHEET_HEAD = XML_HEAD + f'<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode()
SHEET_TAIL = b"</sheetData></worksheet>"
HEADER_ROW = (
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Activity</t></is></c></row>'
)


def small_sheet() -> Entry:
    """A sheet with a plan header and one activity that points at shared string 0."""
    body = HEADER_ROW + b'<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>0</v></c></row>'
    return deflated(SHEET_HEAD + body + SHEET_TAIL, "xl/worksheets/sheet1.xml")


def cells_bomb(path: Path, rows: int = 9000, columns: int = 1000) -> None:
    """~190 MB of sheet XML, 9 million numeric cells, in about half a megabyte."""
    row = b"<row>" + b'<c t="n"><v>1</v></c>' * columns + b"</row>"
    sheet = repeated("xl/worksheets/sheet1.xml", SHEET_HEAD + HEADER_ROW, row, rows, SHEET_TAIL)
    write_zip(path, [*_skeleton(False), sheet])


def cells_lying(path: Path, rows: int = 9000, columns: int = 1000) -> None:
    """The cells bomb whose headers claim its sheet unpacks to 10 MB."""
    row = b"<row>" + b'<c t="n"><v>1</v></c>' * columns + b"</row>"
    sheet = repeated("xl/worksheets/sheet1.xml", SHEET_HEAD + HEADER_ROW, row, rows, SHEET_TAIL)
    sheet.declared = 10 * MB
    write_zip(path, [*_skeleton(False), sheet])


def _numbers(count: int, seed: int = 12345) -> Iterator[int]:
    """Deterministic numbers that do not repeat (an LCG): text that packs like real data."""
    value = seed
    for _ in range(count):
        value = (value * 6364136223846793005 + 1442695040888963407) % 2**64
        yield value >> 24


def cells_plain(path: Path, cells: int = 1_100_000, columns: int = 20) -> None:
    """A sheet of more than a million ordinary numbers: its headers and packing look normal
    (~9 times), only counting its cells while it unpacks finds it."""
    values = _numbers(cells)
    rows = []
    for n in range(cells // columns):
        body = "".join(f"<c><v>{next(values)}</v></c>" for _ in range(columns))
        rows.append(f'<row r="{n + 2}">{body}</row>')
    data = SHEET_HEAD + HEADER_ROW + "".join(rows).encode() + SHEET_TAIL
    write_zip(path, [*_skeleton(False), deflated(data, "xl/worksheets/sheet1.xml")])


def strings_plain(path: Path, count: int = 1_100_000) -> None:
    """More than a million different shared texts, packed as ordinary data."""
    body = "".join(f"<si><t>{n}</t></si>" for n in _numbers(count)).encode()
    head = XML_HEAD + f'<sst xmlns="{MAIN_NS}">'.encode()
    sst = deflated(head + body + b"</sst>", "xl/sharedStrings.xml")
    write_zip(path, [*_skeleton(True), small_sheet(), sst])


def _sst(name: str, unit: bytes, count: int, method: str) -> Entry:
    head = XML_HEAD + f'<sst xmlns="{MAIN_NS}">'.encode()
    maker = bzip2_repeated if method == "bzip2" else repeated
    return maker(name, head, unit, count, b"</sst>")


def shared_strings_bomb(path: Path, *, size: int = 1024 * MB, lie: bool = False) -> None:
    """One shared string of *size* bytes; with *lie* the headers claim 1 kB."""
    unit = b"A" * 1024
    head = XML_HEAD + f'<sst xmlns="{MAIN_NS}"><si><t>'.encode()
    sst = repeated("xl/sharedStrings.xml", head, unit, size // len(unit), b"</t></si></sst>")
    if lie:
        sst.declared = 1024
    write_zip(path, [*_skeleton(True), small_sheet(), sst])


def many_strings_bomb(path: Path, count: int = 5_000_000) -> None:
    """Millions of tiny shared strings (~85 MB unpacked, under the size limit)."""
    sst = _sst("xl/sharedStrings.xml", b"<si><t>a</t></si>", count, "deflate")
    write_zip(path, [*_skeleton(True), small_sheet(), sst])


def bzip2_strings_bomb(path: Path, size: int = 64 * MB) -> None:
    """A shared-strings part packed with bzip2: *size* bytes of text in a few kilobytes."""
    unit = b"A" * 4096
    head = XML_HEAD + f'<sst xmlns="{MAIN_NS}"><si><t>'.encode()
    sst = bzip2_repeated("xl/sharedStrings.xml", head, unit, size // len(unit), b"</t></si></sst>")
    write_zip(path, [*_skeleton(True), small_sheet(), sst])


def wide_csv(path: Path, size: int = 99 * MB, columns: int = 1000) -> None:
    """A CSV of *columns* columns and about *size* bytes (a header a plan table would have)."""
    header = ";".join(["No", "Activity", *(f"Q{n}" for n in range(columns - 2))]) + "\r\n"
    line = (";".join(["1.1", "Seminar for teachers", *(["x"] * (columns - 2))]) + "\r\n").encode()
    with path.open("wb") as handle:
        handle.write(header.encode())
        block = line * max(1, MB // len(line))
        written = len(header)
        while written + len(block) <= size:
            handle.write(block)
            written += len(block)
        handle.write(line * ((size - written) // len(line)))


def sparse(path: Path, size: int, head: bytes = b"") -> None:
    """A file of *size* bytes that takes no room on disk (a hole after *head*)."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)


MAKERS: dict[str, Callable[[Path], None]] = {
    "wide.csv": wide_csv,
    "cells.xlsx": cells_bomb,
    "cells-90mb.xlsx": lambda p: cells_bomb(p, rows=4300),
    "cells-lying.xlsx": cells_lying,
    "cells-plain.xlsx": cells_plain,
    "strings-1gb.xlsx": shared_strings_bomb,
    "strings-lying.xlsx": lambda p: shared_strings_bomb(p, lie=True),
    "strings-many.xlsx": many_strings_bomb,
    "strings-plain.xlsx": strings_plain,
    "strings-bzip2.xlsx": bzip2_strings_bomb,
    "key.p12": lambda p: sparse(p, 1536 * MB, b"\x30\x82"),
    "trust.pem": lambda p: sparse(p, 1536 * MB, b"-----BEGIN CERTIFICATE-----\n"),
    "return.pdf": lambda p: sparse(p, 150 * MB, b"%PDF-1.7\n"),
}


if __name__ == "__main__":  # pragma: no cover - a helper for looking at the files by hand
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, make in MAKERS.items():
        make(folder / file_name)
        print(file_name, (folder / file_name).stat().st_size)

"""Zip packages from outside (.xlsx workbooks), checked before any parser opens them.

Zip headers are written by whoever made the file, so they are checked (number of parts,
their unpacked sizes together, how many times each part grows, the compression method) and
then not trusted: :func:`unpacked` counts the bytes really coming out of a part while it is
read and stops at the first byte past the part's declared size or past the package's budget.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from app.services.errors import ImportRejected
from app.services.plan_import.limits import (
    MAX_RATIO,
    MAX_UNCOMPRESSED,
    MAX_ZIP_ENTRIES,
    RATIO_FLOOR,
    Deadline,
    megabytes,
)

CHUNK = 1024 * 1024
PLAIN_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what Excel and LibreOffice write


@dataclass
class Budget:
    """Bytes the whole package may still unpack to."""

    left: int = MAX_UNCOMPRESSED
    limit: int = MAX_UNCOMPRESSED


def check_sizes(
    infos: list[zipfile.ZipInfo], what: str, expected: str = "an Excel workbook"
) -> None:
    """Refuse a package whose headers already show too many parts or too many bytes."""
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ImportRejected(
            f"{what} holds {len(infos):,} parts: looked for {expected}, which has a few dozen"
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise ImportRejected(
            f"{what} would unpack to {total / 2**20:,.0f} MB: looked for {expected} of at "
            f"most {MAX_UNCOMPRESSED // 2**20} MB unpacked"
        )


def check_packing(
    infos: list[zipfile.ZipInfo], what: str, expected: str = "an Excel workbook"
) -> None:
    """Refuse parts packed in a way Excel never packs, or growing like a bomb."""
    for info in infos:
        if info.compress_type not in PLAIN_METHODS:
            raise ImportRejected(
                f"{what} packs its part {info.filename} in a way Excel never does "
                f"(zip method {info.compress_type}): looked for {expected} packed as usual"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ImportRejected(
                f"{what} is built to blow up when opened: its part {info.filename} would grow "
                f"from {megabytes(info.compress_size)} to {megabytes(info.file_size)} "
                f"({ratio:,} times): looked for {expected}, whose parts grow at most "
                f"{MAX_RATIO} times"
            )


def unpacked(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    what: str,
    budget: Budget,
    deadline: Deadline,
    chunk: int = CHUNK,
) -> Iterator[bytes]:
    """The unpacked bytes of one part, chunk by chunk, counted as they come."""
    seen = 0
    with archive.open(info) as part:
        while True:
            deadline.check()
            data = part.read(chunk)
            if not data:
                return
            seen += len(data)
            budget.left -= len(data)
            if seen > info.file_size:
                raise ImportRejected(
                    f"{what} is forged: its part {info.filename} unpacks to more than its "
                    f"header says ({megabytes(info.file_size)}): looked for an honest zip package"
                )
            if budget.left < 0:
                raise ImportRejected(
                    f"{what} would unpack to more than {budget.limit // 2**20} MB: looked for "
                    f"an Excel workbook of at most {budget.limit // 2**20} MB unpacked"
                )
            yield data

"""Small helpers shared by the renderings: atomic writes (NFC is :mod:`app.domain.text`)."""

from __future__ import annotations

from pathlib import Path

from app.fileio import write_atomically


def atomic_write(path: Path, data: bytes) -> None:
    """Write *data* to *path* atomically (see :func:`app.fileio.write_atomically`)."""
    write_atomically(path, data)

"""The files of a signed return made here, found again (after a restart too), opened, shown
in their folder; the e-mail opened in the mail program or, without one, shown in its folder.

Where each file was saved is remembered by its SHA-256 (``LayoutMemory.remember_file``); a
file not remembered is looked for by name in the last folder used, and taken only when its
content still has the recorded hash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

if TYPE_CHECKING:
    from app.ui.layout_memory import LayoutMemory

Opener = Callable[[QUrl], bool]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def find_file(row: dict[str, Any], memory: LayoutMemory | None, folder: str) -> Path | None:
    """Where the signed file of *row* (``list_returns``) is now, if it is still there
    unchanged."""
    sha = str(row.get("file_sha256") or "")
    candidates: list[Path] = []
    remembered = memory.file_of(sha) if memory is not None else ""
    if remembered:
        candidates.append(Path(remembered))
    if row.get("file") and folder:
        candidates.append(Path(folder) / str(row["file"]))
    for path in candidates:
        try:
            if path.is_file() and (not sha or sha256_of(path) == sha):
                return path
        except OSError:
            continue
    return None


def files_of_version(rows: list[dict[str, Any]], period: str) -> list[dict[str, Any]]:
    """The signed files (PDF and Excel) of *period*'s newest signed version."""
    signed = [r for r in rows if r["period"] == period and r["status"] == "signed"]
    if not signed:
        return []
    version = max(r["version"] for r in signed)
    return [r for r in signed if r["version"] == version]


def _open(url: QUrl, opener: Opener | None) -> bool:
    return bool((opener or QDesktopServices.openUrl)(url))


def open_file(path: Path, opener: Opener | None = None) -> bool:
    return _open(QUrl.fromLocalFile(str(path)), opener)


def show_folder(path: Path, opener: Opener | None = None) -> bool:
    """The folder holding *path*, in the file manager."""
    return _open(QUrl.fromLocalFile(str(path.parent)), opener)


def open_email(path: Path, opener: Opener | None = None) -> bool:
    """Open the .eml in the mail program; False when none took it (its folder is shown
    instead, so the clerk can attach or drag it)."""
    if open_file(path, opener):
        return True
    show_folder(path, opener)
    return False

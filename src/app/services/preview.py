"""A return's first pages as pictures, for the window's preview (poppler's ``pdftoppm``)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.domain.return_format import Payload

PREVIEW_PAGES = 3
PREVIEW_DPI = 70  # the size a page is shown at 100 % (logical pixels)
PDFTOPPM_TIMEOUT_S = 120


@dataclass(frozen=True)
class Preview:
    images: list[bytes]  # PNG
    pages: int
    version: int
    tool_missing: bool = False
    dpi: int = PREVIEW_DPI  # the resolution the images were rendered at


def page_images(pdf: bytes, pages: int, dpi: int) -> list[bytes] | None:
    """The first pages of *pdf* as PNG images; None when pdftoppm is not installed."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    last = str(min(pages or PREVIEW_PAGES, PREVIEW_PAGES))
    with tempfile.TemporaryDirectory(prefix="plandesk-preview-") as tmp:
        source = Path(tmp) / "preview.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [tool, "-png", "-r", str(dpi), "-l", last, str(source), str(Path(tmp) / "p")],
            check=True,
            capture_output=True,
            timeout=PDFTOPPM_TIMEOUT_S,
        )
        return [png.read_bytes() for png in sorted(Path(tmp).glob("p*.png"))]


def preview(payload: Payload, dpi: int = PREVIEW_DPI) -> Preview:
    """The unsigned PDF of *payload* and its first pages as images."""
    from app.services.returns import render

    pdf, pages = render(payload, "pdf", None)
    images = page_images(pdf, pages, dpi)
    version = int(payload["version"])
    if images is None:
        return Preview([], pages, version, tool_missing=True)
    return Preview(images, pages, version, dpi=dpi)

"""Page content written as PDF operators, fast.

ReportLab's ``drawString`` costs ~70 µs a line with a TrueType font (most of it
re-encoding every character into the font subset). Here each unique word is encoded
once per document through the font's own ``splitString`` (so subsetting, embedding
and ToUnicode maps stay ReportLab's), and a line becomes one ``Tj`` per subset run.
Graphics are collected first and text after it, so fills never cover text; text is
emitted in reading order, which is the order text extractors return it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from app.exports.fonts import REGULAR, ttfont

RGB = tuple[float, float, float]
BLACK: RGB = (0.0, 0.0, 0.0)
_KAPPA = 0.5523  # Bézier circle constant
_A85_LOCK = threading.RLock()


def _rgb(color: RGB) -> str:
    return f"{color[0]:.3f} {color[1]:.3f} {color[2]:.3f}"


class _FontState:
    def __init__(self, name: str, doc: Any) -> None:
        self.font = ttfont(name)
        self.doc = doc
        self.words: dict[str, tuple[int, Any]] = {}
        self.names: dict[int, str] = {}

    def subset_name(self, subset: int) -> str:
        found = self.names.get(subset)
        if found is None:
            found = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return found

    def _encode(self, word: str) -> tuple[int, Any]:
        parts = self.font.splitString(word, self.doc)
        enc: tuple[int, Any]
        if len(parts) == 1:
            enc = (parts[0][0], bytes(parts[0][1]))
        else:  # a word spread over several subsets, or empty
            enc = (-1, [(s, bytes(b)) for s, b in parts])
        self.words[word] = enc
        return enc

    def runs(self, line: str) -> list[tuple[int, bytes]]:
        """The line as (subset, bytes) runs; code 32 is a space in every subset."""
        get = self.words.get
        encs = [get(w) or self._encode(w) for w in line.split(" ")]
        first = encs[0][0]
        if first >= 0:
            for enc in encs:
                if enc[0] != first:
                    break
            else:
                return [(first, b" ".join([enc[1] for enc in encs]))]
        runs: list[tuple[int, bytearray]] = []
        for i, (subset, data) in enumerate(encs):
            pieces = data if subset < 0 else [(subset, data)]
            if i and runs:
                runs[-1][1].extend(b" ")
            elif i:
                runs.append((0, bytearray(b" ")))
            for sub, chunk in pieces:
                if runs and runs[-1][0] == sub:
                    runs[-1][1].extend(chunk)
                else:
                    runs.append((sub, bytearray(chunk)))
        return [(s, bytes(b)) for s, b in runs]


class Encoder:
    """Per-document text encoding state for the fonts in use."""

    def __init__(self, canvas: Canvas) -> None:
        self._doc = canvas._doc
        self._fonts: dict[str, _FontState] = {}

    def font(self, name: str) -> _FontState:
        state = self._fonts.get(name)
        if state is None:
            state = self._fonts[name] = _FontState(name, self._doc)
        return state


class Page:
    """The operators of one page: graphics, then one text object."""

    def __init__(self, encoder: Encoder) -> None:
        self._enc = encoder
        self.g: list[str] = []
        self.t: list[str] = []
        self._tf: tuple[str, float] | None = None
        self._color: RGB | None = None

    # graphics ----------------------------------------------------------------
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: RGB | None = None,
        stroke: RGB | None = None,
        width: float = 0.5,
        dash: tuple[float, float] | None = None,
    ) -> None:
        box = f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re"
        if fill is not None:
            self.g.append(f"{_rgb(fill)} rg {box} f")
        if stroke is not None:
            pattern = f"[{dash[0]:g} {dash[1]:g}] 0 d " if dash else ""
            reset = " [] 0 d" if dash else ""
            self.g.append(f"{pattern}{width:g} w {_rgb(stroke)} RG {box} S{reset}")

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: RGB, width: float = 0.5
    ) -> None:
        self.g.append(f"{width:g} w {_rgb(color)} RG {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def lines(
        self, segments: list[tuple[float, float, float, float]], color: RGB, width: float
    ) -> None:
        """Several strokes in one path (table rules)."""
        if not segments:
            return
        path = " ".join(f"{a:.2f} {b:.2f} m {c:.2f} {d:.2f} l" for a, b, c, d in segments)
        self.g.append(f"{width:g} w {_rgb(color)} RG {path} S")

    def circle(
        self, cx: float, cy: float, r: float, *, fill: RGB | None = None, stroke: RGB | None = None
    ) -> None:
        k = r * _KAPPA
        path = (
            f"{cx + r:.2f} {cy:.2f} m "
            f"{cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
            f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
            f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
            f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h"
        )
        if fill is not None and stroke is not None:
            self.g.append(f"0.8 w {_rgb(fill)} rg {_rgb(stroke)} RG {path} B")
        elif fill is not None:
            self.g.append(f"{_rgb(fill)} rg {path} f")
        elif stroke is not None:
            self.g.append(f"0.8 w {_rgb(stroke)} RG {path} S")

    def half_disc(self, cx: float, cy: float, r: float, fill: RGB) -> None:
        """The left half of a disc (an 'in progress' mark)."""
        k = r * _KAPPA
        self.g.append(
            f"{_rgb(fill)} rg {cx:.2f} {cy + r:.2f} m "
            f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
            f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c h f"
        )

    # text --------------------------------------------------------------------
    def text(
        self, x: float, y: float, line: str, font: str, size: float, color: RGB = BLACK
    ) -> None:
        if not line:
            return
        state = self._enc.font(font)
        out = self.t
        if color != self._color:
            out.append(f"{_rgb(color)} rg")
            self._color = color
        first = True
        for subset, data in state.runs(line):
            tf = (state.subset_name(subset), size)
            if tf != self._tf:
                out.append(f"{tf[0]} {size:g} Tf")
                self._tf = tf
            if first:
                out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm <{data.hex()}> Tj")
                first = False
            else:
                out.append(f"<{data.hex()}> Tj")

    def content(self) -> str:
        parts = self.g
        if self.t:
            parts = [*parts, "BT", *self.t, "ET"]
        return "\n".join(parts)


def new_canvas(
    path: str | IO[bytes], *, pagesize: tuple[float, float], meta: dict[str, str]
) -> Canvas:
    canvas = Canvas(
        path,
        pagesize=pagesize,
        pageCompression=1,
        lang=meta.get("lang"),
        initialFontName=REGULAR,
        initialFontSize=8,
        initialLeading=10,
    )
    canvas.setTitle(meta.get("title", ""))
    canvas.setAuthor(meta.get("author", ""))
    canvas.setSubject(meta.get("subject", ""))
    canvas.setCreator(meta.get("creator", ""))
    canvas.setProducer(meta.get("creator", ""))
    canvas.setKeywords(meta.get("keywords", ""))
    return canvas


@contextmanager
def raw_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer (pure-Python in ReportLab, slow)."""
    with _A85_LOCK:
        old = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = old


def emit(canvas: Canvas, page: Page) -> None:
    """Write *page* into the canvas and finish the page."""
    canvas.addLiteral(page.content())
    canvas.showPage()

"""The XLSX prints right (issue 15): LibreOffice's PDF of a return keeps the signature block
on one page and prints body text at 8 points or more, in the six languages.

The returns (the demo's in every language; a district's consolidated return in every
language; generated returns of growing length, so that the table ends at many heights of a
page) are converted to PDF by LibreOffice headless in one run (isolated profile), then read
back: ``pdftotext -layout`` page by page finds the signature block, pypdf's text visitor
gives the printed size of every piece of text (font size times the text and transformation
matrices' vertical scale).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.exports.labels import LANGUAGES, fmt_date, label
from app.exports.xlsx_layout import EVENT_COLUMNS, FORM_COLUMNS, FORM_HEADER_ROW
from app.exports.xlsx_return import render_xlsx
from app.exports.xlsx_sheets import print_scale
from app.services.return_payload import canonical_bytes
from tests.exports.payloads import make_payload

MIN_SIZE = 8.0
LENGTHS = (4, 8, 12, 16, 20, 24, 28)  # activities of the generated returns


@dataclass
class Printed:
    payload: dict[str, Any]
    xlsx: Path
    pdf: Path

    def pages(self) -> list[str]:
        """Each page's text, whitespace squeezed."""
        from pypdf import PdfReader

        count = len(PdfReader(self.pdf).pages)
        out = []
        for number in range(1, count + 1):
            text = subprocess.run(
                ["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(self.pdf), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            out.append(re.sub(r"\s+", " ", text))
        return out

    def sizes(self) -> list[tuple[float, int, str]]:
        """(printed size in points, page, text) of every piece of text."""
        from pypdf import PdfReader

        found: list[tuple[float, int, str]] = []
        for number, page in enumerate(PdfReader(self.pdf).pages, start=1):

            def visit(
                text: str, cm: Any, tm: Any, _font: Any, size: float, n: int = number
            ) -> None:
                if text.strip():
                    scale = (tm[2] ** 2 + tm[3] ** 2) ** 0.5 * (cm[2] ** 2 + cm[3] ** 2) ** 0.5
                    found.append((size * scale, n, text.strip()[:40]))

            page.extract_text(visitor_text=visit)
        return found


def _block(p: dict[str, Any]) -> list[str]:
    """Lines of the signature block that are found nowhere else in the return."""
    lang = str(p["language"])
    inst = p["institution"]
    date = f"{label(lang, 'date')}: {fmt_date(lang, str(p['generated_at'])[:10])}"
    lines = [label(lang, "head"), f"({label(lang, 'sign_and_stamp')})", date]
    if inst.get("head_name"):
        lines.append(inst["head_name"])
    lines.append(label(lang, "stamp_place"))
    return lines


@pytest.fixture(scope="module")
def printed(
    tmp_path_factory: pytest.TempPathFactory,
    demo_payloads: dict[str, dict[str, Any]],
    consolidated_payloads: dict[str, dict[str, Any]],
) -> dict[str, Printed]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) not installed")
    tmp = tmp_path_factory.mktemp("print")
    payloads = {f"demo-{lang}": p for lang, p in demo_payloads.items()}
    payloads |= {f"district-{lang}": p for lang, p in consolidated_payloads.items()}
    for i, n in enumerate(LENGTHS):
        lang = LANGUAGES[i % len(LANGUAGES)]
        payloads[f"made-{n}-{lang}"] = make_payload(n, lang, seed=n, events=n % 5)
    xlsx = tmp / "xlsx"
    xlsx.mkdir()
    for name, p in payloads.items():
        render_xlsx(p, xlsx / f"{name}.xlsx", payload_bytes=canonical_bytes(p))
    pdf = tmp / "pdf"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf),
            *sorted(str(f) for f in xlsx.glob("*.xlsx")),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "HOME": str(tmp)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return {
        name: Printed(p, xlsx / f"{name}.xlsx", pdf / f"{name}.pdf") for name, p in payloads.items()
    }


NAMES = (
    [f"demo-{lang}" for lang in LANGUAGES]
    + [f"district-{lang}" for lang in LANGUAGES]
    + [f"made-{n}-{LANGUAGES[i % len(LANGUAGES)]}" for i, n in enumerate(LENGTHS)]
)


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_the_signature_block_prints_on_one_page(name: str, printed: dict[str, Printed]) -> None:
    one = printed[name]
    pages = one.pages()
    where = {
        line: [i for i, text in enumerate(pages, start=1) if re.sub(r"\s+", " ", line) in text]
        for line in _block(one.payload)
    }
    assert all(len(found) == 1 for found in where.values()), where
    assert len({found[0] for found in where.values()}) == 1, where


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_body_text_prints_at_8_points_or_more(name: str, printed: dict[str, Printed]) -> None:
    sizes = printed[name].sizes()
    assert sizes
    small = [s for s in sizes if s[0] < MIN_SIZE - 0.005]
    assert not small, small[:5]
    body = [size for size, _page, _text in sizes]
    assert min(body) >= MIN_SIZE - 0.005


@pytest.mark.slow
def test_a_page_renders(printed: dict[str, Printed], tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils (pdftoppm) not installed")
    one = printed["demo-kk"]
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(one.pdf), str(tmp_path / "p")],
        check=True,
    )
    (image,) = tmp_path.glob("p*.png")
    assert image.stat().st_size > 20_000


def test_print_setup_of_every_sheet(tmp_path: Path, demo_payloads: dict[str, Any]) -> None:
    out = tmp_path / "r.xlsx"
    render_xlsx(demo_payloads["ru"], out)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows
    form = wb.worksheets[0]
    assert form.print_title_rows == f"${FORM_HEADER_ROW}:${FORM_HEADER_ROW}"
    # every row of the form has its height: LibreOffice does not fit wrapped rows
    last = int(str(form.print_area).rsplit("$", 1)[1])
    assert all(form.row_dimensions[r].height for r in range(1, last + 1) if r != 8)
    # the signature block is one row: no program splits a row over two pages
    block = form.cell(row=last, column=2).value
    assert label("ru", "head") in str(block) and label("ru", "stamp_place") in str(
        form.cell(row=last, column=len(FORM_COLUMNS) - 2).value
    )
    # designed widths: the form at ~97 %, the events above 90 % where fonts are widest
    assert print_scale([c[2] for c in FORM_COLUMNS]) > 0.95
    assert print_scale([c[2] for c in EVENT_COLUMNS]) > 0.9


def test_a_block_that_would_be_split_starts_a_page() -> None:
    """The page model (rows whole, the title row repeated) puts a manual break before rows
    that would straddle two pages, and none before rows that fit."""
    from openpyxl import Workbook

    from app.exports.xlsx_sheets import PRINT_HEIGHT, _keep_on_one_page, page_of_rows

    ws = Workbook().active
    assert ws is not None
    for row in range(1, 40):
        ws.row_dimensions[row].height = 20.0
    last_on_first = int(PRINT_HEIGHT // 20)
    pages = page_of_rows(ws, 39, FORM_HEADER_ROW, 1.0)
    assert pages[last_on_first] == 1 and pages[last_on_first + 1] == 2
    _keep_on_one_page(ws, (last_on_first - 3, last_on_first - 1), 1.0)
    assert not ws.row_breaks.brk
    _keep_on_one_page(ws, (last_on_first - 1, last_on_first + 2), 1.0)
    assert [b.id for b in ws.row_breaks.brk] == [last_on_first - 2]

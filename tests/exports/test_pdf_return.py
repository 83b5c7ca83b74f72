"""The return PDF: six languages, embedded fonts only, text that survives extraction,
a signature rectangle the signing step can use, and sensible pagination."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.exports.labels import LANGUAGES, label
from app.exports.pdf_blocks import FRAME_BOTTOM, FRAME_TOP, PAGE_H, PAGE_W, TableRow, paginate
from app.exports.pdf_return import PdfLayout, pdf_visible_problems, render_pdf
from app.exports.pdf_style import TextKit
from app.exports.pdf_table import PlanTable
from tests.exports.payloads import make_payload


def _text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_demo_renders_in_every_language(
    lang: str, tmp_path: Path, demo_payloads: dict[str, dict[str, Any]]
) -> None:
    payload = demo_payloads[lang]
    out = tmp_path / f"return-{lang}.pdf"
    layout = render_pdf(payload, out)
    assert isinstance(layout, PdfLayout)
    pages = _text(out)
    assert layout.pages == len(pages) >= 2
    assert f"{label(lang, 'page', page=1, pages=layout.pages)}" in pages[0]
    assert label(lang, "page", page=layout.pages, pages=layout.pages) in pages[-1]
    assert pdf_visible_problems(out, payload) == []
    # the signature block sits on the last page, its rectangle inside the page
    assert layout.signature_page == layout.pages - 1
    x1, y1, x2, y2 = layout.signature_box
    assert 0 < x1 < x2 <= PAGE_W and FRAME_BOTTOM <= y1 < y2 <= FRAME_TOP
    assert x2 - x1 >= 200 and y2 - y1 >= 60
    assert label(lang, "head") in pages[-1]
    assert label(lang, "stamp_place") in pages[-1]
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, nothing left behind


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("lang", ["tr", "ru", "vi"])
def test_only_embedded_fonts(
    lang: str, tmp_path: Path, demo_payloads: dict[str, dict[str, Any]]
) -> None:
    out = tmp_path / "r.pdf"
    render_pdf(demo_payloads[lang], out)
    listing = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing, "no fonts at all?"
    for line in listing:
        assert "NotoSans" in line, line
        assert line.split()[-5] == "yes", f"not embedded: {line}"  # the 'emb' column


def test_turkish_letters_and_metadata(tmp_path: Path, demo_payloads: dict[str, Any]) -> None:
    payload = demo_payloads["tr"]
    out = tmp_path / "tr.pdf"
    render_pdf(payload, out)
    text = "\n".join(_text(out))
    for word in ("Balıkesir İl Milli Eğitim Müdürlüğü", "Gerçekleştirildi", "ŞÖNİM", "Sayfa 1 /"):
        assert word in text
    assert [ch for ch in "ıİşğŞüÜöÇç" if ch not in text] == []
    assert "2.1.4" in text and "4.1.2" in text
    meta = PdfReader(str(out)).metadata
    assert meta is not None
    assert meta.author == payload["institution"]["name"]
    assert payload["period"]["label"] in (meta.subject or "")
    assert payload["plan"]["title"] in (meta.title or "")


def test_vietnamese_and_kazakh_text_survive(tmp_path: Path, demo_payloads: dict[str, Any]) -> None:
    for lang, words in {
        "vi": ["Thủ trưởng đơn vị", "Đã hoàn thành"],
        "kk": ["Мекеме басшысы"],
    }.items():
        out = tmp_path / f"{lang}.pdf"
        render_pdf(demo_payloads[lang], out)
        text = "\n".join(_text(out))
        assert all(w in text for w in words), lang


def test_nfd_input_is_drawn_composed(tmp_path: Path) -> None:
    payload = make_payload(3, "vi")
    payload["institution"]["name"] = "Tru\u031bo\u031b\u0300ng THCS Nguye\u0302\u0303n Du"  # NFD
    out = tmp_path / "nfd.pdf"
    render_pdf(payload, out)
    assert "Trường THCS Nguyễn Du" in "\n".join(_text(out))


def test_page_count_grows_with_the_plan(tmp_path: Path) -> None:
    small = render_pdf(make_payload(20, "tr"), tmp_path / "20.pdf")
    big = render_pdf(make_payload(500, "tr"), tmp_path / "500.pdf")
    assert small.pages <= 5
    # ~8-12 activity rows a page; the annex and narrative add a few pages
    assert 30 <= big.pages <= 120, big.pages
    assert big.signature_page == big.pages - 1
    pages = _text(tmp_path / "500.pdf")
    header = label("tr", "col_activity")
    table_pages = [p for p in pages if "Hedef" in p or "Alt hedef" in p]
    assert all(header in p for p in table_pages)  # the column header repeats on every page
    assert pdf_visible_problems(tmp_path / "500.pdf", make_payload(500, "tr")) == []


def test_bands_stay_with_their_first_activity() -> None:
    kit = TextKit()
    blocks = PlanTable(kit, "tr").rows(make_payload(300, "tr")["items"])
    for page in paginate(blocks):
        rows = [p.block for p in page if isinstance(p.block, TableRow)]
        assert not rows[-1].keep_with_next, "a page ends with a goal/sub-goal band"


def test_an_overlong_row_is_split_across_pages(tmp_path: Path) -> None:
    payload = make_payload(4, "ru")
    payload["items"][2]["description"] = "очень длинное описание мероприятия " * 900
    out = tmp_path / "long.pdf"
    layout = render_pdf(payload, out)
    assert layout.pages >= 3
    assert pdf_visible_problems(out, payload) == []
    _x1, y1, _x2, y2 = layout.signature_box
    assert y1 >= FRAME_BOTTOM and y2 <= PAGE_H


def test_visible_check_names_what_differs(tmp_path: Path, demo_payloads: dict[str, Any]) -> None:
    payload = demo_payloads["tr"]
    out = tmp_path / "tr.pdf"
    render_pdf(payload, out)
    other = copy.deepcopy(payload)
    other["items"][2]["progress"]["status"] = "not_done"
    other["institution"]["name"] = "Başka Okul"
    problems = pdf_visible_problems(out, other)
    assert any("2.1.4" in p and "Gerçekleştirilmedi" in p for p in problems)
    assert any("Başka Okul" in p for p in problems)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 nothing")
    assert pdf_visible_problems(tmp_path / "broken.pdf", payload)

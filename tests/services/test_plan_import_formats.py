"""The new formats of issue 14 (.docx, .xls, .ods, .odt) keep every limit of the import:
zip bombs, DTDs, encrypted or forged packages, oversized or endless tables are refused with
one sentence naming what was looked for; merged cells and automatic numbering are read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from app.services.errors import ImportRejected
from app.services.plan_import import parse_plan_file, read_table
from app.services.plan_import.limits import MAX_DOCX_ELEMENTS, MAX_XLS_BYTES

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Plan 2024")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "No", "Activity"
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Seminar"
    document.save(path)
    return path


def _rewrite(
    source: Path, target: Path, name: str, change: object, method: int = zipfile.ZIP_DEFLATED
) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", method) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == name:
                data = change(data)  # type: ignore[operator]
            dst.writestr(info.filename, data)


def _bomb(path: Path) -> None:
    _docx(path.with_suffix(".src.docx"))
    with (
        zipfile.ZipFile(path.with_suffix(".src.docx")) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        with dst.open("word/media/blob.xml", "w") as part:
            for _ in range(210):
                part.write(b"\0" * 2**20)


def _doctype(path: Path) -> None:
    source = _docx(path.with_suffix(".src.docx"))
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
    _rewrite(source, path, "word/document.xml", lambda xml: laughs + xml.split(b"?>", 1)[-1])


def _many_elements(path: Path) -> None:
    source = _docx(path.with_suffix(".src.docx"))
    filler = b"<w:p/>" * (MAX_DOCX_ELEMENTS + 10)
    _rewrite(
        source,
        path,
        "word/document.xml",
        lambda xml: xml.replace(b"<w:body>", b"<w:body>" + filler),
        zipfile.ZIP_STORED,  # stored: no packing ratio to refuse it for, only its size
    )


def _word_97(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)


def _huge_xls(path: Path) -> None:
    with path.open("wb") as handle:
        handle.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
        handle.truncate(MAX_XLS_BYTES + 10)


def _ods_repeated(path: Path) -> None:
    """Rows repeated a million times with text in them: refused, never expanded."""
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        b'<office:spreadsheet><table:table table:name="S">'
        b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell>'
        b"<text:p>x</text:p></table:table-cell></table:table-row>"
        b"</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)


def _ods_wide(path: Path) -> None:
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        b'<office:spreadsheet><table:table table:name="S"><table:table-row>'
        b'<table:table-cell table:number-columns-repeated="16000"/>'
        b"<table:table-cell><text:p>far</text:p></table:table-cell>"
        b"</table:table-row></table:table></office:spreadsheet></office:body>"
        b"</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)


def _write(data: bytes) -> object:
    return lambda path: path.write_bytes(data)


HOSTILE = [
    ("bomb.docx", _bomb, "would unpack to"),
    ("doctype.docx", _doctype, "document type declaration"),
    ("elements.docx", _many_elements, "XML elements"),
    ("old.doc", _word_97, "Word 97-2003"),
    ("old.docx", _word_97, "Word 97-2003"),
    ("huge.xls", _huge_xls, "at most 30 MB"),
    ("damaged.xls", _write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\1" * 4000), "97-2003"),
    ("notzip.docx", _write(b"plain text, not a package"), "zip package"),
    ("repeated.ods", _ods_repeated, "rows"),
    ("wide.ods", _ods_wide, "columns"),
    ("random.odt", _write(b"PK\x03\x04" + bytes(range(256)) * 10), "damaged"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "make", "words"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_documents_are_refused_with_one_sentence(
    tmp_path: Path, name: str, make: object, words: str
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    with pytest.raises(ImportRejected) as caught:
        parse_plan_file(path)
    message = str(caught.value)
    assert words in message, message
    assert "looked for" in message
    assert "\n" not in message and len(message) < 400


def test_word_merged_cells_become_merges_and_numbering_is_written_out() -> None:
    table = read_table(REAL / "ro" / "hg686_2005_plan_de_masuri.docx")
    assert table.blocks is not None
    first = next(i for i, row in enumerate(table.rows) if row[:1] == ["Obiectiv operaţional"])
    merges = [m for m in table.merges if m.top > first]
    assert [(m.top - first, m.left, m.bottom - first, m.right) for m in merges] == [
        (1, 0, 5, 0), (6, 0, 7, 0),
    ]  # fmt: skip
    assert table.rows[first + 2][0] == ""  # the merged cell's text sits in its first row
    numbered = read_table(REAL / "vi" / "ngo_thi_nham_2024.docx").rows
    texts = [row[0] for row in numbered if row and row[0]]
    assert texts[-6][:3] == "1. " and texts[-5][:3] == "2. " and texts[-4][:2] == "- "


def test_seed_000_word_table_spans_the_goal_rows_across_the_table() -> None:
    table = read_table(REAL / "tr" / "balikesir_2021_is_plani.docx")
    goal = next(row for row in table.rows if row and row[0].startswith("Hedef 2:"))
    assert goal[1:] == ["", "", "", ""]


def test_libreoffice_copies_read_like_their_originals() -> None:
    xls = read_table(REAL / "ro" / "hg1156_2012_plan_operational.xls")
    xlsx = read_table(REAL / "ro" / "hg1156_2012_plan_operational.xlsx")
    assert [r for r in xls.rows if r] == [r for r in xlsx.rows if r]
    assert {(m.top, m.left, m.bottom, m.right) for m in xls.merges} == {
        (m.top, m.left, m.bottom, m.right) for m in xlsx.merges
    }
    ods = read_table(REAL / "kk" / "dsadm_strategiyalyq_zhospar.ods")
    kk = read_table(REAL / "kk" / "dsadm_strategiyalyq_zhospar.xlsx")
    assert [r for r in ods.rows if r] == [r for r in kk.rows if r]


def test_an_odt_document_with_a_table_is_read(tmp_path: Path) -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:p>Kế hoạch năm 2024</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>STT</text:p></table:table-cell>"
        "<table:table-cell><text:p>Nội dung</text:p></table:table-cell>"
        "<table:table-cell><text:p>Thời gian</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>"
        "<table:table-cell><text:p>Tọa đàm</text:p></table:table-cell>"
        "<table:table-cell><text:p>Quý II</text:p></table:table-cell></table:table-row>"
        "</table:table><text:p>Nơi nhận:</text:p></office:text></office:body>"
        "</office:document-content>"
    )
    path = tmp_path / "plan.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    plan = parse_plan_file(path)
    assert [(i.code, i.description) for i in plan.items] == [("1", "Tọa đàm")]
    assert plan.year == 2024
    assert [(p.period_key, p.planned_text) for p in plan.items[0].planned] == [
        ("2024-Q2", "Quý II"),
    ]

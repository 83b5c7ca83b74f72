"""The return XLSX: a printable form, text never a formula, hidden payload that round-trips,
read back by openpyxl and by LibreOffice, and every edited visible cell named."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.exports.labels import LANGUAGES, activity_status_text, label
from app.exports.xlsx_layout import FORM_FIRST_ROW, FORM_HEADER_ROW, PAYLOAD_CHUNK
from app.exports.xlsx_return import (
    XlsxReadError,
    compare_visible,
    read_xlsx_return,
    render_xlsx,
)
from app.services.return_payload import canonical_bytes
from tests.exports.conftest import LibreOffice
from tests.exports.payloads import make_payload


def _hostile(payload: dict[str, Any]) -> dict[str, Any]:
    """Codes that look like numbers and text that looks like formulas."""
    acts = [i for i in payload["items"] if i["kind"] == "activity"]
    acts[0]["code"] = "2.1.10"
    acts[0]["description"] = "=SUM(A1)"
    acts[1]["responsible"] = "+90 555 000 00 00"
    acts[1]["code"] = "2.10"
    payload["events"][0]["title"] = '-HYPERLINK("http://x")'
    payload["events"][0]["venue"] = "@dış alan"
    return payload


@pytest.mark.parametrize("lang", LANGUAGES)
def test_demo_writes_and_reads_back_in_every_language(
    lang: str, tmp_path: Path, demo_payloads: dict[str, dict[str, Any]]
) -> None:
    payload = demo_payloads[lang]
    out = tmp_path / f"return-{lang}.xlsx"
    render_xlsx(payload, out, payload_bytes=canonical_bytes(payload))
    back = read_xlsx_return(out)
    assert back.payload_bytes == canonical_bytes(payload)
    assert compare_visible(back.visible, payload) == []
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == [
        label(lang, "sheet_plan"),
        label(lang, "sheet_events"),
        label(lang, "sheet_narrative"),
    ]
    assert wb.properties.creator == payload["institution"]["name"]
    assert payload["plan"]["title"] in (wb.properties.title or "")
    form = wb.worksheets[0]
    statuses = [form.cell(row=r, column=5).value for r in range(FORM_FIRST_ROW, form.max_row)]
    for item in payload["items"]:
        if item["kind"] == "activity":
            assert activity_status_text(lang, item) in statuses
    assert not list(tmp_path.glob("*.tmp"))


def test_form_sheet_is_printable_and_typed(tmp_path: Path) -> None:
    payload = _hostile(make_payload(40, "tr"))
    out = tmp_path / "r.xlsx"
    render_xlsx(payload, out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    codes = {
        ws.cell(row=r, column=1).value: ws.cell(row=r, column=1) for r in range(10, ws.max_row)
    }
    for code in ("2.1.10", "2.10"):
        assert code in codes
        assert codes[code].data_type == "s" and codes[code].number_format == "@"
    formula_like = [c for row in ws.iter_rows() for c in row if c.value == "=SUM(A1)"]
    assert len(formula_like) == 1 and formula_like[0].data_type == "s"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${FORM_HEADER_ROW}:${FORM_HEADER_ROW}"
    assert ws.freeze_panes == f"A{FORM_FIRST_ROW}"
    # wrapped rows get a height that fits their longest cell
    heights = []
    for r in range(FORM_FIRST_ROW, FORM_FIRST_ROW + 40):
        description = ws.cell(row=r, column=2).value
        if description and len(description) > 250:
            assert ws.cell(row=r, column=2).alignment.wrap_text
            heights.append(ws.row_dimensions[r].height)
    assert heights and all(h is not None and h >= 36 for h in heights)
    # a merged, shaded band for each goal and sub-goal
    bands = [str(m) for m in ws.merged_cells.ranges if m.min_row >= FORM_FIRST_ROW]
    assert any(b.startswith(f"A{FORM_FIRST_ROW}:") for b in bands)
    events = openpyxl.load_workbook(out).worksheets[1]
    hostile = [c for row in events.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in hostile)
    assert any(c.value == '-HYPERLINK("http://x")' for c in hostile)


def test_payload_round_trips_in_a_very_hidden_sheet_and_the_signature_is_a_part(
    tmp_path: Path,
) -> None:
    import zipfile

    from app.services.identity import LoadedIdentity, issue_pki
    from app.services.signing import xlsx_signer

    payload = make_payload(5, "ru")
    big = ('{"a":"' + "ж" * (PAYLOAD_CHUNK - 7) + "  =x" + "ё" * 40_000 + ' "}').encode()
    key, cert, _root_key, root = issue_pki("Школа", "SCHOOL-5", "Директор")
    out = tmp_path / "r.xlsx"
    signer = xlsx_signer(LoadedIdentity(key, cert, [root], b"", b""))
    render_xlsx(payload, out, payload_bytes=big, signer=signer)
    wb = openpyxl.load_workbook(out)
    hidden = wb["_payload"]
    assert hidden.sheet_state == "veryHidden"
    assert "_signature" not in wb.sheetnames  # the signature is a package part now
    assert hidden.max_row == 3  # > 32,000 characters split across cells
    assert all(len(c.value) <= PAYLOAD_CHUNK for c in hidden["A"])
    back = read_xlsx_return(out)
    assert back.payload_bytes == big
    assert back.payload_sheet_state == "veryHidden"
    with zipfile.ZipFile(out) as archive:
        assert "_xmlsignatures/sig1.xml" in archive.namelist()
        assert b'fullCalcOnLoad="1"' not in archive.read("xl/workbook.xml")


def test_an_edited_visible_cell_is_named(tmp_path: Path) -> None:
    payload = make_payload(30, "tr")
    out = tmp_path / "r.xlsx"
    render_xlsx(payload, out, payload_bytes=canonical_bytes(payload))
    assert compare_visible(read_xlsx_return(out).visible, payload) == []
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    row = next(
        r
        for r in range(FORM_FIRST_ROW, ws.max_row)
        if ws.cell(row=r, column=5).value == label("tr", "not_reported")
        or ws.cell(row=r, column=5).value == "Gerçekleştirilmedi"
        or ws.cell(row=r, column=5).value == "Devam ediyor"
    )
    before = ws.cell(row=row, column=5).value
    ws.cell(row=row, column=5).value = "Gerçekleştirildi"
    ws.cell(row=row, column=7).value = 99999
    wb.worksheets[1]["K3"] = 7777
    wb.save(out)
    problems = compare_visible(read_xlsx_return(out).visible, payload)
    sheet = label("tr", "sheet_plan")
    assert (
        f"sheet '{sheet}' cell E{row}: status 'Gerçekleştirildi' (done) in the file, "
        f"'{before}'" in problems[0]
    )
    assert any(f"cell G{row}: participants 99999 in the file" in p for p in problems)
    assert any("sheet 'Etkinlikler' cell K3: participants 7777" in p for p in problems)


def test_dates_and_whole_numbers_compare_whatever_their_cell_type(tmp_path: Path) -> None:
    payload = make_payload(20, "tr")
    out = tmp_path / "r.xlsx"
    render_xlsx(payload, out)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    for row in ws.iter_rows(min_row=FORM_FIRST_ROW):
        done, people = row[5], row[6]
        if isinstance(done.value, datetime):
            done.value = done.value.strftime("%d.%m.%Y")  # retyped as text, same date
        if isinstance(people.value, int):
            people.value = float(people.value)  # 7 -> 7.0
    wb.save(out)
    assert compare_visible(read_xlsx_return(out).visible, payload) == []


def test_not_a_workbook_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 nonsense")
    with pytest.raises(XlsxReadError):
        read_xlsx_return(bad)


def test_libreoffice_reads_the_same_values(tmp_path: Path, libreoffice: LibreOffice) -> None:
    payload = _hostile(make_payload(40, "tr"))
    out = tmp_path / "r.xlsx"
    render_xlsx(payload, out, payload_bytes=canonical_bytes(payload))
    # raw values (not "as shown"), every sheet to its own file
    folder = libreoffice(
        out,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        tmp_path / "csv",
    )
    plan = folder / f"r-{label('tr', 'sheet_plan')}.csv"
    with plan.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    table = {r[0]: r for r in rows[FORM_FIRST_ROW - 1 :] if r and r[4]}
    for item in payload["items"]:
        if item["kind"] != "activity":
            continue
        row = table[item["code"]]
        assert row[1] == item["description"] or item["footnotes"]
        assert row[4] == activity_status_text("tr", item)
        people = (item["progress"] or {}).get("participants")
        assert row[6] == ("" if people is None else str(people))
    assert table["2.1.10"][1] == "=SUM(A1)"  # text, not a formula
    events = folder / f"r-{label('tr', 'sheet_events')}.csv"
    with events.open(encoding="utf-8") as handle:
        ev_rows = list(csv.reader(handle))[2:]
    assert [r[4] for r in ev_rows[: len(payload["events"])]] == [
        e["title"] for e in payload["events"]
    ]
    assert [int(r[10]) for r in ev_rows[: len(payload["events"])]] == [
        e["participants"] for e in payload["events"]
    ]


def test_a_workbook_resaved_by_libreoffice_still_reads_and_compares(
    tmp_path: Path, libreoffice: LibreOffice
) -> None:
    payload = make_payload(30, "vi", narrative_chars=9000)
    payload["narrative"][0]["body"] += "\n\n  Đoạn cuối.  "
    out = tmp_path / "r.xlsx"
    render_xlsx(payload, out, payload_bytes=canonical_bytes(payload))
    folder = libreoffice(out, "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved")
    back = read_xlsx_return(folder / "r.xlsx")
    assert back.payload_sheet_state == "hidden"  # LibreOffice's doing
    assert back.payload_bytes == canonical_bytes(payload)
    assert compare_visible(back.visible, payload) == []
    assert back.visible["items"][0]["row"] == FORM_FIRST_ROW

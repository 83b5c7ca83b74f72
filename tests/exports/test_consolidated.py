"""A consolidated return (a directorate's roll-up of its subordinates' returns) as PDF and
XLSX: figures across institutions, the annex of subordinate returns, events by kind,
narrative excerpts, six languages, read back and checked like any return."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from app.exports.consolidated_text import (
    code_runs,
    codes_text,
    count_lines,
    covers_text,
    fmt_percent,
    reporting_text,
    short_sha,
    sums_lines,
)
from app.exports.fonts import missing_glyphs
from app.exports.label_texts_consolidated import CONSOLIDATED_LABELS
from app.exports.labels import LANGUAGES, fmt_number, kind_label, label, status_label
from app.exports.pdf_return import pdf_visible_problems, render_pdf
from app.exports.xlsx_consolidated import CONSOLIDATED_FIELDS, TABLE_FIRST_ROW
from app.exports.xlsx_layout import FORM_FIRST_ROW, column_letter
from app.exports.xlsx_return import compare_visible, read_xlsx_return, render_xlsx
from app.services.return_payload import canonical_bytes
from tests.exports.payloads import make_consolidated
from tests.exports.xlsx_attacks import set_number


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _squash(text: str) -> str:
    return "".join(text.split())


def _activities(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in p["items"] if i["kind"] == "activity"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_shows_the_figures_across_institutions(
    lang: str, tmp_path: Path, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    p = consolidated_payloads[lang]
    out = tmp_path / f"consolidated-{lang}.pdf"
    layout = render_pdf(p, out)
    text = _text(out)
    flat = _squash(text)
    assert pdf_visible_problems(out, p) == []
    assert layout.signature_page == layout.pages - 1
    assert _squash(label(lang, "doc_title_consolidated")) in flat
    assert _squash(covers_text(lang, p)) in flat  # "... of 15 institutions (12 ...)"
    assert p["totals"]["institutions"] == 15 and len(p["children"]) == 12
    for item in _activities(p):
        c = item["consolidated"]
        assert _squash(reporting_text(lang, item, 15)) in flat
        assert _squash(fmt_percent(lang, c["done_share"])) in flat
        assert (
            _squash(f"{label(lang, 'participants')}: {fmt_number(lang, c['participants'])}") in flat
        )
        for group in c["reasons"]:
            assert _squash(f"{group['reason']} — {len(group['institutions'])}") in flat
    # the annex: every subordinate return with its hash, the late ones marked
    assert _squash(label(lang, "annex_returns")) in flat
    for child in p["children"]:
        assert child["code"] in text and short_sha(child["payload_sha256"])[:16] in text
    assert label(lang, "late") in text
    assert _squash(label(lang, "child_consolidated")) in flat
    # events by kind, and the institutions' excerpts after the directorate's narrative
    assert _squash(label(lang, "events_by_kind")) in flat
    for kind in p["totals"]["event_kinds"]:
        assert _squash(kind_label(lang, kind)) in flat
    excerpts = flat.index(_squash(label(lang, "excerpts")))
    assert flat.index(_squash(label(lang, "narrative"))) < excerpts
    assert excerpts < flat.rindex(_squash(label(lang, "annex_returns")))
    first = p["children_narrative"][0]
    assert _squash(f"{first['name']} ({first['code']})") in flat


def test_pdf_rows_in_plan_order_and_annex_in_natural_order(
    tmp_path: Path, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    p = consolidated_payloads["tr"]
    out = tmp_path / "tr.pdf"
    render_pdf(p, out)
    text = _text(out)
    annex = text[text.rindex(label("tr", "annex_returns")) :]
    found = [re.search(rf"OKUL-{n}(?!\d)", annex) for n in (1, 2, 9, 10, 11)]
    positions = [m.start() for m in found if m]
    assert len(positions) == 5
    assert positions == sorted(positions)  # OKUL-2 before OKUL-10


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("lang", ["tr", "ru", "kk", "vi"])
def test_pdf_embeds_its_fonts(
    lang: str, tmp_path: Path, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    out = tmp_path / "c.pdf"
    render_pdf(consolidated_payloads[lang], out)
    listing = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        assert "NotoSans" in line and line.split()[-5] == "yes", line


@pytest.mark.parametrize("lang", LANGUAGES)
def test_new_labels_are_translated_and_drawable(lang: str) -> None:
    ours = CONSOLIDATED_LABELS[lang]
    assert set(ours) == set(CONSOLIDATED_LABELS["en"])
    if lang != "en":
        assert [k for k, v in ours.items() if v == CONSOLIDATED_LABELS["en"][k]] == []
    values = {"n": 1234, "total": 2000, "returns": 12, "m": 7}
    texts = [label(lang, key, **values) for key in ours]
    texts += [fmt_percent(lang, 0.6667), codes_text(lang, ["A-1", "A-2", "B"], 1)]
    assert {t: missing_glyphs(t) for t in texts if missing_glyphs(t)} == {}
    assert all(len(label(lang, k)) <= 31 for k in ("sheet_returns", "sheet_excerpts"))


def test_codes_and_percentages_are_compact() -> None:
    codes = ["OKUL-10", "OKUL-2", "OKUL-1", "OKUL-3", "OKUL-7", "X", "OKUL-11", "A-09", "A-10"]
    assert code_runs(codes) == [
        ("A-09–10", 2),
        ("OKUL-1–3", 3),
        ("OKUL-7", 1),
        ("OKUL-10–11", 2),
        ("X", 1),
    ]
    assert codes_text("en", codes, 2) == "A-09–10, OKUL-1–3, +4 more"
    assert codes_text("ru", codes, 2) == "A-09–10, OKUL-1–3, и ещё 4"
    assert [fmt_percent(lang, 0.2308) for lang in ("en", "tr", "ru", "vi")] == [
        "23.1%",
        "%23,1",
        "23,1\u00a0%",
        "23,1%",
    ]
    item = {
        "consolidated": {
            "institutions": 3,
            "status_counts": {"done": 2, "not_done": 1, "planned": 0},
            "done_share": 0.6667,
            "participants": 65,
        },
        "events": {"count": 3, "participants": 65},
    }
    assert count_lines("en", item) == [("done", "Done 2 (66.7%)"), ("not_done", "Not done 1")]
    assert sums_lines("en", item) == ["Participants: 65", "Events: 3 (65)"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_xlsx_reads_back_and_compares_clean(
    lang: str, tmp_path: Path, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    p = consolidated_payloads[lang]
    out = tmp_path / f"c-{lang}.xlsx"
    render_xlsx(p, out, payload_bytes=canonical_bytes(p))
    back = read_xlsx_return(out)
    assert back.payload_bytes == canonical_bytes(p)
    assert back.visible["layout"] == "consolidated"
    assert compare_visible(back.visible, p) == []
    wb = openpyxl.load_workbook(out)
    names = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert names[3:] == [label(lang, "sheet_returns"), label(lang, "sheet_excerpts")]
    form = wb.worksheets[0]
    assert form["A8"].value == covers_text(lang, p)
    column = {name: i for i, name in enumerate(CONSOLIDATED_FIELDS, start=1)}
    first = _activities(p)[0]
    row = next(
        r for r in range(FORM_FIRST_ROW, form.max_row) if form.cell(r, 1).value == first["code"]
    )
    c = first["consolidated"]
    assert form.cell(row, column["participants"]).value == c["participants"]
    assert form.cell(row, column["n_done"]).value == c["status_counts"]["done"]
    assert form.cell(row, column["done_share"]).number_format == "0.0%"
    assert form.cell(9, column["n_done"]).value == status_label(lang, "done")
    returns = wb.worksheets[3]
    assert returns.cell(TABLE_FIRST_ROW, 2).value == "ILCE-KARESI"
    assert returns.cell(TABLE_FIRST_ROW, 5).value == f"⚠ {label(lang, 'late')}"
    assert returns.max_row == TABLE_FIRST_ROW + len(p["children"]) + 1  # and the total row


def test_an_edited_xlsx_cell_is_named(
    tmp_path: Path, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    p = consolidated_payloads["tr"]
    out = tmp_path / "c.xlsx"
    render_xlsx(p, out)
    wb = openpyxl.load_workbook(out)
    form, returns = wb.worksheets[0], wb.worksheets[3]
    col = CONSOLIDATED_FIELDS.index("participants") + 1
    row = next(r for r in range(FORM_FIRST_ROW, form.max_row) if form.cell(r, col).value)
    form.cell(row, col).value += 1000
    returns.cell(TABLE_FIRST_ROW + 1, 7).value = "0" * 64
    wb.save(out)
    problems = compare_visible(read_xlsx_return(out).visible, p)
    ref = f"{column_letter(col)}{row}"
    assert any(f"sheet 'Plan' cell {ref}: participants" in x for x in problems), problems
    assert any(f"cell G{TABLE_FIRST_ROW + 1}: payload SHA-256 '0000" in x for x in problems)
    assert len(problems) == 2


def test_institution_and_consolidated_layouts_are_not_confused(
    tmp_path: Path,
    consolidated_payloads: dict[str, dict[str, Any]],
    demo_payloads: dict[str, dict[str, Any]],
) -> None:
    out = tmp_path / "c.xlsx"
    render_xlsx(consolidated_payloads["tr"], out)
    problems = compare_visible(read_xlsx_return(out).visible, demo_payloads["tr"])
    assert "the table of a consolidated return in the file" in problems[0]


def test_pdf_of_other_figures_is_reported(
    tmp_path: Path, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    signed = consolidated_payloads["ru"]
    shown = copy.deepcopy(signed)
    item = _activities(shown)[1]
    item["consolidated"]["participants"] += 5
    shown["children"] = shown["children"][1:]
    out = tmp_path / "other.pdf"
    render_pdf(shown, out)
    problems = pdf_visible_problems(out, signed)
    assert any(f"activity {item['code']}" in x and "Участники" in x for x in problems)
    assert any("ILCE-KARESI" in x and "annex" in x for x in problems)
    assert any("header" in x for x in problems)  # 12 returns said, 11 shown


def test_two_thousand_children_render_and_read_back(tmp_path: Path) -> None:
    p = make_consolidated(2000, 60, "vi")
    pdf, xlsx = tmp_path / "big.pdf", tmp_path / "big.xlsx"
    layout = render_pdf(p, pdf)
    assert 50 < layout.pages < 200
    last = PdfReader(str(pdf)).pages[layout.pages - 1].extract_text() or ""
    assert _squash(f"{label('vi', 'total_row')}: {fmt_number('vi', 2000)}") in _squash(last)
    render_xlsx(p, xlsx)
    back = read_xlsx_return(xlsx)
    assert len(back.visible["children"]) == 2000
    assert compare_visible(back.visible, p) == []


def test_signed_consolidated_returns_verify_and_edits_are_caught(
    tmp_path: Path,
    consolidated_payloads: dict[str, dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the province does with a district's files: verify_file (signature, then the
    visible cells / pages against the signed data)."""
    from app.db.migrate import open_database
    from app.services.demo import build_demo
    from app.services.identity import active, create_identity, load_certificates, trust_pem, unlock
    from app.services.returns import render
    from app.services.verify import verify_file

    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    db = open_database(tmp_path / "district.sqlite")
    try:
        with db.unit() as s:
            build_demo(s)
            create_identity(s, "correct horse battery")
        with db.unit() as s:
            ident = unlock(active(s), "correct horse battery")
            trust = load_certificates(trust_pem(s).encode())
    finally:
        db.dispose()
    p = consolidated_payloads["kk"]
    for fmt in ("xlsx", "pdf"):
        data, _pages = render(p, fmt, ident)
        path = tmp_path / f"district.{fmt}"
        path.write_bytes(data)
        result = verify_file(path, trust)
        assert result.ok, result.reason
        assert result.payload == p
    wb = openpyxl.load_workbook(tmp_path / "district.xlsx")
    ws = wb.worksheets[0]
    col = CONSOLIDATED_FIELDS.index("participants") + 1
    row = next(r for r in range(FORM_FIRST_ROW, ws.max_row) if ws.cell(r, col).value)
    value = int(ws.cell(row, col).value)
    # the number changed in the cell's XML (an openpyxl save would be a re-save, refused
    # for that alone)
    edited = set_number(value, value + 1)((tmp_path / "district.xlsx").read_bytes())
    (tmp_path / "edited.xlsx").write_bytes(edited)
    result = verify_file(tmp_path / "edited.xlsx", trust)
    assert not result.ok
    assert result.refusal is not None and result.refusal.code == "xlsx_cell_changed"
    assert f"participants {value + 1} in the file, {value} in the signed return" in result.reason

"""Edits of a genuine signed XLSX return, as an attacker makes them: each generator takes
the file's bytes and returns the attacked bytes.

Most work at the zip/XML level (so that no library's normalisation hides the change): the
edit touches only what it must and every other entry keeps its bytes. ``via_openpyxl`` makes
the same edits through openpyxl load/save, then puts the original signature parts back (an
openpyxl save drops them; a file without them is refused as re-saved, see ``resave``).

The edits of issue 10 that the payload-only signature let through: number formats that show
112 as 1112 or "done" as "not done", a formula whose cached value is the signed one with
recalculation on load, HYPERLINK and DDE formulas, white font, a hidden row, an extra
visible sheet, a row after the table, a cell beyond the last column, an edited title, the
payload sheet made visible, a VBA project part, an external-link part. Then those the old
scheme caught (an edited visible value, an edited payload, a swapped signature, a renamed
file, an untrusted re-signature, a broken file, a removed signature) and more.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from lxml import etree

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
FORM = "xl/worksheets/sheet1.xml"
BOOK = "xl/workbook.xml"
BOOK_RELS = "xl/_rels/workbook.xml.rels"
STYLES = "xl/styles.xml"
TYPES = "[Content_Types].xml"
SIG = "_xmlsignatures/sig1.xml"

Parts = dict[str, bytes]


# ------------------------------------------------------------------ zip level
def unzip(data: bytes) -> Parts:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(parts: Parts, extra: list[tuple[str, bytes]] | None = None) -> bytes:
    import warnings

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
            for name, data in extra or []:
                archive.writestr(name, data)  # a name twice: on purpose
    return out.getvalue()


def xml(data: bytes) -> Any:
    return etree.fromstring(data)


def dump(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=False, encoding="UTF-8"))


def _q(tag: str, ns: str = MAIN) -> str:
    return f"{{{ns}}}{tag}"


def _cell(sheet: Any, ref: str) -> Any:
    found = sheet.find(f".//{_q('c')}[@r='{ref}']")
    assert found is not None, f"no cell {ref}"
    return found


def _text(cell: Any) -> str:
    return "".join(cell.itertext())


def find_cell(sheet: Any, predicate: Callable[[Any], bool]) -> Any:
    for cell in sheet.iter(_q("c")):
        if predicate(cell):
            return cell
    raise AssertionError("no such cell on the form")


def participants_112(sheet: Any) -> Any:
    return find_cell(sheet, lambda c: c.get("t") == "n" and c.findtext(_q("v")) == "112")


def status_cell(sheet: Any, text: str) -> Any:
    return find_cell(sheet, lambda c: c.get("t") == "inlineStr" and _text(c) == text)


def edit_part(data: bytes, name: str, change: Callable[[Any], None]) -> bytes:
    parts = unzip(data)
    root = xml(parts[name])
    change(root)
    parts[name] = dump(root)
    return rezip(parts)


def _add_xf(styles: Any, base: int, **attrs: str) -> int:
    """A copy of cell format *base* with *attrs*; its index."""
    xfs = styles.find(_q("cellXfs"))
    xf = deepcopy(xfs[base])
    for key, value in attrs.items():
        xf.set(key, value)
    xfs.append(xf)
    xfs.set("count", str(len(xfs)))
    return len(xfs) - 1


def _add_num_fmt(styles: Any, code: str) -> int:
    fmts = styles.find(_q("numFmts"))
    if fmts is None:
        fmts = etree.Element(_q("numFmts"))
        styles.insert(0, fmts)
    number = 200 + len(fmts)
    node = etree.SubElement(fmts, _q("numFmt"))
    node.set("numFmtId", str(number))
    node.set("formatCode", code)
    fmts.set("count", str(len(fmts)))
    return number


def restyle(data: bytes, pick: Callable[[Any], Any], **xf_attrs: str) -> tuple[Parts, Any]:
    parts = unzip(data)
    sheet, styles = xml(parts[FORM]), xml(parts[STYLES])
    cell = pick(sheet)
    cell.set("s", str(_add_xf(styles, int(cell.get("s", "0")), **xf_attrs)))
    parts[FORM], parts[STYLES] = dump(sheet), dump(styles)
    return parts, cell


# ------------------------------------------------------------------ issue 10: what got through
def format_112_as_1112(data: bytes) -> bytes:
    parts = unzip(data)
    styles = xml(parts[STYLES])
    number = _add_num_fmt(styles, '"1"#,##0')
    parts[STYLES] = dump(styles)
    sheet = xml(parts[FORM])
    cell = participants_112(sheet)
    cell.set("s", str(_add_xf(styles, int(cell.get("s", "0")), numFmtId=str(number),
                               applyNumberFormat="1")))  # fmt: skip
    parts[FORM], parts[STYLES] = dump(sheet), dump(styles)
    return rezip(parts)


def format_done_as_not_done(done: str, not_done: str) -> Callable[[bytes], bytes]:
    def attack(data: bytes) -> bytes:
        parts = unzip(data)
        styles = xml(parts[STYLES])
        number = _add_num_fmt(styles, f';;;"{not_done}"')
        sheet = xml(parts[FORM])
        cell = status_cell(sheet, done)
        xf = _add_xf(styles, int(cell.get("s", "0")), numFmtId=str(number), applyNumberFormat="1")
        cell.set("s", str(xf))
        parts[FORM], parts[STYLES] = dump(sheet), dump(styles)
        return rezip(parts)

    return attack


def _set_full_calc(book: Any) -> None:
    calc = book.find(_q("calcPr"))
    if calc is None:
        calc = etree.SubElement(book, _q("calcPr"))
    calc.set("fullCalcOnLoad", "1")


def formula_recalculated_on_load(data: bytes) -> bytes:
    """G12 keeps its cached 112 but computes 1000 + 112 when Excel opens the file."""
    parts = unzip(data)
    sheet = xml(parts[FORM])
    cell = participants_112(sheet)
    formula = etree.Element(_q("f"))
    formula.text = "1000+112"
    cell.insert(0, formula)
    del cell.attrib["t"]
    book = xml(parts[BOOK])
    _set_full_calc(book)
    parts[FORM], parts[BOOK] = dump(sheet), dump(book)
    return rezip(parts)


def _formula_string(cell: Any, formula: str, shown: str) -> None:
    for child in list(cell):
        cell.remove(child)
    cell.set("t", "str")
    f = etree.SubElement(cell, _q("f"))
    f.text = formula
    v = etree.SubElement(cell, _q("v"))
    v.text = shown


def hyperlink_formula(done: str) -> Callable[[bytes], bytes]:
    def attack(data: bytes) -> bytes:
        def change(sheet: Any) -> None:
            _formula_string(
                status_cell(sheet, done), f'HYPERLINK("http://evil.example/r","{done}")', done
            )

        return edit_part(data, FORM, change)

    return attack


def dde_formula(done: str) -> Callable[[bytes], bytes]:
    def attack(data: bytes) -> bytes:
        def change(sheet: Any) -> None:
            _formula_string(status_cell(sheet, done), "cmd|' /C calc'!A0", done)

        return edit_part(data, FORM, change)

    return attack


def white_font(pick: Callable[[Any], Any]) -> Callable[[bytes], bytes]:
    """The picked cell's text drawn white on white: there, but not seen."""

    def attack(data: bytes) -> bytes:
        parts = unzip(data)
        styles = xml(parts[STYLES])
        fonts = styles.find(_q("fonts"))
        font = deepcopy(fonts[0])
        for color in font.findall(_q("color")):
            font.remove(color)
        white = etree.SubElement(font, _q("color"))
        white.set("rgb", "FFFFFFFF")
        fonts.append(font)
        fonts.set("count", str(len(fonts)))
        sheet = xml(parts[FORM])
        cell = pick(sheet)
        xf = _add_xf(styles, int(cell.get("s", "0")), fontId=str(len(fonts) - 1),
                     applyFont="1")  # fmt: skip
        cell.set("s", str(xf))
        parts[FORM], parts[STYLES] = dump(sheet), dump(styles)
        return rezip(parts)

    return attack


def hidden_row(row: int) -> Callable[[bytes], bytes]:
    def attack(data: bytes) -> bytes:
        def change(sheet: Any) -> None:
            node = sheet.find(f".//{_q('row')}[@r='{row}']")
            node.set("hidden", "1")

        return edit_part(data, FORM, change)

    return attack


def _inline(parent: Any, ref: str, text: str) -> Any:
    cell = etree.SubElement(parent, _q("c"))
    cell.set("r", ref)
    cell.set("t", "inlineStr")
    t = etree.SubElement(etree.SubElement(cell, _q("is")), _q("t"))
    t.text = text
    return cell


def extra_visible_sheet(data: bytes) -> bytes:
    parts = unzip(data)
    name = "xl/worksheets/sheet9.xml"
    sheet = etree.Element(_q("worksheet"), nsmap={None: MAIN})
    _inline(etree.SubElement(etree.SubElement(sheet, _q("sheetData")), _q("row")), "A1",
            "Düzeltme: bütün faaliyetler yapıldı")  # fmt: skip
    sheet.find(f".//{_q('row')}").set("r", "1")
    parts[name] = dump(sheet)
    rels = xml(parts[BOOK_RELS])
    rel = etree.SubElement(rels, f"{{{REL}}}Relationship")
    rel.set("Id", "rId99")
    rel.set("Type", f"{DOC_REL}/worksheet")
    rel.set("Target", "/" + name)
    parts[BOOK_RELS] = dump(rels)
    book = xml(parts[BOOK])
    sheets = book.find(_q("sheets"))
    node = etree.SubElement(sheets, _q("sheet"))
    node.set("name", "Düzeltme")
    node.set("sheetId", "99")
    node.set("state", "visible")
    node.set(f"{{{DOC_REL}}}id", "rId99")
    parts[BOOK] = dump(book)
    types = xml(parts[TYPES])
    override = etree.SubElement(types, f"{{{CT}}}Override")
    override.set("PartName", "/" + name)
    override.set("ContentType", SHEET_CT)
    parts[TYPES] = dump(types)
    return rezip(parts)


def row_after_table(data: bytes) -> bytes:
    def change(sheet: Any) -> None:
        data_node = sheet.find(_q("sheetData"))
        last = int(data_node[-1].get("r"))
        row = etree.SubElement(data_node, _q("row"))
        row.set("r", str(last + 2))
        _inline(row, f"B{last + 2}", "Not: tüm faaliyetler tamamlanmıştır.")

    return edit_part(data, FORM, change)


def cell_beyond_last_column(row: int) -> Callable[[bytes], bytes]:
    def attack(data: bytes) -> bytes:
        def change(sheet: Any) -> None:
            node = sheet.find(f".//{_q('row')}[@r='{row}']")
            _inline(node, f"L{row}", "Gerçekleştirildi (düzeltildi)")

        return edit_part(data, FORM, change)

    return attack


def edited_title(data: bytes) -> bytes:
    def change(sheet: Any) -> None:
        cell = _cell(sheet, "A1")
        t = cell.find(f".//{_q('t')}")
        t.text = (t.text or "") + " — ONAYLANDI"

    return edit_part(data, FORM, change)


def payload_sheet_visible(data: bytes) -> bytes:
    def change(book: Any) -> None:
        for node in book.iter(_q("sheet")):
            if node.get("state") == "veryHidden":
                node.set("state", "visible")

    return edit_part(data, BOOK, change)


def _add_part(parts: Parts, name: str, data: bytes, content_type: str, rel_type: str) -> None:
    parts[name] = data
    rels = xml(parts[BOOK_RELS])
    rel = etree.SubElement(rels, f"{{{REL}}}Relationship")
    rel.set("Id", "rId98")
    rel.set("Type", rel_type)
    rel.set("Target", "/" + name)
    parts[BOOK_RELS] = dump(rels)
    types = xml(parts[TYPES])
    override = etree.SubElement(types, f"{{{CT}}}Override")
    override.set("PartName", "/" + name)
    override.set("ContentType", content_type)
    parts[TYPES] = dump(types)


def vba_project(data: bytes) -> bytes:
    parts = unzip(data)
    _add_part(parts, "xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
              "application/vnd.ms-office.vbaProject",
              "http://schemas.microsoft.com/office/2006/relationships/vbaProject")  # fmt: skip
    return rezip(parts)


def external_link(data: bytes) -> bytes:
    parts = unzip(data)
    link = (
        f'<externalLink xmlns="{MAIN}"><ddeLink ddeService="cmd" ddeTopic="/C calc">'
        '<ddeItems><ddeItem name="A0"/></ddeItems></ddeLink></externalLink>'
    ).encode()
    _add_part(parts, "xl/externalLinks/externalLink1.xml", link,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
              f"{DOC_REL}/externalLink")  # fmt: skip
    book = xml(parts[BOOK])
    refs = etree.Element(_q("externalReferences"))
    ref = etree.SubElement(refs, _q("externalReference"))
    ref.set(f"{{{DOC_REL}}}id", "rId98")
    book.insert(list(book).index(book.find(_q("sheets"))) + 1, refs)
    parts[BOOK] = dump(book)
    return rezip(parts)


# ------------------------------------------------------------------ caught before, caught now
def set_number(old: int, new: int) -> Callable[[bytes], bytes]:
    """The first number *old* on the form made *new*, in the cell's XML only."""

    def attack(data: bytes) -> bytes:
        def change(sheet: Any) -> None:
            cell = find_cell(sheet, lambda c: c.get("t") == "n" and c.findtext(_q("v")) == str(old))
            cell.find(_q("v")).text = str(new)

        return edit_part(data, FORM, change)

    return attack


def edited_value(data: bytes) -> bytes:
    """112 participants made 1112, at the XML level."""
    return set_number(112, 1112)(data)


def payload_replaced(old: str, new: str) -> Callable[[bytes], bytes]:
    """The first *old* in the hidden payload's text made *new* (the sheet's XML only)."""

    def attack(data: bytes) -> bytes:
        parts = unzip(data)
        for name, part in parts.items():
            if not name.startswith("xl/worksheets/"):
                continue
            sheet = xml(part)
            for t in sheet.iter(_q("t")):
                if (t.text or "").startswith('{"app_version"') and old in t.text:
                    t.text = t.text.replace(old, new, 1)
                    parts[name] = dump(sheet)
                    return rezip(parts)
        raise AssertionError(f"{old!r} is not in the payload")

    return attack


def edited_payload(data: bytes) -> bytes:
    """The signed return says version 7, in the hidden sheet only."""
    return payload_replaced('"version":1', '"version":7')(data)


def swapped_signature(donor: bytes) -> Callable[[bytes], bytes]:
    """The signature part of another genuine return of the same signer."""

    def attack(data: bytes) -> bytes:
        parts = unzip(data)
        parts[SIG] = unzip(donor)[SIG]
        return rezip(parts)

    return attack


def strip_signature(data: bytes) -> bytes:
    """The signature parts out, and the relationship and content types that declare them."""
    parts = {n: d for n, d in unzip(data).items() if not n.startswith("_xmlsignatures/")}
    rels = xml(parts["_rels/.rels"])
    for rel in list(rels):
        if rel.get("Type", "").endswith("/digital-signature/origin"):
            rels.remove(rel)
    parts["_rels/.rels"] = dump(rels)
    types = xml(parts[TYPES])
    for node in list(types):
        if "digital-signature" in node.get("ContentType", ""):
            types.remove(node)
    parts[TYPES] = dump(types)
    return rezip(parts)


def resigned_by(signer: Any) -> Callable[[bytes], bytes]:
    """A changed value, the signature taken out and the whole file signed again with
    another key (the attacker's own, for the same institution code)."""

    def attack(data: bytes) -> bytes:
        from datetime import UTC, datetime

        from app.exports.xlsx_package import sign_package

        unsigned = strip_signature(edited_value(data))
        return sign_package(
            unsigned, b"{}", signer, signed_at=datetime.now(UTC), payload_sheet="_payload"
        )

    return attack


def damaged_signature(data: bytes) -> bytes:
    parts = unzip(data)
    parts[SIG] = parts[SIG][: len(parts[SIG]) // 2]
    return rezip(parts)


def signature_value_changed(data: bytes) -> bytes:
    parts = unzip(data)
    sig = parts[SIG]
    start = sig.index(b"<SignatureValue>") + len(b"<SignatureValue>")
    flipped = b"A" if sig[start + 5 : start + 6] != b"A" else b"B"
    parts[SIG] = sig[: start + 5] + flipped + sig[start + 6 :]
    return rezip(parts)


def manifest_doctored(data: bytes) -> bytes:
    """A changed value, with its new digest written into PlanDesk's manifest."""
    import hashlib

    changed = unzip(edited_value(data))
    parts = unzip(data)
    old = hashlib.sha256(parts[FORM]).hexdigest().encode()
    new = hashlib.sha256(changed[FORM]).hexdigest().encode()
    changed[SIG] = parts[SIG].replace(old, new)
    return rezip(changed)


def broken_zip(data: bytes) -> bytes:
    return data[: len(data) // 3]


def part_removed(data: bytes) -> bytes:
    parts = unzip(data)
    del parts["xl/theme/theme1.xml"]
    return rezip(parts)


def content_types_changed(data: bytes) -> bytes:
    parts = unzip(data)
    parts[TYPES] = parts[TYPES].replace(b"<Default ", b'<Default Extension="png" '
                                        b'ContentType="image/png"/><Default ', 1)  # fmt: skip
    return rezip(parts)


def core_title_changed(data: bytes) -> bytes:
    """The title File > Properties shows."""

    def change(core: Any) -> None:
        title = core.find("{http://purl.org/dc/elements/1.1/}title")
        title.text = "Onaylanmış rapor — tüm faaliyetler tamamlandı"

    return edit_part(data, "docProps/core.xml", change)


def relationships_reordered(data: bytes) -> bytes:
    """Same relationships, another order and spacing: equal for OPC's transform, not
    byte for byte."""
    parts = unzip(data)
    rels = xml(parts[BOOK_RELS])
    children = list(rels)
    for child in children:
        rels.remove(child)
    for child in reversed(children):
        child.tail = "\n"
        rels.append(child)
    parts[BOOK_RELS] = dump(rels)
    return rezip(parts)


def second_copy_of_a_part(data: bytes) -> bytes:
    """The form twice in the zip: readers disagree which one counts."""
    parts = unzip(data)
    other = unzip(edited_value(data))[FORM]
    return rezip(parts, extra=[(FORM, other)])


def conditional_format(data: bytes) -> bytes:
    """Cells showing 'not done' painted green like 'done' by a rule."""

    def change(sheet: Any) -> None:
        rule_holder = etree.Element(_q("conditionalFormatting"))
        rule_holder.set("sqref", "E10:E40")
        rule = etree.SubElement(rule_holder, _q("cfRule"))
        rule.set("type", "containsText")
        rule.set("priority", "1")
        rule.set("operator", "containsText")
        rule.set("text", "a")
        formula = etree.SubElement(rule, _q("formula"))
        formula.text = 'NOT(ISERROR(SEARCH("a",E10)))'
        merge = sheet.find(_q("mergeCells"))
        sheet.insert(list(sheet).index(merge) + 1, rule_holder)

    return edit_part(data, FORM, change)


def second_signature(data: bytes) -> bytes:
    parts = unzip(data)
    parts["_xmlsignatures/sig2.xml"] = parts[SIG]
    return rezip(parts)


def ole_object(data: bytes) -> bytes:
    parts = unzip(data)
    _add_part(parts, "xl/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0" + bytes(60),
              "application/vnd.openxmlformats-officedocument.oleObject",
              f"{DOC_REL}/oleObject")  # fmt: skip
    return rezip(parts)


def print_area_changed(data: bytes) -> bytes:
    """Printing stops before the rows that say 'not done'."""

    def change(book: Any) -> None:
        for node in book.iter(_q("definedName")):
            if node.get("name") == "_xlnm.Print_Area":
                node.text = re.sub(r"\$K\$\d+", "$K$14", node.text or "")

    return edit_part(data, BOOK, change)


def resave(data: bytes) -> bytes:
    """Loaded and saved by openpyxl as a spreadsheet program would: the signature parts are
    gone, the payload sheet stays."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ through openpyxl
def graft_signature(original: bytes, edited: bytes) -> bytes:
    """*edited* (an openpyxl save) with the signature parts of *original* put back, and
    the relationship and content types that declare them."""
    source = unzip(original)
    parts = unzip(edited)
    for name, data in source.items():
        if name.startswith("_xmlsignatures/"):
            parts[name] = data
    rels = xml(parts["_rels/.rels"])
    for rel in xml(source["_rels/.rels"]):
        if rel.get("Type", "").endswith("/digital-signature/origin"):
            rels.append(deepcopy(rel))
    parts["_rels/.rels"] = dump(rels)
    types = xml(parts[TYPES])
    for node in xml(source[TYPES]):
        if "digital-signature" in node.get("ContentType", ""):
            types.append(deepcopy(node))
    parts[TYPES] = dump(types)
    return rezip(parts)


def via_openpyxl(change: Callable[[Any], None]) -> Callable[[bytes], bytes]:
    def attack(data: bytes) -> bytes:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data))
        change(wb)
        out = io.BytesIO()
        wb.save(out)
        return graft_signature(data, out.getvalue())

    return attack


def _form_cell(wb: Any, value: Any) -> Any:
    ws = wb.worksheets[0]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell
    raise AssertionError(f"no cell holding {value!r}")


def op_format_112(wb: Any) -> None:
    _form_cell(wb, 112).number_format = '"1"#,##0'


def op_format_done(done: str, not_done: str) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        _form_cell(wb, done).number_format = f';;;"{not_done}"'

    return change


def op_formula(wb: Any) -> None:
    _form_cell(wb, 112).value = "=1000+112"


def op_hyperlink(done: str) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        _form_cell(wb, done).value = f'=HYPERLINK("http://evil.example/r","{done}")'

    return change


def op_white_font(wb: Any) -> None:
    from openpyxl.styles import Font

    _form_cell(wb, 112).font = Font(color="FFFFFFFF")


def op_hidden_row(wb: Any) -> None:
    wb.worksheets[0].row_dimensions[_form_cell(wb, 112).row].hidden = True


def op_extra_sheet(wb: Any) -> None:
    wb.create_sheet("Düzeltme", 1)["A1"] = "Düzeltme: bütün faaliyetler yapıldı"


def op_row_after_table(wb: Any) -> None:
    ws = wb.worksheets[0]
    ws.cell(row=ws.max_row + 2, column=2, value="Not: tüm faaliyetler tamamlanmıştır.")


def op_cell_beyond(wb: Any) -> None:
    cell = _form_cell(wb, 112)
    wb.worksheets[0].cell(row=cell.row, column=12, value="Gerçekleştirildi (düzeltildi)")


def op_title(wb: Any) -> None:
    ws = wb.worksheets[0]
    ws["A1"] = f"{ws['A1'].value} — ONAYLANDI"


def op_payload_visible(wb: Any) -> None:
    wb["_payload"].sheet_state = "visible"


def op_value(wb: Any) -> None:
    _form_cell(wb, 112).value = 1112


def op_nothing(wb: Any) -> None:
    """Only the save: every part rewritten the way openpyxl writes it."""


@dataclass(frozen=True)
class Attack:
    name: str
    make: Callable[[bytes], bytes]
    code: str  # the reason code verification must give
    detail: str = ""  # a piece of the reason's text (what changed)
    file_name: str = ""  # the attacked file's name, when the attack is the name

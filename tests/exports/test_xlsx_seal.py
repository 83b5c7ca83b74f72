"""An Excel return signed by the head AND sealed by the institution (issue 15).

A school with a real-length Vietnamese name, a head identity and a seal identity made through
the command line; ``return export --format xlsx --sign`` writes one package with two OPC
signatures: ``sig1.xml`` by the head, ``sig2.xml`` by the seal over the file and the head's
signature. ``return verify`` reports both; every way of getting a second signature past the
verifier is refused with its reason code; a directorate requiring the seal refuses the
head's signature alone; LibreOffice reports both signatures valid; the seal shows in the
printed signature block; a seal held on a PKCS#11 token (SoftHSM2) seals the same way.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from app.cli.main import run
from app.exports.labels import label
from app.exports.xlsx_layout import PAYLOAD_SHEET
from app.exports.xlsx_package import (
    CONTENT_TYPES,
    CT,
    ORIGIN_RELS,
    REL,
    SEAL_PART,
    SIGNATURE_CT,
    SIGNATURE_PART,
    SIGNATURE_TYPE,
    PackageSigner,
    declared_signatures,
    opc_problems,
    parse_signature,
    read_package,
    signature_xml,
    write_package,
)
from app.services.reasons import Reason
from tests.exports.test_xlsx_print import MIN_SIZE, Printed, _block
from tests.exports.test_xlsx_signature import libreoffice_signatures  # noqa: F401 - a fixture

HEAD_PW = "mật khẩu của hiệu trưởng"
SEAL_PW = "mật khẩu con dấu nhà trường"
SCHOOL = (
    "Trường Trung học cơ sở và Trung học phổ thông Nguyễn Đình Chiểu, huyện Thủ Thừa, "
    "tỉnh Long An — Phân hiệu Bình Ảnh"
)
RUSSIAN = (
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
    "школа № 17 имени Героя Советского Союза А. П. Маресьева» городского округа Подольск"
)
HEAD = "Nguyễn Thị Thu Hường"
CODE = "THCS-THPT-NDC-LA"
DISTRICT = "PGD-THUTHUA"
SEALED = f"{CODE}_2021-T1_v1.xlsx"
HEAD_ONLY = f"{CODE}_2021-T1_v2.xlsx"


@dataclass
class School:
    work: Path
    db: Path
    trust: Path  # the head's root and the seal's root
    sealed: Path
    head_only: Path
    payload: bytes  # the canonical payload both files carry (same content, v1 and v2)
    payload_v2: bytes
    head: PackageSigner
    seal: PackageSigner
    stranger: PackageSigner  # another school's (OKUL-99) key, under its own root
    stranger_root: Path


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _ok(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    code, out, err = _cli(capsys, *args)
    assert code == 0, (args, err)
    return out


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from cryptography.hazmat.primitives import serialization

    from app.db.migrate import open_database
    from app.services.identity import SEAL, LoadedIdentity, active, issue_pki, unlock
    from app.services.signing import xlsx_signer
    from app.services.verify import verify_file

    work = tmp_path_factory.mktemp("xlsx-seal")
    mp = pytest.MonkeyPatch()
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        mp.setenv(var, str(work / var.lower()))
    db = work / "school.sqlite"
    (work / "head.pw").write_text(HEAD_PW, encoding="utf-8")
    (work / "seal.pw").write_text(SEAL_PW, encoding="utf-8")
    head_pw = ["--password-file", work / "head.pw"]
    trust = work / "trust.pem"
    sealed, head_only = work / SEALED, work / HEAD_ONLY
    for args in (
        ["--db", db, "demo"],
        ["--db", db, "institution", "set", "--name", SCHOOL, "--code", CODE, "--kind", "school",
         "--language", "vi", "--head-name", HEAD, "--head-title", "Hiệu trưởng",
         "--parent-code", DISTRICT, "--parent-name", "Phòng Giáo dục và Đào tạo Thủ Thừa"],
        ["--db", db, *head_pw, "identity", "create"],
        ["--db", db, "--password-file", work / "seal.pw", "identity", "create", "--role", "seal"],
        ["--db", db, "identity", "export-trust", "--out", trust],
        ["--db", db, *head_pw, "return", "export", "--period", "2021-T1", "--format", "xlsx",
         "--sign", "--seal-password-file", work / "seal.pw", "--out", sealed],
        ["--db", db, "return", "correct", "--period", "2021-T1"],
        ["--db", db, *head_pw, "return", "export", "--period", "2021-T1", "--format", "xlsx",
         "--sign", "--no-seal", "--out", head_only],
    ):  # fmt: skip
        assert run([str(a) for a in args]) == 0, args
    database = open_database(db)
    try:
        with database.unit() as s:
            head = unlock(active(s), HEAD_PW)
            seal = unlock(active(s, SEAL), SEAL_PW)
    finally:
        database.dispose()
    key, cert, _root_key, root = issue_pki("Trường Trung học cơ sở Khác", "OKUL-99", "Người Lạ")
    stranger_root = work / "stranger.pem"
    stranger_root.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    policy = _policy(trust)
    payloads = [verify_file(path, policy).payload_bytes for path in (sealed, head_only)]
    assert all(payloads)
    yield School(
        work=work,
        db=db,
        trust=trust,
        sealed=sealed,
        head_only=head_only,
        payload=payloads[0],
        payload_v2=payloads[1],
        head=xlsx_signer(head),
        seal=xlsx_signer(seal),
        stranger=xlsx_signer(LoadedIdentity(key, cert, [root], b"", b"")),
        stranger_root=stranger_root,
    )
    mp.undo()


def _policy(*pems: Path) -> Any:
    from app.services.identity import load_certificates
    from app.services.trust import TrustPolicy

    return TrustPolicy.of_certificates([c for p in pems for c in load_certificates(p.read_bytes())])


# ------------------------------------------------------------------ the genuine return
def test_the_sealed_return_verifies_with_two_signatures(
    school: School, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nodb = tmp_path / "no-database.sqlite"
    out = _ok(capsys, "--db", nodb, "return", "verify", school.sealed, "--trust", school.trust,
              "--json")  # fmt: skip
    report = json.loads(out)
    assert report["valid"] and report["reason"] is None, report
    assert HEAD in report["signer"] and report["seal"] and HEAD not in report["seal"]
    assert report["seal_sha256"] and report["seal_sha256"] != report["signer_sha256"]
    assert report["signed_at"] and report["sealed_at"]
    assert f"seal bound to {CODE}" in report["checks"]
    assert "every part of the file as signed, nothing added or removed" in report["checks"]
    text = _ok(capsys, "--db", nodb, "return", "verify", school.sealed, "--trust", school.trust)
    assert "result:      VALID" in text and "sealed by:" in text
    # the head's alone still verifies, without a seal
    alone = json.loads(_ok(capsys, "--db", nodb, "return", "verify", school.head_only,
                           "--trust", school.trust, "--json"))  # fmt: skip
    assert alone["valid"] and alone["seal"] is None


def test_one_package_two_signature_parts_neither_breaking_the_other(school: School) -> None:
    package = read_package(school.sealed.read_bytes())
    assert declared_signatures(package.parts) == [SIGNATURE_PART, SEAL_PART]
    types = package.types()
    assert types[SIGNATURE_PART] == types[SEAL_PART] == SIGNATURE_CT
    head = parse_signature(package.parts[SIGNATURE_PART])
    seal = parse_signature(package.parts[SEAL_PART], SEAL_PART)
    names = set(package.parts)
    # the head's lists every part but the two signatures, the seal's the head's signature too
    assert set(head.parts) == names - {SIGNATURE_PART, SEAL_PART}
    assert set(seal.parts) == names - {SEAL_PART}
    assert ORIGIN_RELS in head.parts and CONTENT_TYPES in head.parts
    assert opc_problems(package, head) == [] and opc_problems(package, seal) == []
    assert head.certificates[0] != seal.certificates[0]
    assert head.payload_sha256 == seal.payload_sha256
    # the head-only return declares one signature
    alone = read_package(school.head_only.read_bytes())
    assert declared_signatures(alone.parts) == [SIGNATURE_PART] and SEAL_PART not in alone.parts


def _stamp_cell(path: Path) -> tuple[str, str]:
    """(the signature block's text, the stamp box's text) of the printable form."""
    import openpyxl

    form = openpyxl.load_workbook(path, rich_text=True).worksheets[0]
    last = int(str(form.print_area).rsplit("$", 1)[1])
    stamp = form.cell(row=last, column=form.max_column - 2).value
    return str(form.cell(row=last, column=2).value), str(stamp)


def test_the_signature_block_shows_the_seal_only_when_sealed(school: School) -> None:
    block, stamp = _stamp_cell(school.sealed)
    assert HEAD in block
    assert label("vi", "seal") == "Con dấu của cơ quan"
    assert label("vi", "seal") in stamp and SCHOOL in stamp  # the whole name, 100+ characters
    assert len(SCHOOL) > 100
    block, stamp = _stamp_cell(school.head_only)
    assert label("vi", "seal") not in stamp and label("vi", "stamp_place") in stamp


def test_a_consolidated_return_is_sealed_the_same_way(
    school: School, tmp_path: Path, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    """A directorate's own return: the same two signatures, the seal in its (narrower)
    stamp box; the seal must not come without the head."""
    from app.exports.xlsx_return import render_xlsx
    from app.services.identity import LoadedIdentity, issue_pki
    from app.services.return_payload import canonical_bytes
    from app.services.signing import xlsx_signer
    from app.services.trust import TrustPolicy
    from app.services.verify import verify_file

    payload = consolidated_payloads["ru"]
    inst = payload["institution"]
    key, cert, _rk, root = issue_pki(inst["name"], inst["code"], "Руководитель")
    skey, scert, _srk, sroot = issue_pki(inst["name"], inst["code"], "", root_suffix=" — Seal")
    head = xlsx_signer(LoadedIdentity(key, cert, [root], b"", b""))
    seal = xlsx_signer(LoadedIdentity(skey, scert, [sroot], b"", b""))
    out = tmp_path / f"{inst['code']}_2021-T1_v{payload['version']}.xlsx"
    data = canonical_bytes(payload)
    render_xlsx(payload, out, payload_bytes=data, signer=head, seal_signer=seal)
    result = verify_file(out, TrustPolicy.of_certificates([root, sroot]))
    assert result.ok, result.reason
    assert result.seal_sha256 and result.seal_subject != result.signer_subject
    _block_text, stamp = _stamp_cell(out)
    assert label("ru", "seal") in stamp and inst["name"] in stamp
    with pytest.raises(ValueError, match="seal signs after the head"):
        render_xlsx(payload, tmp_path / "x.xlsx", payload_bytes=data, seal_signer=seal)
    assert not (tmp_path / "x.xlsx").exists()


# ------------------------------------------------------------------ people trying to get past
def _parts(data: bytes) -> dict[str, bytes]:
    return dict(read_package(data).parts)


def _xml(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _declare(parts: dict[str, bytes], part: str) -> None:
    """Declare one more signature *part*, as a signing program would (content type Override,
    origin relationship)."""
    types = etree.fromstring(parts[CONTENT_TYPES])
    node = etree.SubElement(types, f"{{{CT}}}Override")
    node.set("PartName", "/" + part)
    node.set("ContentType", SIGNATURE_CT)
    parts[CONTENT_TYPES] = _xml(types)
    rels = etree.fromstring(parts[ORIGIN_RELS])
    node = etree.SubElement(rels, f"{{{REL}}}Relationship")
    node.set("Id", f"rId{len(rels)}")
    node.set("Type", SIGNATURE_TYPE)
    node.set("Target", part.rsplit("/", 1)[1])
    parts[ORIGIN_RELS] = _xml(rels)


def _undeclare(parts: dict[str, bytes], part: str) -> None:
    types = etree.fromstring(parts[CONTENT_TYPES])
    for node in list(types):
        if node.get("PartName") == "/" + part:
            types.remove(node)
    parts[CONTENT_TYPES] = _xml(types)
    rels = etree.fromstring(parts[ORIGIN_RELS])
    for node in list(rels):
        if node.get("Target") == part.rsplit("/", 1)[1]:
            rels.remove(node)
    parts[ORIGIN_RELS] = _xml(rels)


def _sign(parts: dict[str, bytes], part: str, signer: PackageSigner, payload: bytes) -> bytes:
    """*parts* with the signature *part* made by *signer* over all of them."""
    parts = {name: data for name, data in parts.items() if name != part}
    parts[part] = signature_xml(
        parts, payload, signer, signed_at=datetime.now(UTC), payload_sheet=PAYLOAD_SHEET
    )
    return write_package(parts)


def _sealed_by(who: str) -> Callable[[School], bytes]:
    """The genuine seal replaced by another key's signature over the same file."""

    def make(w: School) -> bytes:
        signer = {"head": w.head, "stranger": w.stranger}[who]
        return _sign(_parts(w.sealed.read_bytes()), SEAL_PART, signer, w.payload)

    return make


def _added_to_head_only(who: str, declared: bool) -> Callable[[School], bytes]:
    """A seal added after the head signed a return meant to go unsealed."""

    def make(w: School) -> bytes:
        parts = _parts(w.head_only.read_bytes())
        if declared:
            _declare(parts, SEAL_PART)
        signer = {"seal": w.seal, "stranger": w.stranger}[who]
        return _sign(parts, SEAL_PART, signer, w.payload_v2)

    return make


def _third_signature(w: School) -> bytes:
    parts = _parts(w.sealed.read_bytes())
    _declare(parts, "_xmlsignatures/sig3.xml")
    return _sign(parts, "_xmlsignatures/sig3.xml", w.seal, w.payload)


def _head_removed(w: School) -> bytes:
    parts = _parts(w.sealed.read_bytes())
    del parts[SIGNATURE_PART]
    return write_package(parts)


def _seal_in_the_heads_place(w: School) -> bytes:
    """The head's signature out, the seal's renamed sig1.xml, one signature declared."""
    parts = _parts(w.sealed.read_bytes())
    parts[SIGNATURE_PART] = parts.pop(SEAL_PART)
    _undeclare(parts, SEAL_PART)
    return write_package(parts)


def _swapped(w: School) -> bytes:
    parts = _parts(w.sealed.read_bytes())
    parts[SIGNATURE_PART], parts[SEAL_PART] = parts[SEAL_PART], parts[SIGNATURE_PART]
    return write_package(parts)


def _seal_removed(undeclared: bool) -> Callable[[School], bytes]:
    def make(w: School) -> bytes:
        parts = _parts(w.sealed.read_bytes())
        del parts[SEAL_PART]
        if undeclared:
            _undeclare(parts, SEAL_PART)
        return write_package(parts)

    return make


def _row_hidden_and_sealed_again(w: School) -> bytes:
    """Whoever holds the seal hides a row of the form, then seals the file again."""
    parts = _parts(w.sealed.read_bytes())
    form = "xl/worksheets/sheet1.xml"
    parts[form], count = re.subn(rb'<row r="12"', b'<row r="12" hidden="1"', parts[form], count=1)
    assert count == 1
    return _sign(parts, SEAL_PART, w.seal, w.payload)


def _seal_value_changed(w: School) -> bytes:
    parts = _parts(w.sealed.read_bytes())
    sig = parts[SEAL_PART]
    at = sig.index(b"<SignatureValue>") + len(b"<SignatureValue>") + 10
    parts[SEAL_PART] = sig[:at] + (b"A" if sig[at : at + 1] != b"A" else b"B") + sig[at + 1 :]
    return write_package(parts)


def _seal_damaged(w: School) -> bytes:
    parts = _parts(w.sealed.read_bytes())
    parts[SEAL_PART] = parts[SEAL_PART][: len(parts[SEAL_PART]) // 2]
    return write_package(parts)


@dataclass(frozen=True)
class Attack:
    name: str
    make: Callable[[School], bytes]
    code: Reason
    detail: str = ""
    file_name: str = SEALED
    stranger_trusted: bool = False  # the other school's root trusted (for OKUL-99)


ATTACKS = [
    Attack("seal by another school's trusted key", _sealed_by("stranger"),
           Reason.SEAL_NOT_BOUND, "is not the seal of " + CODE, stranger_trusted=True),
    Attack("seal by a key nobody trusts", _sealed_by("stranger"), Reason.SIGNER_UNTRUSTED,
           "Người Lạ"),
    Attack("seal by the head's key", _sealed_by("head"), Reason.SEAL_SAME_KEY),
    Attack("a third signature", _third_signature, Reason.XLSX_PART_ADDED,
           "_xmlsignatures/sig3.xml (a third signature)"),
    Attack("seal added to a head-only return, declared", _added_to_head_only("seal", True),
           Reason.XLSX_PART_CHANGED, "[Content_Types].xml", file_name=HEAD_ONLY),
    Attack("seal added to a head-only return, undeclared", _added_to_head_only("seal", False),
           Reason.XLSX_PART_ADDED, SEAL_PART, file_name=HEAD_ONLY),
    Attack("another school's seal added to a head-only return",
           _added_to_head_only("stranger", True), Reason.SEAL_NOT_BOUND,
           "is not the seal of " + CODE, file_name=HEAD_ONLY, stranger_trusted=True),
    Attack("head's signature removed, the seal left", _head_removed, Reason.XLSX_PART_REMOVED,
           SIGNATURE_PART),
    Attack("the seal in the head's place", _seal_in_the_heads_place, Reason.XLSX_PART_CHANGED,
           SIGNATURE_PART),
    Attack("signatures swapped", _swapped, Reason.XLSX_PART_CHANGED, SIGNATURE_PART),
    Attack("seal removed", _seal_removed(False), Reason.XLSX_PART_REMOVED, SEAL_PART),
    Attack("seal removed and undeclared", _seal_removed(True), Reason.XLSX_PART_CHANGED,
           "[Content_Types].xml"),
    Attack("row hidden, then sealed again", _row_hidden_and_sealed_again,
           Reason.XLSX_PART_CHANGED, "xl/worksheets/sheet1.xml"),
    Attack("seal's value changed", _seal_value_changed, Reason.SIGNATURE_MISMATCH),
    Attack("seal damaged", _seal_damaged, Reason.SIGNATURE_DAMAGED),
]  # fmt: skip


@pytest.fixture(scope="module")
def attacked(school: School) -> dict[str, tuple[Attack, Path]]:
    out = {}
    for i, attack in enumerate(ATTACKS):
        folder = school.work / "attacked" / f"{i:02d}"
        folder.mkdir(parents=True)
        path = folder / attack.file_name
        path.write_bytes(attack.make(school))
        out[attack.name] = (attack, path)
    return out


@pytest.mark.parametrize("name", [a.name for a in ATTACKS])
def test_every_attack_is_refused_with_its_reason(
    name: str,
    school: School,
    attacked: dict[str, tuple[Attack, Path]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.services.verify import verify_file

    attack, path = attacked[name]
    pems = (school.trust, school.stranger_root) if attack.stranger_trusted else (school.trust,)
    result = verify_file(path, _policy(*pems))
    assert not result.ok and result.refusal is not None, name
    assert result.refusal.code == attack.code, (name, result.reason)
    assert attack.detail in result.reason, (name, result.reason)
    # the same through the command line: exit 1, one line naming why, the code in --json
    trust = [a for p in pems for a in ("--trust", p)]
    code, out, err = _cli(capsys, "--db", tmp_path / "none.sqlite", "return", "verify", path,
                          *trust, "--json")  # fmt: skip
    assert code == 1 and len(err.splitlines()) == 1, (name, err)
    assert json.loads(out)["reason"]["code"] == attack.code.value, name


def test_a_directorate_requiring_the_seal_takes_in_only_the_sealed_return(
    school: School, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.verify import verify_file

    policy = _policy(school.trust)
    policy.require_seal = True
    refused = verify_file(school.head_only, policy)
    assert refused.refusal is not None and refused.refusal.code == Reason.SEAL_MISSING
    assert verify_file(school.sealed, policy).ok
    district = tmp_path / "district.sqlite"
    for args in (
        ["demo"],
        ["institution", "set", "--name", "Phòng Giáo dục và Đào tạo Thủ Thừa", "--code",
         DISTRICT, "--kind", "district", "--language", "vi"],
        ["subordinate", "add", "--code", CODE, "--name", SCHOOL, "--kind", "school", "--trust",
         school.trust],
        ["subordinate", "require-seal", "yes"],
    ):  # fmt: skip
        _ok(capsys, "--db", district, *args)
    code, out, err = _cli(capsys, "--db", district, "return", "import", school.head_only,
                          school.sealed, "--json")  # fmt: skip
    assert code == 1 and err.strip() == "plandesk: 1 file(s) rejected", err
    by_file = {Path(r["file"]).name: r for r in json.loads(out)["files"]}
    assert by_file[HEAD_ONLY]["outcome"] == "rejected"
    assert by_file[HEAD_ONLY]["reason"]["code"] == Reason.SEAL_MISSING.value
    assert by_file[SEALED]["outcome"] in ("accepted", "late"), by_file[SEALED]


# ------------------------------------------------------------------ LibreOffice
def _pem_roots(school: School, folder: Path) -> list[Path]:
    from cryptography.hazmat.primitives import serialization

    from app.services.identity import load_certificates

    out = []
    for n, root in enumerate(load_certificates(school.trust.read_bytes())):
        pem = folder / f"root{n}.pem"
        pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
        out.append(pem)
    return out


# com.sun.star.security.CertificateValidity: VALID 0, INVALID 1, UNTRUSTED 2, ...
@pytest.mark.slow
def test_libreoffice_says_both_signatures_are_valid(
    school: School,
    attacked: dict[str, tuple[Attack, Path]],
    tmp_path: Path,
    libreoffice_signatures: Callable[[Path, Path | None], str],  # noqa: F811
) -> None:
    """LibreOffice reads both signature parts through origin.sigs and checks each: both
    intact, each trusted once its own root is (the head's and the seal's roots differ);
    a cell edited afterwards breaks both."""
    head_root, seal_root = _pem_roots(school, tmp_path)
    reports = [libreoffice_signatures(school.sealed, root) for root in (head_root, seal_root)]
    for report in reports:
        lines = report.splitlines()
        assert lines[0] == "signatures 2", report
        assert all(line.startswith("valid=True ") for line in lines[1:]), report
    head_line, seal_line = reports[0].splitlines()[1:]
    assert "certificate=0" in head_line and HEAD in head_line, reports[0]
    assert "certificate=0" not in seal_line, reports[0]  # the seal's root not trusted yet
    head_line, seal_line = reports[1].splitlines()[1:]
    assert "certificate=0" in seal_line and "certificate=0" not in head_line, reports[1]
    _attack, hidden = attacked["row hidden, then sealed again"]
    report = libreoffice_signatures(hidden, head_root)
    # the head's signature no longer matches the form; the seal, made after, does
    assert report.splitlines()[1].startswith("valid=False"), report
    assert report.splitlines()[2].startswith("valid=True"), report


# ------------------------------------------------------------------ the printed form
@pytest.mark.slow
def test_the_sealed_signature_block_prints_on_one_page_at_8_points(
    school: School, tmp_path: Path
) -> None:
    """LibreOffice's PDF of sealed returns of several lengths, with a 100+ character
    Vietnamese or Russian institution name in the stamp box: the whole block (the head's
    lines, the seal and the name) on one page, no text under 8 points."""
    from app.exports.xlsx_return import render_xlsx
    from app.services.return_payload import canonical_bytes
    from tests.exports.payloads import make_payload

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice (soffice) and poppler-utils (pdftotext) are needed")
    assert len(RUSSIAN) > 100
    payloads = {}
    for n in (4, 13, 22):
        for lang, name in (("vi", SCHOOL), ("ru", RUSSIAN)):
            p = make_payload(n, lang, seed=n, events=n % 3)
            p["institution"] = {**p["institution"], "name": name}
            payloads[f"sealed-{n}-{lang}"] = p
    xlsx = tmp_path / "xlsx"
    xlsx.mkdir()
    for key, p in payloads.items():
        render_xlsx(p, xlsx / f"{key}.xlsx", payload_bytes=canonical_bytes(p),
                    signer=school.head, seal_signer=school.seal)  # fmt: skip
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
         *sorted(str(f) for f in xlsx.glob("*.xlsx"))],
        capture_output=True, text=True, timeout=600, env={**os.environ, "HOME": str(tmp_path)},
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for key, p in payloads.items():
        printed = Printed(p, xlsx / f"{key}.xlsx", tmp_path / "pdf" / f"{key}.pdf")
        pages = printed.pages()
        lang, name = str(p["language"]), str(p["institution"]["name"])
        lines = [*_block(p)[:-1], label(lang, "seal")]  # no "place for the stamp": the seal
        where = {line: [i for i, t in enumerate(pages, 1) if line in t] for line in lines}
        assert all(len(found) == 1 for found in where.values()), (key, where)
        page = {found[0] for found in where.values()}
        assert len(page) == 1, (key, where)
        # every word of the name in the stamp box, on that page (the box wraps the name
        # beside the head's lines, so its words are apart in the page's text)
        text = pages[page.pop() - 1]
        missing = [word for word in name.split() if word not in text]
        assert not missing, (key, missing)
        assert all(label(lang, "stamp_place") not in t for t in pages), key
        small = [s for s in printed.sizes() if s[0] < MIN_SIZE - 0.005]
        assert not small, (key, small[:5])


# ------------------------------------------------------------------ a seal on a token
def test_a_seal_held_on_a_token_seals_the_excel_return(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Viet Nam's practice: the institution's seal on a USB token (SoftHSM2 here), registered
    with 'identity token --role seal'; the head's key a PlanDesk identity."""
    from cryptography.hazmat.primitives import serialization

    from app.services.identity import load_certificates
    from app.services.verify import verify_file
    from tests.token_helpers import PIN, make_token, softhsm_module

    softhsm_module()  # skips cleanly without softhsm2
    monkeypatch.setenv("SOFTHSM2_CONF", str(tmp_path / "none.conf"))  # restored afterwards
    name = "Trường Tiểu học Bình An"
    token = make_token(tmp_path / "softhsm", "Con dau truong", name, name, "VN")
    school, pw, pin = tmp_path / "school.sqlite", tmp_path / "head.pw", tmp_path / "pin.txt"
    pw.write_text(HEAD_PW, encoding="utf-8")
    pin.write_text(PIN + "\n", encoding="utf-8")
    out = tmp_path / "TH-BINHAN_2021-T1_v1.xlsx"
    for args in (
        ["demo"],
        ["institution", "set", "--name", name, "--code", "TH-BINHAN", "--kind", "school",
         "--language", "vi", "--head-name", HEAD],
        ["--password-file", pw, "identity", "create"],
        ["identity", "token", "--module", token["module"], "--token", "Con dau truong",
         "--role", "seal", "--pin-file", pin],
        ["identity", "export-trust", "--out", tmp_path / "trust.pem"],
        ["--password-file", pw, "return", "export", "--period", "2021-T1", "--format", "xlsx",
         "--sign", "--seal-password-file", pin, "--out", out],
    ):  # fmt: skip
        printed = _ok(capsys, "--db", school, *args)
    assert "signed and sealed" in printed
    # the recipient: the head's root (a PlanDesk certificate naming the school), the national
    # root trusted for nobody, the seal's certificate bound to the school
    policy = _policy(tmp_path / "trust.pem")
    policy.add(load_certificates(Path(str(token["root"])).read_bytes())[0], None)
    policy.add(token["leaf"], "TH-BINHAN")  # type: ignore[arg-type]
    result = verify_file(out, policy)
    assert result.ok, result.reason
    assert HEAD in result.signer_subject and f"CN={name}" in result.seal_subject
    assert "seal bound to TH-BINHAN" in result.checks
    package = read_package(out.read_bytes())
    seal = parse_signature(package.parts[SEAL_PART], SEAL_PART)
    assert len(seal.certificates) == 3  # the signer, the intermediate, the national root
    leaf = token["leaf"].public_bytes(serialization.Encoding.DER)  # type: ignore[attr-defined]
    assert seal.certificates[0] == leaf
    for path in tmp_path.rglob("*"):
        if path.is_file() and path != pin:
            assert PIN.encode() not in path.read_bytes(), path

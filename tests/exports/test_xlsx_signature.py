"""The signature of an XLSX return covers everything Excel shows (issue 10, part 2).

A genuine signed return (a school's, made once per module the way ``plandesk return export
--sign`` makes it) verifies and is taken in; every attack of ``tests.exports.xlsx_attacks``
is refused with its reason code by ``verify_file``, by ``plandesk return verify`` (exit 1,
one line on stderr naming what changed) and by ``plandesk return import`` (nothing taken
in). A LibreOffice re-save is no longer the signed original; an earlier version's Excel
return is refused as such. LibreOffice itself reports the signature valid (and a tampered
file invalid) through its UNO API.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import run
from app.exports.xlsx_package import (
    PackageSigner,
    opc_problems,
    parse_signature,
    read_package,
)
from app.services.identity import issue_pki, load_certificates
from app.services.reasons import Reason
from app.services.verify import verify_file
from tests.exports import xlsx_attacks as x
from tests.exports.xlsx_attacks import Attack
from tests.helpers import copy_db

PW = "correct horse battery"
CODE = "OKUL-1"
NAME = f"{CODE}_2021-T1_v1.xlsx"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "returns"


@dataclass
class World:
    tmp: Path
    school: Path  # the school's database
    directorate: Path  # MEB-10, OKUL-1 registered with its root
    trust: Path  # the school's root (PEM)
    genuine: Path
    data: bytes
    t2: bytes  # another genuine return of the same school (2021-T2)
    done: str
    not_done: str
    attacker: PackageSigner  # a key of the attacker's own, for the same code


def _signed_return(db: Path, period: str, out: Path) -> bytes:
    """The school's return of *period*, signed as ``return export --sign`` signs it."""
    from app.db.migrate import open_database
    from app.exports.xlsx_return import render_xlsx
    from app.services.identity import active, unlock
    from app.services.plans import require_current_plan
    from app.services.return_payload import canonical_bytes
    from app.services.returns import prepare_payload
    from app.services.signing import xlsx_signer

    database = open_database(db)
    try:
        with database.unit() as s:
            ident = unlock(active(s), PW)
            payload = prepare_payload(s, require_current_plan(s), period, "tr")
    finally:
        database.dispose()
    render_xlsx(payload, out, payload_bytes=canonical_bytes(payload), signer=xlsx_signer(ident))
    return out.read_bytes()


def _signer_of(key: Any, chain: list[Any]) -> PackageSigner:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15

    der = serialization.Encoding.DER
    return PackageSigner(
        sign=lambda data: key.sign(data, PKCS1v15(), hashes.SHA256()),
        certificates=tuple(c.public_bytes(der) for c in chain),
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from app.exports.labels import status_label

    tmp = tmp_path_factory.mktemp("xlsx-signature")
    mp = pytest.MonkeyPatch()
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        mp.setenv(var, str(tmp / var.lower()))
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    school, directorate = tmp / "school.sqlite", tmp / "directorate.sqlite"
    trust = tmp / "school.pem"
    for args in (
        ["--db", school, "demo"],
        ["--db", school, "institution", "set", "--name", "Karesi Anadolu Lisesi", "--code",
         CODE, "--kind", "school", "--parent-code", "MEB-10", "--language", "tr",
         "--head-name", "Ayşe Yılmaz", "--head-title", "Okul Müdürü"],
        ["--db", school, "identity", "create"],
        ["--db", school, "identity", "export-trust", "--out", trust],
        ["--db", directorate, "demo"],
        ["--db", directorate, "subordinate", "add", "--code", CODE, "--name",
         "Karesi Anadolu Lisesi", "--kind", "school", "--trust", trust],
    ):  # fmt: skip
        assert run([str(a) for a in args]) == 0, args
    genuine = tmp / NAME
    data = _signed_return(school, "2021-T1", genuine)
    t2 = _signed_return(school, "2021-T2", tmp / f"{CODE}_2021-T2_v1.xlsx")
    key, cert, _root_key, root = issue_pki("Karesi Anadolu Lisesi", CODE, "Sahte Müdür")
    yield World(
        tmp=tmp,
        school=school,
        directorate=directorate,
        trust=trust,
        genuine=genuine,
        data=data,
        t2=t2,
        done=status_label("tr", "done"),
        not_done=status_label("tr", "not_done"),
        attacker=_signer_of(key, [cert, root]),
    )
    mp.undo()


def _form_row_of_112(data: bytes) -> int:
    sheet = x.xml(x.unzip(data)[x.FORM])
    return int(x.participants_112(sheet).get("r")[1:])


PART_CHANGED, PART_ADDED, PART_REMOVED = (
    Reason.XLSX_PART_CHANGED.value,
    Reason.XLSX_PART_ADDED.value,
    Reason.XLSX_PART_REMOVED.value,
)


def attacks(w: World) -> list[Attack]:
    row = _form_row_of_112(w.data)
    form = "xl/worksheets/sheet1.xml"
    done, not_done = w.done, w.not_done
    status = lambda sheet: x.status_cell(sheet, done)  # noqa: E731
    zip_level = [
        # what the payload-only signature let through (issue 10)
        Attack("format 112 as 1112", x.format_112_as_1112, PART_CHANGED, form),
        Attack("format done as not done", x.format_done_as_not_done(done, not_done),
               PART_CHANGED, form),
        Attack("formula recalculated on load", x.formula_recalculated_on_load, PART_CHANGED,
               f"a formula in cell G{row}"),
        Attack("HYPERLINK formula", x.hyperlink_formula(done), PART_CHANGED, "a formula"),
        Attack("DDE formula", x.dde_formula(done), PART_CHANGED, "a formula"),
        Attack("white font", x.white_font(status), PART_CHANGED, form),
        Attack("hidden row", x.hidden_row(row), PART_CHANGED, form),
        Attack("extra visible sheet", x.extra_visible_sheet, PART_ADDED,
               "xl/worksheets/sheet9.xml"),
        Attack("row after the table", x.row_after_table, PART_CHANGED, form),
        Attack("cell beyond the last column", x.cell_beyond_last_column(row), PART_CHANGED,
               form),
        Attack("edited title", x.edited_title, PART_CHANGED, form),
        Attack("payload sheet visible", x.payload_sheet_visible, PART_CHANGED,
               "xl/workbook.xml"),
        Attack("VBA project", x.vba_project, PART_ADDED, "xl/vbaProject.bin (a VBA macro project)"),
        Attack("external link", x.external_link, PART_ADDED,
               "xl/externalLinks/externalLink1.xml (an external link)"),
        # what the old scheme caught too
        Attack("edited visible value", x.edited_value, Reason.XLSX_CELL_CHANGED.value,
               f"cell G{row}: participants 1112 in the file, 112 in the signed return"),
        Attack("edited hidden payload", x.edited_payload, Reason.XLSX_PAYLOAD_CHANGED.value),
        Attack("swapped signature", x.swapped_signature(w.t2),
               Reason.XLSX_PAYLOAD_CHANGED.value),
        Attack("renamed file", lambda data: data, Reason.RENAMED.value, "OKUL-2 2021-T1",
               file_name="OKUL-2_2021-T1_v1.xlsx"),
        Attack("signed again by another key", x.resigned_by(w.attacker),
               Reason.SIGNER_UNTRUSTED.value, "Sahte Müdür"),
        Attack("damaged signature", x.damaged_signature, Reason.SIGNATURE_DAMAGED.value),
        Attack("broken zip", x.broken_zip, Reason.XLSX_DAMAGED.value),
        # and more
        Attack("signature removed", x.strip_signature, PART_REMOVED,
               "_xmlsignatures/sig1.xml was removed"),
        Attack("signature value changed", x.signature_value_changed,
               Reason.SIGNATURE_MISMATCH.value),
        Attack("manifest doctored", x.manifest_doctored, Reason.SIGNATURE_MISMATCH.value),
        Attack("part removed", x.part_removed, PART_REMOVED, "xl/theme/theme1.xml"),
        Attack("content types changed", x.content_types_changed, PART_CHANGED,
               "[Content_Types].xml"),
        Attack("document title changed", x.core_title_changed, PART_CHANGED,
               "docProps/core.xml"),
        Attack("relationships reordered", x.relationships_reordered, PART_CHANGED,
               "xl/_rels/workbook.xml.rels"),
        Attack("second copy of a part", x.second_copy_of_a_part, PART_ADDED,
               f"{form} (a second copy)"),
        Attack("conditional formatting", x.conditional_format, PART_CHANGED,
               "conditional formatting"),
        Attack("second signature", x.second_signature, PART_ADDED, "_xmlsignatures/sig2.xml"),
        Attack("OLE object", x.ole_object, PART_ADDED, "an embedded OLE object"),
        Attack("print area changed", x.print_area_changed, PART_CHANGED, "xl/workbook.xml"),
        Attack("re-saved by openpyxl", x.resave, Reason.XLSX_RESAVED.value),
    ]  # fmt: skip
    through_openpyxl = [
        Attack("openpyxl: format 112 as 1112", x.via_openpyxl(x.op_format_112), PART_CHANGED,
               form),
        Attack("openpyxl: format done as not done",
               x.via_openpyxl(x.op_format_done(done, not_done)), PART_CHANGED, form),
        Attack("openpyxl: formula", x.via_openpyxl(x.op_formula), PART_CHANGED,
               f"a formula in cell G{row}"),
        Attack("openpyxl: HYPERLINK formula", x.via_openpyxl(x.op_hyperlink(done)),
               PART_CHANGED, "a formula"),
        Attack("openpyxl: white font", x.via_openpyxl(x.op_white_font), PART_CHANGED, form),
        Attack("openpyxl: hidden row", x.via_openpyxl(x.op_hidden_row), PART_CHANGED, form),
        Attack("openpyxl: extra visible sheet", x.via_openpyxl(x.op_extra_sheet),
               Reason.XLSX_CELL_CHANGED.value, "Düzeltme"),
        Attack("openpyxl: row after the table", x.via_openpyxl(x.op_row_after_table),
               PART_CHANGED, form),
        Attack("openpyxl: cell beyond the last column", x.via_openpyxl(x.op_cell_beyond),
               PART_CHANGED, form),
        Attack("openpyxl: edited title", x.via_openpyxl(x.op_title), PART_CHANGED, form),
        Attack("openpyxl: payload sheet visible", x.via_openpyxl(x.op_payload_visible),
               PART_CHANGED, "differs from what was signed"),
        Attack("openpyxl: edited visible value", x.via_openpyxl(x.op_value),
               Reason.XLSX_CELL_CHANGED.value, "participants 1112"),
        Attack("openpyxl: saved unchanged", x.via_openpyxl(x.op_nothing), PART_CHANGED,
               "differs from what was signed"),
    ]  # fmt: skip
    return zip_level + through_openpyxl


# the attacks by name, known when tests are collected (their bytes need the world)
ATTACK_NAMES = [
    "format 112 as 1112", "format done as not done", "formula recalculated on load",
    "HYPERLINK formula", "DDE formula", "white font", "hidden row", "extra visible sheet",
    "row after the table", "cell beyond the last column", "edited title",
    "payload sheet visible", "VBA project", "external link",
    "edited visible value", "edited hidden payload", "swapped signature", "renamed file",
    "signed again by another key", "damaged signature", "broken zip",
    "signature removed", "signature value changed", "manifest doctored", "part removed",
    "content types changed", "document title changed", "relationships reordered",
    "second copy of a part", "conditional formatting", "second signature", "OLE object",
    "print area changed", "re-saved by openpyxl",
    "openpyxl: format 112 as 1112", "openpyxl: format done as not done", "openpyxl: formula",
    "openpyxl: HYPERLINK formula", "openpyxl: white font", "openpyxl: hidden row",
    "openpyxl: extra visible sheet", "openpyxl: row after the table",
    "openpyxl: cell beyond the last column", "openpyxl: edited title",
    "openpyxl: payload sheet visible", "openpyxl: edited visible value",
    "openpyxl: saved unchanged",
]  # fmt: skip


@pytest.fixture(scope="module")
def attacked(world: World) -> dict[str, tuple[Attack, Path]]:
    """Every attack applied once, each file in its own folder under its own name."""
    made = attacks(world)
    assert [a.name for a in made] == ATTACK_NAMES
    out = {}
    for i, attack in enumerate(made):
        folder = world.tmp / "attacked" / f"{i:02d}"
        folder.mkdir(parents=True)
        path = folder / (attack.file_name or NAME)
        path.write_bytes(attack.make(world.data))
        out[attack.name] = (attack, path)
    return out


def _trust(world: World) -> Any:
    return load_certificates(world.trust.read_bytes())


def test_the_genuine_return_verifies(world: World) -> None:
    result = verify_file(world.genuine, _trust(world))
    assert result.ok, result.reason
    assert result.payload is not None and result.payload["institution"]["code"] == CODE
    assert "every part of the file as signed, nothing added or removed" in result.checks
    assert "Ayşe Yılmaz" in result.signer_subject and result.signed_at is not None


def test_the_signature_is_an_opc_signature_over_every_part(world: World) -> None:
    package = read_package(world.data)
    names = list(package.parts)
    for part in ("_xmlsignatures/origin.sigs", "_xmlsignatures/_rels/origin.sigs.rels",
                 "_xmlsignatures/sig1.xml"):  # fmt: skip
        assert part in names
    rels = package.parts["_rels/.rels"].decode()
    assert "digital-signature/origin" in rels and "_xmlsignatures/origin.sigs" in rels
    types = package.types()
    assert types["_xmlsignatures/origin.sigs"].endswith("digital-signature-origin")
    assert types["_xmlsignatures/sig1.xml"].endswith("digital-signature-xmlsignature+xml")
    sig = parse_signature(package.parts["_xmlsignatures/sig1.xml"])
    assert opc_problems(package, sig) == []
    assert set(sig.parts) == set(names) - {"_xmlsignatures/sig1.xml"}
    assert "[Content_Types].xml" in sig.parts and "docProps/app.xml" in sig.parts
    assert len(sig.certificates) == 2  # the signer, then its root
    workbook = package.parts["xl/workbook.xml"]
    assert b'fullCalcOnLoad="1"' not in workbook and b"<f>" not in package.parts[x.FORM]


@pytest.mark.parametrize("name", ATTACK_NAMES)
def test_every_attack_is_refused_with_its_reason(
    name: str, world: World, attacked: dict[str, tuple[Attack, Path]]
) -> None:
    attack, path = attacked[name]
    result = verify_file(path, _trust(world))
    assert not result.ok, attack.name
    assert result.refusal is not None
    assert (result.refusal.code.value, attack.name) == (attack.code, attack.name), result.reason
    assert attack.detail in result.reason, (attack.name, result.reason)


def _cli(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PLANDESK_KEY_PASSWORD"}
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


@pytest.mark.slow
def test_the_command_line_refuses_every_attack_in_one_line(
    world: World, attacked: dict[str, tuple[Attack, Path]]
) -> None:
    db = world.tmp / "no-database.sqlite"  # trust from --trust alone: no database opened

    def verify(item: tuple[Attack, Path]) -> tuple[Attack, subprocess.CompletedProcess[str]]:
        return item[0], _cli("--db", db, "return", "verify", item[1], "--trust", world.trust)

    with ThreadPoolExecutor((os.cpu_count() or 2) + 1) as pool:
        done = list(pool.map(verify, attacked.values()))
    for attack, proc in done:
        lines = proc.stderr.splitlines()
        assert proc.returncode == 1, (attack.name, proc.stdout, proc.stderr)
        assert len(lines) == 1, (attack.name, proc.stderr)
        assert lines[0].startswith(f"plandesk: {attack.file_name or NAME}: "), lines
        assert attack.detail in lines[0], (attack.name, lines[0])
        assert "REJECTED" in proc.stdout
    genuine = _cli("--db", db, "return", "verify", world.genuine, "--trust", world.trust)
    assert genuine.returncode == 0 and genuine.stderr == "", genuine.stderr
    assert "VALID" in genuine.stdout


def test_import_takes_in_no_attacked_file_and_the_genuine_one(
    world: World, attacked: dict[str, tuple[Attack, Path]]
) -> None:
    db = world.tmp / "cli-import.sqlite"
    copy_db(world.directorate, db)
    folders = sorted({path.parent for _attack, path in attacked.values()})
    proc = _cli("--db", db, "return", "import", "--json", *folders, timeout=300)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["taken"] == 0 and report["rejected"] == len(attacked)
    by_folder = {path.parent.name: attack for attack, path in attacked.values()}
    for line in report["files"]:
        attack = by_folder[Path(line["file"]).parent.name] if "/" in line["file"] else None
        assert line["outcome"] == "rejected", line
        if attack is not None:
            assert line["reason"]["code"] == attack.code, (attack.name, line)
    codes = sorted(line["reason"]["code"] for line in report["files"])
    assert codes == sorted(attack.code for attack, _path in attacked.values())
    # a fresh copy: the "renamed file" attack has the genuine bytes, and intake takes a file
    # it has seen as a duplicate even when it refused it
    db = world.tmp / "cli-import-genuine.sqlite"
    copy_db(world.directorate, db)
    proc = _cli("--db", db, "return", "import", "--json", world.genuine)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["taken"] == 1 and report["files"][0]["outcome"] in ("accepted", "late")


def test_an_earlier_versions_excel_return_is_refused_as_such() -> None:
    trust = load_certificates((FIXTURES / "OKUL-12-trust.pem").read_bytes())
    result = verify_file(FIXTURES / "OKUL-12_2021-T1_v1.xlsx", trust)
    assert result.refusal is not None and result.refusal.code == Reason.XLSX_OLD_FORMAT
    assert "ask for the PDF of the same return" in result.reason
    pdf = verify_file(FIXTURES / "OKUL-12_2021-T1_v1.pdf", trust)
    assert pdf.ok, pdf.reason
    with zipfile.ZipFile(FIXTURES / "OKUL-12_2021-T1_v1.xlsx") as archive:
        assert not any(n.startswith("_xmlsignatures/") for n in archive.namelist())


def test_a_consolidated_return_is_signed_the_same_way(
    tmp_path: Path, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    from app.exports.xlsx_return import render_xlsx
    from app.services.identity import LoadedIdentity
    from app.services.return_payload import canonical_bytes
    from app.services.signing import xlsx_signer

    payload = consolidated_payloads["kk"]
    code = payload["institution"]["code"]
    key, cert, _root_key, root = issue_pki(payload["institution"]["name"], code, "Head")
    ident = LoadedIdentity(key, cert, [root], b"", b"")
    out = tmp_path / f"{code}_2021-T1_v1.xlsx"
    render_xlsx(payload, out, payload_bytes=canonical_bytes(payload), signer=xlsx_signer(ident))
    result = verify_file(out, [root])
    assert result.ok, result.reason
    assert result.payload == payload
    data = out.read_bytes()
    for make, code_expected in (
        (x.payload_sheet_visible, Reason.XLSX_PART_CHANGED),
        (x.vba_project, Reason.XLSX_PART_ADDED),
        (x.strip_signature, Reason.XLSX_PART_REMOVED),
    ):
        bad = tmp_path / "bad" / out.name
        bad.parent.mkdir(exist_ok=True)
        bad.write_bytes(make(data))
        refused = verify_file(bad, [root])
        assert refused.refusal is not None and refused.refusal.code == code_expected


def test_signing_refuses_the_old_payload_only_signature(tmp_path: Path) -> None:
    from app.exports.xlsx_return import render_xlsx
    from tests.exports.payloads import make_payload

    with pytest.raises(ValueError, match="whole package"):
        render_xlsx(make_payload(3, "en"), tmp_path / "r.xlsx", payload_bytes=b"{}",
                    signature_der=b"0")  # fmt: skip
    assert not (tmp_path / "r.xlsx").exists()


# ------------------------------------------------------------------ LibreOffice
_CHECK_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Check(sPath As String, sOut As String)
  Dim n As Integer
  n = FreeFile
  Open sOut For Output As #n
  On Error Goto Fail
  Dim aArgs(2)
  Dim aProps(0) As New com.sun.star.beans.PropertyValue
  aProps(0).Name = &quot;StorageFormat&quot;
  aProps(0).Value = &quot;ZipFormat&quot;
  aArgs(0) = ConvertToURL(sPath)
  aArgs(1) = com.sun.star.embed.ElementModes.READ
  aArgs(2) = aProps()
  oStorage = createUnoService(&quot;com.sun.star.embed.StorageFactory&quot;)_
    .createInstanceWithArguments(aArgs())
  oSigs = createUnoService(&quot;com.sun.star.security.DocumentDigitalSignatures&quot;)
  aInfos = oSigs.verifyDocumentContentSignatures(oStorage, Nothing)
  Print #n, &quot;signatures &quot; &amp; (UBound(aInfos) + 1)
  For i = 0 To UBound(aInfos)
    Print #n, &quot;valid=&quot; &amp; aInfos(i).SignatureIsValid _
      &amp; &quot; certificate=&quot; &amp; aInfos(i).CertificateStatus _
      &amp; &quot; signer=&quot; &amp; aInfos(i).Signer.SubjectName
  Next
  Close #n
  StarDesktop.terminate()
  Exit Sub
Fail:
  Print #n, &quot;error &quot; &amp; Err &amp; &quot; &quot; &amp; Error$
  Close #n
  StarDesktop.terminate()
End Sub
</script:module>
"""


@pytest.fixture(scope="module")
def libreoffice_signatures(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[Path, Path | None], str]:
    """check(file, trusted root PEM or None) -> LibreOffice's report on the file's signatures
    (``verifyDocumentContentSignatures`` run by a Basic macro in a private profile, the
    root imported into a private NSS database named by MOZILLA_CERTIFICATE_FOLDER)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    if not shutil.which("certutil"):
        pytest.skip("libnss3-tools (certutil) not installed")
    tmp = tmp_path_factory.mktemp("lo-signatures")
    profile = tmp / "profile"
    env = {**os.environ, "HOME": str(tmp)}
    base = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    subprocess.run([*base, "--terminate_after_init"], env=env, timeout=120, check=True,
                   capture_output=True)  # fmt: skip
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.parent.is_dir(), "LibreOffice made no user Basic library"
    module.write_text(_CHECK_MACRO, encoding="utf-8")
    count = 0

    def check(path: Path, root: Path | None) -> str:
        nonlocal count
        count += 1
        nss = tmp / f"nss{count}"
        nss.mkdir()
        subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
        if root is not None:
            subprocess.run(["certutil", "-d", f"sql:{nss}", "-A", "-t", "CT,C,C", "-n", "root",
                            "-i", str(root)], check=True)  # fmt: skip
        report = tmp / f"report{count}.txt"
        macro = f'macro:///Standard.Module1.Check("{path}","{report}")'
        subprocess.run([*base, macro], env={**env, "MOZILLA_CERTIFICATE_FOLDER": f"sql:{nss}"},
                       timeout=120, check=False, capture_output=True)  # fmt: skip
        return report.read_text(encoding="utf-8") if report.exists() else "no report"

    return check


# com.sun.star.security.CertificateValidity: VALID 0, INVALID 1, UNTRUSTED 2, ...
@pytest.mark.slow
def test_libreoffice_says_the_signature_is_valid(
    world: World, libreoffice_signatures: Callable[[Path, Path | None], str]
) -> None:
    report = libreoffice_signatures(world.genuine, world.trust)
    assert report.splitlines() == [
        "signatures 1",
        "valid=True certificate=0 signer=OU=PLANDESK:OKUL-1,O=Karesi Anadolu Lisesi,CN=Ayşe Yılmaz",
    ], report
    untrusted = libreoffice_signatures(world.genuine, None)
    assert "valid=True certificate=" in untrusted and "certificate=0" not in untrusted


@pytest.mark.slow
def test_libreoffice_says_an_edited_file_is_invalid(
    world: World,
    attacked: dict[str, tuple[Attack, Path]],
    libreoffice_signatures: Callable[[Path, Path | None], str],
) -> None:
    _attack, path = attacked["edited visible value"]
    report = libreoffice_signatures(path, world.trust)
    assert "valid=False" in report, report


@pytest.mark.slow
def test_a_libreoffice_resave_is_no_longer_the_signed_original(
    world: World, tmp_path: Path, libreoffice: Any
) -> None:
    folder = libreoffice(world.genuine, "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved")
    resaved = folder / NAME
    with zipfile.ZipFile(resaved) as archive:
        assert "_xmlsignatures/sig1.xml" not in archive.namelist()
    result = verify_file(resaved, _trust(world))
    assert result.refusal is not None and result.refusal.code == Reason.XLSX_RESAVED
    proc = _cli("--db", world.tmp / "none.sqlite", "return", "verify", resaved,
                "--trust", world.trust)  # fmt: skip
    assert proc.returncode == 1 and len(proc.stderr.splitlines()) == 1
    assert "saved again by a spreadsheet program" in proc.stderr

"""Two signatures on one return (issue 15): the head signs, then the institution's seal
(Viet Nam's Decree 30/2020 practice), each with its stamp in the signature block. Our
verifier and pdfsig report both; a second signature by anyone but the same institution's
seal, a seal over a changed return, the head's key used twice and a third signature are all
refused; a directorate that requires the seal refuses a return signed by the head alone."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest

from app.cli.main import run
from tests.helpers import pdfsig

HEAD_PW = "mật khẩu của hiệu trưởng"
SEAL_PW = "mật khẩu con dấu nhà trường"
# a real-length Vietnamese school name (over 100 characters) and its head
SCHOOL = (
    "Trường Trung học cơ sở và Trung học phổ thông Nguyễn Đình Chiểu, huyện Thủ Thừa, "
    "tỉnh Long An — Phân hiệu Bình Ảnh"
)
HEAD = "Nguyễn Thị Thu Hường"
CODE = "THCS-THPT-NDC-LA"


def ok(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    capsys.readouterr()
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, (args, err)
    return out


def refused(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    capsys.readouterr()
    code = run([str(a) for a in args])
    _out, err = capsys.readouterr()
    assert code == 1 and len(err.splitlines()) == 1, (code, err)
    return err


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A school with a head identity and a seal identity, a marked period, a return signed
    and sealed, one signed by the head alone, and the school's trust file (both roots)."""
    work = tmp_path_factory.mktemp("seal")
    db = work / "school.sqlite"
    (work / "head.pw").write_text(HEAD_PW, encoding="utf-8")
    (work / "seal.pw").write_text(SEAL_PW, encoding="utf-8")
    base = ["--db", db]
    head_pw = ["--password-file", work / "head.pw"]

    def call(*args: object) -> None:
        assert run([str(a) for a in args]) == 0, args

    call(*base, "demo")
    parent = "Phòng Giáo dục và Đào tạo Thủ Thừa"
    call(*base, "institution", "set", "--name", SCHOOL, "--code", CODE, "--kind", "school",
         "--language", "vi", "--head-name", HEAD, "--head-title", "Hiệu trưởng",
         "--parent-code", "PGD-THUTHUA", "--parent-name", parent)  # fmt: skip
    call(*base, *head_pw, "identity", "create")
    call(*base, "--password-file", work / "seal.pw", "identity", "create", "--role", "seal")
    call(*base, "identity", "export-trust", "--out", work / "trust.pem")
    sealed = work / f"{CODE}_2021-T1_v1.pdf"
    call(*base, *head_pw, "return", "export", "--period", "2021-T1", "--format", "pdf",
         "--sign", "--seal-password-file", work / "seal.pw", "--out", sealed)  # fmt: skip
    call(*base, "return", "correct", "--period", "2021-T1")
    head_only = work / f"{CODE}_2021-T1_v2.pdf"
    call(*base, *head_pw, "return", "export", "--period", "2021-T1", "--format", "pdf",
         "--sign", "--no-seal", "--out", head_only)  # fmt: skip
    return {"db": db, "work": work, "sealed": sealed, "head_only": head_only}


def _policy(school: dict[str, Path]):  # type: ignore[no-untyped-def]
    from app.services.identity import load_certificates
    from app.services.trust import TrustPolicy

    return TrustPolicy.of_certificates(load_certificates(school["sealed"].parent.joinpath(
        "trust.pem").read_bytes()))  # fmt: skip


def test_the_trust_file_holds_both_roots_and_show_lists_both(
    school: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.identity import load_certificates

    roots = load_certificates((school["work"] / "trust.pem").read_bytes())
    names = [r.subject.rfc4514_string() for r in roots]
    assert len(roots) == 2 and any("Root CA" in n for n in names)
    assert any("Seal CA" in n for n in names)
    shown = json.loads(ok(capsys, "--db", school["db"], "identity", "show", "--json"))
    assert [i["role"] for i in shown] == ["head", "seal"]
    assert HEAD in shown[0]["subject"] and HEAD not in shown[1]["subject"]


def test_a_sealed_return_verifies_with_two_signatures_here(
    school: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = ok(capsys, "return", "verify", school["sealed"], "--trust", school["work"] / "trust.pem")
    assert "result:      VALID" in out
    assert re.search(r"signer: .*" + HEAD, out) and "sealed by:" in out
    trust = school["work"] / "trust.pem"
    shown = ok(capsys, "return", "verify", school["sealed"], "--trust", trust, "--json")
    report = json.loads(shown)
    assert report["valid"] and report["seal"] and report["seal"] != report["signer"]
    assert f"seal bound to {CODE}" in report["checks"]


def test_pdfsig_reports_both_signatures_valid_and_trusted(
    school: dict[str, Path], tmp_path: Path
) -> None:
    from app.services.identity import load_certificates

    pems = []
    for n, root in enumerate(load_certificates((school["work"] / "trust.pem").read_bytes())):
        from cryptography.hazmat.primitives import serialization

        pem = tmp_path / f"root{n}.pem"
        pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
        pems.append(pem)
    pdfsig(school["sealed"], pems[0], tmp_path)
    report = pdfsig(school["sealed"], pems[1], tmp_path)
    assert report.count("Signature Validation: Signature is Valid.") == 2, report
    assert report.count("Certificate Validation: Certificate is Trusted.") == 2, report
    assert "Signature #2" in report and "Signature #3" not in report
    # the head's covers its revision, the seal's the whole file
    assert "The signature form field is not signed." not in report
    assert report.count("Total document signed") == 1, report
    assert HEAD in report


def test_both_stamps_are_drawn_in_the_signature_block(school: dict[str, Path]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(school["sealed"].read_bytes()))
    boxes = {}
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            if a.get("/FT") == "/Sig" or a.get("/Parent", {}).get("/FT") == "/Sig":
                name = str(a.get("/T") or a["/Parent"].get("/T"))
                boxes[name] = [float(v) for v in a["/Rect"]]
    assert set(boxes) == {"PlanDeskSignature", "PlanDeskSeal"}
    head, seal = boxes["PlanDeskSignature"], boxes["PlanDeskSeal"]
    assert seal[2] <= head[0], "the seal's stamp sits in the place for the stamp, left of it"
    assert seal[2] - seal[0] >= 150 and seal[3] - seal[1] >= 70
    assert abs(seal[3] - head[3]) < 1 and abs(seal[1] - head[1]) < 1, "the two stamps side by side"


def test_the_seal_stamp_shows_the_seal_and_the_whole_institution_name(
    school: dict[str, Path], tmp_path: Path
) -> None:
    import shutil

    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(school["sealed"]), "-"], capture_output=True, text=True
    ).stdout
    assert "Con dấu của cơ quan" in text
    flat = re.sub(r"\s+", " ", text)
    assert "Phân hiệu Bình Ảnh" in flat


def test_a_directorate_requiring_the_seal_refuses_the_head_alone(
    school: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.verify import verify_file

    policy = _policy(school)
    assert verify_file(school["head_only"], policy).ok
    policy.require_seal = True
    result = verify_file(school["head_only"], policy)
    assert not result.ok and result.refusal is not None
    assert result.refusal.code == "seal_missing"
    assert verify_file(school["sealed"], policy).ok
    # the same through the directorate's database and its intake
    district = tmp_path / "district.sqlite"
    ok(capsys, "--db", district, "demo")
    ok(capsys, "--db", district, "institution", "set", "--name",
       "Phòng Giáo dục và Đào tạo Thủ Thừa", "--code", "PGD-THUTHUA", "--kind", "district",
       "--language", "vi")  # fmt: skip
    ok(capsys, "--db", district, "subordinate", "add", "--code", CODE, "--name", SCHOOL,
       "--kind", "school", "--trust", school["work"] / "trust.pem")  # fmt: skip
    ok(capsys, "--db", district, "subordinate", "require-seal", "yes")
    capsys.readouterr()
    code = run([str(a) for a in ("--db", district, "return", "import", school["head_only"],
                                 school["sealed"], "--json")])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 1 and err.strip() == "plandesk: 1 file(s) rejected"
    by_file = {Path(r["file"]).name: r for r in json.loads(out)["files"]}
    assert by_file[school["head_only"].name]["outcome"] == "rejected"
    assert by_file[school["head_only"].name]["reason"]["code"] == "seal_missing"
    assert by_file[school["sealed"].name]["outcome"] in ("accepted", "late")  # taken in


# ------------------------------------------------------------------ people trying to get past
def _stranger(tmp_path: Path, code: str):  # type: ignore[no-untyped-def]
    """Another institution's identity (own root), unlocked."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    from app.services.identity import LoadedIdentity, issue_pki, seal_pkcs12

    key, cert, _rk, root = issue_pki(f"{code} Ortaokulu", code, "Ayşe Yılmaz")
    p12 = seal_pkcs12(b"x", key, cert, [root], b"password!")
    assert pkcs12.load_key_and_certificates(p12, b"password!")[0] is not None
    return LoadedIdentity(key, cert, [root], p12, b"password!"), root


def _add_seal(pdf: bytes, ident, field: str = "PlanDeskSeal") -> bytes:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from app.services.signing import StampText, _sign_field

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    stamp = StampText(signer="Seal", title="", institution="Seal")
    return _sign_field(writer, ident, field, 0, (100, 100, 300, 190), stamp, "", "")


def _verify(data: bytes, policy, name: str) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    from app.services.verify import verify_pdf

    result = verify_pdf(data, policy, name)
    return result.ok, result.refusal.code.value if result.refusal else ""


def test_a_second_signature_by_another_institution_is_refused(
    school: dict[str, Path], tmp_path: Path
) -> None:
    from app.services.trust import TrustPolicy

    stranger, root = _stranger(tmp_path, "OKUL-99")
    policy: TrustPolicy = _policy(school)
    policy.add(root, "OKUL-99")  # trusted, but for another school
    forged = _add_seal(school["head_only"].read_bytes(), stranger)
    assert _verify(forged, policy, school["head_only"].name) == (False, "seal_not_bound")
    # the same key trusted by no one
    assert _verify(forged, _policy(school), school["head_only"].name)[1] == "signer_untrusted"


def test_the_heads_key_cannot_stand_in_for_the_seal(
    school: dict[str, Path], tmp_path: Path
) -> None:
    from app.db.migrate import open_database
    from app.services.identity import active, unlock

    db = open_database(school["db"])
    with db.unit() as s:
        head = unlock(active(s), HEAD_PW)
    db.dispose()
    twice = _add_seal(school["head_only"].read_bytes(), head)
    assert _verify(twice, _policy(school), school["head_only"].name) == (False, "seal_same_key")


def test_a_seal_over_a_changed_return_is_refused(school: dict[str, Path]) -> None:
    """Someone holding the seal changes the head's signed figures in an update, then seals:
    the head never signed what the file now says."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from app.db.migrate import open_database
    from app.services.identity import SEAL, active, unlock

    db = open_database(school["db"])
    with db.unit() as s:
        seal = unlock(active(s, SEAL), SEAL_PW)
    db.dispose()
    from app.services.verify import verify_file

    original = verify_file(school["head_only"], _policy(school))
    assert original.ok
    changed = json.loads(original.payload_bytes)
    changed["items"][0]["status"] = "done"
    writer = IncrementalPdfFileWriter(io.BytesIO(school["head_only"].read_bytes()), strict=False)
    data = embed.EmbeddedFileObject.from_file_data(writer, data=json.dumps(changed).encode())
    spec = embed.FileSpec(
        file_spec_string="return.json", file_name="return.json", embedded_data=data
    )
    embed.embed_file(writer, spec)
    out = io.BytesIO()
    writer.write(out)
    forged = _add_seal(out.getvalue(), seal)
    ok_, code = _verify(forged, _policy(school), school["head_only"].name)
    assert not ok_ and code == "update_appended"


def test_a_third_signature_or_signatures_in_another_order_are_refused(
    school: dict[str, Path], tmp_path: Path
) -> None:
    from app.db.migrate import open_database
    from app.services.identity import SEAL, active, unlock

    db = open_database(school["db"])
    with db.unit() as s:
        seal = unlock(active(s, SEAL), SEAL_PW)
    db.dispose()
    third = _add_seal(school["sealed"].read_bytes(), seal, field="Extra")
    assert _verify(third, _policy(school), school["sealed"].name) == (
        False,
        "pdf_many_signatures",
    )
    misnamed = _add_seal(school["head_only"].read_bytes(), seal, field="Approval")
    assert _verify(misnamed, _policy(school), school["head_only"].name) == (
        False,
        "pdf_many_signatures",
    )


def test_a_sealed_return_with_a_line_end_appended_still_verifies(
    school: dict[str, Path],
) -> None:
    data = school["sealed"].read_bytes() + b"\r\n"
    ok_, code = _verify(data, _policy(school), school["sealed"].name)
    assert ok_, code
    assert _verify(data + b"x", _policy(school), school["sealed"].name)[0] is False

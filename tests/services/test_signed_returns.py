"""Signed returns end to end through the command line: export, sign, verify, tamper, freeze.

Independent clients must agree: poppler's pdfsig (trust root in an NSS database) and
``openssl cms -verify`` check the same files as PlanDesk's own verifier.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from app.cli.main import run
from tests.helpers import copy_db

PASSWORD = "correct horse battery"
LANGS = ("en", "tr", "ru", "kk", "ro", "vi")


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = run(["--db", str(db), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A demo database with an identity, its trust file, and signed T1 returns (pdf, xlsx)."""
    tmp = tmp_path_factory.mktemp("signed")
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PASSWORD)
    db = tmp / "demo.sqlite"
    assert run(["--db", str(db), "demo"]) == 0
    assert run(["--db", str(db), "identity", "create"]) == 0
    trust = tmp / "trust.pem"
    assert run(["--db", str(db), "identity", "export-trust", "--out", str(trust)]) == 0
    files = {"db": db, "trust": trust, "tmp": tmp}
    for fmt in ("pdf", "xlsx"):
        out = tmp / f"MEB-10_2021-T1_v1.{fmt}"
        assert (
            run(
                [
                    "--db",
                    str(db),
                    "return",
                    "export",
                    "--period",
                    "2021-T1",
                    "--format",
                    fmt,
                    "--sign",
                    "--out",
                    str(out),
                ]
            )
            == 0
        )
        files[fmt] = out
    other = tmp / "other.sqlite"
    assert (
        run(
            [
                "--db",
                str(other),
                "institution",
                "set",
                "--name",
                "Karesi Anadolu Lisesi",
                "--code",
                "OKUL-1",
                "--kind",
                "school",
                "--language",
                "tr",
            ]
        )
        == 0
    )
    assert run(["--db", str(other), "plan", "import", str(_plan_json(db, tmp))]) == 0
    assert run(["--db", str(other), "identity", "create"]) == 0
    other_pdf = tmp / "OKUL-1_2021-T1_v1.pdf"
    assert (
        run(
            [
                "--db",
                str(other),
                "return",
                "export",
                "--period",
                "2021-T1",
                "--format",
                "pdf",
                "--sign",
                "--out",
                str(other_pdf),
            ]
        )
        == 0
    )
    other_trust = tmp / "other-trust.pem"
    assert run(["--db", str(other), "identity", "export-trust", "--out", str(other_trust)]) == 0
    files.update(other_pdf=other_pdf, other_trust=other_trust)
    yield files
    mp.undo()


def _plan_json(db: Path, tmp: Path) -> Path:
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        assert run(["--db", str(db), "plan", "show", "--json"]) == 0
    path = tmp / "plan.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def verify(capsys: pytest.CaptureFixture[str], path: Path, *trust: Path) -> tuple[int, str]:
    args = ["return", "verify", str(path)]
    for t in trust:
        args += ["--trust", str(t)]
    code, out, err = cli(capsys, Path("/nonexistent/none.sqlite"), *args)
    return code, out + err


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_signed_return_verifies(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code, text = verify(capsys, world[fmt], world["trust"])
    assert code == 0, text
    assert "MEB-10 Balıkesir İl Milli Eğitim Müdürlüğü" in text and "VALID" in text
    assert "2021-T1" in text and "Hüseyin Gündoğdu" in text


@pytest.mark.skipif(
    not shutil.which("pdfsig") or not shutil.which("certutil"),
    reason="poppler-utils / libnss3-tools not installed",
)
def test_pdfsig_agrees(world: dict[str, Path], tmp_path: Path) -> None:
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    subprocess.run(
        [
            "certutil",
            "-d",
            f"sql:{nss}",
            "-A",
            "-t",
            "CT,C,C",
            "-n",
            "root",
            "-i",
            str(world["trust"]),
        ],
        check=True,
    )
    out = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", str(world["pdf"])], capture_output=True, text=True
    ).stdout
    assert "Signature is Valid" in out
    assert "Certificate is Trusted" in out
    assert "Total document signed" in out


@pytest.mark.skipif(not shutil.which("openssl"), reason="openssl not installed")
def test_openssl_agrees_with_the_xlsx_signature(world: dict[str, Path], tmp_path: Path) -> None:
    """The package signature checked without PlanDesk's reader: SignedInfo canonicalised by
    the standard library, the signature value and the signer's chain by openssl, the digest
    of a part by openssl too."""
    import base64
    import re
    import zipfile
    from xml.etree.ElementTree import canonicalize

    with zipfile.ZipFile(world["xlsx"]) as archive:
        sig = archive.read("_xmlsignatures/sig1.xml").decode("utf-8")
        form = archive.read("xl/worksheets/sheet1.xml")
    inner = re.search(r"<SignedInfo>(.*?)</SignedInfo>", sig, re.S)
    assert inner is not None
    signed_info = f'<SignedInfo xmlns="http://www.w3.org/2000/09/xmldsig#">{inner[1]}</SignedInfo>'
    (tmp_path / "signed-info.xml").write_text(canonicalize(signed_info), encoding="utf-8")
    value = re.search(r"<SignatureValue>(.*?)</SignatureValue>", sig, re.S)
    assert value is not None
    (tmp_path / "sig.bin").write_bytes(base64.b64decode(value[1]))
    certs = re.findall(r"<X509Certificate>(.*?)</X509Certificate>", sig, re.S)
    pem = "".join(
        "-----BEGIN CERTIFICATE-----\n" + c + "\n-----END CERTIFICATE-----\n" for c in certs[:1]
    )
    (tmp_path / "signer.pem").write_text(pem, encoding="ascii")

    def openssl(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["openssl", *args], capture_output=True, text=True, check=False)

    chain = openssl("verify", "-CAfile", str(world["trust"]), str(tmp_path / "signer.pem"))
    assert chain.returncode == 0, chain.stdout + chain.stderr
    key = openssl("x509", "-in", str(tmp_path / "signer.pem"), "-pubkey", "-noout")
    (tmp_path / "key.pem").write_text(key.stdout, encoding="ascii")
    done = openssl("dgst", "-sha256", "-verify", str(tmp_path / "key.pem"), "-signature",
                   str(tmp_path / "sig.bin"), str(tmp_path / "signed-info.xml"))  # fmt: skip
    assert done.returncode == 0 and "Verified OK" in done.stdout, done.stdout + done.stderr
    (tmp_path / "form.xml").write_bytes(form)
    digest = openssl("dgst", "-sha256", "-r", str(tmp_path / "form.xml")).stdout.split()[0]
    assert f'Name="xl/worksheets/sheet1.xml" SHA256="{digest}"' in sig


def test_untrusted_signer_is_rejected(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = verify(capsys, world["pdf"], world["other_trust"])
    assert code == 1 and "is not trusted" in text
    code, text = verify(capsys, world["xlsx"])
    assert code == 1 and "is not trusted" in text


def test_one_byte_changed(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(world["pdf"].read_bytes())
    pos = data.index(b"/Type /Page") + 3
    data[pos] = ord("Q")
    bad = tmp_path / "MEB-10_2021-T1_v1.pdf"
    bad.write_bytes(bytes(data))
    code, text = verify(capsys, bad, world["trust"])
    assert code == 1 and "changed after signing" in text


def test_appended_update_changing_visible_text(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pyhanko.pdf_utils.generic import StreamObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(world["pdf"].read_bytes()))
    ref = w.add_object(StreamObject(stream_data=b"BT /F1 30 Tf 100 300 Td (ALL DONE) Tj ET"))
    w.add_stream_to_page(0, ref)
    out = io.BytesIO()
    w.write(out)
    bad = tmp_path / "MEB-10_2021-T1_v1.pdf"
    bad.write_bytes(out.getvalue())
    code, text = verify(capsys, bad, world["trust"])
    assert code == 1 and "changed after signing" in text


def test_appended_update_swapping_the_payload(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(world["pdf"].read_bytes()))
    fake = json.dumps({"schema": "plandesk.return", "totals": {"done": 99}}).encode()
    data = embed.EmbeddedFileObject.from_file_data(w, data=fake, mime_type="application/json")
    embed.embed_file(
        w,
        embed.FileSpec(file_spec_string="return.json", file_name="return.json", embedded_data=data),
    )
    out = io.BytesIO()
    w.write(out)
    bad = tmp_path / "MEB-10_2021-T1_v1.pdf"
    bad.write_bytes(out.getvalue())
    code, text = verify(capsys, bad, world["trust"])
    assert code == 1 and "changed after signing" in text


def _edit_xlsx(src: Path, dst: Path, sheet_pick: str, edit: str) -> None:
    wb = openpyxl.load_workbook(src)
    if sheet_pick == "hidden":
        ws = wb["_payload"]
        cell = ws["A1"]
        cell.value = str(cell.value).replace('"schema"', '"schemA"', 1)
    else:
        ws = wb.worksheets[0]
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, int | float) and cell.value == 112:
                    cell.value = 1112
                    break
            else:
                continue
            break
        else:
            raise AssertionError("no participants cell with 112 on the first sheet")
    wb.save(dst)


def test_edited_xlsx_cell(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.exports.xlsx_attacks import edited_value

    bad = tmp_path / "MEB-10_2021-T1_v1.xlsx"
    bad.write_bytes(edited_value(world["xlsx"].read_bytes()))  # the cell's XML, nothing else
    code, text = verify(capsys, bad, world["trust"])
    assert code == 1 and "visible cell was changed" in text and "1112" in text
    _edit_xlsx(world["xlsx"], bad, "visible", "")  # a spreadsheet program's save
    code, text = verify(capsys, bad, world["trust"])
    assert code == 1 and "saved again by a spreadsheet program" in text


def test_edited_hidden_payload(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.exports.xlsx_attacks import edited_payload

    bad = tmp_path / "MEB-10_2021-T1_v1.xlsx"
    bad.write_bytes(edited_payload(world["xlsx"].read_bytes()))
    code, text = verify(capsys, bad, world["trust"])
    assert code == 1 and "changed after signing" in text
    _edit_xlsx(world["xlsx"], bad, "hidden", "")
    code, text = verify(capsys, bad, world["trust"])
    assert code == 1 and "saved again by a spreadsheet program" in text


def test_another_institutions_return_renamed(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    renamed = tmp_path / "MEB-10_2021-T1_v1.pdf"
    shutil.copy(world["other_pdf"], renamed)
    code, text = verify(capsys, renamed, world["trust"], world["other_trust"])
    assert code == 1 and "renamed file" in text
    code, text = verify(capsys, renamed, world["trust"])
    assert code == 1 and "not trusted" in text


def test_not_a_return(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "x.pdf"
    junk.write_bytes(b"hello")
    code, text = verify(capsys, junk)
    assert code == 1 and "not a return" in text


def test_signing_freezes_and_correction_makes_version_2(
    world: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PASSWORD)
    db = tmp_path / "copy.sqlite"
    copy_db(world["db"], db)
    code, _, err = cli(
        capsys, db, "progress", "set", "2.1.4", "--period", "2021-T1", "--status", "in_progress"
    )
    assert code == 1 and "frozen by its signed return (version 1" in err
    code, _, err = cli(capsys, db, "event", "add", "--date", "2021-03-01", "--title", "x")
    assert code == 1 and "frozen" in err
    assert cli(capsys, db, "return", "correct", "--period", "2021-T1")[0] == 0
    assert (
        cli(
            capsys,
            db,
            "progress",
            "set",
            "2.1.4",
            "--period",
            "2021-T1",
            "--status",
            "done",
            "--participants",
            "120",
        )[0]
        == 0
    )
    v2 = tmp_path / "MEB-10_2021-T1_v2.pdf"
    code, out, err = cli(
        capsys,
        db,
        "return",
        "export",
        "--period",
        "2021-T1",
        "--format",
        "pdf",
        "--sign",
        "--out",
        str(v2),
    )
    assert code == 0, err
    assert "version 2" in out
    from app.services.identity import load_certificates
    from app.services.verify import verify_file

    result = verify_file(v2, load_certificates(world["trust"].read_bytes()))
    assert result.ok, result.reason
    assert result.payload is not None
    assert result.payload["version"] == 2 and result.payload["supersedes"]["version"] == 1
    code, out, _ = cli(capsys, db, "return", "list", "--json")
    listed = [(r["version"], r["status"]) for r in json.loads(out)]
    assert (1, "superseded") in listed and (2, "signed") in listed


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_signs_and_verifies(
    world: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PASSWORD)
    db = tmp_path / "copy.sqlite"
    copy_db(world["db"], db)
    out = tmp_path / "MEB-10_2021-T2_v1.pdf"
    code, _, err = cli(
        capsys,
        db,
        "return",
        "export",
        "--period",
        "2021-T2",
        "--format",
        "pdf",
        "--sign",
        "--language",
        lang,
        "--out",
        str(out),
    )
    assert code == 0, err
    code, text = verify(capsys, out, world["trust"])
    assert code == 0, text


def test_wrong_password_changes_nothing(
    world: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", "wrong password!")
    db = tmp_path / "copy.sqlite"
    copy_db(world["db"], db)
    out = tmp_path / "r.pdf"
    code, _, err = cli(
        capsys,
        db,
        "return",
        "export",
        "--period",
        "2021-T3",
        "--format",
        "pdf",
        "--sign",
        "--out",
        str(out),
    )
    assert code == 1 and "wrong password" in err and not out.exists()


def test_prepare_email(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import email

    eml = tmp_path / "return.eml"
    code, _, err = cli(
        capsys,
        world["db"],
        "return",
        "email",
        str(world["pdf"]),
        str(world["xlsx"]),
        "--out",
        str(eml),
    )
    assert code == 0, err
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "kysm-koordinasyon@example.gov.tr"
    assert msg["Subject"].startswith("2021 yılı I. Dört Aylık Dönem raporu — ")
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names == [world["pdf"].name, world["xlsx"].name]

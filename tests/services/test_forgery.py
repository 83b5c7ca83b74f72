"""A forger against real signed returns and templates (issue 10): one school signing in
another's name, an authority trusted for many, forged templates, broken PDFs in an intake.
Each attack is built here from genuine files and is refused in ``return verify`` and in
``return import`` alike, with exit 1 and a reason a clerk can read."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.cli.main import run
from tests.conftest import FIXTURES

PW = "forgery test password"
QPDF = FIXTURES / "hostile" / "qpdf"


def ok(*args: object) -> None:
    code = run([str(a) for a in args])
    assert code == 0, f"plandesk {' '.join(map(str, args))} -> {code}"


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()  # what earlier commands printed is not this command's
    try:
        code = run([str(a) for a in args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def school(folder: Path, code: str, name: str, template: Path, trust: Path) -> Path:
    db = folder / f"{code}.sqlite"
    ok("--db", db, "institution", "set", "--name", name, "--code", code, "--kind", "school",
       "--parent-code", "MEB-10", "--language", "tr")  # fmt: skip
    ok("--db", db, "plan", "import", template, "--trust", trust)
    return db


def signed_return(db: Path, folder: Path, code: str, fmt: str = "pdf", mark: bool = True) -> Path:
    out = folder / f"{code}_2021-T1_v1.{fmt}"
    if mark:  # (a signed period is frozen: the second format of a return marks nothing)
        ok("--db", db, "progress", "set", "2.1.4", "--period", "2021-T1", "--status", "done",
           "--participants", "30")  # fmt: skip
    ok("--db", db, "return", "export", "--period", "2021-T1", "--format", fmt, "--sign",
       "--out", out)  # fmt: skip
    return out


def root_of(db: Path) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """The root key a school's own identity keeps (encrypted) in its database."""
    from app.db.migrate import open_database
    from app.services.identity import active, open_root_key

    database = open_database(db)
    with database.unit() as session:
        row = active(session)
        key = open_root_key(row.root_key_pem, PW)
        root = x509.load_pem_x509_certificate(row.trust_pem.encode())
    database.dispose()
    assert isinstance(key, rsa.RSAPrivateKey)
    return key, root


def p12(path: Path, key: rsa.RSAPrivateKey, cert: x509.Certificate, chain: list) -> Path:  # type: ignore[type-arg]
    enc = serialization.BestAvailableEncryption(PW.encode())
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"x", key, cert, chain, enc))
    return path


def national_pki(names: list[str]) -> tuple[x509.Certificate, dict[str, tuple]]:  # type: ignore[type-arg]
    """A CA like a national one: certificates without any PlanDesk code in them."""
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ulusal Kök ESHS"),
                         x509.NameAttribute(NameOID.COUNTRY_NAME, "TR")])  # fmt: skip
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    out = {}
    for person in names:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, person),
                             x509.NameAttribute(NameOID.COUNTRY_NAME, "TR")])  # fmt: skip
        cert = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + timedelta(days=700))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)  # signature, non-repudiation
            .sign(ca_key, hashes.SHA256())
        )  # fmt: skip
        out[person] = (key, cert)
    return ca, out


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("forgery")
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    try:
        d = tmp / "directorate.sqlite"
        ok("--db", d, "demo")
        ok("--db", d, "identity", "create")
        ok("--db", d, "identity", "export-trust", "--out", tmp / "dir.pem")
        ok("--db", d, "template", "export", "--out", tmp / "template.json")
        a = school(tmp, "SCH-A", "Karesi Anadolu Lisesi", tmp / "template.json", tmp / "dir.pem")
        b = school(tmp, "SCH-B", "Altıeylül Ortaokulu", tmp / "template.json", tmp / "dir.pem")
        for db, code in ((a, "SCH-A"), (b, "SCH-B")):
            ok("--db", db, "identity", "create")
            ok("--db", db, "identity", "export-trust", "--out", tmp / f"{code}.pem")
            ok("--db", d, "subordinate", "add", "--code", code, "--name", code, "--trust",
               tmp / f"{code}.pem")  # fmt: skip
        (tmp / "inbox").mkdir()
        signed_return(b, tmp / "inbox", "SCH-B")  # genuine
        # School A's own root issues a certificate in B's name and signs B's return with it
        from app.services.identity import issue_pki

        root_key, root = root_of(a)
        key, cert, _, _ = issue_pki("Altıeylül Ortaokulu", "SCH-B", "Sahte İmza",
                                    root_key=root_key, root_cert=root)  # fmt: skip
        forger = tmp / "forger.sqlite"
        ok("--db", forger, "institution", "set", "--name", "Altıeylül Ortaokulu", "--code",
           "SCH-B", "--kind", "school", "--parent-code", "MEB-10", "--language", "tr")  # fmt: skip
        ok("--db", forger, "plan", "import", tmp / "template.json", "--trust", tmp / "dir.pem")
        ok("--db", forger, "identity", "import", p12(tmp / "forged.p12", key, cert, [root]))
        (tmp / "forged").mkdir()
        signed_return(forger, tmp / "forged", "SCH-B")
    finally:
        mp.undo()
    return {"tmp": tmp, "dir": d, "a": a, "b": b, "forger": forger}


def test_a_genuine_return_is_taken_in(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = tmp_path / "d.sqlite"
    shutil.copy(world["dir"], d)
    code, out, err = cli(capsys, "--db", d, "return", "import", world["tmp"] / "inbox", "--json")
    assert code == 0, err
    assert json.loads(out)["taken"] == 1


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_a_school_cannot_sign_in_another_schools_name(
    world: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    forged = world["tmp"] / "forged" / f"SCH-B_2021-T1_v1.{fmt}"
    if not forged.exists():
        monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
        signed_return(world["forger"], forged.parent, "SCH-B", fmt, mark=False)
    d = tmp_path / "d.sqlite"
    shutil.copy(world["dir"], d)
    code, out, err = cli(capsys, "--db", d, "return", "import", forged, "--json")
    result = json.loads(out)
    assert code == 1 and result["taken"] == 0 and len(err.splitlines()) == 1
    reason = result["files"][0]["reason"]
    assert reason["code"] == "signer_not_bound" and reason["params"]["code"] == "SCH-B"
    # the same through return verify, in the directorate's database and with A's root alone
    code, out, err = cli(capsys, "--db", d, "return", "verify", forged)
    assert code == 1 and "is not registered for SCH-B" in err and len(err.splitlines()) == 1
    code, out, err = cli(capsys, "--db", tmp_path / "none.sqlite", "return", "verify", forged,
                         "--trust", world["tmp"] / "SCH-A.pem")  # fmt: skip
    assert code == 1 and "is not registered for SCH-B" in err
    code, out, err = cli(capsys, "--db", tmp_path / "none.sqlite", "return", "verify", forged,
                         "--trust", world["tmp"] / "SCH-A.pem", "--json")  # fmt: skip
    assert json.loads(out)["reason"]["code"] == "signer_not_bound"


def test_a_root_registered_for_two_schools_is_refused(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = tmp_path / "d.sqlite"
    shutil.copy(world["dir"], d)
    code, _, err = cli(capsys, "--db", d, "subordinate", "add", "--code", "SCH-C", "--name",
                       "Üçüncü Okul", "--trust", world["tmp"] / "SCH-A.pem")  # fmt: skip
    assert code == 1 and "belongs to institution SCH-A" in err


def test_an_authority_for_many_binds_nobody_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A national CA: its certificates carry no PlanDesk code; each school must be bound."""
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    ca, people = national_pki(["Ayşe Yılmaz", "Mehmet Kaya"])
    (tmp_path / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    d = tmp_path / "d.sqlite"
    ok("--db", d, "demo")
    ok("--db", d, "identity", "create")
    ok("--db", d, "template", "export", "--out", tmp_path / "t.json")
    ok("--db", d, "identity", "export-trust", "--out", tmp_path / "d.pem")
    returns = {}
    for code, person in (("OKUL-X", "Ayşe Yılmaz"), ("OKUL-Y", "Mehmet Kaya")):
        db = school(tmp_path, code, f"Okul {code}", tmp_path / "t.json", tmp_path / "d.pem")
        key, cert = people[person]
        ok("--db", db, "identity", "import", p12(tmp_path / f"{code}.p12", key, cert, [ca]))
        folder = tmp_path / code
        folder.mkdir()
        returns[code] = signed_return(db, folder, code)
        ok("--db", d, "subordinate", "add", "--code", code, "--name", f"Okul {code}")
    ok("--db", d, "authority", "add", tmp_path / "ca.pem")
    # trusted chain, but bound to nobody: refused
    code, out, err = cli(capsys, "--db", d, "return", "verify", returns["OKUL-X"], "--json")
    assert code == 1 and json.loads(out)["reason"]["code"] == "signer_not_bound"
    # bound by subject: OKUL-X's own return counts ...
    ok("--db", d, "subordinate", "bind", "--code", "OKUL-X", "--subject",
       people["Ayşe Yılmaz"][1].subject.rfc4514_string())  # fmt: skip
    code, out, err = cli(capsys, "--db", d, "return", "verify", returns["OKUL-X"])
    assert code == 0, err
    # ... and a certificate bound to OKUL-X cannot sign for OKUL-Y
    y_cert = people["Mehmet Kaya"][1].public_bytes(serialization.Encoding.PEM)
    (tmp_path / "OKUL-Y.pem").write_bytes(y_cert)
    ok("--db", d, "subordinate", "bind", "--code", "OKUL-Y", "--cert", tmp_path / "OKUL-Y.pem")
    code, out, err = cli(capsys, "--db", d, "return", "verify", returns["OKUL-Y"])
    assert code == 0, err
    forged = tmp_path / "forged"
    forged.mkdir()
    x_as_y = school(tmp_path, "OKUL-Y-FAKE", "Okul OKUL-Y", tmp_path / "t.json", tmp_path / "d.pem")
    ok("--db", x_as_y, "institution", "set", "--name", "Okul OKUL-Y", "--code", "OKUL-Y",
       "--kind", "school", "--parent-code", "MEB-10", "--language", "tr")  # fmt: skip
    ok("--db", x_as_y, "identity", "import", tmp_path / "OKUL-X.p12")  # Ayşe's key
    fake = signed_return(x_as_y, forged, "OKUL-Y")
    code, out, err = cli(capsys, "--db", d, "return", "verify", fake, "--json")
    assert code == 1 and json.loads(out)["reason"]["code"] == "key_belongs"
    assert "OKUL-X" in err


def test_forged_templates_are_refused(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    tmp = world["tmp"]
    # a school holding an identity issued by the directorate signs a template in its name
    d = tmp_path / "d.sqlite"
    shutil.copy(world["dir"], d)
    pw = tmp_path / "pw.txt"
    pw.write_text(PW, encoding="utf-8")
    ok("--db", d, "subordinate", "add", "--code", "SCH-C", "--name", "Üçüncü Okul")
    ok("--db", d, "subordinate", "issue-identity", "--code", "SCH-C", "--out",
       tmp_path / "c.p12", "--new-password-file", pw)  # fmt: skip
    rogue = tmp_path / "rogue.sqlite"
    ok("--db", rogue, "demo")
    ok("--db", rogue, "identity", "import", tmp_path / "c.p12")
    ok("--db", rogue, "institution", "set", "--name", "Balıkesir İl Milli Eğitim Müdürlüğü",
       "--code", "MEB-10", "--kind", "province", "--language", "tr")  # fmt: skip
    ok("--db", rogue, "plan", "set", "--title", "Sahte plan sürüm 2")
    ok("--db", rogue, "template", "export", "--out", tmp_path / "forged.json")
    assert json.loads((tmp_path / "forged.json").read_text("utf-8"))["issuer"]["code"] == "MEB-10"
    sibling = tmp_path / "sibling.sqlite"
    ok("--db", sibling, "institution", "set", "--name", "Kardeş Okul", "--code", "SCH-D",
       "--kind", "school", "--language", "tr")  # fmt: skip
    ok("--db", sibling, "plan", "import", tmp / "template.json", "--trust", tmp / "dir.pem")
    before = json.loads(cli(capsys, "--db", sibling, "plan", "show", "--json")[1])
    code, _, err = cli(capsys, "--db", sibling, "plan", "import", tmp_path / "forged.json")
    assert code == 1 and len(err.splitlines()) == 1
    assert "names MEB-10 as its issuer but was signed with the key of SCH-C" in err
    assert json.loads(cli(capsys, "--db", sibling, "plan", "show", "--json")[1]) == before
    # a database that trusts nobody takes no template, and says whose fingerprint to check
    empty = tmp_path / "empty.sqlite"
    ok("--db", empty, "institution", "set", "--name", "Yeni Okul", "--code", "SCH-E",
       "--kind", "school", "--language", "tr")  # fmt: skip
    code, _, err = cli(capsys, "--db", empty, "plan", "import", tmp / "template.json")
    assert code == 1 and "does not trust yet" in err and "SHA-256" in err
    code, _, err = cli(capsys, "--db", empty, "plan", "show")
    assert code == 1 and "no plan" in err
    # the directorate's certificate given once is kept: the next version needs no --trust
    ok("--db", empty, "plan", "import", tmp / "template.json", "--trust", tmp / "dir.pem")
    ok("--db", empty, "plan", "import", tmp / "template.json")


def test_broken_pdfs_never_stop_an_intake(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from app.services.verify import verify_file

    files = sorted(QPDF.glob("*.pdf"))
    assert len(files) >= 60
    for path in files:
        result = verify_file(path, [])
        assert not result.ok and result.refusal is not None, path.name
    folder = tmp_path / "in"
    shutil.copytree(QPDF, folder)
    shutil.copy(world["tmp"] / "inbox" / "SCH-B_2021-T1_v1.pdf", folder)
    d = tmp_path / "d.sqlite"
    shutil.copy(world["dir"], d)
    code, out, err = cli(capsys, "--db", d, "return", "import", folder, "--json")
    result = json.loads(out)
    assert code == 1 and len(err.splitlines()) == 1
    taken = [f for f in result["files"] if f["outcome"] not in ("rejected", "skipped")]
    assert [f["institution"] for f in taken] == ["SCH-B"]
    assert result["rejected"] == len(files)
    assert all(f["reason"]["code"] for f in result["files"] if f["outcome"] == "rejected")


@pytest.mark.parametrize(
    ("tail", "valid"),
    [(b"\r\n", True), (b"\n\n  \t\n", True), (b"\x00", True), (b"X", False),
     (b"\n%%EOF\n", False), (b"\n1 0 obj\n<<>>\nendobj\n", False)],
)  # fmt: skip
def test_blanks_after_the_end_of_file_are_ignored_nothing_else(
    world: dict[str, Path], tmp_path: Path, tail: bytes, valid: bool
) -> None:
    """Some mail gateways add a line end to an attachment: the return still verifies, with a
    note; any other byte after the signed end is a change after signing."""
    from app.services.identity import load_certificates
    from app.services.verify import verify_file

    genuine = world["tmp"] / "inbox" / "SCH-B_2021-T1_v1.pdf"
    trust = load_certificates((world["tmp"] / "SCH-B.pem").read_bytes())
    path = tmp_path / genuine.name
    path.write_bytes(genuine.read_bytes() + tail)
    result = verify_file(path, trust)
    assert result.ok is valid, result.reason
    if valid:
        assert any("blank byte(s) after the end" in c for c in result.checks)
    else:
        assert result.refusal is not None and result.refusal.code.value in (
            "update_appended", "pdf_damaged", "signature_mismatch")  # fmt: skip

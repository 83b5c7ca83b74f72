"""Keys at rest (issue 10): the signing identity, the root key that issues subordinates'
identities, and the PKCS#12 files handed over on a USB stick are sealed with PBKDF2-SHA256 at
600,000 rounds, AES-256 and an HMAC-SHA256 integrity check at 600,000 iterations."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from sqlalchemy import select

from app.cli.main import run
from app.db.migrate import open_database
from app.db.models import SigningIdentity
from app.services.identity import KDF_ROUNDS, ROOT_KEY_PREFIX, open_root_key

PW = "a password at rest"


def strength(der: bytes) -> tuple[int, str, list[int]]:
    """MAC iterations and hash, and the PBKDF2 rounds of every shrouded key bag."""
    pfx = asn1_pkcs12.Pfx.load(der)
    mac = pfx["mac_data"]
    rounds = []
    for info in pfx.authenticated_safe:
        if info["content_type"].native != "data":
            continue
        for bag in asn1_pkcs12.SafeContents.load(info["content"].native):
            if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                params = bag["bag_value"]["encryption_algorithm"]["parameters"]
                rounds.append(params["key_derivation_func"]["parameters"]["iteration_count"].native)
    algorithm = mac["mac"]["digest_algorithm"]["algorithm"].native
    return mac["iterations"].native, algorithm, rounds


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    db = tmp_path / "s.sqlite"
    assert run(["--db", str(db), "institution", "set", "--name", "Школа № 17", "--code",
                "SCH-17", "--kind", "school", "--language", "ru"]) == 0  # fmt: skip
    assert run(["--db", str(db), "identity", "create"]) == 0
    return db


def _stored(db: Path) -> SigningIdentity:
    database = open_database(db)
    with database.unit() as session:
        row = session.scalars(select(SigningIdentity)).one()
    database.dispose()
    return row


def test_the_identity_and_its_root_key_are_sealed_strongly(school: Path) -> None:
    row = _stored(school)
    assert strength(row.pkcs12) == (KDF_ROUNDS, "sha256", [KDF_ROUNDS])
    assert row.root_key_pem.startswith(ROOT_KEY_PREFIX)
    root = base64.b64decode(row.root_key_pem[len(ROOT_KEY_PREFIX) :])
    assert strength(root) == (KDF_ROUNDS, "sha256", [KDF_ROUNDS])
    assert KDF_ROUNDS >= 600_000
    assert isinstance(open_root_key(row.root_key_pem, PW), rsa.RSAPrivateKey)
    with pytest.raises(Exception, match="wrong password"):
        open_root_key(row.root_key_pem, PW + "x")


def test_an_issued_identity_opens_in_openssl_with_its_password_only(
    school: Path, tmp_path: Path
) -> None:
    assert run(["--db", str(school), "subordinate", "add", "--code", "SUB-1", "--name",
                "Лицей"]) == 0  # fmt: skip
    pw = tmp_path / "new.txt"
    pw.write_text("the subordinate's password", encoding="utf-8")
    out = tmp_path / "sub.p12"
    assert run(["--db", str(school), "subordinate", "issue-identity", "--code", "SUB-1",
                "--out", str(out), "--new-password-file", str(pw)]) == 0  # fmt: skip
    assert strength(out.read_bytes()) == (KDF_ROUNDS, "sha256", [KDF_ROUNDS])
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    good = subprocess.run(["openssl", "pkcs12", "-in", str(out), "-noout", "-passin",
                           f"file:{pw}"], capture_output=True)  # fmt: skip
    assert good.returncode == 0, good.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password", encoding="utf-8")
    bad = subprocess.run(["openssl", "pkcs12", "-in", str(out), "-noout", "-passin",
                          f"file:{wrong}"], capture_output=True)  # fmt: skip
    assert bad.returncode != 0 and b"mac verify" in bad.stderr.lower()


def test_a_weakly_protected_key_file_is_kept_sealed_strongly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PKCS#12 from elsewhere (2,048 rounds, as most tools write) is re-sealed on import
    and still signs."""
    from app.services.identity import issue_pki

    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    key, cert, _root_key, root = issue_pki("Школа", "SCH-9", "Иванова А.")
    weak = pkcs12.serialize_key_and_certificates(
        b"weak", key, cert, [root], serialization.BestAvailableEncryption(PW.encode())
    )
    assert strength(weak)[0] == 2048
    (tmp_path / "weak.p12").write_bytes(weak)
    db = tmp_path / "d.sqlite"
    assert run(["--db", str(db), "demo"]) == 0
    assert run(["--db", str(db), "institution", "set", "--name", "Школа", "--code", "SCH-9",
                "--kind", "school", "--language", "ru"]) == 0  # fmt: skip
    assert run(["--db", str(db), "identity", "import", str(tmp_path / "weak.p12")]) == 0
    assert strength(_stored(db).pkcs12) == (KDF_ROUNDS, "sha256", [KDF_ROUNDS])
    out = tmp_path / "SCH-9_2021-T1_v1.pdf"
    assert run(["--db", str(db), "return", "export", "--period", "2021-T1", "--format", "pdf",
                "--sign", "--out", str(out)]) == 0  # fmt: skip
    assert run(["--db", str(db), "return", "verify", str(out)]) == 0


def test_a_root_key_kept_by_an_earlier_version_still_opens() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PW.encode()),
    ).decode()
    assert open_root_key(pem, PW).private_numbers() == key.private_numbers()

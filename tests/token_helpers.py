"""A real PKCS#11 token for tests: SoftHSM2 (Debian softhsm2) in a private folder, holding a
national-style chain (root -> intermediate -> signer) whose signing key was generated on the
token and never left it."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
PIN = "481526"
SO_PIN = "12345678"


def softhsm_module() -> str:
    for path in MODULES:
        if Path(path).is_file():
            return path
    pytest.skip("SoftHSM2 (Debian softhsm2) is not installed")
    raise AssertionError  # unreachable


def _name(*parts: tuple[x509.ObjectIdentifier, str]) -> x509.Name:
    return x509.Name([x509.NameAttribute(oid, value) for oid, value in parts])


def _cert(subject: x509.Name, issuer: x509.Name, public, signer, ca: bool, days: int):  # type: ignore[no-untyped-def]
    now = datetime.now(UTC) - timedelta(minutes=5)
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public)
        .serial_number(x509.random_serial_number()).not_valid_before(now)
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(not ca, not ca, False, False, False, ca, ca, False, False),
                       critical=True)
    )  # fmt: skip
    return builder.sign(signer, hashes.SHA256())


def make_token(folder: Path, label: str, person: str, org: str, country: str) -> dict[str, object]:
    """A token with the chain; sets SOFTHSM2_CONF for this process. Returns the module path,
    the token and key labels and the root certificate (what a recipient trusts)."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

    module = softhsm_module()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokens").mkdir(exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
        "log.level = ERROR\n",
        encoding="utf-8",
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    if shutil.which("softhsm2-util") is None:
        pytest.skip("softhsm2-util is not installed")
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN,
         "--so-pin", SO_PIN],
        check=True, capture_output=True,
    )  # fmt: skip
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = _name((NameOID.COMMON_NAME, f"{country} Kök Elektronik Sertifika"),
                      (NameOID.COUNTRY_NAME, country))  # fmt: skip
    root = _cert(root_name, root_name, root_key.public_key(), root_key, True, 7300)
    mid_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    mid_name = _name((NameOID.COMMON_NAME, f"{country} Nitelikli Sertifika Hizmetleri"),
                     (NameOID.COUNTRY_NAME, country))  # fmt: skip
    mid = _cert(mid_name, root_name, mid_key.public_key(), root_key, True, 3650)
    lib = pkcs11.lib(module)
    lib.reinitialize()  # a module loaded earlier in this process sees the new token
    token = lib.get_token(token_label=label)
    with token.open(user_pin=PIN, rw=True) as session:
        pub, _priv = session.generate_keypair(
            KeyType.RSA, 3072, label="imza", id=b"\x01", store=True
        )
        numbers = rsa.RSAPublicNumbers(
            int.from_bytes(pub[Attribute.PUBLIC_EXPONENT], "big"),
            int.from_bytes(pub[Attribute.MODULUS], "big"),
        )
        subject = _name((NameOID.COMMON_NAME, person), (NameOID.ORGANIZATION_NAME, org),
                        (NameOID.COUNTRY_NAME, country))  # fmt: skip
        leaf = _cert(subject, mid_name, numbers.public_key(), mid_key, False, 730)
        for cert, cert_label, cert_id in ((leaf, "imza", b"\x01"), (mid, "ara", b"\x02"),
                                          (root, "kok", b"\x03")):  # fmt: skip
            session.create_object(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.LABEL: cert_label,
                    Attribute.ID: cert_id,
                    Attribute.SUBJECT: cert.subject.public_bytes(),
                    Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
                }
            )
    root_pem = folder / f"root-{len(list(folder.glob('root*.pem')))}.pem"  # one per token
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    return {"module": module, "token": label, "key": "imza", "root": root_pem, "leaf": leaf}

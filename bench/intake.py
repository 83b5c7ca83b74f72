"""Directorate intake at scale: N signed school returns of 60 activities (XLSX), imported,
verified and consolidated, against the time openpyxl needs merely to read the same cells.

    .venv/bin/python bench/intake.py            # 2,000 returns (generated once, cached)
    .venv/bin/python bench/intake.py --count 200

Targets (issue 5): intake + consolidation <= 1.5 x openpyxl's reading time; peak RSS
<= 300 MB. School keys are RSA-2048 issued by one bench root (generating 2,000 RSA-3072 keys
would take longer than the bench itself); the app signs with RSA-3072, and verifying either
costs about the same.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gen_plan import populate
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

OUT = Path(__file__).resolve().parent / "out"
ACTIVITIES = 60
STATUSES = ["done", "done", "done", "in_progress", "not_done", "planned", "not_applicable"]


def _name(cn: str, code: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"PLANDESK:{code}"),
        ]
    )


def _cert(subject: x509.Name, issuer: x509.Name, key: Any, signer: Any, ca: bool) -> Any:
    now = datetime.now(UTC) - timedelta(days=1)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(signer, hashes.SHA256())
    )


def _make_school(args: tuple[int, bytes, bytes, dict[str, Any], str]) -> str:
    """Worker: key, certificate and signed XLSX return of school *i*."""
    from app.exports.xlsx_return import render_xlsx
    from app.services.identity import LoadedIdentity
    from app.services.return_payload import canonical_bytes
    from app.services.signing import xlsx_signer

    i, root_key_pem, root_pem, template, folder = args
    root_key = serialization.load_pem_private_key(root_key_pem, None)
    root = x509.load_pem_x509_certificate(root_pem)
    code = f"OKUL-{i:04d}"
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = _cert(_name(f"Okul {i} müdürü", code), root.subject, key, root_key, False)
    rng = random.Random(i)
    payload = json.loads(json.dumps(template))
    payload["institution"].update(
        code=code, name=f"Balıkesir Okul {i:04d} Ortaokulu", kind="school"
    )
    for item in payload["items"]:
        if item["kind"] == "activity" and item.get("planned"):
            people = rng.randint(0, 300)
            status = rng.choice(STATUSES)
            item["progress"] = {
                "status": status,
                "done_on": None,
                "participants": people,
                "achieved_value": None,
                "reason": "Salgın nedeniyle ertelendi" if status == "not_done" else "",
                "note": "",
                "evidence": [],
            }
    data = canonical_bytes(payload)
    ident = LoadedIdentity(key, cert, [root], b"", b"")
    out = Path(folder) / f"{code}_{payload['period']['key']}_v1.xlsx"
    render_xlsx(payload, out, payload_bytes=data, signer=xlsx_signer(ident))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def generate(count: int, work: Path) -> tuple[Path, Path]:
    """The directorate database (subordinates registered) and the folder of returns."""
    from app.db.migrate import open_database
    from app.services.identity import load_certificates
    from app.services.plans import require_current_plan
    from app.services.return_payload import build_payload
    from app.services.subordinates import SubordinateInput, add_subordinate

    db_path, folder = work / "directorate.sqlite", work / "returns"
    if db_path.exists() and folder.is_dir() and len(list(folder.glob("*.xlsx"))) == count:
        return db_path, folder
    shutil.rmtree(work, ignore_errors=True)
    folder.mkdir(parents=True)
    db = open_database(db_path)
    with db.unit() as s:
        populate(s, ACTIVITIES)
    with db.unit() as s:
        template = build_payload(s, require_current_plan(s), "2021-T1", language="tr")
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = _cert(
        _name("Bench root", "BENCH"), _name("Bench root", "BENCH"), root_key, root_key, True
    )
    key_pem = root_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    root_pem = root.public_bytes(serialization.Encoding.PEM)
    t0 = time.perf_counter()
    jobs = [(i, key_pem, root_pem, template, str(folder)) for i in range(1, count + 1)]
    with ProcessPoolExecutor(2) as pool:
        pems = list(pool.map(_make_school, jobs, chunksize=16))
    print(f"generated {count} signed returns in {time.perf_counter() - t0:.1f} s")
    with db.unit() as s:
        for i, pem in enumerate(pems, start=1):
            add_subordinate(
                s,
                SubordinateInput(f"OKUL-{i:04d}", f"Balıkesir Okul {i:04d}"),
                load_certificates(pem.encode()),
            )
    db.dispose()
    return db_path, folder


def openpyxl_read(folder: Path) -> float:
    import openpyxl

    t0 = time.perf_counter()
    cells = 0
    for path in sorted(folder.glob("*.xlsx")):
        wb = openpyxl.load_workbook(path, read_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
        wb.close()
    elapsed = time.perf_counter() - t0
    print(
        f"openpyxl read all cells of {len(list(folder.glob('*.xlsx')))} files "
        f"({cells:,} cells): {elapsed:.1f} s"
    )
    return elapsed


def intake(db_path: Path, folder: Path, work: Path) -> tuple[float, float, int]:
    from app.db.migrate import open_database
    from app.services.consolidate import consolidated_payload
    from app.services.intake import import_returns
    from app.services.plans import require_current_plan

    copy = work / "run.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(db_path, copy)
    db = open_database(copy)
    t0 = time.perf_counter()
    lines = import_returns(db, [folder], workers=2, period="2021-T1")
    t1 = time.perf_counter()
    with db.unit() as s:
        payload = consolidated_payload(s, require_current_plan(s), "2021-T1", language="tr")
    t2 = time.perf_counter()
    taken = sum(1 for line in lines if line.taken)
    print(
        f"intake: {len(lines)} files, {taken} taken in, {len(lines) - taken} rejected "
        f"({t1 - t0:.1f} s); consolidation over {payload['totals']['institutions']} "
        f"institutions ({t2 - t1:.1f} s)"
    )
    if taken != len(lines):
        print("  first rejection:", next(line.text() for line in lines if not line.taken))
    db.dispose()
    return t1 - t0, t2 - t1, taken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    work = OUT / f"intake-{args.count}"
    work.mkdir(parents=True, exist_ok=True)
    db_path, folder = generate(args.count, work)
    baseline = openpyxl_read(folder)
    t_in, t_cons, _ = intake(db_path, folder, work)
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    total = t_in + t_cons
    print(
        f"intake + consolidation: {total:.1f} s = {total / baseline:.2f} x openpyxl reading "
        f"(target <= 1.5 x)"
    )
    print(f"peak RSS: main process {me:.0f} MB, largest worker {kids:.0f} MB (target <= 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

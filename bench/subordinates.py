"""The Subordinates and Completeness pages with 2,000 subordinates — vs raw sqlite3.

    .venv/bin/python bench/subordinates.py [--count 2000] [--runs 5] [--db FILE]
    .venv/bin/python bench/subordinates.py --make-db FILE --count 50 --names tr   # and exit

Generates (or reuses ``--db``) a directorate on the demo plan with COUNT subordinates, each
with a certificate of its own (issued by one generated authority), and a return for 2021-T1
taken in from nine in ten of them (a real return's data with the school's own figures and a
stored file of about 60 kB, like a signed PDF); some decisions issued (accepted, sent back).
Then prints medians of:

- raw: the same rows read with sqlite3 alone — the registry's three queries (subordinates
  with their certificate counts, each one's newest certificate, each one's last return), and
  for Completeness the period's returns, the subordinates and the decisions — read again
  right before each open, so that a busy machine shows in both;
- open: ``SubordinatesPage.set_workspace`` (``CompletenessPage.set_workspace``) → model
  filled → the first paint of the table (offscreen);
- the ORM read that Completeness used before (``services.completeness.period_status``), for
  comparison.

The target is open ≤ 3 × raw, for both pages. ``--make-db`` writes such a directorate (the
school names in Turkish, Russian, ...) for screenshots, then exits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

PERIOD = "2021-T1"
SHARE_IN = 0.9  # of the subordinates have sent their return
FILE_BYTES = 60_000

PLACES = {
    "tr": ["Karesi", "Altıeylül", "Bandırma", "Edremit", "Gönen", "Ayvalık", "Burhaniye",
           "Susurluk", "Dursunbey", "Sındırgı", "İvrindi", "Bigadiç"],
    "ru": ["Караганды", "Темиртау", "Балхаша", "Сарани", "Шахтинска", "Абая", "Приозёрска",
           "Каркаралинска", "Жезказгана", "Сатпаева"],
    "ro": ["Iași", "Pașcani", "Hârlău", "Târgu Frumos", "Podu Iloaiei", "Țibănești"],
    "vi": ["Bà Rịa", "Vũng Tàu", "Xuyên Mộc", "Đất Đỏ", "Long Điền", "Châu Đức"],
}  # fmt: skip
KINDS_OF_SCHOOL = {
    "tr": ["Anadolu Lisesi", "Ortaokulu", "İlkokulu", "Mesleki ve Teknik Anadolu Lisesi",
           "Fen Lisesi", "İmam Hatip Ortaokulu"],
    "ru": ["Средняя общеобразовательная школа № {n}", "Гимназия № {n}", "Лицей № {n}",
           "Основная школа № {n}"],
    "ro": ["Școala Gimnazială nr. {n}", "Liceul Teoretic nr. {n}", "Colegiul Național nr. {n}"],
    "vi": ["Trường Tiểu học số {n}", "Trường THCS số {n}", "Trường THPT số {n}"],
}  # fmt: skip
HEROES = {
    "tr": ["Şehit Öğretmen Ayşe Gül", "Atatürk", "Cumhuriyet", "Gazi", "Namık Kemal",
           "Fatma Aliye", "Halide Edip", "Sabiha Gökçen"],
    "ru": ["имени Абая", "имени М. Ауэзова", "имени Н. Гоголя", "имени Ч. Валиханова"],
    "ro": ["„Ștefan cel Mare”", "„Mihai Eminescu”", "„Ion Creangă”", "„Ecaterina Teodoroiu”"],
    "vi": ["Lê Quý Đôn", "Nguyễn Trãi", "Trần Hưng Đạo", "Võ Thị Sáu"],
}  # fmt: skip


def school_name(language: str, n: int, rng: random.Random) -> str:
    place = rng.choice(PLACES[language])
    kind = rng.choice(KINDS_OF_SCHOOL[language]).format(n=n)
    hero = rng.choice(HEROES[language])
    if language == "tr":
        return f"{place} {hero} {kind}"
    if language == "ru":
        return f"{kind} {hero} г. {place}"
    if language == "ro":
        return f"{kind} {hero} {place}"
    return f"{kind} {hero}, {place}"


def _certificates(codes: list[tuple[str, str]]) -> dict[str, str]:
    """A PEM for each (code, name): one authority, one leaf key, a certificate each; a few
    expired and a few ending soon."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    ca_key = ec.generate_private_key(ec.SECP256R1())
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bench authority")])
    now = datetime.now(UTC)
    out = {}
    for number, (code, name) in enumerate(codes):
        short = name.encode()[:60].decode(errors="ignore") or code
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, short),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"PLANDESK:{code}"),
            ]
        )
        days = 30 if number % 97 == 5 else -3 if number % 131 == 7 else 3 * 365
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(ca_name)
            .public_key(leaf_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=400))
            .not_valid_after(now + timedelta(days=days))
            .sign(ca_key, hashes.SHA256())
        )
        out[code] = cert.public_bytes(serialization.Encoding.PEM).decode()
    return out


def build_directorate(path: Path, count: int, names: str = "tr", seed: int = 12) -> None:
    """The demo directorate with *count* subordinates, their certificates, returns and a few
    decisions (see the module's text)."""
    from sqlalchemy import insert, select

    from app.db.migrate import open_database
    from app.db.models import Institution, Return, Review, TrustedCertificate
    from app.services.demo import build_demo
    from app.services.institutions import get_self
    from app.services.plans import require_current_plan
    from app.services.return_payload import build_payload, canonical_bytes

    rng = random.Random(seed)
    languages = names.split(",")
    db = open_database(path)
    try:
        with db.unit("bench directorate") as session:
            build_demo(session)
            me = get_self(session)
            assert me is not None
            plan = require_current_plan(session)
            template = build_payload(session, plan, PERIOD, language="tr", version=1)
            people = [
                (f"{'OKUL' if lang == 'tr' else lang.upper()}-{n:04d}", school_name(lang, n, rng))
                for n in range(1, count + 1)
                for lang in [languages[n % len(languages)]]
            ]
            session.execute(
                insert(Institution),
                [
                    {
                        "code": code,
                        "name": name,
                        "kind": "school",
                        "parent_id": me.id,
                        "language": languages[n % len(languages)],
                        "email": f"{code.lower()}@example.edu",
                        "is_self": False,
                        "is_subordinate": True,
                    }
                    for n, (code, name) in enumerate(people, start=1)
                ],
            )
            codes_ids = session.execute(select(Institution.code, Institution.id))
            ids = {code: id_ for code, id_ in codes_ids}
            pems = _certificates(people)
            session.execute(
                insert(TrustedCertificate),
                [
                    {
                        "institution_id": ids[code],
                        "pem": pem,
                        "sha256": hashlib.sha256(pem.encode()).hexdigest(),
                        "label": code,
                        "is_root": False,
                    }
                    for code, pem in pems.items()
                ],
            )
            received = datetime(2021, 5, 8, 9, 0)
            rows = []
            for n, (code, name) in enumerate(people):
                if rng.random() > SHARE_IN:
                    continue
                payload = _school_payload(template, code, name, rng)
                data = canonical_bytes(payload)
                blob = rng.randbytes(FILE_BYTES)
                rows.append(
                    {
                        "direction": "incoming",
                        "kind": "institution",
                        "status": "accepted",
                        "plan_id": plan.id,
                        "institution_code": code,
                        "recipient_code": me.code,
                        "period_key": PERIOD,
                        "version": 1,
                        "payload": data.decode("utf-8"),
                        "payload_sha256": hashlib.sha256(data).hexdigest(),
                        "file_name": f"{code}_{PERIOD}_v1.pdf",
                        "file_sha256": hashlib.sha256(blob).hexdigest(),
                        "file_content": blob,
                        "signer_subject": f"CN={name[:50]},OU=PLANDESK:{code}",
                        "signer_sha256": hashlib.sha256(code.encode()).hexdigest(),
                        "signed_at": received - timedelta(hours=n % 48),
                        "received_at": received + timedelta(minutes=n),
                        "late": n % 7 == 0,
                    }
                )
            session.execute(insert(Return), rows)
            returns = session.execute(
                select(Return.id, Return.institution_code).where(Return.direction == "incoming")
            ).all()
            decided = []
            for number, (return_id, _code) in enumerate(returns):
                if number % 3 == 2:
                    continue  # not reviewed yet
                sent_back = number % 29 == 4
                decided.append(
                    {
                        "return_id": return_id,
                        "direction": "issued",
                        "decision": "sent_back" if sent_back else "accepted",
                        "reason": "Katılımcı sayıları eksik" if sent_back else "",
                        "reviewer": me.head_name,
                        "issuer_code": me.code,
                        "decided_at": received + timedelta(days=2, minutes=number),
                        "receipt_sha256": hashlib.sha256(str(return_id).encode()).hexdigest(),
                    }
                )
            if decided:
                session.execute(insert(Review), decided)
    finally:
        db.dispose()


def _school_payload(
    template: dict[str, Any], code: str, name: str, rng: random.Random
) -> dict[str, Any]:
    """The template return as one school's own: its code and name, its figures."""
    payload: dict[str, Any] = json.loads(json.dumps(template))
    payload["institution"] = {**payload["institution"], "code": code, "name": name}
    for item in payload.get("items", []):
        if item.get("kind") != "activity" or not item.get("planned"):
            continue
        status = rng.choice(["done", "done", "done", "in_progress", "not_done", None])
        people = rng.randint(5, 240) if status == "done" else None
        item["progress"] = (
            {"status": status, "participants": people, "reason": ""}
            if status != "not_done"
            else {"status": status, "participants": None, "reason": "Salgın önlemleri"}
        )
        if status is None:
            item["progress"] = None
        item["events"] = {"count": rng.randint(0, 3), "participants": rng.randint(0, 90)}
    return payload


# -- the raw reads the pages are compared with ----------------------------------------------
def raw_registry(path: Path) -> float:
    from app.services.registry import LAST_RETURN_SQL, NEWEST_CERT_SQL, REGISTRY_SQL

    started = time.perf_counter()
    con = sqlite3.connect(path)
    try:
        con.execute(NEWEST_CERT_SQL).fetchall()
        con.execute(LAST_RETURN_SQL, ("incoming", "accepted")).fetchall()
        con.execute(REGISTRY_SQL).fetchall()
    finally:
        con.close()
    return time.perf_counter() - started


def raw_completeness(path: Path) -> float:
    from app.services.registry import PERIOD_RETURNS_SQL, SUBORDINATES_SQL

    started = time.perf_counter()
    con = sqlite3.connect(path)
    try:
        plan = con.execute("SELECT max(id) FROM plan").fetchone()[0]
        ids = [
            row[0] for row in con.execute(PERIOD_RETURNS_SQL, ("incoming", PERIOD, plan)).fetchall()
        ]
        con.execute(SUBORDINATES_SQL).fetchall()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            con.execute(
                "SELECT return_id, decision, reason FROM review WHERE direction = 'issued' "
                f"AND return_id IN ({marks}) ORDER BY decided_at, id",
                chunk,
            ).fetchall()
    finally:
        con.close()
    return time.perf_counter() - started


def _app() -> Any:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.ui.qt_compat import protect_none
    from app.ui.style import apply_style

    def quiet(_mode: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # offscreen plugin noise
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication(sys.argv[:1])
    protect_none(app)
    apply_style(app)
    return app


def measure(app: Any, workspace: Any, path: Path, page_class: Any, view: str, raw: Any, runs: int):  # type: ignore[no-untyped-def]
    raws, opens = [], []
    for _run in range(runs):
        page = page_class()
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        raws.append(raw(path))
        t0 = time.perf_counter()
        page.set_workspace(workspace)
        getattr(page, view).viewport().repaint()  # the first paint of the filled table
        opens.append(time.perf_counter() - t0)
        rows = page.model.rowCount()
        page.close()
        page.deleteLater()
        app.processEvents()
    return raws, opens, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--make-db", type=Path, help="write a directorate here and exit")
    parser.add_argument("--names", default="tr", help="languages of the school names: tr,ru")
    args = parser.parse_args()
    if args.make_db is not None:
        if args.make_db.exists():
            parser.error(f"{args.make_db} exists already")
        build_directorate(args.make_db, args.count, args.names)
        print(f"{args.make_db}: a directorate with {args.count} subordinates")
        return 0
    app = _app()
    folder = tempfile.TemporaryDirectory(prefix="plandesk-bench-")
    path = args.db or Path(folder.name) / "directorate.sqlite"
    if not path.exists():
        t0 = time.perf_counter()
        build_directorate(path, args.count, args.names)
        print(f"generated {args.count} subordinates in {time.perf_counter() - t0:.1f} s: {path}")

    from app.ui.pages.completeness import CompletenessPage
    from app.ui.pages.subordinates import SubordinatesPage
    from app.ui.workspace import open_workspace

    raw_registry(path)  # the first read warms the operating system's file cache
    raw_completeness(path)
    workspace = open_workspace(path)
    _ = workspace.db  # SQLAlchemy opened (the launcher warms it up in the background)
    from app.services.completeness import period_status

    orm = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        with workspace.db.unit() as session:
            period_status(session, PERIOD)
        orm.append(time.perf_counter() - t0)
    med = statistics.median
    print(f"subordinates: {args.count}, runs: {args.runs}")
    for title, page_class, view, raw in (
        ("Subordinates", SubordinatesPage, "view", raw_registry),
        ("Completeness", CompletenessPage, "statusView", raw_completeness),
    ):
        raws, opens, rows = measure(app, workspace, path, page_class, view, raw, args.runs)
        ratios = [o / r for o, r in zip(opens, raws, strict=True)]
        print(f"{title} page ({rows} rows)")
        print(f"  raw sqlite3 query ........... {med(raws) * 1000:7.1f} ms")
        print(
            f"  open page (read+model+paint)  {med(opens) * 1000:7.1f} ms   "
            f"ratio {med(opens) / med(raws):.1f}x, per run {med(ratios):.1f}x (target <= 3x)"
        )
    print(f"completeness.period_status (ORM, as before) {med(orm) * 1000:7.1f} ms")
    workspace.close()
    folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())

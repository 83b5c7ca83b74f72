"""Issue 5 end to end, through the command line only: three schools, a district, a province.

Template down, progress and signed returns up, district intake and consolidation, province
intake of the district's consolidated return (and an old direct return of one school);
totals at the province equal the sum of the schools'.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli.main import run
from tests.helpers import copy_db

PW = "correct horse battery"


def ok(*args: str | Path) -> None:
    code = run([str(a) for a in args])
    assert code == 0, f"plandesk {' '.join(map(str, args))} -> {code}"


def dump(path: Path) -> list[str]:
    """Every row of the database, as SQL (on PostgreSQL runs: the server's rows)."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def out_of(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


SCHOOLS = {
    "OKUL-1": ("Karesi Anadolu Lisesi", 40, "done"),
    "OKUL-2": ("Altıeylül İlkokulu", 25, "done"),
    "OKUL-3": ("Bandırma Ortaokulu", 0, "not_done"),
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("e2e")
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    prov, dist = tmp / "province.sqlite", tmp / "district.sqlite"
    # province: the demo plan, its identity
    ok("--db", prov, "demo")
    ok("--db", prov, "identity", "create")
    ok("--db", prov, "identity", "export-trust", "--out", tmp / "prov.pem")
    ok("--db", prov, "template", "export", "--out", tmp / "template.json")
    # district: reports to the province
    ok(
        "--db",
        dist,
        "institution",
        "set",
        "--name",
        "Karesi İlçe MEM",
        "--code",
        "ILCE-KARESI",
        "--kind",
        "district",
        "--parent-code",
        "MEB-10",
        "--language",
        "tr",
    )
    ok("--db", dist, "plan", "import", tmp / "template.json", "--trust", tmp / "prov.pem")
    ok("--db", dist, "identity", "create")
    ok("--db", dist, "identity", "export-trust", "--out", tmp / "dist.pem")
    ok(
        "--db",
        prov,
        "subordinate",
        "add",
        "--code",
        "ILCE-KARESI",
        "--name",
        "Karesi İlçe MEM",
        "--kind",
        "district",
        "--trust",
        tmp / "dist.pem",
    )
    inbox = tmp / "district-inbox"
    inbox.mkdir()
    for code, (name, people, status) in SCHOOLS.items():
        db = tmp / f"{code}.sqlite"
        ok(
            "--db",
            db,
            "institution",
            "set",
            "--name",
            name,
            "--code",
            code,
            "--kind",
            "school",
            "--parent-code",
            "ILCE-KARESI",
            "--language",
            "tr",
        )
        ok("--db", db, "plan", "import", tmp / "template.json", "--trust", tmp / "prov.pem")
        ok("--db", db, "identity", "create")
        ok("--db", db, "identity", "export-trust", "--out", tmp / f"{code}.pem")
        args = ["--db", db, "progress", "set", "2.1.4", "--period", "2021-T1", "--status", status]
        args += ["--participants", str(people)] if people else ["--reason", "Salgın"]
        ok(*args)
        ok(
            "--db",
            db,
            "event",
            "add",
            "--activity",
            "2.1.4",
            "--date",
            "2021-03-10",
            "--title",
            f"{name} semineri",
            "--kind",
            "seminar",
            "--participants",
            str(people),
        )
        ok(
            "--db",
            db,
            "return",
            "export",
            "--period",
            "2021-T1",
            "--format",
            "xlsx",
            "--sign",
            "--out",
            inbox / f"{code}_2021-T1_v1.xlsx",
        )
        ok(
            "--db",
            dist,
            "subordinate",
            "add",
            "--code",
            code,
            "--name",
            name,
            "--trust",
            tmp / f"{code}.pem",
        )
    mp.undo()
    return {"tmp": tmp, "prov": prov, "dist": dist, "inbox": inbox}


def test_chain_totals_add_up(
    chain: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    tmp, prov, dist = chain["tmp"], chain["prov"], chain["dist"]
    code, out, err = out_of(capsys, "--db", dist, "return", "import", chain["inbox"])
    assert code == 0, out + err
    assert out.count("ACCEPTED") + out.count("LATE") == 3
    assert out.count("due 10.05.2021") == 3  # 2021 returns signed today are late
    code, out, _ = out_of(capsys, "--db", dist, "status", "--period", "2021-T1", "--json")
    status = json.loads(out)
    assert status["counts"]["submitted"] + status["counts"]["late"] == 3
    up = tmp / "ILCE-KARESI_2021-T1_v1.xlsx"
    ok(
        "--db",
        dist,
        "consolidate",
        "--period",
        "2021-T1",
        "--format",
        "xlsx",
        "--sign",
        "--out",
        up,
    )
    ok(
        "--db",
        dist,
        "consolidate",
        "--period",
        "2021-T1",
        "--format",
        "json",
        "--out",
        tmp / "district.json",
    )
    district = json.loads((tmp / "district.json").read_text(encoding="utf-8"))
    act = next(i for i in district["items"] if i["code"] == "2.1.4")["consolidated"]
    assert act["participants"] == 65 and act["status_counts"]["done"] == 2
    assert act["status_counts"]["not_done"] == 1
    assert act["reasons"] == [{"reason": "Salgın", "institutions": ["OKUL-3"]}]
    # province: the district's consolidated return and an old direct return of OKUL-1
    inbox = tmp / "province-inbox"
    inbox.mkdir()
    shutil.copy(up, inbox / up.name)
    ok(
        "--db",
        prov,
        "subordinate",
        "add",
        "--code",
        "OKUL-1",
        "--name",
        "Karesi Anadolu Lisesi",
        "--trust",
        tmp / "OKUL-1.pem",
    )
    shutil.copy(chain["inbox"] / "OKUL-1_2021-T1_v1.xlsx", inbox / "OKUL-1_2021-T1_v1.xlsx")
    code, out, err = out_of(capsys, "--db", prov, "return", "import", inbox)
    assert code == 0, out + err
    ok(
        "--db",
        prov,
        "consolidate",
        "--period",
        "2021-T1",
        "--format",
        "json",
        "--out",
        tmp / "province.json",
    )
    province = json.loads((tmp / "province.json").read_text(encoding="utf-8"))
    pact = next(i for i in province["items"] if i["code"] == "2.1.4")["consolidated"]
    assert pact["participants"] == sum(p for _, p, _ in SCHOOLS.values())
    assert province["totals"]["institutions"] == 3  # OKUL-1 counted once
    assert sorted(province["leaves"]) == sorted(SCHOOLS)
    for db in (dist, prov):
        assert_figures_stand_for_the_payloads(db)


def assert_figures_stand_for_the_payloads(path: Path) -> None:
    """Intake summarised every return it took in (``Return.figures``); consolidating from
    those summaries gives what consolidating from the whole payloads gives (rows of an
    earlier version, without figures)."""
    from sqlalchemy import select, update

    from app.db.migrate import open_database
    from app.db.models import Return
    from app.services.consolidate import consolidated_payload
    from app.services.plans import require_current_plan

    db = open_database(path)
    try:

        def consolidated() -> dict[str, object]:
            with db.unit() as s:
                made = consolidated_payload(s, require_current_plan(s), "2021-T1", language="tr")
            made.pop("generated_at")
            return made

        with db.unit() as s:
            stored = s.execute(
                select(Return.kind, Return.figures).where(
                    Return.direction == "incoming", Return.status == "accepted"
                )
            ).all()
        assert stored and all(figures for _, figures in stored)
        from_figures = consolidated()
        with db.unit() as s:
            s.execute(update(Return).values(figures=""))
        assert consolidated() == from_figures
    finally:
        db.dispose()


def test_classification_and_idempotent_second_import(
    chain: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    dist = tmp_path / "d.sqlite"
    copy_db(chain["dist"], dist)
    run(["--db", str(dist), "return", "import", str(chain["inbox"])])  # in already (or now)
    capsys.readouterr()
    folder = tmp_path / "in"
    folder.mkdir()
    good = chain["inbox"] / "OKUL-2_2021-T1_v1.xlsx"
    shutil.copy(good, folder / good.name)
    shutil.copy(good, folder / "copy-of-OKUL-2.xlsx")  # duplicate content
    # tampered: a visible cell edited
    import openpyxl

    wb = openpyxl.load_workbook(good)
    ws = wb.worksheets[0]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == 25:
                cell.value = 250
    wb.save(folder / "OKUL-2-edited.xlsx")
    # unregistered key: a school not known to the district
    rogue = tmp_path / "rogue.sqlite"
    ok(
        "--db",
        rogue,
        "institution",
        "set",
        "--name",
        "Bilinmeyen Okul",
        "--code",
        "OKUL-9",
        "--kind",
        "school",
        "--language",
        "tr",
    )
    ok("--db", rogue, "plan", "import", chain["tmp"] / "template.json", "--trust",
       chain["tmp"] / "prov.pem")  # fmt: skip
    ok("--db", rogue, "identity", "create")
    ok(
        "--db",
        rogue,
        "return",
        "export",
        "--period",
        "2021-T1",
        "--format",
        "pdf",
        "--sign",
        "--out",
        folder / "OKUL-9_2021-T1_v1.pdf",
    )
    # another period
    ok(
        "--db",
        chain["tmp"] / "OKUL-1.sqlite",
        "return",
        "export",
        "--period",
        "2021-T2",
        "--format",
        "xlsx",
        "--sign",
        "--out",
        folder / "OKUL-1_2021-T2_v1.xlsx",
    )
    (folder / "notes.docx").write_bytes(b"PK\x03\x04junk")
    code, out, _ = out_of(capsys, "--db", dist, "return", "import", folder, "--period", "2021-T1")
    lines = {
        line.split()[1].rstrip(":"): line
        for line in out.splitlines()
        if line.split() and line.split()[0] in ("ACCEPTED", "LATE", "DUPLICATE", "REJECTED", "NEW")
    }
    assert code == 1, out
    assert lines["OKUL-2_2021-T1_v1.xlsx"].startswith("DUPLICATE")  # already in from the inbox
    assert lines["copy-of-OKUL-2.xlsx"].startswith("DUPLICATE")
    # saved by openpyxl: no longer the signed original (the package signature is gone)
    assert "no longer the signed original" in lines["OKUL-2-edited.xlsx"]
    assert "signer unknown" in lines["OKUL-9_2021-T1_v1.pdf"]
    assert "another period" in lines["OKUL-1_2021-T2_v1.xlsx"]
    assert "not a return" in lines["notes.docx"]
    before = [r for r in dump(dist) if "audit_entry" not in r]
    code, out, _ = out_of(capsys, "--db", dist, "return", "import", folder, "--period", "2021-T1")
    assert [r for r in dump(dist) if "audit_entry" not in r] == before
    assert "ACCEPTED" not in out and "NEW VERSION" not in out


def test_a_tampered_return_shows_its_sender_as_rejected(
    chain: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The signature fails, but Completeness still names the school: 'rejected', not 'missing'."""
    import openpyxl

    tmp = chain["tmp"]
    dist = tmp_path / "d.sqlite"
    ok(
        "--db",
        dist,
        "institution",
        "set",
        "--name",
        "Karesi İlçe MEM",
        "--code",
        "ILCE-K2",
        "--kind",
        "district",
        "--language",
        "tr",
    )
    ok("--db", dist, "plan", "import", tmp / "template.json", "--trust", tmp / "prov.pem")
    ok(
        "--db",
        dist,
        "subordinate",
        "add",
        "--code",
        "OKUL-3",
        "--name",
        "Bandırma Ortaokulu",
        "--trust",
        tmp / "OKUL-3.pem",
    )
    wb = openpyxl.load_workbook(chain["inbox"] / "OKUL-3_2021-T1_v1.xlsx")
    cell = wb["_payload"]["A1"]
    cell.value = str(cell.value).replace('"Salgın"', '"Tamamlandı"', 1)
    bad = tmp_path / "OKUL-3_2021-T1_v1.xlsx"
    wb.save(bad)
    code, out, _ = out_of(capsys, "--db", dist, "return", "import", bad)
    assert code == 1 and "REJECTED" in out and "OKUL-3" in out
    code, out, _ = out_of(capsys, "--db", dist, "status", "--period", "2021-T1", "--json")
    (row,) = json.loads(out)["subordinates"]
    assert row["code"] == "OKUL-3" and row["state"] == "rejected"
    assert "no longer the signed original" in row["reason"]
    assert row["reason_code"] == "xlsx_resaved"

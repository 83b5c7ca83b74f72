"""The command line as a script would use it: exit codes, one-line errors, JSON output."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import run
from tests.conftest import SEEDS


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = run(["--db", str(db), *args])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def dump(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite"
    code, _out, err = cli(capsys, path, "demo")
    assert code == 0, err
    return path


def test_demo_plan_show_json_has_every_seed_code_text_and_footnote(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(capsys, demo_db, "plan", "show", "--json")
    assert code == 0
    doc = json.loads(out)
    flat: dict[str, dict] = {}

    def walk(nodes: list[dict]) -> None:
        for n in nodes:
            flat[n["code"]] = n
            walk(n["children"])

    walk(doc["items"])
    seed = (SEEDS / "000_a04526a44f22c048.txt").read_text(encoding="utf-8")
    seed_codes = set(re.findall(r"(?:Hedef|hedef|Faal\.)\s+(\d+(?:\.\d+)*)", seed))
    assert seed_codes and seed_codes <= set(flat)
    assert flat["2.1.4"]["kind"] == "activity" and flat["2"]["kind"] == "goal"
    assert "Balıkesir’de görev yapan öncelikle rehber öğretmenler" in flat["2.1.4"]["description"]
    assert "sığınmaevlerinde/alternatif barınma" in flat["3.4.3"]["description"].replace(" /", "/")
    marks = {m for n in flat.values() for m in n["footnotes"]}
    assert marks == {"1", "2"}
    texts = " ".join(f["text"] for f in doc["footnotes"])
    assert "Kadın Konukevlerinin Açılması ve İşletilmesi Hakkında Yönetmelik" in texts
    assert "6284 sayılı Kanun" in texts
    assert [p["key"] for p in doc["periods"]] == ["2021-T1", "2021-T2", "2021-T3"]


def test_demo_has_progress_with_one_not_done_and_events(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statuses = []
    for key in ("2021-T1", "2021-T2", "2021-T3"):
        code, out, _ = cli(capsys, demo_db, "progress", "show", "--period", key, "--json")
        assert code == 0
        statuses += json.loads(out)
    not_done = [r for r in statuses if r["status"] == "not_done"]
    assert len(not_done) == 1 and not_done[0]["reason"]
    assert any(r["status"] == "done" and r["participants"] for r in statuses)
    code, out, _ = cli(capsys, demo_db, "event", "list", "--json")
    events = json.loads(out)
    assert len(events) >= 10 and all(e["activity"] for e in events)


def test_demo_refuses_a_database_that_has_a_plan(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, demo_db, "demo")
    assert code == 1 and "already holds a plan" in err and err.count("\n") == 1


def test_progress_set_and_its_refusals(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(
        capsys, demo_db, "progress", "set", "2.3.1", "--period", "2021-T2", "--status", "not_done"
    )
    assert code == 1 and "needs a reason" in err
    code, out, _ = cli(
        capsys,
        demo_db,
        "progress",
        "set",
        "2.3.1",
        "--period",
        "2021-T2",
        "--status",
        "done",
        "--date",
        "12.05.2021",
        "--participants",
        "48",
    )
    assert code == 0
    code, out, _ = cli(capsys, demo_db, "progress", "show", "--period", "2021-T2", "--json")
    row = next(r for r in json.loads(out) if r["code"] == "2.3.1")
    assert (row["status"], row["done_on"], row["participants"]) == ("done", "2021-05-12", 48)
    code, _, err = cli(
        capsys,
        demo_db,
        "progress",
        "set",
        "2.3.1",
        "--period",
        "2021-T2",
        "--status",
        "done",
        "--participants",
        "many",
    )
    assert code == 2 and "not a whole number" in err


def test_event_add(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(
        capsys,
        demo_db,
        "event",
        "add",
        "--activity",
        "2.3.1",
        "--date",
        "2021-11-25",
        "--title",
        "Flaşmob: Şiddete hayır",
        "--kind",
        "flash_mob",
        "--participants",
        "320",
        "--pupils",
        "300",
    )
    assert code == 0, err
    code, out, _ = cli(capsys, demo_db, "event", "list", "--period", "2021-T3", "--json")
    assert any(e["title"] == "Flaşmob: Şiddete hayır" for e in json.loads(out))
    code, _, err = cli(
        capsys,
        demo_db,
        "event",
        "add",
        "--date",
        "2021-11-25",
        "--title",
        "x",
        "--participants",
        "3",
        "--women",
        "4",
    )
    assert code == 1 and "exceed" in err


def test_institution_set_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    code, _, err = cli(
        capsys,
        db,
        "institution",
        "set",
        "--name",
        "Trường TH Bình An",
        "--code",
        "TH-BA",
        "--kind",
        "school",
        "--parent-code",
        "PGD-TT",
        "--language",
        "vi",
        "--head-name",
        "Nguyễn Văn A",
        "--head-title",
        "Hiệu trưởng",
        "--email",
        "thbinhan@example.edu.vn",
    )
    assert code == 0, err
    code, out, _ = cli(capsys, db, "institution", "show", "--json")
    info = json.loads(out)
    assert info["name"] == "Trường TH Bình An" and info["parent_code"] == "PGD-TT"
    code, _, err = cli(
        capsys, db, "institution", "set", "--name", "X", "--code", "X", "--kind", "spaceship"
    )
    assert code == 1 and "unknown institution kind" in err


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.xlsx", os.urandom(4096)),
        ("empty.csv", b""),
        ("binary.csv", bytes(range(256)) * 40),
        ("hostile.json", b'{"items": ' * 5000),
        ("plan.exe", b"MZ\x90\x00"),
    ],
)
def test_bad_plan_file_exit_1_one_line_database_untouched(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = dump(demo_db)
    code, _out, err = cli(capsys, demo_db, "plan", "import", str(bad))
    assert code == 1
    assert err.startswith("plandesk: ") and err.count("\n") == 1 and "Traceback" not in err
    assert dump(demo_db) == before


def test_missing_file_and_unknown_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, tmp_path / "d.sqlite", "plan", "import", str(tmp_path / "no.xlsx"))
    assert code == 1 and err.count("\n") == 1
    code, _, err = cli(capsys, tmp_path / "d.sqlite", "frobnicate")
    assert code == 2


def test_backup_and_restore(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "b.sqlite"
    assert cli(capsys, demo_db, "backup", "--out", str(out_file))[0] == 0
    before = dump(demo_db)
    assert (
        cli(
            capsys,
            demo_db,
            "progress",
            "set",
            "2.3.1",
            "--period",
            "2021-T2",
            "--status",
            "in_progress",
        )[0]
        == 0
    )
    assert dump(demo_db) != before
    code, _out, err = cli(capsys, demo_db, "restore", str(out_file))
    assert code == 0, err
    assert [line for line in dump(demo_db) if "audit_entry" not in line] == [
        line for line in before if "audit_entry" not in line
    ]
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"nope" * 100)
    code, _, err = cli(capsys, demo_db, "restore", str(junk))
    assert code == 1 and "not a PlanDesk database" in err


def test_installed_entry_point_exit_codes(tmp_path: Path) -> None:
    """The real `plandesk` process: version, a usage error, a user error."""
    exe = [sys.executable, "-m", "app"]
    env = {**os.environ, "PLANDESK_DB": str(tmp_path / "e.sqlite")}
    done = subprocess.run([*exe, "--version"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and "PlanDesk" in done.stdout
    done = subprocess.run([*exe, "plan", "show"], capture_output=True, text=True, env=env)
    assert done.returncode == 1 and done.stderr.startswith("plandesk: there is no database")
    assert not (tmp_path / "e.sqlite").exists()  # a reading command starts no database
    done = subprocess.run([*exe, "institution", "set", "--name", "Ş", "--code", "S", "--kind",
                           "school"], capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*exe, "plan", "show"], capture_output=True, text=True, env=env)
    assert done.returncode == 1 and done.stderr.strip().startswith("plandesk: there is no plan")
    done = subprocess.run([*exe, "progress", "set"], capture_output=True, text=True, env=env)
    assert done.returncode == 2


def test_event_import_all_or_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "events.csv"
    bad.write_text(
        "Tarih;Faaliyet;Etkinlik adı;Türü;Katılımcı sayısı\n"
        "24.03.2021;2.1.4;Rehber öğretmen semineri;Seminer;40\n"
        "32.03.2021;2.1.4;Yanlış tarih;Seminer;40\n",
        encoding="utf-8-sig",
    )
    before = dump(demo_db)
    code, _, err = cli(capsys, demo_db, "event", "import", str(bad))
    assert code == 1 and "row 3: '32.03.2021' is not a date" in err
    assert dump(demo_db) == before
    bad.write_text(bad.read_text(encoding="utf-8-sig").replace("32.03", "30.03"), "utf-8")
    code, out, err = cli(capsys, demo_db, "event", "import", str(bad))
    assert code == 0, err
    assert "imported 2 events" in out

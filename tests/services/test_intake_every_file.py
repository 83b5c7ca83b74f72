"""Intake tells every file it was given (issue 13): a note or a hidden file beside the returns
gets a line ("skipped", not read, not an error); a file refused once (renamed, say) is judged
again when the very same bytes come back under their right name, not called a duplicate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli.main import run

PW = "every file password"
NAME = "Școala Gimnazială „Mihai Eminescu” din comuna Ștefan cel Mare, județul Călărași — structura"


def ok(*args: object) -> None:
    assert run([str(a) for a in args]) == 0, args


def intake(capsys: pytest.CaptureFixture[str], db: Path, *paths: Path) -> tuple[int, dict]:  # type: ignore[type-arg]
    capsys.readouterr()
    code = run(["--db", str(db), "return", "import", *map(str, paths), "--json"])
    out, _err = capsys.readouterr()
    return code, json.loads(out)


def test_every_file_has_a_line_and_a_refused_file_is_judged_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANDESK_KEY_PASSWORD", PW)
    school, district = tmp_path / "school.sqlite", tmp_path / "district.sqlite"
    ok("--db", school, "demo")
    ok("--db", school, "institution", "set", "--name", NAME, "--code", "SC-1", "--kind",
       "school", "--language", "ro")  # fmt: skip
    ok("--db", school, "identity", "create")
    ok("--db", school, "identity", "export-trust", "--out", tmp_path / "sc1.pem")
    signed = tmp_path / "SC-1_2021-T1_v1.pdf"
    ok("--db", school, "return", "export", "--period", "2021-T1", "--format", "pdf", "--sign",
       "--out", signed)  # fmt: skip
    ok("--db", district, "demo")
    ok("--db", district, "subordinate", "add", "--code", "SC-1", "--name", NAME, "--trust",
       tmp_path / "sc1.pem")  # fmt: skip
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    renamed = inbox / "SC-2_2021-T1_v1.pdf"
    shutil.copy(signed, renamed)
    (inbox / "citiți-mă.txt").write_text("returns of the month", encoding="utf-8")
    (inbox / ".DS_Store").write_bytes(b"\0\1")
    code, report = intake(capsys, district, inbox)
    by_file = {line["file"]: line for line in report["files"]}
    assert code == 1 and report["rejected"] == 1 and report["skipped"] == 2
    assert by_file[renamed.name]["reason"]["code"] == "renamed"
    for name in ("citiți-mă.txt", ".DS_Store"):
        assert by_file[name]["outcome"] == "skipped"
        assert by_file[name]["reason"]["code"] == "not_read"
    # the same bytes under their right name: verified again and taken in
    right = tmp_path / "again" / signed.name
    right.parent.mkdir()
    shutil.copy(renamed, right)
    code, report = intake(capsys, district, right)
    [line] = report["files"]
    assert code == 0 and line["outcome"] in ("accepted", "late"), line
    # and now, only now, the very same file is a duplicate
    code, report = intake(capsys, district, renamed.parent / renamed.name)
    assert report["files"][0]["outcome"] == "duplicate"

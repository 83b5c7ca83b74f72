"""Several clerks at once on one directorate's database (issue 16), on both engines: two
processes taking in overlapping folders of returns store every return once, and two clerks
signing the same period sign it once, the second told by whom.

Each clerk is a process of its own; a barrier makes both read the database before either
writes, so each decides on an out-of-date picture and the database has to set it right (the
lock on an institution's period, the unique indexes on incoming returns, the lock on signing).
"""

from __future__ import annotations

import multiprocessing
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import app.db.migrate as migrate
from app.cli.main import run
from app.db.models import Return
from app.db.session import Database
from tests.services import shared_workers

PW = "several clerks password"
SCHOOLS = [f"OKUL-{n}" for n in range(1, 7)]
TAKEN = {"accepted", "late", "new version"}


def ok(*args: object) -> None:
    code = run([str(a) for a in args])
    assert code == 0, f"plandesk {' '.join(map(str, args))} -> {code}"


def target_of(path: Path) -> tuple[str, Database]:
    """What a clerk's process opens: the file, or (PostgreSQL runs) the server database the
    test's file stands for."""
    db = migrate.open_database(path)
    return (db.url if db.is_server else str(path)), db


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A directorate (the demo plan) with six schools, each with its signed 2021-T1 return;
    OKUL-1 also signed an XLSX of its first version and then a second version."""
    tmp = tmp_path_factory.mktemp("clerks")
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    top = tmp / "directorate.sqlite"
    ok("--db", top, "demo")
    ok("--db", top, "identity", "create")
    ok("--db", top, "identity", "export-trust", "--out", tmp / "top.pem")
    ok("--db", top, "template", "export", "--out", tmp / "template.json")
    files = tmp / "files"
    files.mkdir()
    for n, code in enumerate(SCHOOLS, start=1):
        db = tmp / f"{code}.sqlite"
        ok("--db", db, "institution", "set", "--name", f"Okul {n}", "--code", code, "--kind",
           "school", "--parent-code", "MEB-10", "--language", "tr")  # fmt: skip
        ok("--db", db, "plan", "import", tmp / "template.json", "--trust", tmp / "top.pem")
        ok("--db", db, "identity", "create")
        ok("--db", db, "identity", "export-trust", "--out", tmp / f"{code}.pem")
        ok("--db", db, "progress", "set", "2.1.4", "--period", "2021-T1", "--status", "done",
           "--participants", str(10 * n))  # fmt: skip
        ok("--db", db, "return", "export", "--period", "2021-T1", "--format", "pdf", "--sign",
           "--out", files / f"{code}_2021-T1_v1.pdf")  # fmt: skip
        ok("--db", top, "subordinate", "add", "--code", code, "--name", f"Okul {n}", "--trust",
           tmp / f"{code}.pem")  # fmt: skip
    first = tmp / "OKUL-1.sqlite"
    ok("--db", first, "return", "export", "--period", "2021-T1", "--format", "xlsx", "--sign",
       "--out", files / "OKUL-1_2021-T1_v1.xlsx")  # fmt: skip
    ok("--db", first, "return", "correct", "--period", "2021-T1")
    ok("--db", first, "progress", "set", "2.1.4", "--period", "2021-T1", "--status", "done",
       "--participants", "99")  # fmt: skip
    ok("--db", first, "return", "export", "--period", "2021-T1", "--format", "pdf", "--sign",
       "--out", files / "OKUL-1_2021-T1_v2.pdf")  # fmt: skip
    mp.undo()
    return {"tmp": tmp, "top": top, "files": files}


def _folder(world: dict[str, Path], name: str, picks: dict[str, str]) -> Path:
    folder = world["tmp"] / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for target, source in picks.items():
        shutil.copy(world["files"] / source, folder / target)
    return folder


def _run_both(name: str, args_a: tuple[Any, ...], args_b: tuple[Any, ...]) -> list[Any]:
    """``shared_workers.<name>`` in two processes of their own at once (each may start its
    own workers); a barrier is passed after the arguments' first part."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        barrier, results = manager.Barrier(2), manager.dict()
        processes = [
            ctx.Process(
                target=shared_workers.job,
                args=(name, key, (*args[:-1], barrier, args[-1]), results),
            )
            for key, args in enumerate((args_a, args_b))
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=600)
            if process.is_alive():
                process.kill()
                process.join()
        found = [results.get(key, ("error", "no result (killed?)")) for key in (0, 1)]
    errors = [text for state, text in found if state != "ok"]
    assert not errors, "\n".join(errors)
    return [value for _state, value in found]


def test_two_clerks_taking_in_overlapping_folders_store_every_return_once(
    world: dict[str, Path], tmp_path: Path
) -> None:
    from tests.helpers import copy_db

    copy = tmp_path / "directorate.sqlite"
    copy_db(world["top"], copy)  # (PostgreSQL runs: a copy on the server)
    v1 = "OKUL-1_2021-T1_v1.pdf"
    a = _folder(
        world,
        "clerk-a",
        {v1: v1, **{f"{c}_2021-T1_v1.pdf": f"{c}_2021-T1_v1.pdf" for c in SCHOOLS[1:4]},
         "copy of OKUL-2.pdf": "OKUL-2_2021-T1_v1.pdf"},
    )  # fmt: skip
    b = _folder(
        world,
        "clerk-b",
        {"OKUL-1_2021-T1_v2.pdf": "OKUL-1_2021-T1_v2.pdf",
         "OKUL-1_2021-T1_v1.xlsx": "OKUL-1_2021-T1_v1.xlsx",
         **{f"{c}_2021-T1_v1.pdf": f"{c}_2021-T1_v1.pdf" for c in SCHOOLS[2:]},
         "copy of OKUL-2.pdf": "OKUL-2_2021-T1_v1.pdf"},
    )  # fmt: skip
    target, db = target_of(copy)
    try:
        lines_a, lines_b = _run_both(
            "take_in",
            (target, str(a), str(tmp_path / "home-a")),
            (target, str(b), str(tmp_path / "home-b")),
        )
        with db.unit() as s:
            incoming = s.execute(
                select(
                    Return.institution_code,
                    Return.version,
                    Return.status,
                    Return.file_sha256,
                    Return.file_name,
                ).where(Return.direction == "incoming")
            ).all()
            files = s.scalar(select(func.count(func.distinct(Return.file_sha256))))
    finally:
        db.dispose()
    # every file once, every return once: the 6 schools, OKUL-1 twice (v1 and v2); the XLSX
    # of OKUL-1's v1 is the same return as its PDF: only one of the two is kept
    assert len(incoming) == files == 7, incoming
    assert Counter(r.institution_code for r in incoming) == {
        **dict.fromkeys(SCHOOLS, 1),
        "OKUL-1": 2,
    }
    accepted = {r.institution_code: r.version for r in incoming if r.status == "accepted"}
    assert accepted == {**dict.fromkeys(SCHOOLS, 1), "OKUL-1": 2}, incoming
    assert {r.version for r in incoming if r.status == "superseded"} == {1}
    # each clerk was told: what the other took in first is a duplicate, never an error
    lines = lines_a + lines_b
    assert len(lines) == 12 and {o for _f, o, _n, _v in lines} <= TAKEN | {"duplicate"}
    taken = [line for line in lines if line[1] in TAKEN]
    assert len(taken) == 7, lines
    by_name = Counter(f for f, o, _n, _v in taken)
    for code in SCHOOLS[2:4]:  # in both folders: taken in by one clerk only
        assert by_name[f"{code}_2021-T1_v1.pdf"] == 1
    assert by_name["OKUL-2_2021-T1_v1.pdf"] + by_name["copy of OKUL-2.pdf"] == 1
    assert by_name[v1] + by_name["OKUL-1_2021-T1_v1.xlsx"] == 1
    dupes = Counter(n for _f, o, n, _v in lines if o == "duplicate")
    assert dupes["same_file"] == 4 and dupes["same_return"] == 1, lines


def test_two_clerks_signing_one_period_sign_it_once_the_second_told_by_whom(
    world: dict[str, Path], tmp_path: Path
) -> None:
    from tests.helpers import copy_db

    school = tmp_path / "school.sqlite"
    copy_db(world["tmp"] / "OKUL-2.sqlite", school)
    target, db = target_of(school)
    outs = [tmp_path / "a" / "OKUL-2_2021-T2_v1.pdf", tmp_path / "b" / "OKUL-2_2021-T2_v1.pdf"]
    for out in outs:
        out.parent.mkdir()
    try:
        results = _run_both(
            "sign",
            (target, "2021-T2", str(outs[0]), str(tmp_path / "home-a"), PW),
            (target, "2021-T2", str(outs[1]), str(tmp_path / "home-b"), PW),
        )
        with db.unit() as s:
            signed = s.execute(
                select(Return.version, Return.recorded_by, Return.file_sha256).where(
                    Return.direction == "outgoing",
                    Return.period_key == "2021-T2",
                    Return.status == "signed",
                )
            ).all()
        clerk = db.user
    finally:
        db.dispose()
    codes = sorted(code for code, _err in results)
    assert codes == [0, 1], results
    refused = next(err for code, err in results if code == 1)
    assert len(refused.splitlines()) == 1
    assert f"period 2021-T2 was signed meanwhile by {clerk} (version 1" in refused
    assert "nothing was signed here" in refused
    assert len(signed) == 1 and signed[0].version == 1 and signed[0].recorded_by == clerk
    made = [out for out in outs if out.exists()]
    assert len(made) == 1, "the refused clerk's file is not left behind"
    import hashlib

    assert hashlib.sha256(made[0].read_bytes()).hexdigest() == signed[0].file_sha256

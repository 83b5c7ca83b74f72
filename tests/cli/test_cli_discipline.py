"""The command line keeps its word, checked on the real ``plandesk`` process: every mistake
a clerk or a script can make ends in exit 1 (2 for wrong usage) and exactly one line on stderr
— never a traceback, a Python warning or a library's log record — and changes nothing;
success prints nothing on stderr; a closed pipe ends quietly."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import run

PASSWORD = "correct horse battery"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANDESK_")}
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PLANDESK_KEY_PASSWORD=PASSWORD,
        PYTHONWARNINGS="default",  # a warning anyone let through would show
    )
    return env


def batch(env: dict[str, str], commands: list[list[str]]) -> list[dict[str, object]]:
    """Run *commands* in one fresh interpreter (tests/cli/batch.py): each its own streams."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("batch.py"))],
        input=json.dumps(commands),
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    results: list[dict[str, object]] = json.loads(done.stdout)
    return results


def plandesk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def _in_process(db: Path, *args: str) -> None:
    code = run(["--db", str(db), *args])
    assert code == 0, args


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A demo school with an identity and returns; another school whose signer we do not
    trust; hostile and broken files."""
    root = tmp_path_factory.mktemp("cli-discipline")
    old = os.environ.get("PLANDESK_KEY_PASSWORD")
    os.environ["PLANDESK_KEY_PASSWORD"] = PASSWORD
    try:
        db = root / "demo.sqlite"
        _in_process(db, "demo")
        _in_process(db, "identity", "create")
        _in_process(db, "return", "export", "--period", "2021-T1", "--format", "pdf",
                    "--out", str(root / "unsigned.pdf"))  # fmt: skip
        _in_process(db, "return", "export", "--period", "2021-T2", "--format", "pdf",
                    "--sign", "--out", str(root / "signed.pdf"))  # fmt: skip
        other = root / "other.sqlite"
        _in_process(other, "institution", "set", "--name", "Другая школа", "--code", "OTHER",
                    "--kind", "school", "--language", "ru")  # fmt: skip
        _in_process(other, "plan", "set", "--title", "План", "--year", "2024")
        _in_process(other, "identity", "create")
        _in_process(other, "return", "export", "--period", "2024", "--format", "pdf",
                    "--sign", "--out", str(root / "untrusted.pdf"))  # fmt: skip
    finally:
        if old is None:
            os.environ.pop("PLANDESK_KEY_PASSWORD", None)
        else:
            os.environ["PLANDESK_KEY_PASSWORD"] = old
    data = (root / "signed.pdf").read_bytes()
    at = len(data) // 3  # inside the signed bytes, far from the signature itself
    (root / "tampered.pdf").write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])
    (root / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    (root / "garbage.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(4000))
    (root / "garbage.p12").write_bytes(os.urandom(3000))
    (root / "garbage.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nnope\n")
    (root / "junk.sqlite").write_bytes(b"not a database" * 100)
    (root / "empty.csv").write_bytes(b"")
    (root / "pw.txt").write_text("a new password of length", encoding="utf-8")
    (root / "bad_events.csv").write_text(
        "Tarih;Faaliyet;Etkinlik adı;Türü;Katılımcı sayısı\n"
        "24.03.2021;2.1.4;Rehber öğretmen semineri;Seminer;40\n"
        "32.03.2021;2.1.4;Yanlış tarih;Seminer;40\n"
        "25.03.2021;9.9.9;Bilinmeyen faaliyet;Seminer;abc\n",
        encoding="utf-8-sig",
    )
    (root / "folder").mkdir()
    return {"root": root, "db": db, "other": other}


# (what is wrong, arguments with {r} = the folder of files and {db} = the demo, exit code,
#  a word the one line must contain)
MISTAKES: list[tuple[str, list[str], int, str]] = [
    ("no database", ["--db", "{r}/none.sqlite", "plan", "show"], 1, "no database"),
    ("a folder as database", ["--db", "{r}/folder", "plan", "show"], 1, "folder"),
    ("not a database", ["--db", "{r}/junk.sqlite", "plan", "show"], 1, "not a PlanDesk"),
    ("unknown command", ["--db", "{db}", "frobnicate"], 2, "invalid choice"),
    ("no command", ["--db", "{db}", "--size", "800x600", "--page", "plan", "demo"], 2, "window"),
    ("bad period key", ["--db", "{db}", "progress", "show", "--period", "2021-T9"], 1, "period"),
    ("period not in plan", ["--db", "{db}", "narrative", "show", "--period", "2030-Q1"], 1,
     "no period"),
    ("bad format", ["--db", "{db}", "return", "export", "--period", "2021-T1", "--format", "doc",
                    "--out", "{r}/x.doc"], 2, "invalid choice"),
    ("out in a missing folder", ["--db", "{db}", "return", "export", "--period", "2021-T1",
                                 "--format", "pdf", "--out", "{r}/no/such/x.pdf"], 1,
     "does not exist"),
    ("out is a folder", ["--db", "{db}", "return", "export", "--period", "2021-T1", "--format",
                         "xlsx", "--out", "{r}/folder"], 1, "folder"),
    ("verify a folder", ["--db", "{db}", "return", "verify", "{r}/folder"], 1, "is a folder"),
    ("verify a missing file", ["--db", "{db}", "return", "verify", "{r}/nope.pdf"], 1,
     "does not exist"),
    ("verify unsigned", ["--db", "{db}", "return", "verify", "{r}/unsigned.pdf"], 1, "signature"),
    ("verify tampered", ["--db", "{db}", "return", "verify", "{r}/tampered.pdf"], 1, "changed"),
    ("verify untrusted", ["--db", "{db}", "return", "verify", "{r}/untrusted.pdf"], 1,
     "not trusted"),
    ("verify garbage pdf", ["--db", "{db}", "return", "verify", "{r}/garbage.pdf"], 1,
     "garbage.pdf"),
    ("verify garbage xlsx", ["--db", "{db}", "return", "verify", "{r}/garbage.xlsx"], 1,
     "garbage.xlsx"),
    ("verify with a bad trust file", ["--db", "{db}", "return", "verify", "{r}/signed.pdf",
                                      "--trust", "{r}/garbage.pem"], 1, "certificate"),
    ("event import a folder", ["--db", "{db}", "event", "import", "{r}/folder"], 1,
     "list of events"),
    ("event import missing", ["--db", "{db}", "event", "import", "{r}/nope.csv"], 1,
     "does not exist"),
    ("event date", ["--db", "{db}", "event", "add", "--date", "32.01.2021", "--title", "x"], 2,
     "not a date"),
    ("negative participants", ["--db", "{db}", "event", "add", "--date", "2021-03-01",
                                "--title", "x", "--participants", "-5"], 2, "negative"),
    ("unknown activity", ["--db", "{db}", "event", "add", "--date", "2021-03-01", "--title", "x",
                          "--activity", "9.9.9"], 1, "9.9.9"),
    ("breakdown too big", ["--db", "{db}", "event", "add", "--date", "2021-03-01", "--title",
                           "x", "--participants", "5", "--women", "9"], 1, "exceed"),
    ("edit a missing event", ["--db", "{db}", "event", "edit", "9999", "--title", "y"], 1,
     "9999"),
    ("edit with nothing", ["--db", "{db}", "event", "edit", "1"], 1, "nothing to change"),
    ("delete a missing event", ["--db", "{db}", "event", "delete", "9999"], 1, "9999"),
    ("unknown code", ["--db", "{db}", "progress", "set", "9.9", "--period", "2021-T1",
                      "--status", "done"], 1, "9.9"),
    ("unknown status", ["--db", "{db}", "progress", "set", "2.1.4", "--period", "2021-T1",
                        "--status", "finished"], 2, "invalid choice"),
    ("achieved not a number", ["--db", "{db}", "progress", "set", "2.1.4", "--period",
                               "2021-T1", "--status", "done", "--achieved", "abc"], 2, "number"),
    ("plan import missing", ["--db", "{db}", "plan", "import", "{r}/nope.xlsx"], 1,
     "does not exist"),
    ("plan import a folder", ["--db", "{db}", "plan", "import", "{r}/folder"], 1, "folder"),
    ("plan import garbage", ["--db", "{db}", "plan", "import", "{r}/garbage.xlsx"], 1,
     "garbage.xlsx"),
    ("plan import empty", ["--db", "{db}", "plan", "import", "{r}/empty.csv"], 1, "empty"),
    ("plan set nothing", ["--db", "{db}", "plan", "set"], 1, "nothing to set"),
    ("plan set a wild year", ["--db", "{db}", "plan", "set", "--year", "1800"], 1, "1800"),
    ("period set a bad key", ["--db", "{db}", "period", "set", "2021-T7", "--due",
                              "2021-01-01"], 1, "2021-T7"),
    ("due before the period", ["--db", "{db}", "period", "set", "2021-T2", "--due",
                               "2020-01-01"], 1, "before"),
    ("narrative section", ["--db", "{db}", "narrative", "set", "--period", "2021-T3",
                           "--section", "nosuch", "--text", "x"], 1, "nosuch"),
    ("narrative file", ["--db", "{db}", "narrative", "set", "--period", "2021-T3", "--section",
                        "1", "--file", "{r}/nope.txt"], 1, "does not exist"),
    ("narrative needs text", ["--db", "{db}", "narrative", "set", "--period", "2021-T3",
                              "--section", "1"], 2, "required"),
    ("identity import missing", ["--db", "{db}", "identity", "import", "{r}/nope.p12"], 1,
     "does not exist"),
    ("identity import garbage", ["--db", "{db}", "identity", "import", "{r}/garbage.p12"], 1,
     "PKCS#12"),
    ("identity without one", ["--db", "{r}/other-empty.sqlite", "identity", "show"], 1,
     "no database"),
    ("trust into a missing folder", ["--db", "{db}", "identity", "export-trust", "--out",
                                     "{r}/no/such/t.pem"], 1, "does not exist"),
    ("subordinate bad trust", ["--db", "{db}", "subordinate", "add", "--code", "X", "--name",
                               "Y", "--trust", "{r}/garbage.pem"], 1, "certificate"),
    ("issue to an unknown code", ["--db", "{db}", "subordinate", "issue-identity", "--code",
                                  "NOPE", "--out", "{r}/n.p12", "--new-password-file",
                                  "{r}/pw.txt"], 1, "NOPE"),
    ("template into a missing folder", ["--db", "{db}", "template", "export", "--out",
                                        "{r}/no/t.json"], 1, "does not exist"),
    ("return import missing", ["--db", "{db}", "return", "import", "{r}/no-such-folder"], 1,
     "does not exist"),
    ("status bad period", ["--db", "{db}", "status", "--period", "2021-X1"], 1, "period"),
    ("consolidate nothing", ["--db", "{db}", "consolidate", "--period", "2021-T1", "--format",
                             "json", "--out", "{r}/c.json"], 1, "no accepted returns"),
    ("reminders into a missing folder", ["--db", "{db}", "status", "--period", "2021-T1",
                                         "--reminders", "{r}/no-such"], 1, "does not exist"),
    ("backup into a missing folder", ["--db", "{db}", "backup", "--out", "{r}/no/b.sqlite"], 1,
     "does not exist"),
    ("restore junk", ["--db", "{db}", "restore", "{r}/junk.sqlite"], 1, "not a PlanDesk"),
    ("code too long for a certificate", ["--db", "{db}", "institution", "set", "--name", "X",
                                         "--code", "Ş" * 30, "--kind", "school"], 1, "55 bytes"),
    ("subordinate code too long", ["--db", "{db}", "subordinate", "add", "--code", "K" * 56,
                                   "--name", "Y"], 1, "55 bytes"),
    ("unknown kind", ["--db", "{db}", "institution", "set", "--name", "X", "--code", "Y",
                      "--kind", "spaceship"], 1, "kind"),
    ("unknown language", ["--db", "{db}", "institution", "set", "--name", "X", "--code", "Y",
                          "--kind", "school", "--language", "xx"], 2, "invalid choice"),
    ("e-mail of nothing", ["--db", "{db}", "return", "email", "{r}/nope.pdf", "--out",
                           "{r}/m.eml"], 1, "does not exist"),
    ("password file missing", ["--db", "{db}", "--password-file", "{r}/nope.txt", "return",
                               "export", "--period", "2021-T3", "--format", "pdf", "--sign",
                               "--out", "{r}/s.pdf"], 1, "does not exist"),
]  # fmt: skip


def _fill(args: list[str], world: dict[str, Path]) -> list[str]:
    return [a.format(r=world["root"], db=world["db"]) for a in args]


def _files(folder: Path) -> list[str]:
    """What is in *folder* (SQLite's own -wal/-shm files come and go with connections)."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if not p.name.endswith(("-wal", "-shm"))
    )


def _digest(path: Path) -> list[str]:
    """The database's content (not its bytes: a checkpoint rewrites pages, not data)."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    except sqlite3.DatabaseError:
        return [path.read_bytes().hex()]
    finally:
        con.close()


def test_every_mistake_is_one_line_and_changes_nothing(world: dict[str, Path]) -> None:
    env = _env(world["root"].parent / "cli-home")
    before = {p: _digest(p) for p in world["root"].glob("*.sqlite")}
    before_files = _files(world["root"])
    results = batch(env, [_fill(m[1], world) for m in MISTAKES])
    # a few again, each in a process of its own, as a script calls them
    for index in (0, 4, 8, 13, 30, 46):
        alone = plandesk(env, *_fill(MISTAKES[index][1], world))
        assert (alone.returncode, alone.stderr) == (results[index]["code"], results[index]["err"])
    problems = []
    for (what, _args, code, word), done in zip(MISTAKES, results, strict=True):
        err = str(done["err"])
        lines = err.splitlines()
        if done["code"] != code or len(lines) != 1 or word.lower() not in err.lower():
            problems.append(f"{what}: exit {done['code']}, stderr {err!r}")
        elif not lines[0].startswith("plandesk") or "Traceback" in err:
            problems.append(f"{what}: {err!r}")
    assert problems == []
    assert len(MISTAKES) >= 30
    # nothing changed: no database written, no folder or file created
    assert {p: _digest(p) for p in world["root"].glob("*.sqlite")} == before
    assert _files(world["root"]) == before_files


def test_an_import_names_each_bad_row_and_nothing_else(world: dict[str, Path]) -> None:
    env = _env(world["root"].parent / "cli-home")
    done = plandesk(env, "--db", str(world["db"]), "event", "import",
                    str(world["root"] / "bad_events.csv"))  # fmt: skip
    lines = done.stderr.splitlines()
    assert done.returncode == 1
    assert lines[0].startswith("plandesk: bad_events.csv: 2 bad row(s); nothing was imported")
    assert len(lines) == 3 and "row 3" in lines[1] and "row 4" in lines[2]


def test_success_prints_nothing_on_stderr(world: dict[str, Path]) -> None:
    env = _env(world["root"].parent / "cli-home")
    db = str(world["db"])
    commands = [
        ["plan", "show"],
        ["event", "list", "--period", "2021-T1"],
        ["period", "list", "--json"],
        ["narrative", "show", "--period", "2021-T1"],
        ["identity", "show"],
        ["return", "verify", str(world["root"] / "signed.pdf")],
        ["status", "--period", "2021-T1", "--json"],
        ["--help"],
        ["return", "export", "--help"],
    ]
    for args, done in zip(commands, batch(env, [["--db", db, *a] for a in commands]), strict=True):
        assert done["code"] == 0, (args, done["err"])
        assert done["err"] == "", (args, done["err"])
        assert done["out"]
    alone = plandesk(env, "--db", db, "return", "verify", str(world["root"] / "signed.pdf"))
    assert alone.returncode == 0 and alone.stderr == ""


def test_a_closed_pipe_ends_quietly(world: dict[str, Path]) -> None:
    """``plandesk event list | head``: the reader is gone before the first line is written."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(world["db"]), "plan", "show", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(world["root"].parent / "cli-home"),
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read()
    proc.wait(timeout=60)
    assert err == b""


def test_every_option_has_a_help_line_and_help_lists_the_window_options() -> None:
    from app.cli.main import build_parser

    parser = build_parser()
    missing = []

    def walk(p: object, name: str) -> None:
        for action in p._actions:  # type: ignore[attr-defined]
            if action.option_strings and not action.help:
                missing.append(f"{name} {action.option_strings[0]}")
            if action.choices and isinstance(action.choices, dict):
                for sub_name, sub in action.choices.items():
                    walk(sub, f"{name} {sub_name}")
            elif not action.option_strings and not action.help:
                missing.append(f"{name} {action.dest}")

    walk(parser, "plandesk")
    assert missing == []
    text = parser.format_help()
    for option in ("--screenshot", "--page", "--language", "--size", "--db"):
        assert option in text

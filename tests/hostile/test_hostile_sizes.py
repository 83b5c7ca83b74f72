"""Hostile sizes, on the real ``plandesk`` process: every importer refuses a file over a limit
with exit 1 and one line on stderr naming the limit, within 60 s and 300 MB of memory, and the
database stays as it was.

Peak memory is the process's own maximum resident size (``os.wait4``), time the wall clock
from start to exit (Python's start included). With ``PLANDESK_HOSTILE_REPORT=FILE`` every case
appends one line (case, exit, peak, time, the line shown) to FILE.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli.main import run
from tests.hostile import make_hostile as mk

PEAK_MB = 300
SECONDS = 60
PASSWORD = "correct horse battery"


@dataclass
class Measured:
    code: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANDESK_")}
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PLANDESK_KEY_PASSWORD=PASSWORD,
        QT_QPA_PLATFORM="offscreen",
    )
    return env


# A small process between pytest and plandesk: a child inherits its parent's peak memory
# across exec on Linux, so plandesk must be the child of a small process, not of pytest.
WRAPPER = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(done.returncode)
"""


def measured(home: Path, *args: str, timeout: float = SECONDS + 60) -> Measured:
    """Run ``plandesk ARGS`` as its own process; its exit, output, peak memory and time."""
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-c", WRAPPER, str(peak_file), sys.executable, "-m", "app", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(home),
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
        seconds = time.monotonic() - start
        peak = int(peak_file.read_text()) if peak_file.exists() else 0
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes there, kB on Linux
        return Measured(
            proc.returncode,
            out.decode("utf-8", "replace"),
            err.decode("utf-8", "replace"),
            peak / scale,
            seconds,
        )


def dump(db: Path) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def report(case: str, done: Measured) -> None:
    target = os.environ.get("PLANDESK_HOSTILE_REPORT")
    if target:
        line = done.stderr.strip().replace("|", "/")
        row = f"| {case} | {done.code} | {done.peak_mb:.0f} MB | {done.seconds:.1f} s | {line} |"
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(row + "\n")


def assert_refused(case: str, done: Measured, words: tuple[str, ...]) -> None:
    report(case, done)
    assert done.code == 1, (done.code, done.stderr[-2000:])
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("plandesk: "), done.stderr[-2000:]
    for word in words:
        assert word in lines[0], (word, lines[0])
    assert done.peak_mb <= PEAK_MB, f"{case}: {done.peak_mb:.0f} MB"
    assert done.seconds <= SECONDS, f"{case}: {done.seconds:.1f} s"


# ------------------------------------------------------------------ the files and a school
@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("hostile-files")
    made: dict[str, Path] = {}

    def make(name: str, maker: Callable[[Path], None]) -> None:
        made[name] = folder / name
        maker(made[name])

    for name, maker in mk.MAKERS.items():
        make(name, maker)
    make("rows.csv", _many_rows)
    make("cp1251.csv", _legacy_table)
    make("values.json", _many_values)
    make("events.csv", _many_events)
    make("subordinates.csv", _many_subordinates)
    yield made
    shutil.rmtree(folder, ignore_errors=True)  # the 99 MB table goes at once


def _many_rows(path: Path) -> None:
    """A small file (2.6 MB) of 100,000 plan rows: over the rows a table may have."""
    lines = ["No;Activity;Q1"] + [f"{n // 500 + 1}.{n % 500 + 1};Seminar;x" for n in range(100_000)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def _legacy_table(path: Path) -> None:
    """19 MB of a Russian table in Windows-1251 (decoded by guessing the code page)."""
    line = ("1.1;" + "Семинар для учителей и родителей о насилии " * 3 + ";Директор\r\n").encode(
        "cp1251"
    )
    path.write_bytes(b"No;Activity;Responsible\r\n" + line * (19 * mk.MB // len(line)))


def _many_values(path: Path) -> None:
    """A 20 MB JSON plan whose extra key holds 2.6 million tiny objects (600 MB once built)."""
    head = b'{"title": "P", "year": 2024, "scheme": "quarter", "items": [], "x": ['
    body = b",".join([b'{"a":1}'] * ((mk.MB * 20 - len(head) - 2) // 8))
    path.write_bytes(head + body + b"]}")


def _many_events(path: Path) -> None:
    lines = ["Date;Title;Kind;Participants"]
    lines += [f"{1 + n % 28:02d}.03.2021;Seminar {n};seminar;{n % 90 + 10}" for n in range(12_000)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def _many_subordinates(path: Path) -> None:
    lines = ["Code;Name;Email"] + [f"S{n};School {n};s{n}@example.org" for n in range(6_000)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A school with a plan of a few activities (made once, copied for each case)."""
    db = tmp_path_factory.mktemp("hostile-school") / "school.sqlite"
    for args in (
        ("institution", "set", "--name", "Okul", "--code", "OKUL1", "--kind", "school"),
        ("plan", "set", "--title", "Plan", "--year", "2021"),
    ):
        assert run(["--db", str(db), *args]) == 0
    return db


@pytest.fixture
def db(school: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "db" / "school.sqlite"
    copy.parent.mkdir()
    source = sqlite3.connect(school)
    target = sqlite3.connect(copy)
    source.backup(target)
    target.close()
    source.close()
    return copy


def _refused(
    db: Path, tmp_path: Path, case: str, args: list[str], words: tuple[str, ...]
) -> Measured:
    before = dump(db)
    done = measured(tmp_path / "home", "--db", str(db), *args)
    assert_refused(case, done, words)
    assert dump(db) == before, "the database changed"
    left = {p.name for p in db.parent.iterdir()} - {"school.sqlite-wal", "school.sqlite-shm"}
    assert left == {"school.sqlite"}, f"files left behind: {left}"
    return done


# ------------------------------------------------------------------ every importer
PLAN_FILES = [
    ("99 MB CSV, 1,000 columns", "wide.csv", ("too large (99 MB)", "at most 20 MB")),
    ("xlsx, 9 M cells, 180 MB unpacked", "cells.xlsx", ("unpack to 180 MB", "at most 100 MB")),
    ("xlsx, 4 M cells, 86 MB unpacked", "cells-90mb.xlsx", ("to 86 MB", "at most 250 times")),
    ("xlsx, cells bomb, headers lie", "cells-lying.xlsx", ("is damaged", "Bad CRC")),
    ("xlsx, 1.1 M plain cells", "cells-plain.xlsx", ("more than 1,000,000 cells",)),
    ("xlsx, 1 GB shared string", "strings-1gb.xlsx", ("would unpack to 1,024 MB",)),
    ("xlsx, 1 GB shared string, headers lie", "strings-lying.xlsx", ("is damaged", "Bad CRC")),
    ("xlsx, 5 M tiny shared strings", "strings-many.xlsx", ("grow from 0.2 MB to 81 MB",)),
    ("xlsx, 1.1 M plain shared strings", "strings-plain.xlsx", ("1,000,000 shared texts",)),
    ("xlsx, shared strings in bzip2", "strings-bzip2.xlsx", ("zip method 12",)),
    ("CSV, 100,000 rows in 2.6 MB", "rows.csv", ("more than 20,000 rows",)),
    ("19 MB Windows-1251 CSV", "cp1251.csv", ("more than 20,000 rows",)),
    ("JSON, 20 MB of 2.6 M objects", "values.json", ("more than 1,000,000 values",)),
]  # fmt: skip
SLOW = {"wide.csv", "cells-plain.xlsx", "strings-plain.xlsx"}


def _cases(files: list[tuple[str, str, tuple[str, ...]]]) -> list[object]:
    return [
        pytest.param(case, name, words, id=name, marks=[pytest.mark.slow] if name in SLOW else [])
        for case, name, words in files
    ]


@pytest.mark.parametrize(("case", "name", "words"), _cases(PLAN_FILES))
def test_plan_import_refuses_within_the_limits(
    files: dict[str, Path], db: Path, tmp_path: Path, case: str, name: str, words: tuple[str, ...]
) -> None:
    _refused(db, tmp_path, f"plan import: {case}", ["plan", "import", str(files[name])], words)


EVENT_FILES = [
    ("99 MB CSV, 1,000 columns", "wide.csv", ("too large (99 MB)", "at most 20 MB")),
    ("xlsx, 9 M cells", "cells.xlsx", ("would unpack to 180 MB",)),
    ("xlsx, 1.1 M plain shared strings", "strings-plain.xlsx", ("1,000,000 shared texts",)),
    ("xlsx, shared strings in bzip2", "strings-bzip2.xlsx", ("zip method 12",)),
    ("12,000 events", "events.csv", ("12,000 rows of events", "at most 10,000")),
]  # fmt: skip


@pytest.mark.parametrize(("case", "name", "words"), _cases(EVENT_FILES))
def test_event_import_refuses_within_the_limits(
    files: dict[str, Path], db: Path, tmp_path: Path, case: str, name: str, words: tuple[str, ...]
) -> None:
    _refused(db, tmp_path, f"event import: {case}", ["event", "import", str(files[name])], words)


SUBORDINATE_FILES = [
    ("99 MB CSV, 1,000 columns", "wide.csv", ("too large (99 MB)",)),
    ("xlsx, 9 M cells", "cells.xlsx", ("would unpack to 180 MB",)),
    ("xlsx, 1.1 M plain cells", "cells-plain.xlsx", ("more than 1,000,000 cells",)),
    ("xlsx, 1 GB shared string", "strings-1gb.xlsx", ("would unpack to 1,024 MB",)),
    ("6,000 subordinates", "subordinates.csv", ("6,000 rows of subordinates", "at most 5,000")),
]  # fmt: skip


@pytest.mark.parametrize(("case", "name", "words"), _cases(SUBORDINATE_FILES))
def test_subordinate_import_refuses_within_the_limits(
    files: dict[str, Path], db: Path, tmp_path: Path, case: str, name: str, words: tuple[str, ...]
) -> None:
    args = ["subordinate", "import", str(files[name])]
    _refused(db, tmp_path, f"subordinate import: {case}", args, words)


def test_a_1_5_gb_key_file_is_not_read(files: dict[str, Path], db: Path, tmp_path: Path) -> None:
    args = ["identity", "import", str(files["key.p12"])]
    _refused(db, tmp_path, "identity import: 1.5 GB .p12", args, ("too large", "PKCS#12"))


def test_a_1_5_gb_trust_certificate_is_not_read(
    files: dict[str, Path], db: Path, tmp_path: Path
) -> None:
    small = tmp_path / "return.pdf"
    small.write_bytes(b"%PDF-1.7\n%%EOF\n")
    args = ["return", "verify", str(small), "--trust", str(files["trust.pem"])]
    _refused(db, tmp_path, "return verify --trust 1.5 GB .pem", args, ("too large", "certificate"))


@pytest.mark.slow
def test_a_150_mb_pdf_in_a_folder_of_returns_is_not_stored(
    files: dict[str, Path], db: Path, tmp_path: Path
) -> None:
    assert run(["--db", str(db), "subordinate", "add", "--code", "OKUL2", "--name", "Okul 2"]) == 0
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(files["return.pdf"], inbox / "return.pdf")  # sparse stays cheap on most systems
    before = dump(db)
    done = measured(tmp_path / "home", "--db", str(db), "return", "import", str(inbox))
    report("return import: folder with a 150 MB .pdf", done)
    assert done.code == 1 and done.stderr.count("\n") == 1
    assert "too large" in done.stdout
    assert done.peak_mb <= PEAK_MB and done.seconds <= SECONDS
    assert dump(db) == before


@pytest.mark.slow
def test_the_biggest_plan_within_the_limits_imports_within_the_budget(
    db: Path, tmp_path: Path
) -> None:
    """5,000 activities planned in 4 quarters (25,000 rows to store) and ~7.8 million
    characters: just inside every limit, stored within 300 MB and 60 s."""
    text = "Seminar for teachers and parents about violence against women " * 20
    lines = ["No;Activity;Responsible;Q1;Q2;Q3;Q4;Notes;Partners;Target"]
    lines += [
        f"{n // 500 + 1}.{n % 500 + 1}.1;{n} {text};Director {'r' * 50};planned {n};x;x;x;"
        f"note {n} {'w' * 100};police {'p' * 50};{n}"
        for n in range(5000)
    ]
    table = tmp_path / "big.csv"
    table.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    done = measured(
        tmp_path / "home", "--db", str(db), "plan", "import", str(table), "--year", "2025"
    )
    report("plan import: 5,000 activities x 4 quarters, 7.8 M characters (accepted)", done)
    assert done.code == 0 and done.stderr == "", done.stderr[-2000:]
    assert "5000 items" in done.stdout
    assert done.peak_mb <= PEAK_MB and done.seconds <= SECONDS, done


# ------------------------------------------------------------------ the package scan itself
def _sheet_zip(path: Path, sheet: bytes, extra: list[mk.Entry] | None = None) -> None:
    mk.write_zip(
        path, [*mk._skeleton(False), mk.deflated(sheet, "xl/worksheets/sheet1.xml"), *(extra or [])]
    )


def _rejected(path: Path) -> str:
    from app.services.errors import ImportRejected
    from app.services.plan_import import parse_plan_file

    with pytest.raises(ImportRejected) as caught:
        parse_plan_file(path)
    return str(caught.value)


def test_cells_are_counted_in_utf16_and_under_a_namespace_prefix(tmp_path: Path) -> None:
    values = "".join(f"<c><v>{n}</v></c>" for n in range(50))
    rows = "".join(f"<row>{values}</row>" for _ in range(20_100))
    plain = f'<worksheet xmlns="{mk.MAIN_NS}"><sheetData>{rows}</sheetData></worksheet>'
    utf16 = tmp_path / "utf16.xlsx"
    _sheet_zip(
        utf16,
        '<?xml version="1.0" encoding="UTF-16"?>'.encode("utf-16") + plain.encode("utf-16-le"),
    )
    assert "more than 1,000,000 cells" in _rejected(utf16)
    prefixed = plain.replace("<", "<x:").replace("<x:/", "</x:").replace("xmlns=", "xmlns:x=")
    named = tmp_path / "prefixed.xlsx"
    _sheet_zip(named, prefixed.encode())
    assert "more than 1,000,000 cells" in _rejected(named)


def test_other_encodings_long_texts_and_element_floods_are_refused(tmp_path: Path) -> None:
    sheet = f'<worksheet xmlns="{mk.MAIN_NS}"><sheetData><row><c t="inlineStr"><is><t>'
    end = "</t></is></c></row></sheetData></worksheet>"
    odd = tmp_path / "utf32.xlsx"
    _sheet_zip(odd, b'<?xml version="1.0" encoding="UTF-32"?>' + sheet.encode())
    assert "text encoding UTF-32" in _rejected(odd)
    digits = "".join(str(n) for n in mk._numbers(100_000))  # ~1.3 MB that packs like text
    long = tmp_path / "long.xlsx"
    _sheet_zip(long, (sheet + digits + end).encode())
    assert "a text longer than 1 MB" in _rejected(long)
    wide = tmp_path / "row.xlsx"
    _sheet_zip(wide, (sheet + "x</t></is></c>" + "<c/>" * 200_001 + end[13:]).encode())
    assert "one row of the part" in _rejected(wide)
    fonts = "".join(f'<font><sz val="{n % 400}"/><name val="F{n}"/></font>' for n in range(70_000))
    flood = tmp_path / "styles.xlsx"
    styles = mk.deflated(
        f"<styleSheet><fonts>{fonts}</fonts></styleSheet>".encode(), "xl/styles.xml"
    )
    _sheet_zip(flood, (sheet + "x" + end).encode(), [styles])
    assert "xl/styles.xml has more than 200,000 elements" in _rejected(flood)


def test_a_file_that_takes_too_long_is_refused() -> None:
    from app.services.errors import ImportRejected
    from app.services.plan_import.limits import Deadline

    deadline = Deadline("'slow.xlsx'", seconds=0.01)
    time.sleep(0.02)
    with pytest.raises(ImportRejected, match="takes too long to read"):
        deadline.check()

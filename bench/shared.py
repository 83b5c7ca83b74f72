"""Several clerks on one PostgreSQL database against one clerk on an SQLite file (issue 16).

    .venv/bin/python bench/shared.py                  # 2,000 subordinates and returns
    .venv/bin/python bench/shared.py --count 200      # a quick look
    .venv/bin/python bench/shared.py --pg-url postgresql://user@host:port/postgres

The directorate and its N signed XLSX returns are ``bench/intake.py``'s (generated once,
cached in ``bench/out/intake-N``; RSA-2048 school keys under one bench root). Then:

1. SQLite: one clerk process takes in all N returns (``import_returns``, two verifying
   workers, as the window and ``plandesk return import`` do).
2. PostgreSQL: the directorate is moved to a fresh server database (``db copy``), and three
   processes start at once: two clerks take in N/2 returns each (two workers each), a third
   marks the directorate's own progress (one unit of work per mark) until they are done.

It prints the wall time of each side, their ratio (target: two clerks on PostgreSQL <= 0.8 x
one clerk on SQLite), the peak RSS of each process (and of its largest worker), and the
check: every return stored once (N incoming rows, N distinct files, N accepted, one per
school), 0 lost, 0 doubled.

Each clerk works at her own PC. ``--cores split`` (the default when the machine has at least
two cores) models that on one machine: each clerk's processes get their own share of the
cores (the single SQLite clerk the same share as each PostgreSQL clerk); the server and the
marking clerk run anywhere. ``--cores shared`` lets every process use every core (one PC for
everybody: two clerks then only add the server's work to the same cores).

Without ``--pg-url`` (or ``PLANDESK_BENCH_PG_URL``) a private server is started in a
temporary folder (as the user ``pdtest`` when run as root), with PostgreSQL's default
durability (fsync on, synchronous commit), and stopped at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.intake import OUT, generate

PERIOD = "2021-T1"


# ------------------------------------------------------------------ a private server
@contextlib.contextmanager
def private_server() -> Iterator[str]:
    """A PostgreSQL cluster of its own for the bench; yields its admin URL."""
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    bin_dir = bins[-1] if bins else Path(shutil.which("initdb") or "/nonexistent").parent
    if not (bin_dir / "initdb").exists():
        raise SystemExit("bench/shared.py: the PostgreSQL server is not installed")
    folder = Path(tempfile.mkdtemp(prefix="plandesk-bench-pg-"))
    runner: list[str] = []
    if os.geteuid() == 0:
        subprocess.run(
            ["sh", "-c", "id -u pdtest >/dev/null 2>&1 || useradd --system --no-create-home "
             "--shell /usr/sbin/nologin pdtest"],
            check=True,
        )  # fmt: skip
        shutil.chown(folder, "pdtest")
        runner = ["runuser", "-u", "pdtest", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = folder / "data"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.STDOUT, "cwd": folder}
    subprocess.run(
        [*runner, str(bin_dir / "initdb"), "-D", str(data), "-U", "pd", "-A", "trust", "-E",
         "UTF8", "--locale=C.UTF-8"],
        check=True, **quiet,
    )  # fmt: skip
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=100"
    subprocess.run(
        [*runner, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
         "-o", options, "start"],
        check=True, **quiet,
    )  # fmt: skip
    try:
        yield f"postgresql://pd@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*runner, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            **quiet,
        )
        shutil.rmtree(folder, ignore_errors=True)


def fresh_database(admin_url: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = make_url(admin_url).set(drivername="postgresql+psycopg")
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return admin.set(database=name).render_as_string(hide_password=False)


# ------------------------------------------------------------------ the clerks' processes
def _pin(cores: list[int] | None) -> None:
    if cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, cores)  # its verifying workers inherit it


def _usage() -> dict[str, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "rss_mb": me.ru_maxrss / 1024,
        "worker_rss_mb": kids.ru_maxrss / 1024,
        "cpu_s": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
    }


def clerk(target: str, files: list[str], cores: list[int] | None, start: Any, out: Any) -> None:
    """One clerk taking in *files* (``import_returns``, two workers)."""
    _pin(cores)
    from app.db.migrate import open_database
    from app.services.intake import import_returns

    db = open_database(target)
    start.wait()
    t0 = time.perf_counter()
    lines = import_returns(db, [Path(f) for f in files], workers=2, period=PERIOD)
    seconds = time.perf_counter() - t0
    db.dispose()
    outcomes: dict[str, int] = {}
    for line in lines:
        outcomes[line.outcome] = outcomes.get(line.outcome, 0) + 1
    out.put({"seconds": seconds, "files": len(lines), "outcomes": outcomes, **_usage()})


def marker(target: str, stop: Any, start: Any, out: Any) -> None:
    """A third clerk marking the directorate's own progress, one unit of work per mark."""
    from sqlalchemy import select

    from app.db.migrate import open_database
    from app.db.models import PlanItem
    from app.services.plans import require_current_plan
    from app.services.progress import ProgressInput, set_progress

    db = open_database(target)
    with db.unit() as s:
        plan = require_current_plan(s)
        codes = list(
            s.scalars(
                select(PlanItem.code).where(
                    PlanItem.plan_id == plan.id, PlanItem.kind == "activity"
                )
            )
        )
    start.wait()
    marks = failures = 0
    t0 = time.perf_counter()
    while not stop.is_set():
        code = codes[marks % len(codes)]
        try:
            with db.unit("bench mark") as s:
                set_progress(
                    s,
                    require_current_plan(s),
                    ProgressInput(code, "2021-T2", "done", participants=marks % 300),
                )
            marks += 1
        except Exception:
            failures += 1
        time.sleep(0.02)  # a clerk's pace, quick
    seconds = time.perf_counter() - t0
    db.dispose()
    out.put({"marks": marks, "failures": failures, "seconds": seconds, **_usage()})


def run_clerks(
    target: str, halves: list[list[str]], cores: list[list[int] | None], with_marker: bool
) -> tuple[float, list[dict[str, Any]], dict[str, Any] | None]:
    ctx = multiprocessing.get_context("spawn")
    start, stop = ctx.Event(), ctx.Event()
    outs = [ctx.Queue() for _ in halves]
    procs = [
        ctx.Process(target=clerk, args=(target, files, cores[n], start, outs[n]))
        for n, files in enumerate(halves)
    ]
    mark_out = ctx.Queue()
    mark = ctx.Process(target=marker, args=(target, stop, start, mark_out)) if with_marker else None
    for p in [*procs, *([mark] if mark else [])]:
        p.start()
    time.sleep(3)  # everybody has opened the database
    t0 = time.perf_counter()
    start.set()
    results = [q.get(timeout=7200) for q in outs]
    wall = time.perf_counter() - t0
    stop.set()
    marked = mark_out.get(timeout=120) if mark else None
    for p in [*procs, *([mark] if mark else [])]:
        p.join(timeout=60)
    return wall, results, marked


# ------------------------------------------------------------------ the check
def check(target: str, expected: int) -> dict[str, int]:
    from sqlalchemy import func, select

    from app.db.migrate import open_database
    from app.db.models import Return

    db = open_database(target)
    incoming = Return.direction == "incoming"
    with db.unit() as s:
        rows = s.scalar(select(func.count()).where(incoming)) or 0
        files = s.scalar(select(func.count(func.distinct(Return.file_sha256))).where(incoming))
        schools = s.scalar(
            select(func.count(func.distinct(Return.institution_code))).where(
                incoming, Return.status == "accepted"
            )
        )
        accepted = s.scalar(select(func.count()).where(incoming, Return.status == "accepted"))
    db.dispose()
    files, schools, accepted = int(files or 0), int(schools or 0), int(accepted or 0)
    return {
        "rows": int(rows),
        "distinct_files": files,
        "accepted": accepted,
        "schools_accepted": schools,
        "lost": expected - schools,
        "doubled": int(rows) - files + accepted - schools,
    }


def _line(name: str, r: dict[str, Any]) -> str:
    return (
        f"  {name:34} {r['seconds']:7.1f} s  {r.get('files', '')!s:>5} files  "
        f"RSS {r['rss_mb']:5.0f} MB (largest worker {r['worker_rss_mb']:4.0f} MB)  "
        f"CPU {r['cpu_s']:6.1f} s  {json.dumps(r.get('outcomes', {}))}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--pg-url", default=os.environ.get("PLANDESK_BENCH_PG_URL", ""))
    parser.add_argument(
        "--cores",
        choices=("split", "shared"),
        default="split" if (os.cpu_count() or 1) >= 2 else "shared",
        help="each clerk at her own PC (cores split between the clerks) or one PC for all",
    )
    parser.add_argument(
        "--overlap", type=int, default=0, help="files given to both PostgreSQL clerks"
    )
    args = parser.parse_args()
    work = OUT / f"intake-{args.count}"
    work.mkdir(parents=True, exist_ok=True)
    db_path, folder = generate(args.count, work)
    files = sorted(str(p) for p in folder.glob("*.xlsx"))
    half = len(files) // 2
    halves = [
        files[:half] + files[half : half + args.overlap],
        files[half:] + files[: args.overlap],
    ]
    cores_all = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    split = args.cores == "split" and len(cores_all) >= 2
    share = [cores_all[: len(cores_all) // 2], cores_all[len(cores_all) // 2 :]] if split else []
    how = f"each clerk her own {len(share[0])} of them" if split else "shared by all"
    print(f"{args.count} subordinates and signed returns; {len(cores_all) or '?'} cores, {how}")

    # 1. one clerk, SQLite
    run_db = work / "shared-sqlite.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{run_db}{suffix}").unlink(missing_ok=True)
    shutil.copy(db_path, run_db)
    t_sqlite, (one,), _ = run_clerks(
        str(run_db), [files], [share[0] if split else None], with_marker=False
    )
    sqlite_check = check(str(run_db), args.count)
    print(f"SQLite, one clerk takes in all {len(files)}: {t_sqlite:.1f} s")
    print(_line("clerk (SQLite)", one))

    # 2. two clerks and a third marking, PostgreSQL
    with contextlib.ExitStack() as stack:
        admin = args.pg_url or stack.enter_context(private_server())
        target = fresh_database(admin, f"plandesk_bench_{args.count}")
        from app.services.database import copy_database

        t0 = time.perf_counter()
        report = copy_database(db_path, target)
        print(f"db copy of the directorate to the server: {report.rows} rows, "
              f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
        t_pg, clerks, marked = run_clerks(
            target, halves, [share[0], share[1]] if split else [None, None], with_marker=True
        )
        pg_check = check(target, args.count)
    print(
        f"PostgreSQL, two clerks take in {len(halves[0])} + {len(halves[1])} at once while a "
        f"third marks progress: {t_pg:.1f} s"
    )
    for n, r in enumerate(clerks, start=1):
        print(_line(f"clerk {n} (PostgreSQL)", r))
    if marked is not None:
        print(
            f"  {'clerk 3 marking progress':34} {marked['marks']} marks "
            f"({marked['marks'] / max(marked['seconds'], 1e-9):.1f}/s), "
            f"{marked['failures']} failed  RSS {marked['rss_mb']:.0f} MB"
        )
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {'this bench process':34} RSS {parent:.0f} MB")
    ratio = t_pg / t_sqlite
    print(f"two clerks on PostgreSQL / one clerk on SQLite: {ratio:.2f} x (target <= 0.8 x)")
    for name, c in (("SQLite", sqlite_check), ("PostgreSQL", pg_check)):
        print(
            f"check {name}: {c['rows']} incoming rows, {c['distinct_files']} distinct files, "
            f"{c['accepted']} accepted for {c['schools_accepted']} schools -> "
            f"lost {c['lost']}, doubled {c['doubled']}"
        )
    ok = pg_check["lost"] == 0 and pg_check["doubled"] == 0 and pg_check["rows"] == args.count
    print("stored once each: " + ("yes" if ok else "NO"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

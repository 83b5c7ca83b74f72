"""A country's returns consolidated level by level: schools -> districts -> provinces ->
ministry, with the app's own consolidation over returns stored as intake stores them.

    .venv/bin/python bench/national.py                       # 81 x 12 x 60 = 58,320 schools
    .venv/bin/python bench/national.py --provinces 3 --districts 4 --schools 20

Every school's return is a real payload of a 60-activity plan (the app's build_payload on a
generated plan, then each school's own marks); each level's database holds its children's
returns as accepted incoming returns and consolidates them with
``app.services.consolidate.consolidated_payload``, which reads the figures intake
summarised for each return (``Return.figures``; intake's time for that is printed too).
The returns are not signed here (signing 58,320 files would take hours and is measured by
bench/intake.py): what is measured is the consolidation. Each level runs in a process of
its own so that its peak RSS is its own.

Targets (issue 12): each level's consolidation <= 1.5 x the time to merely parse the JSON
payloads of the returns it consumes (the baseline stays the whole payloads, although the
consolidation reads the smaller summaries); peak RSS <= 300 MB; the ministry's totals
equal the sum over schools.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out" / "national"
ACTIVITIES = 60
STATUSES = ["done", "done", "done", "in_progress", "not_done", "planned", "not_applicable"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def template_db(work: Path) -> tuple[Path, dict[str, Any]]:
    """A migrated database holding the plan, and a school return's payload on it."""
    from bench.gen_plan import populate

    from app.db.migrate import open_database
    from app.services.plans import require_current_plan
    from app.services.return_payload import build_payload

    path = work / "template.sqlite"
    payload_file = work / "template.json"
    if path.exists() and payload_file.exists():
        return path, json.loads(payload_file.read_text(encoding="utf-8"))
    db = open_database(path)
    with db.unit() as s:
        populate(s, ACTIVITIES)
    with db.unit() as s:
        payload = build_payload(s, require_current_plan(s), "2021-T1", language="tr")
    db.dispose()
    from app.services.backup import backup

    backup(path, work / "template-copy.sqlite")  # a consistent single file
    shutil.move(str(work / "template-copy.sqlite"), str(path))
    payload_file.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path, payload


def school_payload(template: dict[str, Any], code: str, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    payload = json.loads(json.dumps(template))
    payload["institution"].update(code=code, name=f"Okul {code}", kind="school")
    for item in payload["items"]:
        if item["kind"] != "activity":
            continue
        status = rng.choice(STATUSES)
        people = rng.randint(0, 300)
        item["progress"] = {
            "status": status,
            "done_on": None,
            "participants": people,
            "achieved_value": None,
            "reason": "Salgın nedeniyle ertelendi" if status == "not_done" else "",
            "note": "",
            "evidence": [],
        }
    return payload


def consolidate_level(
    template: Path, code: str, children: Iterable[dict[str, Any]], work: Path
) -> tuple[dict[str, Any], float, float, float]:
    """Store *children* (one at a time: the bench holds no level in memory) as accepted
    returns in a copy of the template database, as intake would, with their figures
    summarised; consolidate. The payload, the consolidation time, the time to merely parse
    the stored payloads (read back one by one), and the time intake spent summarising."""
    import sqlite3

    from sqlalchemy import insert

    from app.db.migrate import open_database
    from app.db.models import Return
    from app.services.consolidate import consolidated_payload, summarise
    from app.services.institutions import InstitutionProfile, set_self
    from app.services.plans import require_current_plan
    from app.services.return_payload import canonical_bytes, payload_sha256
    from app.services.subordinates import SubordinateInput, add_subordinate

    path = work / f"{code}.sqlite"
    shutil.copy(template, path)
    db = open_database(path)
    summarising = 0.0
    with db.unit() as s:
        me = set_self(s, InstitutionProfile(code=code, name=code, kind="district", language="tr"))
        plan_id = require_current_plan(s).id
        now = datetime.now(UTC).replace(tzinfo=None)
        for child in children:
            inst = child["institution"]
            add_subordinate(s, SubordinateInput(inst["code"], inst["name"], kind="school"))
            # what intake adds to taking a return in: its figures summarised
            t0 = time.perf_counter()
            figures = json.dumps(summarise(child), ensure_ascii=False, separators=(",", ":"))
            summarising += time.perf_counter() - t0
            digest = payload_sha256(child)
            s.execute(
                insert(Return),
                {
                    "direction": "incoming",
                    "kind": child.get("kind", "institution"),
                    "status": "accepted",
                    "plan_id": plan_id,
                    "institution_code": inst["code"],
                    "recipient_code": me.code,
                    "period_key": "2021-T1",
                    "version": 1,
                    "payload": canonical_bytes(child).decode("utf-8"),
                    "figures": figures,
                    "payload_sha256": digest,
                    "file_name": f"{inst['code']}.pdf",
                    "file_sha256": digest,
                    "signed_at": now,
                    "received_at": now,
                },
            )
            del child
    parse = 0.0
    con = sqlite3.connect(path)
    try:
        for (text,) in con.execute("SELECT payload FROM return_doc WHERE direction = 'incoming'"):
            t0 = time.perf_counter()
            json.loads(text)
            parse += time.perf_counter() - t0
    finally:
        con.close()
    t0 = time.perf_counter()
    with db.unit() as s:
        payload = consolidated_payload(s, require_current_plan(s), "2021-T1", language="tr")
    took = time.perf_counter() - t0
    db.dispose()
    path.unlink()
    return payload, took, parse, summarising


def _schools(
    school: dict[str, Any], p: int, d: int, count: int, sums: dict[str, int]
) -> Iterator[dict[str, Any]]:
    """A district's schools' returns, one at a time, their figures added to *sums*."""
    for n in range(count):
        kid = school_payload(school, f"OKUL-{p:02d}-{d:02d}-{n:02d}", hash((p, d, n)))
        for item in kid["items"]:
            if item["kind"] == "activity":
                sums["participants"] += item["progress"]["participants"]
                sums["done"] += item["progress"]["status"] == "done"
        yield kid


def _read(files: list[Path]) -> Iterator[dict[str, Any]]:
    """The consolidated returns of the level below, one at a time (each file then removed)."""
    for src in files:
        kid = json.loads(src.read_text(encoding="utf-8"))
        src.unlink()
        yield kid


def run_level(argv: list[str]) -> int:
    """A process of its own: consolidate one level's institutions from the level below."""
    level, work = argv[0], Path(argv[1])
    template, school = template_db(work)
    spec = json.loads((work / "spec.json").read_text(encoding="utf-8"))
    provinces, districts, schools = spec["provinces"], spec["districts"], spec["schools"]
    took_all = parse_all = summ_all = 0.0
    sums = {"participants": 0, "done": 0, "leaves": 0}
    if level == "district":
        for p in range(provinces):
            for d in range(districts):
                code = f"ILCE-{p:02d}-{d:02d}"
                kids = _schools(school, p, d, schools, sums)
                payload, took, parse, summ = consolidate_level(template, code, kids, work)
                took_all, parse_all, summ_all = took_all + took, parse_all + parse, summ_all + summ
                (work / f"{code}.json").write_text(json.dumps(payload), encoding="utf-8")
        (work / "schools.json").write_text(json.dumps(sums), encoding="utf-8")
    elif level == "province":
        for p in range(provinces):
            kids = _read([work / f"ILCE-{p:02d}-{d:02d}.json" for d in range(districts)])
            payload, took, parse, summ = consolidate_level(template, f"IL-{p:02d}", kids, work)
            took_all, parse_all, summ_all = took_all + took, parse_all + parse, summ_all + summ
            (work / f"IL-{p:02d}.json").write_text(json.dumps(payload), encoding="utf-8")
    else:
        kids = _read([work / f"IL-{p:02d}.json" for p in range(provinces)])
        payload, took_all, parse_all, summ_all = consolidate_level(template, "BAKANLIK", kids, work)
        (work / "ministry-totals.json").write_text(
            json.dumps(
                {
                    "institutions": payload["totals"]["institutions"],
                    "participants": payload["totals"]["participants"],
                    "done": payload["totals"]["done"],
                }
            ),
            encoding="utf-8",
        )
    print(json.dumps({"took": took_all, "parse": parse_all, "summarise": summ_all,
                      "peak_mb": peak_mb()}))  # fmt: skip
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--level"]:
        return run_level(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--provinces", type=int, default=81)
    parser.add_argument("--districts", type=int, default=12)
    parser.add_argument("--schools", type=int, default=60)
    args = parser.parse_args()
    work = OUT
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    spec = {"provinces": args.provinces, "districts": args.districts, "schools": args.schools}
    (work / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    template_db(work)
    total = args.provinces * args.districts * args.schools
    print(f"{args.provinces} provinces x {args.districts} districts x {args.schools} schools "
          f"= {total:,} schools, {ACTIVITIES} activities each")  # fmt: skip
    ok = True
    for level in ("district", "province", "ministry"):
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, __file__, "--level", level, str(work)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            print(done.stderr[-3000:])
            return 1
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        ratio = figures["took"] / figures["parse"] if figures["parse"] else float("inf")
        ok &= ratio <= 1.5 and figures["peak_mb"] <= 300
        print(
            f"{level:9} consolidation {figures['took']:7.2f} s, parsing its payloads "
            f"{figures['parse']:6.2f} s -> {ratio:4.2f}x (target 1.5x); peak RSS "
            f"{figures['peak_mb']:5.0f} MB (target 300 MB); wall {time.perf_counter() - t0:.0f} s"
        )
        print(
            f"{'':9} (intake summarised these returns' figures as it took them in: "
            f"{figures['summarise']:.2f} s, once per return)"
        )
    schools = json.loads((work / "schools.json").read_text(encoding="utf-8"))
    ministry = json.loads((work / "ministry-totals.json").read_text(encoding="utf-8"))
    same = (
        ministry["institutions"] == total
        and ministry["participants"] == schools["participants"]
        and ministry["done"] == schools["done"]
    )
    print(
        f"ministry totals: {ministry['institutions']:,} institutions, "
        f"{ministry['participants']:,} participants, {ministry['done']:,} done — "
        f"{'equal to' if same else 'DIFFERENT FROM'} the sum over schools"
    )
    return 0 if ok and same else 1


if __name__ == "__main__":
    sys.exit(main())

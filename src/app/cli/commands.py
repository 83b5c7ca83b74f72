"""Command implementations: parse values, call services, print results."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import textwrap
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.db.migrate import DatabaseError, open_database
from app.db.session import Database
from app.paths import default_db_path
from app.services.errors import PlanDeskError

log = logging.getLogger(__name__)

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")


def parse_date(text: str) -> date:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (use 2021-03-24 or 24.03.2021)")


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is negative")
    return value


def fail(message: str) -> int:
    print(f"plandesk: {message}", file=sys.stderr)
    return 1


def handle_errors(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; user-facing failures become one line on stderr and exit 1."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        return func(args)
    except (PlanDeskError, DatabaseError) as exc:
        return fail(str(exc))
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return fail(f"{exc.strerror or exc}{where}")
    except KeyboardInterrupt:
        return fail("interrupted; nothing was changed")


def database(args: argparse.Namespace) -> Database:
    path = args.db or default_db_path()
    return open_database(Path(path))


def emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# ------------------------------------------------------------------ demo
def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import build_demo

    db = database(args)
    with db.unit("demo") as session:
        summary = build_demo(session)
    print(f"{summary.institution}: {summary.plan_title}")
    print(
        f"{summary.items} plan items, {summary.progress} progress marks, "
        f"{summary.events} events -> {db.path}"
    )
    return 0


# ------------------------------------------------------------------ institution
def cmd_institution_set(args: argparse.Namespace) -> int:
    from app.services.institutions import InstitutionProfile, set_parent_details, set_self

    profile = InstitutionProfile(
        code=args.code,
        name=args.name,
        kind=args.kind,
        parent_code=args.parent_code,
        language=args.language,
        head_name=args.head_name,
        head_title=args.head_title,
        email=args.email,
    )
    with database(args).unit("institution set") as session:
        inst = set_self(session, profile)
        if args.parent_name or args.parent_email:
            set_parent_details(session, inst, name=args.parent_name, email=args.parent_email)
        print(f"{inst.code} {inst.name}")
    return 0


def cmd_institution_show(args: argparse.Namespace) -> int:
    from app.services.errors import NotFound
    from app.services.institutions import get_self

    with database(args).unit() as session:
        inst = get_self(session)
        if inst is None:
            raise NotFound("no institution profile yet: use 'plandesk institution set'")
        data = {
            "code": inst.code,
            "name": inst.name,
            "kind": inst.kind,
            "language": inst.language,
            "head_name": inst.head_name,
            "head_title": inst.head_title,
            "email": inst.email,
            "parent_code": inst.parent.code if inst.parent else "",
            "parent_name": inst.parent.name if inst.parent else "",
        }
    if args.json:
        emit_json(data)
    else:
        for key, value in data.items():
            print(f"{key:12} {value}")
    return 0


# ------------------------------------------------------------------ plan
def cmd_plan_show(args: argparse.Namespace) -> int:
    from app.services.plans import plan_document, require_current_plan

    with database(args).unit() as session:
        doc = plan_document(session, require_current_plan(session))
    if args.json:
        emit_json(doc)
        return 0
    print(f"{doc['title']} ({doc['year']}, {doc['scheme']})")
    print("periods: " + ", ".join(f"{p['key']} {p['label']}" for p in doc["periods"]))

    def show(nodes: list[dict[str, Any]], depth: int) -> None:
        for node in nodes:
            marks = "".join(f"[{m}]" for m in node["footnotes"])
            prefix = "  " * depth + f"{node['code']} "
            text = textwrap.shorten(node["description"], 100 - len(prefix), placeholder=" …")
            print(f"{prefix}{text}{marks}")
            for planned in node["planned"]:
                print("  " * (depth + 1) + f"· {planned['period']}: {planned['text']}")
            show(node["children"], depth + 1)

    show(doc["items"], 0)
    for fn in doc["footnotes"]:
        print(f"[{fn['mark']}] {fn['text']}")
    return 0


def cmd_plan_import(args: argparse.Namespace) -> int:
    from app.services.plan_file import read_plan_file, store_imported_plan
    from app.services.template import is_template

    head = args.file.read_bytes()[:4096] if args.file.suffix.lower() == ".json" else b""
    if head and is_template(head):
        from app.cli.directorate_cmds import import_template_file

        return import_template_file(args, args.file.read_bytes())
    data = read_plan_file(args.file)  # parsed fully before the database is touched
    with database(args).unit(f"plan import {args.file.name}") as session:
        plan = store_imported_plan(session, data)
        print(
            f"imported '{plan.title}': {len(data.items)} items, "
            f"{len(data.footnotes)} footnotes, periods " + ", ".join(p.key for p in plan.periods)
        )
    return 0


# ------------------------------------------------------------------ progress
def cmd_progress_set(args: argparse.Namespace) -> int:
    from app.services.plans import require_current_plan
    from app.services.progress import ProgressInput, set_progress

    value = ProgressInput(
        code=args.code,
        period_key=args.period,
        status=args.status,
        done_on=args.date,
        participants=args.participants,
        achieved_value=args.achieved,
        reason=args.reason,
        note=args.note,
    )
    with database(args).unit("progress set") as session:
        row = set_progress(session, require_current_plan(session), value)
        print(f"{args.code} {args.period.upper()}: {row.status}")
    return 0


def cmd_progress_show(args: argparse.Namespace) -> int:
    from app.services.plans import require_current_plan
    from app.services.progress import progress_rows

    with database(args).unit() as session:
        rows = progress_rows(session, require_current_plan(session), args.period)
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        figures = f"{r['participants']} participants" if r["participants"] is not None else ""
        events = f"{r['events']} events / {r['event_participants']}" if r["events"] else ""
        reason = f"reason: {r['reason']}" if r["reason"] else ""
        status = r["status"] or ("planned" if r["planned"] else "-")
        extra = "  ".join(x for x in (r["done_on"] or "", figures, events, reason) if x)
        print(f"{r['code']:10} {status:15} {extra}")
    return 0


# ------------------------------------------------------------------ events
def cmd_event_add(args: argparse.Namespace) -> int:
    from app.domain.events import EventData
    from app.services.events import add_event
    from app.services.plans import require_current_plan

    data = EventData(
        held_on=args.date,
        end_on=args.end_date,
        title=args.title,
        kind=args.kind,
        item_code=args.activity,
        participants=args.participants,
        **{
            n: getattr(args, n)
            for n in (
                "women",
                "men",
                "pupils",
                "teachers",
                "parents",
                "staff",
                "venue",
                "organiser",
                "partners",
                "project",
                "materials",
                "description",
            )
        },
    )
    with database(args).unit("event add") as session:
        event = add_event(session, require_current_plan(session), data)
        print(f"event {event.id}: {event.held_on:%d.%m.%Y} {event.title}")
    return 0


def cmd_event_import(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.db.models import PlanItem
    from app.services.event_import import parse_events_file, store_events
    from app.services.plans import require_current_plan

    db = database(args)
    with db.unit() as session:
        plan = require_current_plan(session)
        codes = set(session.scalars(select(PlanItem.code).where(PlanItem.plan_id == plan.id)))
    result = parse_events_file(args.file, codes)
    if result.errors:
        print(
            f"plandesk: {args.file.name}: {len(result.errors)} bad row(s); nothing was imported",
            file=sys.stderr,
        )
        for line in result.error_lines():
            print(f"  {line}", file=sys.stderr)
        return 1
    with db.unit(f"event import {args.file.name}") as session:
        ids = store_events(session, require_current_plan(session), result)
    kinds = (
        f" (kinds kept as text: {', '.join(sorted(result.unknown_kinds))})"
        if result.unknown_kinds
        else ""
    )
    print(f"imported {len(ids)} events from {args.file.name}{kinds}")
    return 0


def cmd_event_list(args: argparse.Namespace) -> int:
    from app.services.events import list_events
    from app.services.plans import require_current_plan

    with database(args).unit() as session:
        rows = list_events(session, require_current_plan(session), args.period)
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        print(
            f"{r['date']}  {r['activity'] or '-':8} {r['kind']:16} {r['participants']:>5}  "
            f"{textwrap.shorten(r['title'], 70, placeholder=' …')}"
        )
    return 0


# ------------------------------------------------------------------ backup
def cmd_backup(args: argparse.Namespace) -> int:
    from app.services.backup import backup

    path = Path(args.db or default_db_path())
    out = backup(path, args.out)
    print(f"backup written: {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.backup import restore

    path = Path(args.db or default_db_path())
    saved = restore(path, args.file)
    print(f"restored {args.file} into {path}" + (f" (previous copy: {saved})" if saved else ""))
    return 0

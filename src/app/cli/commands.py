"""Command implementations: parse values, call services, print results."""

from __future__ import annotations

import argparse
import logging
import sys
import textwrap
from typing import Any

from app.cli.common import database, database_path, emit_json, in_file, out_file
from app.domain.events import COUNT_FIELDS, TEXT_FIELDS

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ demo
def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import build_demo

    db = database(args, create=True)
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
    from app.services.institutions import (
        InstitutionProfile,
        get_self,
        set_parent_details,
        set_self,
    )

    with database(args, create=True).unit("institution set") as session:
        before = get_self(session)
        profile = InstitutionProfile(
            code=args.code,
            name=args.name,
            kind=args.kind,
            parent_code=args.parent_code,
            language=args.language or (before.language if before else "en"),
            head_name=args.head_name,
            head_title=args.head_title,
            email=args.email,
        )
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
    from app.domain.periods import Scheme
    from app.services.plan_file import read_plan_file, store_imported_plan
    from app.services.plan_import import YearMissing
    from app.services.plan_import.summary import summary_lines
    from app.services.template import is_template

    path = in_file(args.file, "plan file (xlsx, xls, docx, ods, odt, csv or json)")
    if path.suffix.lower() == ".json":
        with path.open("rb") as handle:
            head = handle.read(4096)
        if is_template(head):
            from app.cli.directorate_cmds import import_template_file

            return import_template_file(args, path)
    scheme = Scheme(args.scheme) if getattr(args, "scheme", None) else None
    try:  # parsed fully before the database is touched
        data = read_plan_file(path, year=getattr(args, "year", None), scheme=scheme)
    except YearMissing as exc:
        print(f"plandesk: {exc} (--year YEAR)", file=sys.stderr)
        return 2
    with database(args, create=True).unit(f"plan import {path.name}") as session:
        plan = store_imported_plan(session, data, language=args.language)
        print(
            f"imported '{plan.title}': {len(data.items)} items, "
            f"{len(data.footnotes)} footnotes, periods " + ", ".join(p.key for p in plan.periods)
        )
        for line in summary_lines(data):
            print(f"  {line}")
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
def event_values(args: argparse.Namespace) -> dict[str, Any]:
    """The event fields given on the command line (None: not given)."""
    values: dict[str, Any] = {
        "held_on": args.date,
        "end_on": args.end_date,
        "item_code": args.activity,
        "participants": args.participants,
    }
    values.update({name: getattr(args, name, None) for name in TEXT_FIELDS})
    values.update({name: getattr(args, name, None) for name in COUNT_FIELDS})
    return values


def cmd_event_add(args: argparse.Namespace) -> int:
    from app.domain.events import EventData
    from app.services.events import add_event
    from app.services.plan_setup import plan_for_events

    given = {k: v for k, v in event_values(args).items() if v is not None}
    data = EventData(**given)
    with database(args, create=True).unit("event add") as session:
        plan, started = plan_for_events(session, data.held_on)
        event = add_event(session, plan, data)
        print(f"event {event.id}: {event.held_on:%d.%m.%Y} {event.title}")
        if started:
            print(f"(started '{plan.title}', periods {', '.join(p.key for p in plan.periods)})")
    return 0


def cmd_event_import(args: argparse.Namespace) -> int:
    from app.services.event_import import parse_events_file, store_events
    from app.services.plans import item_codes, require_current_plan

    path = in_file(args.file, "list of events (xlsx or csv)")
    db = database(args)
    with db.unit() as session:
        codes = item_codes(session, require_current_plan(session).id)
    result = parse_events_file(path, codes)
    if result.errors:
        print(
            f"plandesk: {path.name}: {len(result.errors)} bad row(s); nothing was imported",
            file=sys.stderr,
        )
        for line in result.error_lines():
            print(f"  {line}", file=sys.stderr)
        return 1
    with db.unit(f"event import {path.name}") as session:
        ids = store_events(session, require_current_plan(session), result)
    kinds = (
        f" (kinds kept as text: {', '.join(sorted(result.unknown_kinds))})"
        if result.unknown_kinds
        else ""
    )
    print(f"imported {len(ids)} events from {path.name}{kinds}")
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

    out = backup(database_path(args), out_file(args.out) if args.out else None)
    print(f"backup written: {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.backup import restore

    path = database_path(args)
    saved = restore(path, in_file(args.file, "backup file"))
    print(f"restored {args.file} into {path}" + (f" (previous copy: {saved})" if saved else ""))
    return 0

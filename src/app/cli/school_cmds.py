"""What a school does without the window: the plan's frame, due dates, the narrative, events
edited or deleted."""

from __future__ import annotations

import argparse
import textwrap

from app.cli.commands import event_values
from app.cli.common import database, emit_json, in_file
from app.services.errors import PlanDeskError

MAX_TEXT_FILE = 1024 * 1024


# ------------------------------------------------------------------ plan frame
def cmd_plan_set(args: argparse.Namespace) -> int:
    from app.domain.periods import Scheme
    from app.services.plan_setup import set_plan, start_plan
    from app.services.plans import current_plan

    scheme = Scheme(args.scheme) if args.scheme else None
    if scheme is None and (args.start or args.end):
        scheme = Scheme.CUSTOM
    given = (args.title, args.year, scheme, args.start, args.end, args.language)
    if all(value is None for value in given):
        raise PlanDeskError(
            "nothing to set: give --title, --year, --scheme, --start/--end or --language"
        )
    with database(args, create=True).unit("plan set") as session:
        plan = current_plan(session)
        if plan is None:
            if args.year is None and args.start is None:
                raise PlanDeskError("a new plan needs its year (--year) or window (--start, --end)")
            plan = start_plan(
                session,
                title=args.title or "",
                year=args.year or (args.start.year if args.start else 0),
                scheme=scheme or Scheme.YEAR,
                start=args.start,
                end=args.end,
                language=args.language,
            )
            what = "started"
        else:
            changed = set_plan(
                session,
                plan,
                title=args.title,
                year=args.year,
                scheme=scheme,
                start=args.start,
                end=args.end,
                language=args.language,
            )
            what = "changed: " + ", ".join(changed) if changed else "unchanged"
        periods = ", ".join(f"{p.key} {p.label}" for p in plan.periods)
        print(f"plan '{plan.title}' ({plan.year}) {what}; periods {periods}")
    return 0


def cmd_period_set(args: argparse.Namespace) -> int:
    from app.services.plan_settings import set_period_due
    from app.services.plans import find_period, require_current_plan

    with database(args).unit(f"period set {args.key}") as session:
        plan = require_current_plan(session)
        old = set_period_due(session, plan, args.key, None if args.default_due else args.due)
        period = find_period(session, plan, args.key)
        print(f"{period.key} {period.label}: due {period.due:%d.%m.%Y} (was {old:%d.%m.%Y})")
    return 0


def cmd_period_list(args: argparse.Namespace) -> int:
    from app.services.plans import require_current_plan

    with database(args).unit() as session:
        plan = require_current_plan(session)
        rows = [
            {
                "key": p.key,
                "label": p.label,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "due": p.due.isoformat(),
                "due_set_by_hand": bool(p.due_overridden),
            }
            for p in sorted(plan.periods, key=lambda p: p.start)
        ]
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        mark = " (set by hand)" if r["due_set_by_hand"] else ""
        print(f"{r['key']:9} {r['start']} – {r['end']}  due {r['due']}{mark}  {r['label']}")
    return 0


# ------------------------------------------------------------------ narrative
def cmd_narrative_set(args: argparse.Namespace) -> int:
    from app.services.narrative import resolve_section, save_section
    from app.services.plans import require_current_plan

    if args.file is not None:
        path = in_file(args.file, "text file")
        if path.stat().st_size > MAX_TEXT_FILE:
            raise PlanDeskError(f"{path} is too large for a narrative section")
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise PlanDeskError(f"{path} is not UTF-8 text") from None
    else:
        text = args.text
    with database(args).unit(f"narrative set {args.period}") as session:
        plan = require_current_plan(session)
        key, title = resolve_section(session, plan, args.section)
        save_section(session, plan, args.period, key, text)
    print(f"{args.period.upper()} · {title}: {len(text.strip()):,} characters saved")
    return 0


def cmd_narrative_show(args: argparse.Namespace) -> int:
    from app.services.narrative import sections
    from app.services.plans import declared_language, require_current_plan

    with database(args).unit() as session:
        plan = require_current_plan(session)
        language = declared_language(session, plan.language)
        rows = [
            {"key": s.key, "title": s.title, "text": s.body}
            for s in sections(session, plan, args.period, language)
        ]
    if args.json:
        emit_json(rows)
        return 0
    for number, row in enumerate(rows, 1):
        print(f"{number}. {row['title']} [{row['key']}]")
        body = row["text"] or "(empty)"
        for paragraph in body.splitlines() or [""]:
            print(textwrap.fill(paragraph, 96, initial_indent="   ", subsequent_indent="   "))
    return 0


# ------------------------------------------------------------------ events
def cmd_event_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from app.services.events import get_event, update_event
    from app.services.plans import require_current_plan

    given = {k: v for k, v in event_values(args).items() if v is not None}
    if not given:
        raise PlanDeskError("nothing to change: give the fields to change (see --help)")
    with database(args).unit(f"event edit {args.id}") as session:
        plan = require_current_plan(session)
        data = replace(get_event(session, plan, args.id), **given)
        update_event(session, plan, args.id, data)
        print(f"event {args.id}: {data.held_on:%d.%m.%Y} {data.title}")
    return 0


def cmd_event_delete(args: argparse.Namespace) -> int:
    from app.services.events import delete_event, get_event
    from app.services.plans import require_current_plan

    with database(args).unit(f"event delete {args.id}") as session:
        plan = require_current_plan(session)
        data = get_event(session, plan, args.id)
        delete_event(session, plan, args.id)
    print(f"event {args.id} deleted: {data.held_on:%d.%m.%Y} {data.title}")
    return 0

"""Directorate commands: subordinates, templates, intake, status, consolidation."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.commands import database, emit_json
from app.cli.returns_cmds import read_password, trust_from
from app.services.errors import PlanDeskError


def cmd_subordinate_add(args: argparse.Namespace) -> int:
    from app.services.identity import load_certificates
    from app.services.subordinates import SubordinateInput, add_subordinate

    certs = []
    for path in args.trust:
        certs += load_certificates(Path(path).read_bytes())
    with database(args).unit("subordinate add") as session:
        inst = add_subordinate(
            session,
            SubordinateInput(args.code, args.name, args.email, args.kind, args.language),
            certs,
        )
        print(
            f"subordinate {inst.code} {inst.name}"
            + (f", {len(certs)} certificate(s) trusted" if certs else "")
        )
    return 0


def cmd_subordinate_import(args: argparse.Namespace) -> int:
    from app.services.subordinates import import_list

    with database(args).unit(f"subordinate import {args.file.name}") as session:
        codes = import_list(session, args.file)
    print(f"{len(codes)} subordinates registered")
    return 0


def cmd_subordinate_list(args: argparse.Namespace) -> int:
    from app.services.subordinates import registered_certificates, subordinates

    with database(args).unit() as session:
        certs = registered_certificates(session)
        rows = [
            {
                "code": i.code,
                "name": i.name,
                "kind": i.kind,
                "email": i.email,
                "language": i.language,
                "certificates": len(certs.get(i.code, [])),
            }
            for i in subordinates(session)
        ]
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            print(f"{r['code']:12} {r['name'][:50]:50} {r['email']:30} {r['certificates']}")
    return 0


def cmd_subordinate_issue(args: argparse.Namespace) -> int:
    from app.services.subordinates import issue_identity

    own = read_password(args)
    new = Path(args.new_password_file).read_text(encoding="utf-8").rstrip("\r\n")
    with database(args).unit(f"identity issued to {args.code}") as session:
        out = issue_identity(session, args.code, own, new, args.out)
    print(f"identity for {args.code} written to {out}")
    return 0


def cmd_template_export(args: argparse.Namespace) -> int:
    from app.fileio import write_atomically
    from app.services.identity import active, unlock
    from app.services.plans import require_current_plan
    from app.services.template import export_template

    with database(args).unit("template export") as session:
        ident = unlock(active(session), read_password(args))
        data = export_template(session, require_current_plan(session), ident)
    write_atomically(args.out, data)
    print(f"signed plan template written: {args.out}")
    return 0


def import_template_file(args: argparse.Namespace, data: bytes) -> int:
    from app.services.template import import_template, read_template

    info = read_template(data, trust_from(args))
    with database(args).unit(f"plan import {args.file.name}") as session:
        plan, how = import_template(session, info)
        print(
            f"template version {info.version} from {info.issuer_code} {info.issuer_name} "
            f"{how} the plan '{plan.title}'"
            + ("" if info.trusted else " (signature intact; issuer not yet trusted here)")
        )
    return 0


def cmd_return_import(args: argparse.Namespace) -> int:
    from app.services.intake import import_returns

    db = database(args)
    lines = import_returns(db, list(args.paths), workers=args.workers, period=args.period or "")
    for line in lines:
        print(line.text())
    taken = sum(1 for line in lines if line.taken)
    rejected = len(lines) - taken
    print(f"{len(lines)} files: {taken} taken in or already in, {rejected} rejected")
    if rejected:
        print(f"plandesk: {rejected} file(s) rejected", file=sys.stderr)
        return 1
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from app.services.completeness import period_status, write_reminders

    with database(args).unit() as session:
        status = period_status(session, args.period)
        reminders = write_reminders(session, args.period, args.reminders) if args.reminders else []
    if args.json:
        emit_json(status)
    else:
        c = status["counts"]
        print(
            f"{status['period']} {status['label']} — due {status['due']}: "
            f"{c['submitted']} submitted, {c['late']} late, {c['missing'] + c['overdue']} "
            f"missing, {c['rejected']} rejected of {status['total']}"
        )
        for r in status["subordinates"]:
            extra = f"v{r['version']}" if r["version"] else r["reason"]
            print(f"  {r['code']:12} {r['state']:10} {extra}")
    for path in reminders:
        print(f"reminder written: {path}", file=sys.stderr if args.json else sys.stdout)
    return 0


def cmd_consolidate(args: argparse.Namespace) -> int:
    from app.fileio import write_atomically
    from app.services.consolidate import consolidated_payload
    from app.services.identity import active, unlock
    from app.services.institutions import get_self
    from app.services.plans import require_current_plan
    from app.services.return_payload import canonical_bytes
    from app.services.returns import record_signed, render

    db = database(args)
    with db.unit(f"consolidate {args.period}") as session:
        plan = require_current_plan(session)
        me = get_self(session)
        language = args.language or (me.language if me else "en")
        payload = consolidated_payload(session, plan, args.period, language=language)
        ident = unlock(active(session), read_password(args)) if args.sign else None
        if args.format == "json":
            if ident is not None:
                raise PlanDeskError("a signed consolidated return is a PDF or an XLSX")
            data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        else:
            data, _ = render(payload, args.format, ident)
        write_atomically(args.out, data)
        if ident is not None:
            record_signed(session, plan, payload, args.out, data, ident)
    t = payload["totals"]
    print(
        f"{args.out}: consolidated {len(payload['children'])} returns covering "
        f"{t['institutions']} institutions; done {t['done']}, participants "
        f"{t['participants']} ({len(canonical_bytes(payload)):,} bytes of data)"
    )
    return 0

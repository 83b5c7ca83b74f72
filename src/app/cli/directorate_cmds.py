"""Directorate commands: subordinates, templates, intake, status, consolidation."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from app.cli.common import (
    database,
    emit_json,
    in_file,
    out_file,
    out_folder,
    read_password,
    read_small,
    trust_from,
)
from app.services.errors import PlanDeskError


def cmd_subordinate_add(args: argparse.Namespace) -> int:
    from app.services.identity import load_certificates
    from app.services.subordinates import SubordinateInput, add_subordinate

    certs = []
    for path in args.trust:
        certs += load_certificates(read_small(path, "certificate file"))
    with database(args, create=True).unit("subordinate add") as session:
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

    path = in_file(args.file, "list of subordinates (xlsx or csv)")
    with database(args, create=True).unit(f"subordinate import {path.name}") as session:
        codes = import_list(session, path)
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
            name = str(r["name"])[:50]
            print(f"{r['code']:12} {name:50} {r['email']:30} {r['certificates']}")
    return 0


def cmd_subordinate_bind(args: argparse.Namespace) -> int:
    from app.services.identity import load_certificates
    from app.services.institutions import find_by_code
    from app.services.subordinates import add_certificate, bind_subject

    with database(args).unit(f"subordinate bind {args.code}") as session:
        if args.subject is not None:
            row = bind_subject(session, args.code, args.subject)
            print(f"{args.code}: returns signed by {row.subject} count as its own")
            return 0
        inst = find_by_code(session, args.code)
        if inst is None or not inst.is_subordinate:
            raise PlanDeskError(f"{args.code} is not a registered subordinate")
        for cert in load_certificates(read_small(args.cert, "certificate file")):
            add_certificate(session, inst, cert)
            print(f"{args.code}: {cert.subject.rfc4514_string()} registered")
    return 0


def cmd_receipt_issue(args: argparse.Namespace) -> int:
    from app.cli.keys import head_key
    from app.fileio import write_atomically
    from app.services.email_out import compose, message_bytes
    from app.services.institutions import find_by_code
    from app.services.receipts import ACCEPTED, SENT_BACK, issue_receipt

    out = out_file(args.out)
    eml = out_file(args.eml) if args.eml else None
    decision = ACCEPTED if args.accept else SENT_BACK
    with database(args).unit(f"receipt {args.code} {args.period}") as session:
        with head_key(args, session) as ident:
            data, info = issue_receipt(
                session, args.code, args.period, decision, args.reason, ident
            )
        write_atomically(out, data)
        sub = find_by_code(session, args.code)
        if eml is not None:
            word = "accepted" if decision == ACCEPTED else "sent back for correction"
            body = f"Your return for {info.period_key} (version {info.version}) was {word}."
            if info.reason:
                body += f"\n\nReason: {info.reason}"
            msg = compose(
                f"Return {info.period_key} v{info.version}: {word}",
                body + f"\n\n{info.issuer_name}\n",
                sub.email if sub else "",
                "",
                [out],
            )
            write_atomically(eml, message_bytes(msg))
    print(f"{out}: {args.code} {info.period_key} version {info.version} {decision}")
    return 0


def cmd_receipt_import(args: argparse.Namespace) -> int:
    from app.services.identity import load_certificates
    from app.services.receipts import MAX_BYTES, import_receipt, read_receipt
    from app.services.subordinates import register_issuer

    given = []
    for path in args.trust:
        given += load_certificates(read_small(path, "certificate file"))
    data = read_small(args.file, "receipt", MAX_BYTES)
    info = read_receipt(data, trust_from(args))
    with database(args).unit(f"receipt import {args.file.name}") as session:
        import_receipt(session, info)
        register_issuer(session, info.issuer_code, info.issuer_name, given)
    if info.decision == "accepted":
        print(f"{info.period_key} version {info.version}: accepted by {info.issuer_name}")
    else:
        print(
            f"{info.period_key} version {info.version}: sent back by {info.issuer_name}: "
            f"{info.reason} — the period is open again; the next signed return is version "
            f"{info.version + 1}"
        )
    return 0


def cmd_authority_add(args: argparse.Namespace) -> int:
    from app.services.identity import load_certificates
    from app.services.subordinates import add_authority
    from app.services.trust import fingerprint

    certs = load_certificates(read_small(args.file, "certificate file"))
    with database(args).unit("authority add") as session:
        for cert in certs:
            add_authority(session, cert)
            print(
                f"authority trusted: {cert.subject.rfc4514_string()} (SHA-256 "
                f"{fingerprint(cert)}); bind each subordinate with 'plandesk subordinate bind'"
            )
    return 0


def cmd_subordinate_issue(args: argparse.Namespace) -> int:
    from app.services.subordinates import issue_identity

    target = out_file(args.out)
    own = read_password(args)
    try:
        new = read_small(args.new_password_file, "password file", 64 * 1024).decode("utf-8")
    except UnicodeDecodeError:
        raise PlanDeskError("the new password file is not UTF-8 text") from None
    with database(args).unit(f"identity issued to {args.code}") as session:
        out = issue_identity(session, args.code, own, new.rstrip("\r\n"), target)
    print(f"identity for {args.code} written to {out}")
    return 0


def cmd_template_export(args: argparse.Namespace) -> int:
    from app.cli.keys import head_key
    from app.fileio import write_atomically
    from app.services.plans import require_current_plan
    from app.services.template import export_template

    out = out_file(args.out)
    with database(args).unit("template export") as session, head_key(args, session) as ident:
        data = export_template(session, require_current_plan(session), ident)
    write_atomically(out, data)
    print(f"signed plan template written: {args.out}")
    return 0


def import_template_file(args: argparse.Namespace, path: Path) -> int:
    from app.services.identity import load_certificates
    from app.services.template import MAX_BYTES, import_template, read_template, trust_issuer

    given = []
    for cert_path in args.trust:
        given += load_certificates(read_small(cert_path, "certificate file"))
    args_without = argparse.Namespace(**{**vars(args), "trust": []})
    info = read_template(
        read_small(path, "plan template", MAX_BYTES), trust_from(args_without), given
    )
    with database(args, create=True).unit(f"plan import {path.name}") as session:
        plan, how = import_template(session, info)
        trust_issuer(session, info, given)
        print(
            f"template version {info.version} from {info.issuer_code} {info.issuer_name} "
            f"{how} the plan '{plan.title}'"
        )
    return 0


def cmd_return_import(args: argparse.Namespace) -> int:
    from app.services.intake import import_returns

    for path in args.paths:
        if not path.exists():
            raise PlanDeskError(f"{path} does not exist")
    db = database(args)
    lines = import_returns(db, list(args.paths), workers=args.workers, period=args.period or "")
    taken = sum(1 for line in lines if line.taken)
    rejected = sum(1 for line in lines if line.rejected)
    skipped = len(lines) - taken - rejected
    if args.json:
        emit_json({"files": [line.as_json() for line in lines], "taken": taken,
                   "rejected": rejected, "skipped": skipped})  # fmt: skip
    else:
        for line in lines:
            print(line.text())
        tail = f", {skipped} skipped (not returns)" if skipped else ""
        print(f"{len(lines)} files: {taken} taken in or already in, {rejected} rejected{tail}")
    if rejected:
        print(f"plandesk: {rejected} file(s) rejected", file=sys.stderr)
        return 1
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from app.services.completeness import period_status, write_reminders

    folder = out_folder(args.reminders) if args.reminders else None
    with database(args).unit() as session:
        status = period_status(session, args.period)
        reminders = write_reminders(session, args.period, folder) if folder else []
    if args.json:
        emit_json({**status, "reminders": [str(path) for path in reminders]} if folder else status)
        return 0
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
        print(f"reminder written: {path}")
    return 0


def cmd_consolidate(args: argparse.Namespace) -> int:
    from app.cli.keys import return_keys
    from app.services.consolidate import export_consolidated
    from app.services.institutions import get_self
    from app.services.plans import require_current_plan

    out = out_file(args.out)
    db = database(args)
    with db.unit(f"consolidate {args.period}") as session:
        plan = require_current_plan(session)
        me = get_self(session)
        language = args.language or (me.language if me else "en")
        with contextlib.ExitStack() as stack:
            keys = stack.enter_context(return_keys(args, session)) if args.sign else (None, None)
            result, payload = export_consolidated(
                session,
                plan,
                args.period,
                fmt=args.format,
                language=language,
                out=out,
                ident=keys[0],
                seal=keys[1],
            )
    t = payload["totals"]
    state = "signed" if result.signed else "unsigned"
    print(
        f"{out}: {state} consolidated return, version {result.version}, "
        f"{len(payload['children'])} returns covering {t['institutions']} institutions; "
        f"done {t['done']}, participants {t['participants']}; sha256 {result.file_sha256}"
    )
    return 0


def cmd_subordinate_require_seal(args: argparse.Namespace) -> int:
    from app.services.trust import set_require_seal

    required = args.answer == "yes"
    with database(args).unit("require seal") as session:
        set_require_seal(session, required)
    print(
        "returns must now carry their institution's seal besides the head's signature"
        if required
        else "returns signed by the head alone are taken in (a seal, when present, is checked)"
    )
    return 0

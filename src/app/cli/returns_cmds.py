"""Commands for identities and returns (signing, verifying, e-mail)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import TYPE_CHECKING

from app.cli.common import (
    database,
    database_path,
    emit_json,
    in_file,
    out_file,
    read_password,
    read_small,
    trust_from,
)
from app.services.errors import PlanDeskError

if TYPE_CHECKING:
    from app.services.identity import IdentityInfo


def cmd_identity_create(args: argparse.Namespace) -> int:
    from app.services.identity import create_identity

    password = read_password(args, confirm=True)
    with database(args).unit(f"identity create ({args.role})") as session:
        info = create_identity(session, password, args.role)
    _said(info, "created")
    return 0


def _said(info: IdentityInfo, how: str) -> None:
    what = "seal identity" if info.role == "seal" else "signing identity"
    print(f"{what} {how}: {info.subject}")
    print(f"recipients trust: {info.trust_subject} ('plandesk identity export-trust')")


def cmd_identity_import(args: argparse.Namespace) -> int:
    from app.services.identity import import_identity

    data = read_small(args.file, "PKCS#12 key file (.p12 or .pfx)")
    password = read_password(args)
    with database(args).unit(f"identity import ({args.role})") as session:
        info = import_identity(session, data, password, args.role)
    _said(info, "imported")
    return 0


def cmd_identity_token(args: argparse.Namespace) -> int:
    from app.cli.keys import read_pin
    from app.services.identity import load_certificates, register_token

    chain = []
    for path in args.chain:
        chain += load_certificates(read_small(path, "certificate file"))
    pin = read_pin(args)
    with database(args).unit(f"identity token ({args.role})") as session:
        info = register_token(
            session, args.module, args.token, args.key, pin, role=args.role, extra_chain=chain
        )
    _said(info, "registered (key on the token; its PIN is asked each time)")
    return 0


def cmd_identity_tokens(args: argparse.Namespace) -> int:
    from app.cli.keys import read_pin
    from app.services.tokens import list_keys, list_tokens

    found = list_tokens(args.module)
    rows: list[dict[str, object]] = []
    for t in found:
        if args.token and t.label != args.token:
            continue
        row: dict[str, object] = {
            "token": t.label,
            "manufacturer": t.manufacturer,
            "model": t.model,
            "serial": t.serial,
        }
        if args.keys:
            row["keys"] = [
                {"label": k.label, "key_id": k.key_id, "certificate": k.subject}
                for k in list_keys(args.module, t.label, read_pin(args))
            ]
        rows.append(row)
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        print("no token found")
    for r in rows:
        print(f"{r['token']}  ({r['manufacturer']} {r['model']}, serial {r['serial']})")
        for k in r.get("keys", []):  # type: ignore[attr-defined]
            print(f"  key {k['label']!r} id {k['key_id']}: {k['certificate'] or 'no certificate'}")
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    from app.services.identity import ROLES, active, current, info

    with database(args).unit() as session:
        active(session)  # says how to make one when there is none
        found = [info(row) for role in ROLES if (row := current(session, role)) is not None]
    data = [
        {
            "role": i.role,
            "subject": i.subject,
            "institution_code": i.institution_code,
            "valid_until": i.not_after.isoformat() if i.not_after else None,
            "certificate_sha256": i.cert_sha256,
            "origin": i.origin,
            "token": i.token or None,
            "trust": i.trust_subject,
        }
        for i in found
    ]
    if args.json:
        emit_json(data[0] if len(data) == 1 else data)
        return 0
    for n, item in enumerate(data):
        if n:
            print()
        for k, v in item.items():
            if v is not None:
                print(f"{k:20} {v}")
    return 0


def cmd_identity_export_trust(args: argparse.Namespace) -> int:
    from app.fileio import write_atomically
    from app.services.identity import trust_pem

    out = out_file(args.out)
    with database(args).unit() as session:
        pem = trust_pem(session)
    write_atomically(out, pem.encode())
    print(f"trust certificate written: {args.out}")
    return 0


def cmd_return_export(args: argparse.Namespace) -> int:
    from app.cli.keys import return_keys
    from app.services.institutions import get_self
    from app.services.plans import require_current_plan
    from app.services.returns import export_return

    out = out_file(args.out)
    db = database(args)
    with db.unit(f"return export {args.period}") as session:
        plan = require_current_plan(session)
        inst = get_self(session)
        language = args.language or (inst.language if inst else "en")
        with contextlib.ExitStack() as stack:
            ident, seal = (
                stack.enter_context(return_keys(args, session)) if args.sign else (None, None)
            )
            result = export_return(
                session,
                plan,
                args.period,
                fmt=args.format,
                language=language,
                out=out,
                ident=ident,
                p7s=args.p7s,
                seal=seal,
            )
    state = ("signed and sealed" if seal is not None else "signed") if result.signed else "unsigned"
    pages = f", {result.pages} pages" if result.pages else ""
    print(
        f"{result.path}: {state} return, version {result.version}{pages}, "
        f"sha256 {result.file_sha256}"
    )
    if result.p7s is not None:
        print(f"{result.p7s}: detached CMS signature over it")
    return 0


def cmd_return_verify(args: argparse.Namespace) -> int:
    from app.services.verify import at_moment, verify_file

    path = in_file(args.file, "return file (PDF or XLSX)")
    with at_moment(args.at):
        result = verify_file(path, trust_from(args))
    kept = None
    if not result.ok and database_path(args).is_file():
        from app.services.archive import record_of

        with database(args).unit() as session:
            kept = record_of(session, path.read_bytes())
    if args.json:
        emit_json({**result.as_json(), "kept": kept.as_json() if kept else None})
    else:
        for line in result.summary():
            print(line)
        if kept is not None:
            when = f"{kept.at:%d.%m.%Y %H:%M}" if kept.at else "?"
            how = "taken in" if kept.direction == "incoming" else "signed here"
            print(
                f"kept:        VALID AT INTAKE — this very file was verified and {how} on "
                f"{when} ({kept.institution_code} {kept.period_key} v{kept.version}); "
                "unchanged since (same SHA-256)"
            )
    if not result.ok and kept is None:
        print(f"plandesk: {path.name}: {result.reason}", file=sys.stderr)
        return 1
    return 0


def cmd_return_correct(args: argparse.Namespace) -> int:
    from app.services.locks import CONSOLIDATED, INSTITUTION
    from app.services.plans import require_current_plan
    from app.services.returns import correct_return

    kind = CONSOLIDATED if args.consolidated else INSTITUTION
    with database(args).unit(f"return correct {args.period}") as session:
        version = correct_return(session, require_current_plan(session), args.period, kind)
    print(
        f"{args.period.upper()} is open for corrections; the next signed return is "
        f"version {version}"
    )
    return 0


def cmd_return_list(args: argparse.Namespace) -> int:
    from app.services.plans import require_current_plan
    from app.services.returns import list_returns

    with database(args).unit() as session:
        rows = list_returns(session, require_current_plan(session))
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        print(
            f"{r['period']:8} {r['kind']:12} v{r['version']:<3} {r['status']:10} "
            f"{r['file']:30} {r['file_sha256'][:16]}…  {r['signer']}"
        )
    return 0


def cmd_return_email(args: argparse.Namespace) -> int:
    from app.services.email_out import write_eml
    from app.services.return_payload import parse_payload
    from app.services.trust import stored_policy
    from app.services.verify import verify_file

    out = out_file(args.out)
    files = [in_file(path, "return file (PDF or XLSX)") for path in args.files]
    with database(args).unit() as session:
        trust = stored_policy(session)
    payload = None
    for path in files:
        result = verify_file(path, trust)
        if result.payload is not None:
            payload = result.payload
            break
    if payload is None:
        raise PlanDeskError("none of the files is a valid signed return of this institution")
    parse_payload(json.dumps(payload).encode())
    out = write_eml(payload, files, out, args.to)
    print(f"e-mail ready: {out}")
    return 0

"""Commands for identities and returns (signing, verifying, e-mail)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from app.cli.commands import database, emit_json
from app.services.errors import PlanDeskError, ValidationError


def read_password(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --password-file, PLANDESK_KEY_PASSWORD, or a prompt — never from the command line."""
    if args.password_file:
        try:
            text = Path(args.password_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise PlanDeskError(f"cannot read the password file: {exc.strerror}") from exc
        return text.rstrip("\r\n")
    env = os.environ.get("PLANDESK_KEY_PASSWORD")
    if env:
        return env
    if not sys.stdin.isatty():
        raise PlanDeskError(
            "the key password is needed: use --password-file FILE or set PLANDESK_KEY_PASSWORD"
        )
    first = getpass.getpass("Key password: ")
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise ValidationError("the two passwords differ")
    return first


def cmd_identity_create(args: argparse.Namespace) -> int:
    from app.services.identity import create_identity

    password = read_password(args, confirm=True)
    with database(args).unit("identity create") as session:
        info = create_identity(session, password)
    print(f"signing identity created: {info.subject}")
    print(f"recipients trust: {info.trust_subject} ('plandesk identity export-trust')")
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    from app.services.identity import import_identity

    data = args.file.read_bytes()
    password = read_password(args)
    with database(args).unit("identity import") as session:
        info = import_identity(session, data, password)
    print(f"signing identity imported: {info.subject}")
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    from app.services.identity import active, info

    with database(args).unit() as session:
        i = info(active(session))
    data = {
        "subject": i.subject,
        "institution_code": i.institution_code,
        "valid_until": i.not_after.isoformat() if i.not_after else None,
        "certificate_sha256": i.cert_sha256,
        "origin": i.origin,
        "trust": i.trust_subject,
    }
    if args.json:
        emit_json(data)
    else:
        for k, v in data.items():
            print(f"{k:20} {v}")
    return 0


def cmd_identity_export_trust(args: argparse.Namespace) -> int:
    from app.fileio import write_atomically
    from app.services.identity import trust_pem

    with database(args).unit() as session:
        pem = trust_pem(session)
    write_atomically(args.out, pem.encode())
    print(f"trust certificate written: {args.out}")
    return 0


def cmd_return_export(args: argparse.Namespace) -> int:
    from app.services.identity import active, unlock
    from app.services.institutions import get_self
    from app.services.plans import require_current_plan
    from app.services.returns import export_return

    db = database(args)
    with db.unit(f"return export {args.period}") as session:
        plan = require_current_plan(session)
        inst = get_self(session)
        language = args.language or (inst.language if inst else "en")
        ident = unlock(active(session), read_password(args)) if args.sign else None
        result = export_return(
            session,
            plan,
            args.period,
            fmt=args.format,
            language=language,
            out=args.out,
            ident=ident,
        )
    state = "signed" if result.signed else "unsigned"
    pages = f", {result.pages} pages" if result.pages else ""
    print(
        f"{result.path}: {state} return, version {result.version}{pages}, "
        f"sha256 {result.file_sha256}"
    )
    return 0


def trust_from(args: argparse.Namespace) -> list:  # type: ignore[type-arg]
    """--trust files, plus (when the database exists) its trusted and own certificates."""
    from app.services.identity import load_certificates
    from app.services.trust import stored_trust

    certs = []
    for path in args.trust:
        try:
            certs += load_certificates(Path(path).read_bytes())
        except OSError as exc:
            raise PlanDeskError(f"cannot read {path}: {exc.strerror}") from exc
    db_path = args.db or os.environ.get("PLANDESK_DB")
    if db_path and Path(db_path).exists():
        with database(args).unit() as session:
            certs += stored_trust(session)
    return certs


def cmd_return_verify(args: argparse.Namespace) -> int:
    from app.services.verify import verify_file

    if not args.file.is_file():
        raise PlanDeskError(f"{args.file} does not exist")
    result = verify_file(args.file, trust_from(args))
    for line in result.summary():
        print(line)
    if not result.ok:
        print(f"plandesk: {args.file.name}: {result.reason}", file=sys.stderr)
        return 1
    return 0


def cmd_return_correct(args: argparse.Namespace) -> int:
    from app.services.plans import require_current_plan
    from app.services.returns import correct_return

    with database(args).unit(f"return correct {args.period}") as session:
        version = correct_return(session, require_current_plan(session), args.period)
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
            f"{r['period']:8} v{r['version']:<3} {r['status']:10} {r['file']:30} "
            f"{r['file_sha256'][:16]}…  {r['signer']}"
        )
    return 0


def cmd_return_email(args: argparse.Namespace) -> int:
    from app.services.email_out import write_eml
    from app.services.return_payload import parse_payload
    from app.services.trust import stored_trust
    from app.services.verify import verify_file

    with database(args).unit() as session:
        trust = stored_trust(session)
    payload = None
    for path in args.files:
        result = verify_file(path, trust)
        if result.payload is not None:
            payload = result.payload
            break
    if payload is None:
        raise PlanDeskError("none of the files is a valid signed return of this institution")
    parse_payload(json.dumps(payload).encode())
    out = write_eml(payload, list(args.files), args.out, args.to)
    print(f"e-mail ready: {out}")
    return 0

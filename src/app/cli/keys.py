"""Opening the institution's signing keys on the command line: the head's (a key file and its
password, or a token and its PIN) and, when the institution has one, its seal's. Secrets come
from files, the environment or a prompt, never from an argument, and are never stored."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.cli.common import read_password, read_small
from app.services.errors import PlanDeskError

if TYPE_CHECKING:
    from app.services.identity import Identity as SigningIdentity
    from app.services.signing import SigningKey

PIN_ENV = "PLANDESK_TOKEN_PIN"
SEAL_ENV = "PLANDESK_SEAL_PASSWORD"


def add_key_options(p: argparse.ArgumentParser, *, seal: bool = False) -> None:
    """--pin-file (a key on a token); with *seal*, the seal's secret and --no-seal."""
    p.add_argument(
        "--pin-file",
        type=Path,
        metavar="FILE",
        help=f"file holding the token's PIN when the key is on a token (or env {PIN_ENV}; "
        "else a prompt)",
    )
    if seal:
        p.add_argument(
            "--seal-password-file",
            type=Path,
            metavar="FILE",
            help=f"file holding the seal key's password or its token's PIN (or env {SEAL_ENV}; "
            "else a prompt)",
        )
        p.add_argument(
            "--no-seal",
            action="store_true",
            help="sign by the head only, even when the institution has a seal identity",
        )


def _secret_file(path: Path, what: str) -> str:
    try:
        return read_small(path, what, 64 * 1024).decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise PlanDeskError(f"the {what} is not UTF-8 text") from None


def _prompt(text: str, how: str) -> str:
    if not sys.stdin.isatty():
        raise PlanDeskError(f"{text.lower()} is needed: {how}")
    try:
        return getpass.getpass(f"{text}: ")
    except (EOFError, KeyboardInterrupt):
        raise PlanDeskError(f"{text.lower()} was not given") from None


def read_pin(args: argparse.Namespace) -> str:
    """The token's PIN: --pin-file, PLANDESK_TOKEN_PIN or a prompt."""
    path = getattr(args, "pin_file", None)
    if path is not None:
        return _secret_file(path, "PIN file")
    env = os.environ.get(PIN_ENV)
    if env:
        return env
    return _prompt("The token's PIN", f"use --pin-file FILE or set {PIN_ENV}")


def _seal_secret(args: argparse.Namespace, row: SigningIdentity) -> str:
    path = getattr(args, "seal_password_file", None)
    if path is not None:
        return _secret_file(path, "seal password file")
    env = os.environ.get(SEAL_ENV)
    if env:
        return env
    what = "The seal token's PIN" if row.origin == "token" else "The seal key's password"
    return _prompt(
        what, f"use --seal-password-file FILE or set {SEAL_ENV} (or sign without it: --no-seal)"
    )


def _head_secret(args: argparse.Namespace, row: SigningIdentity) -> str:
    return read_pin(args) if row.origin == "token" else read_password(args)


@contextlib.contextmanager
def head_key(args: argparse.Namespace, session: Session) -> Iterator[SigningKey]:
    """The head's key, open while the block runs (receipts, templates: one signature)."""
    from app.services.identity import active, unlocked

    row = active(session)
    with unlocked(row, _head_secret(args, row)) as key:
        yield key


@contextlib.contextmanager
def return_keys(
    args: argparse.Namespace, session: Session
) -> Iterator[tuple[SigningKey, SigningKey | None]]:
    """The head's key and the seal's (None without a seal identity, or with --no-seal), open
    while the block runs. Every secret is asked before any key is opened."""
    from app.services.identity import SEAL, active, current, signing_keys

    head = active(session)
    seal = None if getattr(args, "no_seal", False) else current(session, SEAL)
    head_secret = _head_secret(args, head)
    seal_secret = _seal_secret(args, seal) if seal is not None else None
    with signing_keys(session, head_secret, seal_secret) as keys:
        yield keys

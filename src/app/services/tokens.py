"""Signing keys that live on a token (a USB e-signature token or a smart card, through its
PKCS#11 module): the qualified certificates of Turkey, Viet Nam and Romania come this way.

The key never leaves the token; PlanDesk keeps where to find it (module, token, key label)
and its certificate chain, and asks the clerk for the PIN each time (prompt, --pin-file or
PLANDESK_TOKEN_PIN), never storing it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509

from app.services.errors import PlanDeskError, ValidationError
from app.services.messages import Message


@dataclass(frozen=True)
class TokenInfo:
    label: str
    manufacturer: str
    model: str
    serial: str


@dataclass(frozen=True)
class TokenKey:
    label: str
    key_id: str  # hex
    certificate: x509.Certificate | None

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string() if self.certificate else ""


@dataclass
class TokenIdentity:
    """An unlocked key on a token: what signing needs (the session stays open meanwhile)."""

    cert: x509.Certificate
    chain: list[x509.Certificate]
    session: Any
    key: Any  # the token's private key object
    key_label: str
    token_label: str = ""
    key_id: str = ""  # hex
    _extra: dict[str, Any] = field(default_factory=dict)

    def raw_sign(self, data: bytes, digest: str = "sha256") -> bytes:
        """RSA PKCS#1 v1.5 over *data* with *digest*, computed by the token."""
        from pkcs11 import Mechanism

        mechanisms = {
            "sha256": Mechanism.SHA256_RSA_PKCS,
            "sha384": Mechanism.SHA384_RSA_PKCS,
            "sha512": Mechanism.SHA512_RSA_PKCS,
        }
        try:
            mechanism = mechanisms[digest.lower().replace("-", "")]
        except KeyError:
            raise ValidationError(Message.TOKEN_CANNOT_SIGN_WITH, digest=digest) from None
        try:
            return bytes(self.key.sign(data, mechanism=mechanism))
        except Exception as exc:  # the module's own errors: a pulled token, a locked PIN
            raise PlanDeskError(Message.TOKEN_REFUSED_TO_SIGN, error=type(exc).__name__) from exc


# The PKCS#11 modules of the tokens our users hold, where their installers put them: OpenSC
# (smart cards, many national eID cards), SafeNet eToken (Viet Nam's government tokens, Turkey),
# Bit4id (Viet Nam, Romania), AKİS (Turkey's Kamu SM cards), SoftHSM (tests, training).
KNOWN_MODULES = (
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/opensc-pkcs11.so",
    "/usr/lib/libeTPkcs11.so",
    "/usr/lib/libbit4xpki.so",
    "/usr/lib/libakisp11.so",
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/Library/OpenSC/lib/opensc-pkcs11.so",
    "/usr/local/lib/libeTPkcs11.dylib",
    r"C:\Windows\System32\opensc-pkcs11.dll",
    r"C:\Windows\System32\eTPKCS11.dll",
    r"C:\Windows\System32\bit4xpki.dll",
    r"C:\Windows\System32\akisp11.dll",
)


def installed_modules() -> list[str]:
    """The known modules present on this computer (the clerk can also pick another file)."""
    found: dict[str, str] = {}
    for module in KNOWN_MODULES:
        if Path(module).is_file():
            found.setdefault(str(Path(module).resolve()), module)
    return list(found.values())


def _lib(module: str) -> Any:
    import pkcs11

    path = Path(module)
    if not path.is_file():
        raise PlanDeskError(Message.PKCS11_MODULE_MISSING, module=module)
    try:
        return pkcs11.lib(str(path))
    except Exception as exc:  # a file that is not a PKCS#11 module
        raise PlanDeskError(
            Message.PKCS11_MODULE_UNLOADABLE, module=module, error=type(exc).__name__
        ) from exc


def list_tokens(module: str) -> list[TokenInfo]:
    """The tokens present in the module's slots."""
    lib = _lib(module)
    out = []
    for slot in lib.get_slots(token_present=True):
        token = slot.get_token()
        label = str(token.label or "").strip()
        if not label:
            continue
        out.append(
            TokenInfo(
                label=label,
                manufacturer=str(token.manufacturer_id or "").strip(),
                model=str(token.model or "").strip(),
                serial=_text(token.serial),
            )
        )
    return out


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", errors="replace").strip()
    return str(value or "").strip()


def _token(module: str, token_label: str | None) -> Any:
    lib = _lib(module)
    tokens = [s.get_token() for s in lib.get_slots(token_present=True)]
    tokens = [t for t in tokens if str(t.label or "").strip()]
    if token_label:
        tokens = [t for t in tokens if str(t.label).strip() == token_label]
        if not tokens:
            raise PlanDeskError(Message.NO_TOKEN_LABELLED, label=token_label)
    if not tokens:
        raise PlanDeskError(Message.NO_TOKEN)
    if len(tokens) > 1:
        names = ", ".join(str(t.label).strip() for t in tokens)
        raise PlanDeskError(Message.SEVERAL_TOKENS_CLI, names=names)
    return tokens[0]


@contextlib.contextmanager
def _session(module: str, token_label: str | None, pin: str) -> Iterator[Any]:
    import pkcs11

    token = _token(module, token_label)
    try:
        session = token.open(user_pin=pin)
    except pkcs11.exceptions.PinIncorrect:
        raise PlanDeskError(Message.TOKEN_PIN_WRONG) from None
    except pkcs11.exceptions.PinLocked:
        raise PlanDeskError(Message.TOKEN_PIN_LOCKED) from None
    except Exception as exc:
        raise PlanDeskError(Message.TOKEN_CANNOT_OPEN, error=type(exc).__name__) from exc
    try:
        yield session
    finally:
        with contextlib.suppress(Exception):
            session.close()


def _certificates(session: Any) -> list[tuple[bytes, x509.Certificate]]:
    from pkcs11 import Attribute, ObjectClass

    out = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
        except Exception:  # a certificate object the token keeps but we cannot read
            continue
        try:
            key_id = bytes(obj[Attribute.ID])
        except Exception:
            key_id = b""
        out.append((key_id, cert))
    return out


def list_keys(module: str, token_label: str | None, pin: str) -> list[TokenKey]:
    """The signing keys on the token, each with its certificate (matched by key id)."""
    from pkcs11 import Attribute, ObjectClass

    with _session(module, token_label, pin) as session:
        certs = _certificates(session)
        out = []
        for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
            key_id = bytes(key[Attribute.ID]) if _has(key, Attribute.ID) else b""
            cert = next((c for i, c in certs if key_id and i == key_id), None)
            out.append(TokenKey(str(key.label or ""), key_id.hex(), cert))
        return out


def _has(obj: Any, attribute: Any) -> bool:
    try:
        obj[attribute]
    except Exception:
        return False
    return True


def chain_of(cert: x509.Certificate, pool: list[x509.Certificate]) -> list[x509.Certificate]:
    """The issuers of *cert* found in *pool*, nearest first (up to a self-signed root)."""
    chain: list[x509.Certificate] = []
    current = cert
    while current.issuer != current.subject:
        issuer = next(
            (c for c in pool if c.subject == current.issuer and c not in chain and c != cert),
            None,
        )
        if issuer is None:
            break
        chain.append(issuer)
        current = issuer
    return chain


@contextlib.contextmanager
def open_identity(
    module: str,
    token_label: str | None,
    key_label: str | None,
    pin: str,
    extra_chain: list[x509.Certificate] | None = None,
) -> Iterator[TokenIdentity]:
    """The token's key and its certificate chain (from the token, else *extra_chain*),
    ready to sign while the block runs."""
    from pkcs11 import Attribute, ObjectClass

    with _session(module, token_label, pin) as session:
        keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}))
        if key_label:
            keys = [k for k in keys if str(k.label or "") == key_label]
        if not keys and key_label:
            raise PlanDeskError(Message.TOKEN_NO_KEY_LABELLED, label=repr(key_label))
        if not keys:
            raise PlanDeskError(Message.TOKEN_NO_KEY)
        if len(keys) > 1:
            names = ", ".join(str(k.label or "?") for k in keys)
            raise PlanDeskError(Message.TOKEN_SEVERAL_KEYS_CLI, names=names)
        key = keys[0]
        certs = _certificates(session)
        key_id = bytes(key[Attribute.ID]) if _has(key, Attribute.ID) else b""
        cert = next((c for i, c in certs if key_id and i == key_id), None)
        if cert is None:
            raise PlanDeskError(Message.TOKEN_NO_CERTIFICATE)
        pool = [c for _, c in certs] + list(extra_chain or [])
        yield TokenIdentity(
            cert,
            chain_of(cert, pool),
            session,
            key,
            str(key.label or ""),
            token_label=str(session.token.label or "").strip(),
            key_id=key_id.hex(),
        )

"""Certificate names for institution and person names of any script and length.

X.509 bounds CN, O and OU at 64, and ``cryptography`` counts UTF-8 bytes: a Russian or
Vietnamese school name of 60 characters is 110 bytes. A certificate therefore carries the
name cut at a character boundary within the bound; the full name stays where the clerk
reads it (the database, the return's payload and text, the visible signature stamp).
The ``PLANDESK:<code>`` unit is never cut: a code that does not fit is refused.
"""

from __future__ import annotations

import unicodedata

from cryptography import x509
from cryptography.x509.oid import NameOID

from app.domain.text import nfc
from app.services.errors import ValidationError
from app.services.messages import Message

MAX_BYTES = 64  # ub-common-name, ub-organization-name, ub-organizational-unit-name
CODE_PREFIX = "PLANDESK:"  # in the certificate's OU: ties the key to an institution code
MAX_CODE_BYTES = MAX_BYTES - len(CODE_PREFIX)
_JOINERS = ("\u200c", "\u200d")  # ZWNJ / ZWJ belong to the character cluster around them


def tidy(text: str) -> str:
    """*text* in NFC with its runs of white space (line breaks too) as single spaces."""
    return " ".join(nfc(text).split())


def _extends_cluster(text: str, i: int) -> bool:
    """Whether ``text[i]`` belongs to the character cluster that starts before it."""
    ch = text[i]
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _JOINERS or text[i - 1] in _JOINERS
    )


def cut_utf8(text: str, limit: int = MAX_BYTES) -> str:
    """The longest start of ``tidy(text)`` within *limit* UTF-8 bytes that splits neither a
    character nor a base character from its combining marks, without trailing space;
    ``""`` when even the first character cluster does not fit."""
    text = tidy(text)
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    n = len(raw[:limit].decode("utf-8", errors="ignore"))  # whole characters only
    while n > 0 and _extends_cluster(text, n):
        n -= 1
    return text[:n].rstrip()


def fitted(text: str, fallback: str, *, suffix: str = "", limit: int = MAX_BYTES) -> str:
    """*text* cut so that it and *suffix* fit in *limit* bytes; *fallback* (cut the same
    way) when nothing of *text* fits."""
    room = limit - len(suffix.encode("utf-8"))
    head = cut_utf8(text, room) or cut_utf8(fallback, room)
    return f"{head}{suffix}" if head else cut_utf8(suffix.strip(), limit)


def code_unit(code: str) -> str:
    """The ``PLANDESK:<code>`` OU value, whole; ValidationError when the code cannot go in."""
    size = len(code.encode("utf-8"))
    if not code.strip():
        raise ValidationError(Message.CODE_EMPTY_FOR_CERTIFICATE)
    if size > MAX_CODE_BYTES:
        raise ValidationError(
            Message.CODE_TOO_LONG_FOR_CERTIFICATE, code=code, size=size, limit=MAX_CODE_BYTES
        )
    return f"{CODE_PREFIX}{code}"


def build_name(common: str, org: str, code: str, *, common_suffix: str = "") -> x509.Name:
    """CN (with *common_suffix* kept whole), O and the whole ``PLANDESK:<code>`` OU;
    the institution code stands in for a name of which nothing fits."""
    unit = code_unit(code)
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, fitted(common, code, suffix=common_suffix)),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, fitted(org, code)),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
        ]
    )


def friendly_name(code: str) -> bytes:
    """The PKCS#12 friendly name for an institution code. The attribute is a BMPString:
    characters beyond the BMP become '_'; at most 64 characters."""
    text = "".join(ch if ord(ch) <= 0xFFFF else "_" for ch in tidy(code))
    return (text[:MAX_BYTES].rstrip() or "PlanDesk").encode("utf-8")

"""Text normalisation applied to everything that enters the database or an export."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"[ \t\u00a0]+")


def nfc(value: str) -> str:
    """Return *value* in Unicode NFC (composed) form."""
    return unicodedata.normalize("NFC", value)


def clean(value: object) -> str:
    """Turn a cell value into tidy NFC text: collapse runs of spaces, strip the ends."""
    if value is None:
        return ""
    text = nfc(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()

"""Text normalisation applied to everything that enters the database or an export.

The one place where text is put in Unicode NFC: :func:`nfc` for a string, :func:`nfc_deep`
for JSON data (a return's payload). Other normal forms used for other jobs (NFKD to fold
text for searching, NFD to strip accents from file names) stay where they are used.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import TypeVar

_WS = re.compile(r"[ \t\u00a0]+")

_Json = TypeVar("_Json")


def nfc(value: str) -> str:
    """Return *value* in Unicode NFC (composed) form."""
    return unicodedata.normalize("NFC", value)


def nfc_deep(value: _Json) -> _Json:
    """A copy of JSON data *value* (dicts, lists, text, numbers, booleans, None) with every
    string, keys too, in Unicode NFC.

    Normalising the JSON text at once is ~10× faster than walking the tree, and safe: JSON's
    own characters are ASCII, which no combining mark composes with. Tuples come back as
    lists; anything that is not JSON data raises TypeError, as it would in a payload.
    """
    text = json.dumps(value, ensure_ascii=False)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    copy: _Json = json.loads(text)
    return copy


def clean(value: object) -> str:
    """Turn a cell value into tidy NFC text: collapse runs of spaces, strip the ends."""
    if value is None:
        return ""
    text = nfc(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()

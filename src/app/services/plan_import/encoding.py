"""Decode a text table whose encoding nobody wrote down."""

from __future__ import annotations

import codecs
import re
import unicodedata

from app.services.errors import ImportRejected
from app.services.messages import Message

# legacy code pages of the six data languages, in order of preference on a tie
LEGACY = ("cp1254", "cp1251", "cp1250", "cp1258")

_EXPECTED = {
    "cp1254": set("ığşçöüİĞŞÇÖÜâîû"),
    "cp1250": set("ăâîșțşţĂÂÎȘȚŞŢ"),
}
_VI_BASE = set("aeiouydđAEIOUYDĐ")
_VI_MARKS = set("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL_OK = {"\t", "\n", "\r", "\f"}


def decode_text(data: bytes, what: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the legacy code page whose
    letters make the most sense, else Latin-1. Binary data is refused."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", what)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", what)
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return text
        raise ImportRejected(Message.IMPORT_BINARY, what=what)
    if b"\x00" in data:
        raise ImportRejected(Message.IMPORT_BINARY, what=what)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _legacy(data)
    if not _plausible(text):
        raise ImportRejected(Message.IMPORT_BINARY, what=what)
    return text


def _strict(data: bytes, encoding: str, what: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportRejected(
            Message.IMPORT_BAD_BYTE, what=what, encoding=encoding.upper(), byte=exc.start
        ) from None


def _plausible(text: str) -> bool:
    """Text, not binary: few control characters."""
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(
        1 for ch in sample if unicodedata.category(ch) in {"Cc", "Cs", "Co"}
        and ch not in _CONTROL_OK
    )  # fmt: skip
    return bad <= len(sample) // 200


def _score(text: str, encoding: str) -> int:
    score = 0
    for word in _WORD.findall(text):
        non_ascii = [ch for ch in word if not ch.isascii()]
        if not non_ascii:
            continue
        cyrillic = sum(1 for ch in non_ascii if "\u0400" <= ch <= "\u04ff")
        has_latin = any(ch.isascii() for ch in word)
        if encoding == "cp1251":
            good = cyrillic if not has_latin else 0
        else:
            good = sum(1 for ch in non_ascii if _expected(ch, encoding))
            if cyrillic:
                good = 0
        score += 2 * good - (len(non_ascii) - good)
    return score


def _expected(ch: str, encoding: str) -> bool:
    if encoding == "cp1258":
        parts = unicodedata.normalize("NFD", ch)
        return (
            parts[0] in _VI_BASE
            and all(p in _VI_MARKS for p in parts[1:])
            and (len(parts) > 1 or not parts.isascii())
        )
    return ch in _EXPECTED[encoding]


_SCORED = 200_000  # characters of the file the code pages are judged on


def _legacy(data: bytes) -> str:
    """The legacy code page whose letters make the most sense, judged on the file's start;
    a code page is a candidate only when the whole file decodes in it. One code page's text
    is held at a time (the file is single-byte: its start is its first characters), so a
    20 MB table costs its size a few times over, not once per code page."""
    best: tuple[int, str] | None = None
    for encoding in LEGACY:
        try:
            data.decode(encoding)  # every byte must mean something in it; the text is dropped
        except UnicodeDecodeError:
            continue
        start = unicodedata.normalize("NFC", data[: _SCORED + 1000].decode(encoding))
        score = _score(start[:_SCORED], encoding)
        if best is None or score > best[0]:
            best = (score, encoding)
    if best is None or best[0] < 0:
        return data.decode("latin-1")
    return unicodedata.normalize("NFC", data.decode(best[1]))

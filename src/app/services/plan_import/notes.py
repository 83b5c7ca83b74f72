"""Rows that are not plan items: the title, a list of abbreviations, notes under a table,
a document's letterhead and signature lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.domain.text import clean

from .textnorm import fold_words

MAX_TITLE = 500

# the line that opens a list of abbreviations (folded words, whole line or its start)
GLOSSARY_HEADS = (
    "lista de abrevieri", "abrevieri", "abrevieri utilizate", "lista abrevierilor",
    "список сокращений", "перечень сокращений", "принятые сокращения", "сокращения",
    "список используемых сокращений", "условные сокращения",
    "кыскартулар", "қысқартулар", "қысқартулар тізімі", "кыскартулар тiзiмi",
    "шартты қысқартулар", "аббревиатуралар",
    "kisaltmalar", "kisaltmalar listesi", "kisaltma listesi",
    "tu viet tat", "danh muc tu viet tat", "cac tu viet tat", "danh muc cac tu viet tat",
    "abbreviations", "list of abbreviations", "glossary", "acronyms",
)  # fmt: skip
# a note under the table ("Примечание: …")
NOTE_HEADS = (
    "примечание", "примечания", "ескерту", "ескертпе", "not", "notlar", "aciklama", "nota",
    "note", "notes", "ghi chu", "luu y", "observatie", "observatii", "mentiune",
)  # fmt: skip
# lines of a letterhead, a decree's approval block or a signature: never the title
_BOILERPLATE = re.compile(
    r"^(?:cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc|so \S+|"
    r"утвержден\w*|утверждаю|согласовано|приложение\b.*|к постановлению\b.*|к распоряжению\b.*|"
    r"бекітілген\w*|бекiтiлген\w*|қосымша\b.*|"
    r"anexa\b.*|anexa nr\b.*|emitent\b.*|publicat\b.*|"
    r"ek\b.*|ek \d.*|onay\w*|"
    r"approved\b.*|annex\b.*|"
    r"ubnd\b.*|uy ban nhan dan\b.*|phong giao duc\b.*|truong\b.*|"
    r".*\bngay\s+\d{0,2}\s*thang\s+\d{0,2}\s*nam\s+\d{4}$)"
)
_TITLE_WORDS = re.compile(
    r"(?<!\w)(?:ke hoach|план|plan|planul|programul|programa|программа|жоспар\w*|eylem plani|"
    r"is plani|calisma plani|program|perechen|перечень|mas(?:u|uri)|strategi\w*|стратеги\w*)(?!\w)"
)
_ABBREVIATION = re.compile(
    r"^\s*([A-ZА-ЯЁӘІҢҒҮҰҚӨҺĂÂÎȘȚŞŢÇĞİÖÜĐ][A-Za-zА-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһĂăÂâÎîȘșȚțŞşŢţÇçĞğİıÖöÜüĐđ0-9.\-/&]{0,14})"
    r"\s*(?:[-–—:=]\s*|\s+)(\S.{2,})$",
    re.DOTALL,
)


@dataclass
class Glossary:
    title: str = ""
    entries: list[tuple[str, str]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # grid indices taken by the list


def is_glossary_head(text: str) -> bool:
    words = fold_words(text).rstrip(":")
    return any(words == head or words.startswith(head + " ") for head in GLOSSARY_HEADS) and (
        len(words) <= 60
    )


def note_head(text: str) -> bool:
    words = fold_words(text[:40])
    return any(words == head or words.startswith(head + " ") for head in NOTE_HEADS) and (
        ":" in text[:40] or text.rstrip().endswith(":") or words in NOTE_HEADS
    )


def _uppercase_share(word: str) -> float:
    letters = [ch for ch in word if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0


def glossary_pair(cells: list[str]) -> tuple[str, str] | None:
    """ "ANPF | Agenţia Naţională …" or "ANPF – Agenţia Naţională …" (one cell) -> a pair."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) == 2 and len(filled[0]) <= 15 and _uppercase_share(filled[0]) >= 0.6:
        return filled[0], filled[1]
    if len(filled) == 1:
        match = _ABBREVIATION.match(filled[0])
        if match and _uppercase_share(match.group(1)) >= 0.6 and len(match.group(1)) >= 2:
            meaning = match.group(2).strip()
            if meaning[:1].isupper() or meaning[:1].isdigit():
                return match.group(1).rstrip(".:"), meaning
        # "ANPFAgenţia Naţională …": a pasted list that lost its separator
        glued = re.match(
            r"^([A-ZĂÂÎȘȚŞŢА-ЯЁ]{2,10})([A-ZĂÂÎȘȚŞŢА-ЯЁ][a-zăâîșțşţа-яё].{2,})$", filled[0]
        )
        if glued:
            return glued.group(1), glued.group(2)
    return None


def find_glossary(grid: list[list[str]], indices: list[int]) -> Glossary | None:
    """The first list of abbreviations among the rows *indices* (a head line, then pairs)."""
    glossary: Glossary | None = None
    for index in indices:
        cells = grid[index]
        filled = [c for c in cells if c.strip()]
        if glossary is None:
            if len(filled) == 1 and is_glossary_head(filled[0]):
                glossary = Glossary(title=clean(filled[0]).rstrip(":").strip(), rows=[index])
            elif len(filled) == 2 and is_glossary_head(filled[0]):
                pair = glossary_pair(filled[1:])
                glossary = Glossary(title=clean(filled[0]).rstrip(":").strip(), rows=[index])
                if pair:
                    glossary.entries.append(pair)
            continue
        if not filled:
            if glossary.entries:
                glossary.rows.append(index)
            continue
        pair = glossary_pair(cells)
        if pair is None:
            break
        glossary.entries.append((clean(pair[0]), clean(pair[1])))
        glossary.rows.append(index)
    if glossary is None or not glossary.entries:
        return None
    while glossary.rows and not any(c.strip() for c in grid[glossary.rows[-1]]):
        glossary.rows.pop()
    return glossary


def glossary_text(glossary: Glossary) -> str:
    lines = [f"{a} — {b}" for a, b in glossary.entries]
    return "\n".join([glossary.title, *lines]) if glossary.title else "\n".join(lines)


def pick_title(lines: list[str]) -> str:
    """The plan's title among the lines above its table: a few short lines are the title
    as they stand; a longer preamble gives the line naming the plan ("KẾ HOẠCH", "ПЛАН",
    "PLAN DE MĂSURI") and the lines that continue it, without letterheads and approval
    blocks."""
    lines = [clean(line) for line in lines if clean(line)]
    plain = [line for line in lines if not _BOILERPLATE.match(fold_words(line))]
    # "План" above "План мероприятий …": the label of the document, said again below
    plain = [
        line
        for n, line in enumerate(plain)
        if n + 1 >= len(plain) or not plain[n + 1].casefold().startswith(line.casefold() + " ")
    ]
    if len(lines) <= 4 and all(len(line) <= 200 for line in lines):
        chosen = plain or lines
        return clean(" ".join(chosen))[:MAX_TITLE]
    for i, line in enumerate(plain):
        if _TITLE_WORDS.search(fold_words(line)) and len(line) <= 300:
            parts = [line]
            for follow in plain[i + 1 : i + 4]:
                if len(follow) > 200 or follow.endswith((";", ":")) or _starts_section(follow):
                    break
                parts.append(follow)
                if follow.endswith("."):
                    break
            return clean(" ".join(parts))[:MAX_TITLE]
    short = [line for line in plain if len(line) <= 200][:2]
    return clean(" ".join(short))[:MAX_TITLE]


_SECTION = re.compile(r"^\s*(?:[IVX]{1,4}|\d{1,2})[.)]\s")
_PREAMBLE = re.compile(
    r"^(?:can cu|thuc hien (?:cong van|ke hoach so|quyet dinh|chi thi|huong dan|van ban)|"
    r"в соответствии|во исполнение|in temeiul|avand in vedere)"
)


def _starts_section(line: str) -> bool:
    return bool(_SECTION.match(line)) or bool(_PREAMBLE.match(fold_words(line)))


# the end of a document's plan: the signature and distribution block
_CLOSING = re.compile(
    r"^(?:noi nhan|tren day la|hieu truong|t m ubnd|kt hieu truong|получатели|разослано|"
    r"исполнитель|dagitim|intocmit|aprobat|recipients|distribution|тарату)\b"
)


def is_closing(text: str) -> bool:
    return bool(_CLOSING.match(fold_words(text[:60])))

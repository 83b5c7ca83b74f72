"""A plan written as numbered paragraphs, without a table: "I. MỤC ĐÍCH", "1. …", "- …".

Roman numerals open the top level, arabic numbers ("1.", "1.2.") the levels below by their
dots, letters ("a)") the next, and bullets ("-", "•", "+") the activities under the last
numbered line. A line without a number continues the line before it when that one is an
item; the signature block ("Nơi nhận", "Получатели") ends the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.codes import is_roman
from app.domain.plan import ItemKind, SkippedRow

from .body import RawItem
from .notes import is_closing
from .rows import parse_lead

_BULLET = re.compile(r"^\s*[-–—•+*·▪○]\s*(\S.*)$", re.DOTALL)
_LETTER = re.compile(r"^\s*([a-zа-я])[).]\s+(\S.*)$", re.DOTALL)


@dataclass
class OutlineLine:
    index: int  # row index in the table
    level: int
    code: str | None
    text: str
    bullet: bool = False


def _classify(text: str, has_roman: bool) -> OutlineLine | None:
    bullet = _BULLET.match(text)
    if bullet:
        return OutlineLine(-1, 99, None, bullet.group(1).strip(), bullet=True)
    letter = _LETTER.match(text)
    if letter:
        return OutlineLine(-1, 50, None, letter.group(2).strip())
    lead = parse_lead(text)
    if lead.code is None or not lead.rest:
        return None
    if is_roman(lead.code):
        return OutlineLine(-1, 0, lead.code, lead.rest)
    depth = len([p for p in lead.code.split(".") if p])
    return OutlineLine(-1, depth - (0 if has_roman else 1), lead.code, lead.rest)


def outline_items(
    lines: list[tuple[int, str]], skipped: list[SkippedRow]
) -> tuple[list[RawItem], int]:
    """Items of a numbered-paragraph plan and the index (into *lines*) where it starts."""
    has_roman = any(
        (lead := parse_lead(t)).code is not None and is_roman(lead.code) for _, t in lines
    )
    parsed: list[OutlineLine] = []
    start = None
    for position, (index, text) in enumerate(lines):
        if is_closing(text) and parsed:
            skipped.extend(SkippedRow(i + 1, "text", t) for i, t in lines[position:] if t)
            break
        line = _classify(text, has_roman)
        if line is None:
            if parsed and not parsed[-1].bullet and parsed[-1].level < 99 and len(text) > 200:
                skipped.append(SkippedRow(index + 1, "text", text))
            elif parsed:
                parsed[-1].text = f"{parsed[-1].text}\n{text}"
            continue
        if start is None:
            start = position
        line.index = index
        parsed.append(line)
    if not parsed or start is None:
        return [], 0
    # bullets sit one level below the numbered line above them
    last_numbered = 0
    for line in parsed:
        if line.bullet:
            line.level = last_numbered + 1
        else:
            if line.level == 50:
                line.level = last_numbered + 1
            last_numbered = line.level
    items: list[RawItem] = []
    for n, line in enumerate(parsed):
        has_children = n + 1 < len(parsed) and parsed[n + 1].level > line.level
        if line.level == 0 and has_children:
            kind = ItemKind.GOAL
        elif has_children and line.level > 0:
            kind = ItemKind.SUBGOAL
        else:
            kind = ItemKind.ACTIVITY
        items.append(RawItem(line.index + 1, line.code, kind, line.text.strip()))
    return items, start

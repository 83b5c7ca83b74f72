"""Does a return PDF visibly say what its payload says?

The text of the pages is extracted with pypdf and searched for the institution's name,
the period label, and every activity code followed (before the next activity code) by
the status words that row must show. Whitespace is ignored, so line wrapping does not
matter. A signature proves the file is intact; this proves the visible pages and the
embedded payload tell the same story.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.domain.return_format import Item, Payload
from app.domain.text import nfc
from app.exports.consolidated_text import (
    count_lines,
    covers_text,
    institutions_total,
    is_consolidated,
    reporting_text,
    sums_lines,
)
from app.exports.labels import (
    CONSOLIDATED_HEADERS,
    PLAN_HEADERS,
    activity_status_text,
    label,
    language_of,
)

_SPACE = re.compile(r"\s+")
_HEX = re.compile(r"[0-9a-f]{16}(?=…)")


def _squash(text: str) -> str:
    return _SPACE.sub("", nfc(text))


def _code_pattern(code: str) -> re.Pattern[str]:
    # a code is its own token: 2.1.4 is not found inside 12.1.4, 2.1.40 or 2.1.4.1
    return re.compile(r"(?<![\w.])" + re.escape(code) + r"(?!\w|\.\w)")


def extract_pdf_text(pdf: Path | bytes) -> str:
    """The text of every page, from a file or from the PDF's bytes (no temporary file)."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_visible_problems(pdf: Path | bytes, payload: Payload) -> list[str]:
    """Human-readable problems; an empty list when the pages show the payload."""
    try:
        text = nfc(extract_pdf_text(pdf))
    except Exception:  # pypdf raises many kinds for a damaged file
        return ["the pages of the PDF cannot be read"]
    lang = language_of(payload)
    flat = _SPACE.sub(" ", text)
    bare = _squash(text)
    problems: list[str] = []
    institution = str(payload.get("institution", {}).get("name", ""))
    if institution and _squash(institution) not in bare:
        problems.append(f"the institution '{institution}' is not shown on the pages")
    period = str(payload.get("period", {}).get("label", ""))
    if period and _squash(period) not in bare:
        problems.append(f"the period '{period}' is not shown on the pages")
    activities = [i for i in payload.get("items", []) if i.get("kind") == "activity"]
    cursor = 0
    found: list[tuple[Item, int, int]] = []
    for item in activities:
        code = str(item.get("code", ""))
        match = _code_pattern(code).search(flat, cursor)
        if match is None:
            problems.append(f"activity {code} is not shown on the pages")
            continue
        found.append((item, match.start(), match.end()))
        cursor = match.end()
    consolidated = is_consolidated(payload)
    if consolidated:
        problems += _consolidated_problems(lang, payload, bare)
    # the column header repeated on a new page is not part of any row
    keys = CONSOLIDATED_HEADERS if consolidated else PLAN_HEADERS  # as the renderers head them
    headers = [_squash(label(lang, key)) for key in keys]
    total = institutions_total(payload)
    tail_marks = [label(lang, "footnotes"), label(lang, "totals")]
    for index, (item, _start, end) in enumerate(found):
        if index + 1 < len(found):
            stop = found[index + 1][1]
        else:  # the last row ends where the table does
            stops = [flat.find(mark, end) for mark in tail_marks]
            stop = min([s for s in stops if s >= 0], default=len(flat))
        window = _squash(flat[end:stop])
        for header in headers:
            window = window.replace(header, "")
        if consolidated:
            wanted = [reporting_text(lang, item, total)]
            wanted += [text for _status, text in count_lines(lang, item)]
            wanted += sums_lines(lang, item)[:1]
        else:
            wanted = [activity_status_text(lang, item)]
        for expected in wanted:
            if _squash(expected) not in window:
                problems.append(
                    f"activity {item.get('code')}: '{expected}' of the signed return "
                    "is not shown in its row"
                )
    return problems


def _consolidated_problems(lang: str, payload: Payload, bare: str) -> list[str]:
    """The header says how many institutions; the annex lists every subordinate return."""
    problems: list[str] = []
    covers = covers_text(lang, payload)
    if _squash(covers) not in bare:
        problems.append(f"the header does not say '{covers}'")
    annex = bare.rfind(_squash(label(lang, "annex_returns")))
    shown = set(_HEX.findall(bare[annex:])) if annex >= 0 else set()
    for child in payload.get("children") or []:
        sha = str(child.get("payload_sha256") or "")[:16]
        if sha not in shown:
            problems.append(
                f"the subordinate return of {child.get('code')} ({sha}…) is not listed in the annex"
            )
    return problems

"""What an import made of a file, in lines for the command line (the window says the same
in the clerk's language, from the same :class:`ImportReport`)."""

from __future__ import annotations

from collections import Counter

from app.domain.periods import Scheme
from app.domain.plan import GLOSSARY_MARK, PlanData

MAX_LISTED = 12
MAX_QUOTE = 90


def _quote(text: str) -> str:
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


LAYOUTS = {
    "codes": "hierarchy by codes (2.1.4)",
    "words": "hierarchy by words (Hedef / Alt hedef, Цель / Задача, Mục tiêu …)",
    "sections": "hierarchy by roman-numeral or lettered sections",
    "columns": "hierarchy in separate goal and sub-goal columns",
    "paragraphs": "numbered paragraphs (no table)",
    "rows": "one activity per row",
}
YEAR_SOURCES = {
    "clerk": "given with --year",
    "window": "from the campaign window",
    "title": "from the title",
    "headers": "from the column headings",
    "dates": "from the date column",
    "text": "from the text",
}
SCHEME_SOURCES = {
    "clerk": "given with --scheme",
    "columns": "from the period columns",
    "terms": "from the periods named in the date column",
    "window": "the campaign window",
    "years": "one period a year",
    "year": "the file names no reporting periods: one period for the year (choose with --scheme)",
}
SKIPPED_WHAT = {
    "title": "title rows",
    "header": "header rows",
    "glossary": "rows of the list of abbreviations",
    "footnote": "footnote rows",
    "note": "notes under the table",
    "separator": "separator rows",
    "column numbers": "rows of column numbers",
    "text": "rows of other text (letterhead, narrative, signatures)",
}


def _listed(values: list[str]) -> str:
    shown = ", ".join(values[:MAX_LISTED])
    return shown + (f" and {len(values) - MAX_LISTED} more" if len(values) > MAX_LISTED else "")


def summary_lines(data: PlanData) -> list[str]:
    report = data.report
    kinds = Counter(i.kind.value for i in data.items)
    lines = [
        f"{kinds['goal']} goals, {kinds['subgoal']} sub-goals, {kinds['activity']} activities; "
        + LAYOUTS.get(report.layout, report.layout)
    ]
    source = YEAR_SOURCES.get(report.year_source, report.year_source)
    if data.scheme is Scheme.CUSTOM and data.window_start and data.window_end:
        lines.append(
            f"window {data.window_start:%d.%m.%Y}–{data.window_end:%d.%m.%Y} ({source}"
            + (f": '{_quote(report.year_text)}'" if report.year_source != "clerk" else "")
            + ")"
        )
    else:
        years = sorted({int(p.key[:4]) for p in data.periods})
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(data.year)
        quoted = (
            f": '{_quote(report.year_text)}'" if report.year_source not in ("clerk", "") else ""
        )
        lines.append(f"year {span} ({source}{quoted})")
    lines.append(
        f"periods: {data.scheme.value}, {SCHEME_SOURCES.get(report.scheme_source, '')}".rstrip(", ")
    )
    qualified = report.qualified(data.items)
    if qualified:
        lines.append(
            "numbering restarting in each section made full codes: "
            + _listed([f"{code} (was {original})" for code, original in qualified])
        )
    generated = report.generated(data.items)
    if generated:
        lines.append("codes made by PlanDesk (the file has none): " + _listed(generated))
    if report.glossary:
        lines.append(f"list of abbreviations kept as the plan's glossary: {len(report.glossary)}")
    marks = [f.mark for f in data.footnotes if f.mark != GLOSSARY_MARK]
    if marks:
        lines.append("footnotes: " + ", ".join(marks))
    if report.columns_to_notes:
        lines.append(
            "columns kept in the items' notes: "
            + ", ".join(f"'{c}'" for c in report.columns_to_notes)
        )
    if report.columns_left_out:
        lines.append("columns left out: " + ", ".join(f"'{c}'" for c in report.columns_left_out))
    counted = Counter(s.what for s in report.skipped)
    if counted:
        lines.append(
            "not items: "
            + "; ".join(f"{n} {SKIPPED_WHAT.get(what, what)}" for what, n in counted.items())
        )
    return lines

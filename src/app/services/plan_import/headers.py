"""Find the header row of a plan table and say what each column holds."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.domain.periods import Scheme
from app.services.errors import ImportRejected
from app.services.messages import Message

from .period_words import PeriodRef, parse_period_header
from .textnorm import fold_words
from .vocab import CODE_HEADERS, HEADER_WORDS, role_regex

HEADER_SCAN_ROWS = 30
MAX_HEADER_CELL = 160
ROLE_ORDER = tuple(HEADER_WORDS)  # reason, partners, responsible, target, notes, time, activity


@dataclass
class HeaderMap:
    """Where the header is and what each column means."""

    row: int  # index of the (last) header row in the grid
    start: int  # index of the first header row (two-row headers)
    texts: list[str]  # header text per column
    roles: dict[int, str]  # column -> role ("code", "activity", "responsible", ...)
    periods: dict[int, PeriodRef] = field(default_factory=dict)
    activity: int = 0
    code: int | None = None
    ignored: set[int] = field(default_factory=set)  # columns the clerk chose to leave out

    def column_of(self, role: str) -> int | None:
        return next((c for c, r in sorted(self.roles.items()) if r == role), None)

    def group_cols(self) -> set[int]:
        return {c for c, r in self.roles.items() if r in ("goal", "subgoal") and c != self.activity}


KEEP_ROLE = "keep"  # a column that maps to no field: kept in the notes with its heading
MAPPABLE_ROLES = (
    "code",
    "goal",
    "subgoal",
    "activity",
    "responsible",
    "partners",
    "target",
    "reason",
    "notes",
    "time",
    KEEP_ROLE,
)
PERIOD_ROLE = "period"


def column_roles(header: HeaderMap) -> dict[int, str]:
    """Each column's role as the recogniser sees it ("period" for a period column, "keep"
    for one that maps to no field — kept in the items' notes with its heading —, "" for one
    left out, like a column of page numbers): the starting point of a column-mapping step."""
    width = len(header.texts)
    roles = {col: header.roles.get(col, KEEP_ROLE) for col in range(width)}
    roles.update(dict.fromkeys(header.periods, PERIOD_ROLE))
    return {c: "" if r == "page" or c in header.ignored else r for c, r in roles.items()}


def period_of_column(header: HeaderMap, col: int) -> PeriodRef | None:
    """The period a column's header names (None: not a period column)."""
    if col in header.periods:
        return header.periods[col]
    text = header.texts[col] if col < len(header.texts) else ""
    role = cell_role(text)
    return role if isinstance(role, PeriodRef) else None


def apply_mapping(header: HeaderMap, mapping: dict[int, str]) -> HeaderMap:
    """The header with the clerk's corrected column roles (""/missing: leave the column out)."""
    roles: dict[int, str] = {}
    periods: dict[int, PeriodRef] = {}
    kept: set[int] = set()
    for col, role in sorted(mapping.items()):
        if role == PERIOD_ROLE:
            ref = period_of_column(header, col)
            if ref is None:
                raise ImportRejected(Message.IMPORT_COLUMN_NO_PERIOD, column=col + 1)
            periods[col] = ref
        elif role == KEEP_ROLE:
            kept.add(col)
        elif role in MAPPABLE_ROLES:
            roles[col] = role
        elif role:
            raise ImportRejected(Message.IMPORT_NOT_A_ROLE, column=col + 1, role=role)
    if len({ref.scheme for ref in periods.values()}) > 1:
        raise ImportRejected(Message.IMPORT_MIXED_PERIODS)
    activity = next((c for c, r in roles.items() if r == "activity"), None)
    if activity is None:
        raise ImportRejected(Message.IMPORT_NO_ACTIVITY_COLUMN)
    width = max(len(header.texts), max(mapping, default=-1) + 1)
    ignored = {c for c in range(width) if c not in roles and c not in periods and c not in kept}
    mapped = HeaderMap(
        row=header.row,
        start=header.start,
        texts=list(header.texts),
        roles=roles,
        periods=periods,
        ignored=ignored,
    )
    mapped.code = mapped.column_of("code")
    mapped.activity = activity
    return mapped


def cell_role(text: str) -> str | PeriodRef | None:
    """The role a header cell names, a PeriodRef for a period column, or None."""
    if not text or len(text) > MAX_HEADER_CELL:
        return None
    words = fold_words(text)
    if text.strip() in {"#", "№"} or words in CODE_HEADERS:
        return "code"
    period = parse_period_header(text)
    if period is not None:
        return period
    for role in ROLE_ORDER:
        if role_regex(role).search(words):
            return role
    return None


def _periods_of(found: dict[int, PeriodRef]) -> dict[int, PeriodRef]:
    """Keep the period columns of the most common scheme; lone month or year columns are
    more likely ordinary words ("May", "2024") than a schedule."""
    if not found:
        return {}
    schemes = Counter(ref.scheme for ref in found.values())
    scheme, count = schemes.most_common(1)[0]
    if scheme is Scheme.MONTH and count < 2:
        return {}
    kept = {c: ref for c, ref in found.items() if ref.scheme is scheme}
    seen: set[tuple[int | None, int]] = set()
    unique: dict[int, PeriodRef] = {}
    for col, ref in sorted(kept.items()):
        if (ref.year, ref.index) not in seen:
            seen.add((ref.year, ref.index))
            unique[col] = ref
    return unique


def _classify(texts: list[str]) -> tuple[dict[int, str], dict[int, PeriodRef], int]:
    roles: dict[int, str] = {}
    found: dict[int, PeriodRef] = {}
    for col, text in enumerate(texts):
        role = cell_role(text)
        if isinstance(role, PeriodRef):
            found[col] = role
        elif role is not None:
            roles[col] = role
    periods = _periods_of(found)
    for col, ref in found.items():
        if col not in periods:
            roles[col] = "time" if ref.scheme is not Scheme.YEAR else roles.get(col, "")
    roles = {c: r for c, r in roles.items() if r}
    distinct = set(roles.values())
    score = len(distinct) + (1 if periods else 0)
    if distinct == {"code"} and not periods:
        score = 0
    return roles, periods, score


def _merge_two_rows(upper: list[str], lower: list[str]) -> list[str]:
    """Header texts of a two-row header: a group label above is spread over its columns."""
    width = max(len(upper), len(lower))
    up = upper + [""] * (width - len(upper))
    low = lower + [""] * (width - len(lower))
    merged: list[str] = []
    group = ""
    for u, lo in zip(up, low, strict=True):
        if u:
            group = u
        elif not lo:
            group = ""
        label = u or (group if lo else "")
        merged.append(f"{label} {lo}".strip() if lo and label != lo else (label or lo))
    return merged


def find_header(rows: list[list[str]], candidates: list[int] | None = None) -> HeaderMap:
    """The header row among the first rows (or the *candidates*: the first rows of each
    table of a document); ImportRejected when there is none."""
    best: tuple[int, int, int, list[str], dict[int, str], dict[int, PeriodRef]] | None = None
    limit = min(len(rows), HEADER_SCAN_ROWS)
    for index in candidates if candidates is not None else range(limit):
        texts = rows[index]
        last = index
        roles, periods, score = _classify(texts)
        if index + 1 < len(rows) and score > 0:
            merged = _merge_two_rows(texts, rows[index + 1])
            m_roles, m_periods, m_score = _classify(merged)
            lower_score = _classify(rows[index + 1])[2]
            if m_score > score and m_score > lower_score:
                texts, roles, periods, score = merged, m_roles, m_periods, m_score
                last = index + 1
        if score >= 2 and (best is None or score > best[0]):
            best = (score, index, last, texts, roles, periods)
    if best is None:
        raise ImportRejected(Message.IMPORT_NO_HEADER, rows=HEADER_SCAN_ROWS)
    _, start, last, texts, roles, periods = best
    header = HeaderMap(row=last, start=start, texts=list(texts), roles=roles, periods=periods)
    header.code = header.column_of("code")
    activity = header.column_of("activity")
    if activity is None:
        activity = _guess_activity_column(rows, header)
    if activity is None:
        raise ImportRejected(Message.IMPORT_NO_HEADER, rows=HEADER_SCAN_ROWS)
    header.activity = activity
    header.roles[activity] = "activity"
    header.ignored |= {c for c, r in header.roles.items() if r == "page"}
    return header


def _guess_activity_column(rows: list[list[str]], header: HeaderMap) -> int | None:
    """The unlabelled column holding the most text below the header (the seed's first
    column has no heading at all)."""
    width = max((len(r) for r in rows[header.row : header.row + 60]), default=0)
    candidates = [c for c in range(width) if c not in header.roles and c not in header.periods]
    targets = [c for c, r in header.roles.items() if r == "target"]
    if targets and header.column_of("goal") is None:
        candidates = [*targets, *candidates]  # a table of indicators: they are its items
    if not candidates:
        return header.code
    totals = dict.fromkeys(candidates, 0)
    for row in rows[header.row + 1 : header.row + 60]:
        for c in candidates:
            if c < len(row):
                totals[c] += len(row[c])
    best = max(candidates, key=lambda c: (totals[c], -c))
    if totals[best] == 0 and header.code is not None:
        return header.code
    return best

"""The Consolidation page's tables: what goes in (one row per subordinate: its return, the
decision on it, whether it is counted) and the consolidated figures (one row per activity)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.ui.formats import number
from app.ui.returns.returns_model import local_time
from app.ui.returns.rows_model import SORT_ROLE, RowsModel
from app.ui.returns.states import BLUE, GREEN, RED, state_icon, state_label
from app.ui.subordinates.texts import review_label

COL_CODE, COL_NAME, COL_STATE, COL_VERSION, COL_REVIEW, COL_COUNTED, COL_RECEIVED = range(7)
STATE_ORDER = ("rejected", "overdue", "missing", "late", "submitted")
REVIEW_LOOK = {"accepted": (GREEN, "accepted"), "sent_back": (RED, "rejected"),
               "resubmitted": (BLUE, "new version")}  # fmt: skip


class InputsModel(RowsModel):
    """Rows are ``period_status`` subordinate dicts; *counted*: the codes the consolidated
    return holds (its children)."""

    columns = 7
    state_column = COL_STATE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counted: set[str] | None = None

    def set_rows(self, rows: list[dict[str, Any]], counted: set[str] | None) -> None:
        self._counted = counted
        self._reset(rows)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Institution"),
            self.tr("Return"),
            self.tr("Version"),
            self.tr("Decision"),
            self.tr("Counted"),
            self.tr("Received at"),
        )

    def state_of(self, r: Any) -> str:
        return str(r["state"])

    def counted(self, r: dict[str, Any]) -> bool | None:
        if self._counted is None:
            return None
        return r["code"] in self._counted

    def cell(self, r: Any, col: int, role: int) -> Any:
        if role == SORT_ROLE:
            if col == COL_STATE:
                return STATE_ORDER.index(r["state"]) if r["state"] in STATE_ORDER else 9
            if col == COL_VERSION:
                return r.get("version") or 0
            if col == COL_RECEIVED:
                return r.get("received_at") or ""
            return self._text(r, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        review = str(r.get("review") or "")
        if col == COL_REVIEW and review in REVIEW_LOOK:
            colour, state = REVIEW_LOOK[review]
            if role == Qt.ItemDataRole.DecorationRole:
                return state_icon(state)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_REVIEW and r.get("review_reason"):
                return str(r["review_reason"])
            if col == COL_NAME:
                return str(r["name"])
        return None

    def _text(self, r: dict[str, Any], col: int) -> str:
        if col == COL_CODE:
            return str(r["code"])
        if col == COL_NAME:
            return str(r["name"])
        if col == COL_STATE:
            return state_label(r["state"])
        if col == COL_VERSION:
            return f"v{r['version']}" if r.get("version") else ""
        if col == COL_REVIEW:
            if not r.get("version"):
                return ""
            text = review_label(str(r.get("review") or ""))
            reason = str(r.get("review_reason") or "")
            return f"{text}: {reason}" if reason else text
        if col == COL_COUNTED:
            counted = self.counted(r)
            if counted is None:
                return ""
            return self.tr("Yes") if counted else self.tr("No")
        if col == COL_RECEIVED:
            return local_time(r.get("received_at"))
        return ""


(
    F_CODE,
    F_ACTIVITY,
    F_INSTITUTIONS,
    F_DONE,
    F_PROGRESS,
    F_NOT_DONE,
    F_PARTICIPANTS,
    F_EVENTS,
) = range(8)
NUMBERS = (F_INSTITUTIONS, F_DONE, F_PROGRESS, F_NOT_DONE, F_PARTICIPANTS, F_EVENTS)


class FiguresModel(RowsModel):
    """Rows are the activity items of a consolidated payload."""

    columns = 8

    def set_payload(self, payload: dict[str, Any] | None) -> None:
        items = payload.get("items", []) if payload else []
        self._reset([i for i in items if i.get("kind") == "activity"])

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Activity"),
            self.tr("Reporting"),
            self.tr("Done"),
            self.tr("In progress"),
            self.tr("Not done"),
            self.tr("Participants"),
            self.tr("Events"),
        )

    def state_of(self, r: Any) -> str:
        return ""

    def value(self, r: dict[str, Any], col: int) -> int:
        c = r.get("consolidated") or {}
        counts = c.get("status_counts") or {}
        values = {
            F_INSTITUTIONS: c.get("institutions", 0),
            F_DONE: counts.get("done", 0),
            F_PROGRESS: counts.get("in_progress", 0),
            F_NOT_DONE: counts.get("not_done", 0),
            F_PARTICIPANTS: c.get("participants", 0),
            F_EVENTS: (r.get("events") or {}).get("count", 0),
        }
        return int(values.get(col, 0) or 0)

    def cell(self, r: Any, col: int, role: int) -> Any:
        if col in NUMBERS:
            if role == SORT_ROLE:
                return self.value(r, col)
            if role == Qt.ItemDataRole.DisplayRole:
                return number(self.value(r, col))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        text = str(r.get("code", "")) if col == F_CODE else str(r.get("description", ""))
        if role == SORT_ROLE and col == F_CODE:
            from app.domain.codes import sort_key_text

            return sort_key_text(text)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return text
        if role == Qt.ItemDataRole.ToolTipRole and col == F_ACTIVITY:
            reasons = (r.get("consolidated") or {}).get("reasons") or []
            lines = [text] + [
                f"• {entry['reason']} ({', '.join(entry.get('institutions') or [])})"
                for entry in reasons[:5]
            ]
            return "\n".join(lines)
        return None

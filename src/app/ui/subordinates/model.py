"""The registry as a table (one row per subordinate) and the filter in front of it.

Rows are ``services.registry.RegistryRow``; a row's certificate is parsed only when one of
its cells is painted (``certificate_facts`` keeps what it parsed), so 2,000 rows open as
fast as they are read.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.registry import CertFacts, RegistryRow, certificate_facts
from app.ui.formats import day, fill
from app.ui.returns.states import AMBER, GREY, RED, state_icon
from app.ui.subordinates.sorting import FilterProxy, SortsItself
from app.ui.subordinates.texts import kind_label, language_label

(
    COL_CODE,
    COL_NAME,
    COL_KIND,
    COL_EMAIL,
    COL_LANGUAGE,
    COL_CERT,
    COL_EXPIRES,
    COL_LAST,
) = range(8)
COLUMNS = 8
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
SOON = timedelta(days=60)  # a certificate ending within this is shown as expiring
FINGERPRINT_SHOWN = 8

# what the state filter offers
ALL, NO_CERTIFICATE, EXPIRING, NO_RETURN = "all", "no-certificate", "expiring", "no-return"

Index = QModelIndex | QPersistentModelIndex


def facts_of(row: RegistryRow) -> CertFacts | None:
    return certificate_facts(row.cert_pem) if row.cert_pem else None


def fingerprint(sha256: str) -> str:
    """The first bytes of a SHA-256 as a clerk reads them aloud: ``E4:64:FB:AC``."""
    head = sha256[:FINGERPRINT_SHOWN].upper()
    return ":".join(head[i : i + 2] for i in range(0, len(head), 2))


class RegistryModel(SortsItself, QAbstractTableModel):
    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegistryRow] = []
        self._labels: dict[str, str] = {}
        self.today = today or date.today()

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: list[RegistryRow], period_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = self.sorted_rows(rows)
        self._labels = dict(period_labels)
        self.endResetModel()

    def rows(self) -> list[RegistryRow]:
        return list(self._rows)

    def row_data(self, row: int) -> RegistryRow:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        for number, row in enumerate(self._rows):
            if row.code == code:
                return number
        return -1

    def expiry_state(self, row: RegistryRow) -> str:
        """ "" (fine or none), "soon" or "expired"."""
        facts = facts_of(row)
        if facts is None:
            return ""
        if facts.expired(self.today):
            return "expired"
        return "soon" if facts.not_after.date() - self.today <= SOON else ""

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Institution"),
            self.tr("Kind"),
            self.tr("E-mail"),
            self.tr("Language"),
            self.tr("Certificate"),
            self.tr("Valid until"),
            self.tr("Last return"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == SORT_ROLE:
            return self.row_sort_key(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_CERT:
            trusted = bool(row.cert_pem or row.subjects)
            return state_icon("submitted" if trusted else "missing")
        if role == Qt.ItemDataRole.DecorationRole and col == COL_EXPIRES:
            # an icon as well as the colour: never colour alone
            state = self.expiry_state(row)
            if not state:
                return None
            return state_icon("expired" if state == "expired" else "expires soon")
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_EXPIRES:
                state = self.expiry_state(row)
                return QColor(RED if state == "expired" else AMBER) if state else None
            if col == COL_CERT and not (row.cert_pem or row.subjects):
                return QColor(GREY)
        return None

    def _text(self, row: RegistryRow, col: int) -> str:
        if col == COL_CODE:
            return row.code
        if col == COL_NAME:
            return row.name
        if col == COL_KIND:
            return kind_label(row.kind)
        if col == COL_EMAIL:
            return row.email
        if col == COL_LANGUAGE:
            return language_label(row.language)
        if col == COL_CERT:
            return self._certificate_text(row)
        if col == COL_EXPIRES:
            facts = facts_of(row)
            return day(facts.not_after.date()) if facts is not None else ""
        if col == COL_LAST:
            if not row.last_period:
                return ""
            text = f"{row.last_period} · v{row.last_version}"
            if row.last_received is not None:
                text += f" · {day(row.last_received.date())}"
            return text
        return ""

    def _certificate_text(self, row: RegistryRow) -> str:
        facts = facts_of(row)
        if facts is None:
            if row.subjects:
                return self.tr("Subject bound (%n)", "", row.subjects)
            return self.tr("None: its returns are refused")
        text = f"{fingerprint(facts.sha256)} · {facts.common_name}"
        if row.certificates > 1:
            text += " " + self.tr("(+%n more)", "", row.certificates - 1)
        return text

    def row_sort_key(self, row: RegistryRow, col: int) -> Any:
        if col == COL_EXPIRES:
            facts = facts_of(row)
            return facts.not_after.isoformat() if facts is not None else ""
        if col == COL_LAST:
            return row.last_received.isoformat() if row.last_received is not None else ""
        return self._text(row, col).casefold()

    def _tip(self, row: RegistryRow, col: int) -> str | None:
        if col == COL_NAME:
            return row.name
        if col == COL_LAST and row.last_period:
            return self._labels.get(row.last_period, row.last_period)
        if col == COL_CERT:
            facts = facts_of(row)
            if facts is None:
                return None
            return fill(
                self.tr("Subject: %1\nIssued by: %2\nSHA-256: %3"),
                facts.subject,
                facts.issuer,
                facts.sha256,
            )
        if col == COL_EXPIRES:
            state = self.expiry_state(row)
            if state == "expired":
                return self.tr("The certificate has expired: returns signed with it are refused.")
            if state == "soon":
                return self.tr("The certificate expires soon: issue or bind a new one.")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))


class RegistryFilter(FilterProxy):
    """Search (code, name, e-mail), kind and a state: without certificate, expiring,
    no return yet."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._kind = ""
        self._state = ALL

    def set_filter(self, text: str, kind: str, state: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._kind, self._state = kind, state
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RegistryModel)
        row = model.row_data(source_row)
        if self._kind and row.kind != self._kind:
            return False
        if self._state == NO_CERTIFICATE and (row.cert_pem or row.subjects):
            return False
        if self._state == EXPIRING and not model.expiry_state(row):
            return False
        if self._state == NO_RETURN and row.last_period:
            return False
        if self._words:
            text = f"{row.code} {row.name} {row.email}".casefold()
            return all(word in text for word in self._words)
        return True

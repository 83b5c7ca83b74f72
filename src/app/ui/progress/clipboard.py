"""Ctrl+C / Ctrl+V in the progress grid, as Excel does it: a range of cells as tab-separated
lines of status words.

Copying writes, for each selected grid row (activities only) and column, the activity's code
(activity column) or the mark's status word in the window's language ("" for no mark).
Pasting reads such text — from the grid, Excel or LibreOffice — at the current cell: each
value is a status word in any of our languages, a status key (D, N, P, L, A) or a status
code (``done``); an empty value clears the mark. A single value pasted over a selection
fills every selected cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.domain.periods import LANGUAGES
from app.paths import resource
from app.ui.formats import fill
from app.ui.progress.commands import Target, with_status
from app.ui.progress.grid_model import COL_ACTIVITY, FIRST_PERIOD
from app.ui.progress.symbols import STATUS_KEYS, STATUS_ORDER, status_word

if TYPE_CHECKING:
    from app.domain.marks import Mark
    from app.ui.pages.progress import ProgressPage

KEY_LETTERS = {key.name.removeprefix("Key_").lower(): status for key, status in STATUS_KEYS.items()}
SOURCES = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "not_done": "Not done",
    "not_applicable": "Not applicable",
}
_words: dict[str, str] = {}


class PasteRefused(ValueError):
    """Text that is not a range of marks; the message names the first value not understood."""


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def known_words() -> dict[str, str]:
    """Every spelling of every status, in every language, normalised -> status."""
    if not _words:
        for status in STATUS_ORDER:
            _words[_normal(status)] = status
            _words[_normal(status.replace("_", " "))] = status
            _words[_normal(SOURCES[status])] = status
        for letter, status in KEY_LETTERS.items():
            _words[letter] = status
        for language in (code for code in LANGUAGES if code != "en"):  # English: SOURCES
            translator = QTranslator()
            if translator.load(str(resource("translations", f"plandesk_{language}.qm"))):
                for status, source in SOURCES.items():
                    word = translator.translate("ProgressStatus", source)
                    if word:
                        _words[_normal(word)] = status
    words = dict(_words)
    for status in STATUS_ORDER:  # the window's own words, whatever catalogue is loaded
        words[_normal(status_word(status))] = status
    return words


def status_of(value: str) -> str | None:
    """The status a pasted value names; None for an empty value (clear the mark)."""
    text = _normal(value)
    if not text:
        return None
    words = known_words()
    if text in words:
        return words[text]
    # "✓ Done 24.03", "Done 24.03": a copied cell with its date after the word
    for word, status in sorted(words.items(), key=lambda item: -len(item[0])):
        if len(word) > 1 and text.startswith(word + " "):
            return status
    raise PasteRefused(value.strip())


def parse(text: str) -> list[list[str | None]]:
    """Rows of statuses (None: no mark) from tab-separated *text* (raises PasteRefused)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()  # Excel ends the last line too
    if not lines:
        raise PasteRefused("")
    return [[status_of(value) for value in line.split("\t")] for line in lines]


def as_text(rows: list[list[str]]) -> str:
    """Rows of cell texts as Excel's clipboard text (a line end after each row)."""
    return "".join("\t".join(_clean(value) for value in row) + "\r\n" for row in rows)


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def refused_text(value: str) -> str:
    return fill(
        QCoreApplication.translate(
            "ProgressClipboard",
            "“%1” is not a status: paste status words (Done, Not done…) or their keys "
            "(D, N, P, L, A).",
        ),
        value,
    )


def copy_rows(page: ProgressPage) -> list[list[str]]:
    """The selected range (else the current cell) as rows of cell texts."""
    view, proxy, model = page.view, page.proxy, page.model
    indexes = view.selectionModel().selectedIndexes() or [view.currentIndex()]
    cells = {(proxy.mapToSource(i).row(), proxy.mapToSource(i).column()) for i in indexes}
    cells = {(r, c) for r, c in cells if r >= 0 and model.rows[r].kind == "activity"}
    rows = sorted(
        {r for r, _c in cells}, key=lambda r: proxy.mapFromSource(model.index(r, 0)).row()
    )
    columns = sorted({c for _r, c in cells})
    out = []
    for row in rows:
        line = []
        for column in columns:
            if column == COL_ACTIVITY:
                line.append(model.rows[row].code)
            else:
                cell = model.cell(row, column)
                line.append(status_word(cell.status) if cell is not None else "")
        out.append(line)
    return out


def paste_targets(
    page: ProgressPage, matrix: list[list[str | None]]
) -> list[tuple[Target, str | None]]:
    """Where each pasted status goes: from the top-left selected cell, down the activities
    shown (bands skipped) and across the periods; one value fills the whole selection."""
    if len(matrix) == 1 and len(matrix[0]) == 1:
        selected = page.targets()
        if len(selected) > 1:
            return [(target, matrix[0][0]) for target in selected]
    view, proxy, model = page.view, page.proxy, page.model
    indexes = view.selectionModel().selectedIndexes() or [view.currentIndex()]
    valid = [i for i in indexes if i.isValid()]
    if not valid:
        return []
    top = min(i.row() for i in valid)
    left = max(FIRST_PERIOD, min(proxy.mapToSource(i).column() for i in valid))
    activity_rows = []
    for proxy_row in range(top, proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(proxy_row, 0)).row()
        if model.rows[source].kind == "activity":
            activity_rows.append(source)
    found = []
    for row, values in zip(activity_rows, matrix, strict=False):
        for offset, status in enumerate(values):
            column = left + offset
            if column >= model.columnCount():
                break
            key = model.periods[column - FIRST_PERIOD].key
            found.append((Target(row, column, model.rows[row].code, key), status))
    return found


def copy_to_clipboard(page: ProgressPage) -> str:
    text = as_text(copy_rows(page))
    QApplication.clipboard().setText(text)
    return text


def paste_from_clipboard(page: ProgressPage) -> bool:
    if page.editor is None:
        return False
    try:
        matrix = parse(QApplication.clipboard().text())
    except PasteRefused as exc:
        page.show_error(refused_text(str(exc)))
        return False
    placed = paste_targets(page, matrix)
    if not placed:
        return False
    targets = [target for target, _status in placed]
    after: list[Mark | None] = []
    for target, status in placed:
        mark = page.mark_of(target)
        if status is None:
            after.append(None)
        else:
            after.append(with_status(mark, status, mark.reason if mark is not None else ""))
    text = QCoreApplication.translate("ProgressClipboard", "Paste %n cells", "", len(targets))
    return page.edit(targets, after, text)

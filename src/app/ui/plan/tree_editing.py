"""What the Plan page's actions do to the tree: each edit becomes one undo command.

Dialogs and questions go through functions the page passes in (``confirm``, ``notify``,
``run_dialog``), so tests answer them without a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from app.services import plan_edit as pe
from app.services.errors import PlanDeskError
from app.services.plan_paste import looks_like_rows, pasted_items
from app.ui.formats import fill
from app.ui.messages import error_text
from app.ui.plan.commands import (
    AddItemCommand,
    DeleteCommand,
    EditItemCommand,
    FootnotesCommand,
    MoveCommand,
    PasteCommand,
    PlanCommand,
    RenumberCommand,
    SetPlannedCommand,
)
from app.ui.plan.dialogs import FootnotesDialog, RenumberDialog

if TYPE_CHECKING:
    from app.domain.plan import ItemRow
    from app.ui.plan.editor import PlanEditor

Confirm = Callable[[str, str], bool]  # (title, question) -> yes?
Notify = Callable[[str], None]
RunDialog = Callable[[QDialog], bool]  # shows the dialog; True when accepted


class TreeEditing(QObject):
    """*selected()* gives the selected row and its position among its siblings."""

    def __init__(
        self,
        editor: PlanEditor,
        stack: QUndoStack,
        selected: Callable[[], tuple[ItemRow | None, int]],
        confirm: Confirm,
        notify: Notify,
        run_dialog: RunDialog,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.stack = stack
        self.selected = selected
        self.confirm = confirm
        self.notify = notify
        self.run_dialog = run_dialog

    def push(self, command: PlanCommand) -> bool:
        """Run *command* once and put it on the undo stack; a refusal is shown instead."""
        try:
            command.execute()
        except PlanDeskError as exc:
            self.notify(_sentence(error_text(exc)))
            return False
        self.stack.push(command)
        return True

    def _rows(self) -> dict[int, ItemRow]:
        plan = self.editor.workspace.plan
        return {r.id: r for r in plan.rows} if plan is not None else {}

    # -- adding --------------------------------------------------------------------------
    def placeholder(self, kind: str) -> str:
        names = {
            "goal": self.tr("New goal"),
            "subgoal": self.tr("New sub-goal"),
            "activity": self.tr("New activity"),
        }
        return names[kind]

    def add(self, kind: str) -> bool:
        """Add a *kind* where a clerk expects it from the selection."""
        row, pos = self.selected()
        rows = self._rows()
        parent: int | None = None
        position: int | None = None
        if row is not None:
            chain = [row]
            while chain[-1].parent_id is not None and chain[-1].parent_id in rows:
                chain.append(rows[chain[-1].parent_id])
            if kind == "goal":
                top = chain[-1]
                position = self._sibling_position(top) + 1
            elif kind == "subgoal":
                sub = next((r for r in chain if r.kind == "subgoal"), None)
                goal = next((r for r in chain if r.kind == "goal"), None)
                if sub is not None:
                    parent, position = sub.parent_id, self._sibling_position(sub) + 1
                elif goal is not None:
                    parent = goal.id
            elif row.kind == "activity":
                parent, position = row.parent_id, pos + 1
            else:
                parent = row.id
        return self._add(kind, parent, position)

    def insert(self, below: bool) -> bool:
        """An item of the selected one's kind just above or below it."""
        row, pos = self.selected()
        if row is None:
            return self.add("goal")
        return self._add(row.kind, row.parent_id, pos + 1 if below else pos)

    def _sibling_position(self, row: ItemRow) -> int:
        plan = self.editor.workspace.plan
        siblings = [r.id for r in plan.rows if r.parent_id == row.parent_id] if plan else []
        return siblings.index(row.id) if row.id in siblings else 0

    def _add(self, kind: str, parent: int | None, position: int | None) -> bool:
        plan_id = self.editor.plan_id
        code = self.editor.read(lambda s: pe.suggest_code(s, plan_id, parent))
        kinds = {
            "goal": self.tr("Add goal %1"),
            "subgoal": self.tr("Add sub-goal %1"),
            "activity": self.tr("Add activity %1"),
        }
        command = AddItemCommand(
            self.editor,
            fill(kinds[kind], code),
            parent_id=parent,
            position=position,
            kind=kind,
            code=code,
            description=self.placeholder(kind),
        )
        return self.push(command)

    # -- editing fields ------------------------------------------------------------------
    def edit_field(self, item_id: int, name: str, label: str, value: Any) -> bool:
        row = self._rows().get(item_id)
        code = row.code if row is not None else ""
        if name == "code":
            code = str(value)
        text = fill(self.tr("Edit %1 of %2"), label, code)
        return self.push(EditItemCommand(self.editor, text, item_id, {name: value}))

    def set_planned(self, item_id: int, key: str, text: str | None) -> bool:
        row = self._rows().get(item_id)
        code = row.code if row is not None else ""
        label = fill(self.tr("Edit planned periods of %1"), code)
        return self.push(SetPlannedCommand(self.editor, label, item_id, key, text))

    # -- moving --------------------------------------------------------------------------
    def indent(self, outdent: bool = False) -> bool:
        row, _pos = self.selected()
        if row is None:
            return False
        text = self.tr("Outdent %1") if outdent else self.tr("Indent %1")
        how = "outdent" if outdent else "indent"
        return self.push(MoveCommand(self.editor, fill(text, row.code), row.id, how))

    def move_by(self, step: int) -> bool:
        row, pos = self.selected()
        if row is None:
            return False
        plan = self.editor.workspace.plan
        count = sum(1 for r in plan.rows if r.parent_id == row.parent_id) if plan else 0
        target = pos + step
        if not 0 <= target < count:
            return False
        return self.move_to(row.id, row.parent_id, target)

    def move_to(self, item_id: int, parent: int | None, position: int) -> bool:
        row = self._rows().get(item_id)
        if row is None:
            return False
        text = fill(self.tr("Move %1"), row.code)
        return self.push(MoveCommand(self.editor, text, item_id, "move", (parent, position)))

    # -- deleting ------------------------------------------------------------------------
    def delete(self) -> bool:
        row, _pos = self.selected()
        if row is None:
            return False
        impact = self.editor.read(lambda s: pe.delete_impact(s, row.id))
        others = [code for code in impact.items if code != row.code]
        lines = [fill(self.tr("Delete %1 “%2”?"), row.code, _short(row))]
        if others:
            shown = ", ".join(others[:12]) + (" …" if len(others) > 12 else "")
            lines.append(
                fill(
                    self.tr("With it goes the item under it: %1")
                    if len(others) == 1
                    else self.tr("With it go the %n items under it: %1", "", len(others)),
                    shown,
                )
            )
        if impact.progress_marks:
            lines.append(
                self.tr("Its progress mark goes with it.")
                if impact.progress_marks == 1
                else self.tr("%n progress marks go with it.", "", impact.progress_marks)
            )
        if impact.events == 1:
            lines.append(self.tr("One event will no longer be linked to it (the event stays)."))
        elif impact.events:
            lines.append(
                self.tr(
                    "%n events will no longer be linked to it (the events stay).",
                    "",
                    impact.events,
                )
            )
        lines.append(self.tr("You can undo this with Edit → Undo."))
        if not self.confirm(self.tr("Delete plan item"), "\n\n".join(lines)):
            return False
        if others:
            text = fill(
                self.tr("Delete %1 and 1 item")
                if len(others) == 1
                else self.tr("Delete %1 and %n items", "", len(others)),
                row.code,
            )
        else:
            text = fill(self.tr("Delete %1"), row.code)
        return self.push(DeleteCommand(self.editor, text, row.id, self._neighbour(row)))

    def _neighbour(self, row: ItemRow) -> int | None:
        plan = self.editor.workspace.plan
        siblings = [r.id for r in plan.rows if r.parent_id == row.parent_id] if plan else []
        index = siblings.index(row.id)
        if index + 1 < len(siblings):
            return siblings[index + 1]
        if index > 0:
            return siblings[index - 1]
        return row.parent_id

    # -- paste ---------------------------------------------------------------------------
    def paste(self, text: str) -> bool:
        """Rows copied from a sheet, inserted under the selected goal or sub-goal (after a
        selected activity)."""
        if not looks_like_rows(text):
            return False
        plan = self.editor.workspace.plan
        if plan is None:
            return False
        try:
            items = pasted_items(text, plan.periods)
        except PlanDeskError as exc:
            self.notify(fill(self.tr("These rows cannot be pasted: %1"), error_text(exc)))
            return False
        row, pos = self.selected()
        parent: int | None = None
        position: int | None = None
        if row is not None and row.kind == "activity":
            parent, position = row.parent_id, pos + 1
        elif row is not None:
            parent = row.id
        label = (
            self.tr("Paste 1 row") if len(items) == 1 else self.tr("Paste %n rows", "", len(items))
        )
        return self.push(PasteCommand(self.editor, label, items, parent, position))

    # -- whole plan ----------------------------------------------------------------------
    def renumber(self) -> bool:
        plan_id = self.editor.plan_id
        changes = self.editor.read(lambda s: pe.renumber_preview(s, plan_id))
        if not changes:
            self.notify(self.tr("The codes already follow the order of the tree."))
            return False
        rows = self._rows()
        shown = [(old, new, rows[i].description if i in rows else "") for i, old, new in changes]
        if not self.run_dialog(RenumberDialog(shown, self.parent())):
            return False
        text = (
            self.tr("Renumber 1 code")
            if len(changes) == 1
            else self.tr("Renumber %n codes", "", len(changes))
        )
        return self.push(RenumberCommand(self.editor, text, changes))

    def edit_footnotes(self) -> bool:
        plan = self.editor.workspace.plan
        if plan is None:
            return False
        dialog = FootnotesDialog([(n.mark, n.text) for n in plan.footnotes], self.parent())
        if not self.run_dialog(dialog):
            return False
        notes = dialog.notes()
        if notes == [(n.mark, n.text) for n in plan.footnotes]:
            return False
        return self.push(FootnotesCommand(self.editor, self.tr("Edit footnotes"), notes))


def _short(row: ItemRow, limit: int = 80) -> str:
    text = " ".join(row.description.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")

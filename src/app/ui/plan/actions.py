"""The Plan page's actions: texts, shortcuts, icons and tooltips in one place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.ui.plan.icons import plan_icon

# name -> (icon, shortcuts); texts are set in retranslate()
_SPECS: dict[str, tuple[str | None, tuple[str | QKeySequence.StandardKey, ...]]] = {
    "add_goal": ("add-goal", ("Ctrl+Shift+G",)),
    "add_subgoal": ("add-subgoal", ("Ctrl+Shift+B",)),
    "add_activity": ("add-activity", ("Ins", "Ctrl+N")),
    "insert_above": ("insert-above", ("Ctrl+Shift+Return",)),
    "insert_below": ("insert-below", ("Ctrl+Return",)),
    "edit": ("edit", ("F2",)),
    "delete": ("delete", ("Del",)),
    "indent": ("indent", ("Tab", "Ctrl+Right")),
    "outdent": ("outdent", ("Shift+Tab", "Shift+Backtab", "Backtab", "Ctrl+Left")),
    "move_up": ("move-up", ("Ctrl+Up", "Alt+Up")),
    "move_down": ("move-down", ("Ctrl+Down", "Alt+Down")),
    "paste": (None, (QKeySequence.StandardKey.Paste,)),
    "renumber": ("renumber", ("Ctrl+Shift+R",)),
    "footnotes": ("footnotes", ("Ctrl+Shift+F",)),
    "import_plan": ("import", ("Ctrl+Shift+O",)),
    "details": ("details", ("F4",)),
}
# Acting on the selected row: only while the tree (or the toolbar) has the focus, so that
# Delete, Tab or Ctrl+V in a text box of the side panel keep their usual meaning.
TREE_ONLY = {
    "add_activity",
    "insert_above",
    "insert_below",
    "delete",
    "indent",
    "outdent",
    "move_up",
    "move_down",
    "paste",
}


class PlanActions(QObject):
    """Every action of the Plan page, as attributes (``actions.delete`` …)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all: dict[str, QAction] = {}
        for name, (icon_name, keys) in _SPECS.items():
            action = QAction(self)
            action.setObjectName(f"action_{name}")
            if icon_name is not None:
                action.setIcon(plan_icon(icon_name))
            action.setShortcuts([QKeySequence(k) for k in keys])
            # active in the widgets the action is added to (the tree, or the whole page)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.all[name] = action
            setattr(self, name, action)
        self.details.setCheckable(True)
        self.details.setChecked(True)
        self.retranslate()

    def __getattr__(self, name: str) -> QAction:  # for type checkers; set in __init__
        raise AttributeError(name)

    def enable(self, has_plan: bool, has_row: bool, *, can_import: bool) -> None:
        """On and off with what there is: a database, a plan, a selected row."""
        whole_plan = {"add_goal", "add_subgoal", "add_activity", "paste", "renumber", "footnotes"}
        for name, action in self.all.items():
            if name == "import_plan":
                action.setEnabled(can_import)
            elif name == "details":
                action.setEnabled(True)
            else:
                action.setEnabled(has_plan if name in whole_plan else has_row)

    def retranslate(self) -> None:
        texts = {
            "add_goal": (self.tr("Add goal"), self.tr("Add a goal after the selected one")),
            "add_subgoal": (
                self.tr("Add sub-goal"),
                self.tr("Add a sub-goal to the selected goal"),
            ),
            "add_activity": (
                self.tr("Add activity"),
                self.tr(
                    "Add an activity under the selected sub-goal or after the selected activity"
                ),
            ),
            "insert_above": (
                self.tr("Insert above"),
                self.tr("Insert an item of the same kind above the selected one"),
            ),
            "insert_below": (
                self.tr("Insert below"),
                self.tr("Insert an item of the same kind below the selected one"),
            ),
            "edit": (self.tr("Edit"), self.tr("Edit the selected item in the side panel")),
            "delete": (
                self.tr("Delete…"),
                self.tr("Delete the selected item with everything under it"),
            ),
            "indent": (self.tr("Indent"), self.tr("Move the item under the item above it")),
            "outdent": (self.tr("Outdent"), self.tr("Move the item one level up")),
            "move_up": (self.tr("Move up"), self.tr("Move the item up among its siblings")),
            "move_down": (
                self.tr("Move down"),
                self.tr("Move the item down among its siblings"),
            ),
            "paste": (
                self.tr("Paste rows"),
                self.tr("Paste rows copied from Excel or Word under the selected item"),
            ),
            "renumber": (
                self.tr("Renumber…"),
                self.tr("Renumber the codes in tree order (shows old → new first)"),
            ),
            "footnotes": (self.tr("Footnotes…"), self.tr("Edit the plan's footnotes")),
            "import_plan": (
                self.tr("Import plan…"),
                self.tr("Import a plan from an Excel, CSV or PlanDesk file"),
            ),
            "details": (self.tr("Details"), self.tr("Show or hide the details panel")),
        }
        for name, (text, tip) in texts.items():
            action = self.all[name]
            action.setText(text)
            keys = action.shortcuts()
            shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
            action.setToolTip(f"{tip} ({shown})" if shown else tip)
            action.setStatusTip(tip)

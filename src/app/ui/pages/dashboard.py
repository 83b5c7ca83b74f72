"""The Dashboard (start page): completion per period and goal, due dates, events, people."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListView, QVBoxLayout

from app.services.errors import PlanDeskError
from app.ui.dashboard import palette
from app.ui.dashboard.cards import Card, Tile
from app.ui.dashboard.charts import Legend, PairedBars, PairRow, StackedBars, StackRow
from app.ui.dashboard.due_model import STATES, DueDatesModel, fmt_day, state_of
from app.ui.dashboard.setup_card import SetupCard
from app.ui.formats import number as format_number
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.style import scaled_font
from app.ui.welcome.state import SetupState

if TYPE_CHECKING:
    from app.services.dashboard import Completion, Dashboard
    from app.ui.workspace import Workspace


def _sum(items: list[Completion]) -> Completion:
    from app.services.dashboard import Completion

    total = Completion()
    for c in items:
        total.done += c.done
        total.in_progress += c.in_progress
        total.not_done += c.not_done
        total.open += c.open
        total.planned += c.planned
    return total


def _parts(c: Completion) -> tuple[int, int, int, int]:
    return (c.done, c.in_progress, c.not_done, c.open)


def number(value: int) -> str:
    return format_number(value)


class DashboardPage(Page):
    name = "dashboard"

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.today = today
        self.data: Dashboard | None = None
        self.error = ""
        self._build()
        # the title under the name the Designer-built pages give it (tests look for it)
        self.ui = SimpleNamespace(titleLabel=self.title_label)
        self.retranslate()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setProperty("role", "pageTitle")
        self.title_label.setFont(scaled_font(self.font(), 1.25, QFont.Weight.DemiBold))
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "muted")
        top.addWidget(self.title_label)
        top.addSpacing(10)
        top.addWidget(self.subtitle, 1)
        outer.addLayout(top)
        self.setup_card = SetupCard(self)
        self.setup_card.chosen.connect(lambda step: self.navigate_requested.emit("welcome", step))
        outer.addWidget(self.setup_card)
        # what the body above answered on the returns (receipts imported on the Returns page)
        self.review_label = QLabel(self)
        self.review_label.setObjectName("reviewLabel")
        self.review_label.setWordWrap(True)
        self.review_label.hide()
        outer.addWidget(self.review_label)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.done_tile = Tile(None, palette.DONE, self)
        self.events_tile = Tile("events", palette.EVENTS, self)
        self.people_tile = Tile("people", palette.PARTICIPANTS, self)
        self.next_tile = Tile("due-later", palette.LATER, self)
        for tile in (self.done_tile, self.events_tile, self.people_tile, self.next_tile):
            tiles.addWidget(tile, 1)
        outer.addLayout(tiles)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.period_card = Card(self)
        self.period_chart = StackedBars(self.period_card)
        self.period_legend = Legend(self.period_card)
        self.period_card.body.addWidget(self.period_chart, 1)
        self.period_card.body.addWidget(self.period_legend)
        self.goal_card = Card(self)
        self.goal_chart = StackedBars(self.goal_card)
        self.goal_legend = Legend(self.goal_card)
        self.goal_card.body.addWidget(self.goal_chart, 1)
        self.goal_card.body.addWidget(self.goal_legend)
        self.due_card = Card(self)
        self.due_model = DueDatesModel(self)
        self.due_list = QListView(self.due_card)
        self.due_list.setModel(self.due_model)
        self.due_list.setIconSize(QSize(20, 20))
        self.due_list.setSpacing(3)
        self.due_list.setWordWrap(True)
        self.due_list.setFrameShape(QListView.Shape.NoFrame)
        self.due_card.body.addWidget(self.due_list, 1)
        self.events_card = Card(self)
        self.events_chart = PairedBars((palette.EVENTS, palette.PARTICIPANTS), self.events_card)
        self.events_chart.number = lambda v: number(v)
        self.events_legend = Legend(self.events_card)
        self.events_card.body.addWidget(self.events_chart, 1)
        self.events_card.body.addWidget(self.events_legend)
        grid.addWidget(self.period_card, 0, 0)
        grid.addWidget(self.due_card, 0, 1)
        grid.addWidget(self.goal_card, 1, 0)
        grid.addWidget(self.events_card, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        outer.addLayout(grid, 1)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        self.data, self.error = None, ""
        self.reviews: list[Any] = []
        setup = SetupState()
        if self.workspace is not None:
            from app.services.dashboard import dashboard
            from app.services.plans import current_plan
            from app.ui.welcome.state import read_setup

            try:
                setup = read_setup(self.workspace.db)
                with self.workspace.db.unit() as session:
                    plan = current_plan(session)
                    if plan is not None:
                        self.data = dashboard(session, plan.id, self.today or date.today())
                    from app.services.registry import standing_reviews

                    self.reviews = standing_reviews(session)
            except PlanDeskError as exc:
                self.error = error_text(exc)
        self.setup_card.show_missing(setup.missing if self.workspace is not None else ())
        self._show_reviews()
        self._show()

    def _show_reviews(self) -> None:
        """Returns accepted, or sent back and open for the next version."""
        from app.ui.consolidation.review import review_sentence

        data = self.data
        labels = dict(zip(data.period_keys, data.period_labels, strict=True)) if data else {}
        lines = [
            f"{labels.get(r.period) or r.period}: {review_sentence(r)}"
            for r in sorted(self.reviews, key=lambda r: r.period)
        ]
        sent_back = any(r.decision == "sent_back" for r in self.reviews)
        self.review_label.setText("\n".join(lines))
        self.review_label.setProperty("role", "error" if sent_back else "muted")
        self.review_label.style().unpolish(self.review_label)
        self.review_label.style().polish(self.review_label)
        self.review_label.setVisible(bool(lines))

    def _show(self) -> None:
        data = self.data
        if data is None:
            self.period_chart.set_rows([])
            self.goal_chart.set_rows([])
            self.events_chart.set_rows([])
            self.due_model.set_rows([])
            self._show_tiles()
            return
        # the keys (2021-T1) are short and distinct; the full labels are in the tooltips
        labels = list(data.period_keys)
        names = [
            label or key for key, label in zip(data.period_keys, data.period_labels, strict=True)
        ]
        self.period_chart.set_rows(
            [
                StackRow(key, self._tip(name, c), _parts(c))
                for key, name, c in zip(labels, names, data.by_period, strict=True)
            ]
        )
        goal_rows = []
        for code, description in data.goals:
            total = _sum(data.by_goal.get(code, []))
            if total.planned:
                label = f"{code} · {description}"
                goal_rows.append(
                    StackRow(label, self._tip(f"{code} {description}", total), _parts(total))
                )
        self.goal_chart.set_rows(goal_rows)
        self.events_chart.set_rows(
            [
                PairRow(label, events, people)
                for label, events, people in zip(
                    labels, data.events, data.participants, strict=True
                )
            ]
        )
        self.due_model.set_rows(data.due_dates)
        self._show_tiles()

    def _tip(self, label: str, c: Completion) -> str:
        return self.tr(
            "{label}\n{planned} planned: {done} done, {progress} in progress, "
            "{not_done} not done, {open} not reported yet, {na} not applicable"
        ).format(
            label=label,
            planned=c.planned,
            done=c.done,
            progress=c.in_progress,
            not_done=c.not_done,
            open=c.open,
            na=c.planned - sum(_parts(c)),
        )

    def _show_tiles(self) -> None:
        data = self.data
        total = _sum(data.by_period if data else [])
        applicable = sum(_parts(total))  # "not applicable" marks count for neither side
        assert self.done_tile.ring is not None
        self.done_tile.ring.set_share(total.done / applicable if applicable else 0.0)
        self.done_tile.value.setText(
            self.tr("{done} of {planned}").format(done=total.done, planned=applicable)
        )
        self.done_tile.caption.setText(self.tr("planned activities done, all periods"))
        events = sum(data.events) if data else 0
        people = sum(data.participants) if data else 0
        self.events_tile.value.setText(number(events))
        self.events_tile.caption.setText(self.tr("events held"))
        self.people_tile.value.setText(number(people))
        self.people_tile.caption.setText(self.tr("participants reached by events"))
        due = self.next_due()
        if due is None:
            self.next_tile.value.setText("—")
            self.next_tile.caption.setText(
                self.error or self.tr("no return is due") if data else self.error
            )
            self.next_tile.set_icon("due-later", palette.LATER)
            return
        state = state_of(due)
        self.next_tile.set_icon(*STATES[state])
        self.next_tile.value.setText(fmt_day(due.due))
        if state == "overdue":
            caption = self.tr("return of {period} overdue by %n days", "", -due.days_left)
        else:
            caption = self.tr("next return due: {period}, in %n days", "", due.days_left)
        self.next_tile.caption.setText(caption.format(period=due.key))

    def first_focus(self) -> Any:
        """The first thing still to set up, if anything is."""
        for step in self.setup_card.missing:
            return self.setup_card.buttons[step]
        return None

    def next_due(self) -> Any:
        """The most overdue unsigned return, else the next one due; None when all are signed."""
        if self.data is None:
            return None
        unsigned = [d for d in self.data.due_dates if not d.signed]
        overdue = [d for d in unsigned if d.overdue]
        if overdue:
            return min(overdue, key=lambda d: d.due)
        return min(unsigned, key=lambda d: d.due, default=None)

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.subtitle.setText(self.tr("The plan at a glance"))
        self.period_card.title.setText(self.tr("Completion per period"))
        self.goal_card.title.setText(self.tr("Completion per goal, all periods"))
        self.due_card.title.setText(self.tr("Returns due"))
        self.events_card.title.setText(self.tr("Events and participants per period"))
        legend = [
            (palette.DONE, self.tr("done")),
            (palette.IN_PROGRESS, self.tr("in progress")),
            (palette.NOT_DONE, self.tr("not done")),
            (palette.OPEN, self.tr("not reported yet")),
        ]
        self.period_legend.set_items(legend)
        self.goal_legend.set_items(legend)
        self.setup_card.retranslate()
        if hasattr(self, "reviews"):
            self._show_reviews()
        self.events_legend.set_items(
            [(palette.EVENTS, self.tr("events")), (palette.PARTICIPANTS, self.tr("participants"))]
        )
        empty = self.tr("Nothing is planned yet.")
        self.period_chart.empty_text = empty
        self.goal_chart.empty_text = empty
        self._show()

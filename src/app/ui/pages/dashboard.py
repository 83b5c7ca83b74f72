"""The Dashboard (start page): completion per period and goal, due dates, events, people."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain.status import Status
from app.services.errors import PlanDeskError
from app.ui.dashboard import palette
from app.ui.dashboard.charts import PairRow, StackRow
from app.ui.dashboard.due_model import STATES, DueDatesModel, fmt_day, state_of
from app.ui.dashboard.page_ui import DashboardPageUi
from app.ui.formats import number as format_number
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.welcome.state import SetupState

if TYPE_CHECKING:
    from app.domain.totals import Totals
    from app.services.dashboard import Dashboard
    from app.ui.workspace import Workspace


def _parts(t: Totals) -> tuple[int, int, int, int, int]:
    """The bar's segments: done, in progress, not done, marked planned, planned and not
    reported yet (together: :attr:`Totals.applicable`)."""
    counts = t.statuses
    return (
        counts[Status.DONE],
        counts[Status.IN_PROGRESS],
        counts[Status.NOT_DONE],
        counts[Status.PLANNED],
        t.open,
    )


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
        self.due_model = DueDatesModel(self)
        self.ui = DashboardPageUi()
        self.ui.setup_ui(self, self.due_model)
        self.ui.setupCard.chosen.connect(lambda step: self.navigate_requested.emit("welcome", step))
        self.retranslate()

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
            from app.services.plans import current_plan_id
            from app.ui.welcome.state import read_setup

            try:
                setup = read_setup(self.workspace.db)
                with self.workspace.db.unit() as session:
                    plan_id = current_plan_id(session)
                    if plan_id is not None:
                        self.data = dashboard(session, plan_id, self.today or date.today())
                    from app.services.registry import standing_reviews

                    self.reviews = standing_reviews(session)
            except PlanDeskError as exc:
                self.error = error_text(exc)
        self.ui.setupCard.show_missing(setup.missing if self.workspace is not None else ())
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
        self.ui.reviewLabel.setText("\n".join(lines))
        self.ui.reviewLabel.setProperty("role", "error" if sent_back else "muted")
        self.ui.reviewLabel.style().unpolish(self.ui.reviewLabel)
        self.ui.reviewLabel.style().polish(self.ui.reviewLabel)
        self.ui.reviewLabel.setVisible(bool(lines))

    def _show(self) -> None:
        data = self.data
        if data is None:
            self.ui.periodChart.set_rows([])
            self.ui.goalChart.set_rows([])
            self.ui.eventsChart.set_rows([])
            self.due_model.set_rows([])
            self._show_tiles()
            return
        # the keys (2021-T1) are short and distinct; the full labels are in the tooltips
        labels = list(data.period_keys)
        names = [
            label or key for key, label in zip(data.period_keys, data.period_labels, strict=True)
        ]
        self.ui.periodChart.set_rows(
            [
                StackRow(key, self._tip(name, c), _parts(c))
                for key, name, c in zip(labels, names, data.by_period, strict=True)
            ]
        )
        goal_rows = []
        for code, description in data.goals:
            total = data.by_goal.get(code)
            if total is not None and (total.planned_in_period or total.reporting):
                label = f"{code} · {description}"
                goal_rows.append(
                    StackRow(label, self._tip(f"{code} {description}", total), _parts(total))
                )
        self.ui.goalChart.set_rows(goal_rows)
        self.ui.eventsChart.set_rows(
            [
                PairRow(label, t.events, t.event_participants)
                for label, t in zip(labels, data.by_period, strict=True)
            ]
        )
        self.due_model.set_rows(data.due_dates)
        self._show_tiles()

    def _tip(self, label: str, t: Totals) -> str:
        return self.tr(
            "{label}\n{done} done, {progress} in progress, {not_done} not done, "
            "{marked} marked planned, {open} planned, not reported yet; "
            "{na} not applicable"
        ).format(
            label=label,
            done=t.statuses[Status.DONE],
            progress=t.statuses[Status.IN_PROGRESS],
            not_done=t.statuses[Status.NOT_DONE],
            marked=t.statuses[Status.PLANNED],
            open=t.open,
            na=t.statuses[Status.NOT_APPLICABLE],
        )

    def _show_tiles(self) -> None:
        data = self.data
        total = data.overall if data else None
        done = total.statuses[Status.DONE] if total else 0
        applicable = total.applicable if total else 0  # "not applicable": neither side
        assert self.ui.doneTile.ring is not None
        self.ui.doneTile.ring.set_share(done / applicable if applicable else 0.0)
        self.ui.doneTile.value.setText(
            self.tr("{done} of {planned}").format(done=done, planned=applicable)
        )
        self.ui.doneTile.caption.setText(self.tr("activities done, all periods"))
        # the whole rule where the clerk asks for it: the tile stays short in every language
        self.ui.doneTile.setToolTip(
            self.tr(
                "activities done, of those planned or marked (not applicable left out), all periods"
            )
        )
        events = total.events if total else 0
        people = total.event_participants if total else 0
        self.ui.eventsTile.value.setText(number(events))
        self.ui.eventsTile.caption.setText(self.tr("events held"))
        self.ui.peopleTile.value.setText(number(people))
        self.ui.peopleTile.caption.setText(self.tr("participants reached by events"))
        due = self.next_due()
        if due is None:
            self.ui.nextTile.value.setText("—")
            self.ui.nextTile.caption.setText(
                self.error or self.tr("no return is due") if data else self.error
            )
            self.ui.nextTile.set_icon("due-later", palette.LATER)
            return
        state = state_of(due)
        self.ui.nextTile.set_icon(*STATES[state])
        self.ui.nextTile.value.setText(fmt_day(due.due))
        if state == "overdue":
            caption = self.tr("return of {period} overdue by %n days", "", -due.days_left)
        else:
            caption = self.tr("next return due: {period}, in %n days", "", due.days_left)
        self.ui.nextTile.caption.setText(caption.format(period=due.key))

    def first_focus(self) -> Any:
        """The first thing still to set up, if anything is."""
        for step in self.ui.setupCard.missing:
            return self.ui.setupCard.buttons[step]
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
        self.ui.titleLabel.setText(self.title())
        self.ui.subtitleLabel.setText(self.tr("The plan at a glance"))
        self.ui.periodCard.title.setText(self.tr("Completion per period"))
        self.ui.goalCard.title.setText(self.tr("Completion per goal, all periods"))
        self.ui.dueCard.title.setText(self.tr("Returns due"))
        self.ui.eventsCard.title.setText(self.tr("Events and participants per period"))
        legend = [
            (palette.DONE, self.tr("done")),
            (palette.IN_PROGRESS, self.tr("in progress")),
            (palette.NOT_DONE, self.tr("not done")),
            (palette.MARKED_PLANNED, self.tr("marked planned")),
            (palette.OPEN, self.tr("planned, not reported yet")),
        ]
        self.ui.periodLegend.set_items(legend)
        self.ui.goalLegend.set_items(legend)
        self.ui.setupCard.retranslate()
        if hasattr(self, "reviews"):
            self._show_reviews()
        self.ui.eventsLegend.set_items(
            [(palette.EVENTS, self.tr("events")), (palette.PARTICIPANTS, self.tr("participants"))]
        )
        empty = self.tr("Nothing is planned yet.")
        self.ui.periodChart.empty_text = empty
        self.ui.goalChart.empty_text = empty
        self._show()

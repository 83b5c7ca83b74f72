"""The Dashboard's widgets, laid out (the page wires and fills them)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from app.ui.dashboard import palette
from app.ui.dashboard.cards import Card, Tile
from app.ui.dashboard.charts import Legend, PairedBars, StackedBars
from app.ui.dashboard.setup_card import SetupCard
from app.ui.formats import number
from app.ui.widgets.page_frame import title_label


class DashboardPageUi:
    """The Dashboard's widgets, laid out in code the way a Designer form would be; the page
    keeps one as ``self.ui``."""

    titleLabel: QLabel
    subtitleLabel: QLabel
    setupCard: SetupCard
    reviewLabel: QLabel
    doneTile: Tile
    eventsTile: Tile
    peopleTile: Tile
    nextTile: Tile
    periodCard: Card
    periodChart: StackedBars
    periodLegend: Legend
    goalCard: Card
    goalChart: StackedBars
    goalLegend: Legend
    dueCard: Card
    dueList: QListView
    eventsCard: Card
    eventsChart: PairedBars
    eventsLegend: Legend

    def setup_ui(self, page: QWidget, due_model: QAbstractItemModel) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.titleLabel = title_label(page)
        self.subtitleLabel = QLabel(page)
        self.subtitleLabel.setProperty("role", "muted")
        top.addWidget(self.titleLabel)
        top.addSpacing(10)
        top.addWidget(self.subtitleLabel, 1)
        outer.addLayout(top)
        self.setupCard = SetupCard(page)
        outer.addWidget(self.setupCard)
        # what the body above answered on the returns (receipts imported on the Returns page)
        self.reviewLabel = QLabel(page)
        self.reviewLabel.setObjectName("reviewLabel")
        self.reviewLabel.setWordWrap(True)
        self.reviewLabel.hide()
        outer.addWidget(self.reviewLabel)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.doneTile = Tile(None, palette.DONE, page)
        self.eventsTile = Tile("events", palette.EVENTS, page)
        self.peopleTile = Tile("people", palette.PARTICIPANTS, page)
        self.nextTile = Tile("due-later", palette.LATER, page)
        for tile in (self.doneTile, self.eventsTile, self.peopleTile, self.nextTile):
            tiles.addWidget(tile, 1)
        outer.addLayout(tiles)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.periodCard = Card(page)
        self.periodChart = StackedBars(self.periodCard)
        self.periodLegend = Legend(self.periodCard)
        self.periodCard.body.addWidget(self.periodChart, 1)
        self.periodCard.body.addWidget(self.periodLegend)
        self.goalCard = Card(page)
        self.goalChart = StackedBars(self.goalCard)
        self.goalLegend = Legend(self.goalCard)
        self.goalCard.body.addWidget(self.goalChart, 1)
        self.goalCard.body.addWidget(self.goalLegend)
        self.dueCard = Card(page)
        self.dueList = QListView(self.dueCard)
        self.dueList.setModel(due_model)
        self.dueList.setIconSize(QSize(20, 20))
        self.dueList.setSpacing(3)
        self.dueList.setWordWrap(True)
        self.dueList.setFrameShape(QListView.Shape.NoFrame)
        self.dueCard.body.addWidget(self.dueList, 1)
        self.eventsCard = Card(page)
        self.eventsChart = PairedBars((palette.EVENTS, palette.PARTICIPANTS), self.eventsCard)
        self.eventsChart.number = lambda v: number(v)
        self.eventsLegend = Legend(self.eventsCard)
        self.eventsCard.body.addWidget(self.eventsChart, 1)
        self.eventsCard.body.addWidget(self.eventsLegend)
        grid.addWidget(self.periodCard, 0, 0)
        grid.addWidget(self.dueCard, 0, 1)
        grid.addWidget(self.goalCard, 1, 0)
        grid.addWidget(self.eventsCard, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        outer.addLayout(grid, 1)

# Generated from ui/plan_page.ui by `python -m app.ui.compile_ui` -- DO NOT EDIT.
# Edit the Designer file and run the command again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from app.ui.widgets.plan_tree_view import PlanTreeView

class Ui_PlanPage(object):
    def setupUi(self, PlanPage):
        if not PlanPage.objectName():
            PlanPage.setObjectName(u"PlanPage")
        PlanPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(PlanPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 14, 20, 12)
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.titleLabel = QLabel(PlanPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.toolbarLayout.addWidget(self.titleLabel)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.filterEdit = QLineEdit(PlanPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(260, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.filterEdit)

        self.expandButton = QToolButton(PlanPage)
        self.expandButton.setObjectName(u"expandButton")
        self.expandButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.toolbarLayout.addWidget(self.expandButton)

        self.collapseButton = QToolButton(PlanPage)
        self.collapseButton.setObjectName(u"collapseButton")
        self.collapseButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.toolbarLayout.addWidget(self.collapseButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.editBarLayout = QHBoxLayout()
        self.editBarLayout.setSpacing(8)
        self.editBarLayout.setObjectName(u"editBarLayout")

        self.pageLayout.addLayout(self.editBarLayout)

        self.contentStack = QStackedWidget(PlanPage)
        self.contentStack.setObjectName(u"contentStack")
        self.treePage = QWidget()
        self.treePage.setObjectName(u"treePage")
        self.treeLayout = QVBoxLayout(self.treePage)
        self.treeLayout.setSpacing(8)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.treePage)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treeView = PlanTreeView(self.splitter)
        self.treeView.setObjectName(u"treeView")
        sizePolicy.setHeightForWidth(self.treeView.sizePolicy().hasHeightForWidth())
        self.treeView.setSizePolicy(sizePolicy)
        self.treeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.treeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.treeView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.treeView.setIndentation(16)
        self.treeView.setUniformRowHeights(False)
        self.treeView.setWordWrap(True)
        self.splitter.addWidget(self.treeView)
        self.detailsScroll = QScrollArea(self.splitter)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsHost = QWidget()
        self.detailsHost.setObjectName(u"detailsHost")
        self.detailsScroll.setWidget(self.detailsHost)
        self.splitter.addWidget(self.detailsScroll)

        self.treeLayout.addWidget(self.splitter)

        self.footnotesLabel = QLabel(self.treePage)
        self.footnotesLabel.setObjectName(u"footnotesLabel")
        self.footnotesLabel.setProperty(u"role", u"footnotes")
        self.footnotesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.footnotesLabel.setWordWrap(True)
        self.footnotesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.treeLayout.addWidget(self.footnotesLabel)

        self.contentStack.addWidget(self.treePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setProperty(u"role", u"muted")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeftSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeftSpacer)

        self.startPlanButton = QPushButton(self.emptyPage)
        self.startPlanButton.setObjectName(u"startPlanButton")

        self.emptyButtons.addWidget(self.startPlanButton)

        self.importPlanButton = QPushButton(self.emptyPage)
        self.importPlanButton.setObjectName(u"importPlanButton")

        self.emptyButtons.addWidget(self.importPlanButton)

        self.demoButton = QPushButton(self.emptyPage)
        self.demoButton.setObjectName(u"demoButton")

        self.emptyButtons.addWidget(self.demoButton)

        self.emptyRightSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRightSpacer)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.contentStack)


        self.retranslateUi(PlanPage)
    # setupUi

    def retranslateUi(self, PlanPage):
        self.titleLabel.setText(QCoreApplication.translate("PlanPage", u"Plan table", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("PlanPage", u"Find\u2026", None))
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("PlanPage", u"Shows the goals and activities whose code or text holds these words (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.expandButton.setText(QCoreApplication.translate("PlanPage", u"Expand all", None))
        self.collapseButton.setText(QCoreApplication.translate("PlanPage", u"Collapse all", None))
#if QT_CONFIG(accessibility)
        self.treeView.setAccessibleName(QCoreApplication.translate("PlanPage", u"Plan table", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsScroll.setAccessibleName(QCoreApplication.translate("PlanPage", u"Item details", None))
#endif // QT_CONFIG(accessibility)
        self.footnotesLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("PlanPage", u"There is no plan in this database yet. Type it in from an empty table, import it from a file (Excel, CSV, or a template received from the directorate above), or look around in a demo first.", None))
        self.startPlanButton.setText(QCoreApplication.translate("PlanPage", u"Type in a new plan\u2026", None))
        self.importPlanButton.setText(QCoreApplication.translate("PlanPage", u"Import a plan\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("PlanPage", u"Try the demo\u2026", None))
        pass
    # retranslateUi


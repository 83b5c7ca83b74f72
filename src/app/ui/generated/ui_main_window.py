# Generated from ui/main_window.ui by `python -m app.ui.compile_ui` -- DO NOT EDIT.
# Edit the Designer file and run the command again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setWindowTitle(u"PlanDesk")
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
#if QT_CONFIG(shortcut)
        self.actionNewDatabase.setShortcut(u"Ctrl+Shift+N")
#endif // QT_CONFIG(shortcut)
        self.actionDemo = QAction(MainWindow)
        self.actionDemo.setObjectName(u"actionDemo")
        self.actionGettingStarted = QAction(MainWindow)
        self.actionGettingStarted.setObjectName(u"actionGettingStarted")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
#if QT_CONFIG(shortcut)
        self.actionShortcuts.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionLogFolder = QAction(MainWindow)
        self.actionLogFolder.setObjectName(u"actionLogFolder")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionBackup.setEnabled(False)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.navList.sizePolicy().hasHeightForWidth())
        self.navList.setSizePolicy(sizePolicy)
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navList)

        self.contentArea = QWidget(self.centralWidget)
        self.contentArea.setObjectName(u"contentArea")
        self.contentLayout = QVBoxLayout(self.contentArea)
        self.contentLayout.setSpacing(0)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.headerStrip = QFrame(self.contentArea)
        self.headerStrip.setObjectName(u"headerStrip")
        self.headerLayout = QHBoxLayout(self.headerStrip)
        self.headerLayout.setSpacing(24)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(20, 10, 20, 10)
        self.headerPlanLayout = QVBoxLayout()
        self.headerPlanLayout.setSpacing(2)
        self.headerPlanLayout.setObjectName(u"headerPlanLayout")
        self.institutionLabel = QLabel(self.headerStrip)
        self.institutionLabel.setObjectName(u"institutionLabel")
        self.institutionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerPlanLayout.addWidget(self.institutionLabel)

        self.planTitleLabel = QLabel(self.headerStrip)
        self.planTitleLabel.setObjectName(u"planTitleLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.planTitleLabel.sizePolicy().hasHeightForWidth())
        self.planTitleLabel.setSizePolicy(sizePolicy1)
        self.planTitleLabel.setWordWrap(True)
        self.planTitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerPlanLayout.addWidget(self.planTitleLabel)


        self.headerLayout.addLayout(self.headerPlanLayout)

        self.headerPeriodLayout = QVBoxLayout()
        self.headerPeriodLayout.setSpacing(2)
        self.headerPeriodLayout.setObjectName(u"headerPeriodLayout")
        self.periodCaptionLabel = QLabel(self.headerStrip)
        self.periodCaptionLabel.setObjectName(u"periodCaptionLabel")
        self.periodCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerPeriodLayout.addWidget(self.periodCaptionLabel)

        self.periodLabel = QLabel(self.headerStrip)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"\u2014")
        self.periodLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.periodLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerPeriodLayout.addWidget(self.periodLabel)


        self.headerLayout.addLayout(self.headerPeriodLayout)


        self.contentLayout.addWidget(self.headerStrip)

        self.pageStack = QStackedWidget(self.contentArea)
        self.pageStack.setObjectName(u"pageStack")

        self.contentLayout.addWidget(self.pageStack)


        self.centralLayout.addWidget(self.contentArea)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuLanguage = QMenu(self.menuBar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuLanguage.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionDemo)
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionGettingStarted)
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addAction(self.actionLogFolder)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionNewDatabase.setText(QCoreApplication.translate("MainWindow", u"&New database\u2026", None))
        self.actionDemo.setText(QCoreApplication.translate("MainWindow", u"Try the &demo in a new file\u2026", None))
        self.actionGettingStarted.setText(QCoreApplication.translate("MainWindow", u"&Getting started", None))
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
        self.actionLogFolder.setText(QCoreApplication.translate("MainWindow", u"Open the &log folder", None))
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Backup\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About PlanDesk", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.institutionLabel.setText(QCoreApplication.translate("MainWindow", u"No institution set up yet", None))
        self.planTitleLabel.setText(QCoreApplication.translate("MainWindow", u"No plan yet", None))
        self.periodCaptionLabel.setText(QCoreApplication.translate("MainWindow", u"Current period", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"&Recent databases", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi


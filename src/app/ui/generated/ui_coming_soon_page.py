# Generated from ui/coming_soon_page.ui by `python -m app.ui.compile_ui` -- DO NOT EDIT.
# Edit the Designer file and run the command again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ComingSoonPage(object):
    def setupUi(self, ComingSoonPage):
        if not ComingSoonPage.objectName():
            ComingSoonPage.setObjectName(u"ComingSoonPage")
        ComingSoonPage.resize(900, 600)
        self.outerLayout = QGridLayout(ComingSoonPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 24, 24, 24)
        self.topSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QFrame(ComingSoonPage)
        self.card.setObjectName(u"card")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.card.sizePolicy().hasHeightForWidth())
        self.card.setSizePolicy(sizePolicy)
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(40, 36, 40, 36)
        self.iconLabel = QLabel(self.card)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.iconLabel)

        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(self.card)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setProperty(u"role", u"muted")
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.descriptionLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.descriptionLabel)

        self.badgeLabel = QLabel(self.card)
        self.badgeLabel.setObjectName(u"badgeLabel")
        self.badgeLabel.setProperty(u"role", u"badge")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.badgeLabel.sizePolicy().hasHeightForWidth())
        self.badgeLabel.setSizePolicy(sizePolicy1)
        self.badgeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badgeLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.badgeLabel)


        self.outerLayout.addWidget(self.card, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)


        self.retranslateUi(ComingSoonPage)
    # setupUi

    def retranslateUi(self, ComingSoonPage):
        self.titleLabel.setText("")
        self.descriptionLabel.setText("")
        self.badgeLabel.setText("")
        pass
    # retranslateUi


"""The one i18n entry point of the GUI: which languages exist, and switching between them.

Our own catalogue is ``resources/translations/plandesk_<lang>.qm``; Qt's ``qtbase_<lang>.qm``
is loaded beside it where Qt ships one (tr, ru, kk — not ro or vi: our dialogs set the texts
of their standard buttons themselves). Installing a translator makes Qt send
``QEvent.LanguageChange`` to every widget, which re-translates itself in ``changeEvent``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from app.domain.languages import LANGUAGES as LANGUAGES  # re-exported for the window
from app.paths import resource
from app.ui.pseudo import PSEUDO, PseudoTranslator

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
# Each language is offered under its own name, whatever the current UI language.
NATIVE_NAMES = {
    "en": "English",
    "tr": "Türkçe",
    "ru": "Русский",
    "kk": "Қазақ тілі",
    "ro": "Română",
    "vi": "Tiếng Việt",
}


def QT_TRANSLATE_NOOP(_context: str, source_text: str) -> str:
    """Mark *source_text* for lupdate in *_context* and give it back unchanged.

    PySide6's own is typed as returning ``object``; this one says ``str``. lupdate finds
    the calls by this name, whichever module defines it."""
    return source_text


def normalize_language(value: str | None) -> str | None:
    """'tr_TR', 'TR', 'tr-TR' -> 'tr'; None for a language we do not ship ('pseudo' is the
    test language of app.ui.pseudo)."""
    if not value:
        return None
    if value == PSEUDO:
        return PSEUDO
    code = value.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The first UI language of the system that we ship, else English."""
    for name in QLocale.system().uiLanguages():
        code = normalize_language(name)
        if code:
            return code
    return DEFAULT_LANGUAGE


def catalogue_path(language: str) -> str:
    return str(resource("translations", f"plandesk_{language}.qm"))


class LanguageSwitcher:
    """Owns the installed translators; :meth:`apply` swaps them at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def uninstall(self) -> None:
        """Remove our translators (back to the English source texts)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []

    def apply(self, language: str) -> str:
        """Switch to *language* (falls back to English); returns the language in effect."""
        language = normalize_language(language) or DEFAULT_LANGUAGE
        self.uninstall()
        # numbers and dates as the language writes them; our English is British English
        QLocale.setDefault(QLocale("en_GB" if language in (DEFAULT_LANGUAGE, PSEUDO) else language))
        if language == PSEUDO:
            self._translators.append(PseudoTranslator(self._app))
        elif language != DEFAULT_LANGUAGE:
            own = QTranslator(self._app)
            if own.load(catalogue_path(language)):
                self._translators.append(own)
            else:
                log.warning("no translation catalogue for %s", language)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_base = QTranslator(self._app)
            if qt_base.load(f"qtbase_{language}", qt_dir):
                self._translators.append(qt_base)
        for translator in self._translators:
            self._app.installTranslator(translator)
        # deliver the LanguageChange events now: every widget is re-translated on return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = language
        log.info("user interface language: %s", language)
        return language

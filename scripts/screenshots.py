"""The screenshot matrix: every page × six languages × four screen sizes, with checks.

    .venv/bin/python scripts/screenshots.py --out build/screenshots           # the whole matrix
    .venv/bin/python scripts/screenshots.py --pages plan events --languages en tr \\
        --sizes 1024x768 --out /tmp/shots                                     # a part of it

Each picture is the main window on a demo database (made in the output folder unless --db
is given), written as ``<page>-<lang>-<W>x<H>[@2x].png``. ``2560x1440@2`` is a 2560×1440
screen at device pixel ratio 2 (a window of 1280×720 logical pixels, rendered by a child
process with ``QT_SCALE_FACTOR=2``). Every picture is checked, and ``report.txt`` /
``report.json`` in the output folder list what the checks found:

- clipped: a visible label, button, line edit (its placeholder), combo box or header section
  whose text is wider than the room it has (``fontMetrics().horizontalAdvance``), or a widget
  cut on the left or right by one of its parents;
- scroll: a visible horizontal scroll bar (pages must fit without sideways scrolling);
- too-big: the window cannot be made as small as the screen (its minimum size is larger);
- english: in a translated window, a visible text equal to an English source string that has
  a translation (a string that stayed English).

Exit status 0 when nothing was found, 1 otherwise. Needs no display (offscreen Qt).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # our own catalogues, not untrusted input
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LANGUAGES = ("en", "tr", "ru", "kk", "ro", "vi")
SIZES = ("1024x768", "1366x768", "1920x1080", "2560x1440@2")
TRANSLATIONS = ROOT / "resources" / "translations"
SLACK = 1  # pixels: rounding of text widths


@dataclass(frozen=True)
class Finding:
    shot: str  # the picture's file name
    kind: str  # clipped, scroll, english
    widget: str  # class and object name (or its parents' when it has none)
    text: str
    detail: str

    def line(self) -> str:
        return f"{self.shot}: {self.kind}: {self.widget}: “{self.text}” {self.detail}".rstrip()


# -- the English catalogue ---------------------------------------------------------------
class English:
    """The English source texts that have a translation differing from them: whole texts,
    and texts with placeholders ("%1 in this period, %2 participants") as one pattern."""

    def __init__(self, texts: set[str], patterns: list[str]) -> None:
        self.texts = texts
        self.pattern = re.compile("^(?:" + "|".join(patterns) + ")$") if patterns else None

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str):
            return False
        if text in self.texts:
            return True
        return bool(self.pattern is not None and self.pattern.match(text))


PLACEHOLDER = re.compile(r"%\d|%n|\{\w*\}")


def english_sources() -> dict[str, English]:
    """language -> what of English would be a miss in that language's window (in the
    pseudo-translated window: every source text with a letter in it)."""
    found: dict[str, English] = {}
    for lang in (*LANGUAGES[1:], "pseudo"):
        pseudo = lang == "pseudo"
        path = TRANSLATIONS / f"plandesk_{'tr' if pseudo else lang}.ts"
        texts: set[str] = set()
        patterns: list[str] = []
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if pseudo:
                if not any(ch.isalpha() for ch in source):
                    continue
            elif translation is None or translation.get("type") == "unfinished":
                continue
            else:
                forms = [f.text or "" for f in translation.findall("numerusform")]
                translated = forms or [translation.text or ""]
                if not source.strip() or not all(t.strip() and t != source for t in translated):
                    continue
            plain = _plain(source)
            if not PLACEHOLDER.search(plain):
                texts.add(plain)
                continue
            literal = PLACEHOLDER.sub("", plain)
            if sum(ch.isalpha() for ch in literal) < 8:
                continue  # too little of it is words to tell English apart
            parts = PLACEHOLDER.split(plain)
            patterns.append(".+?".join(re.escape(part) for part in parts))
        if pseudo:
            # the data languages' own words (event kinds, statuses: app.exports.labels) are
            # not Qt texts; the pseudo window shows them in English, as the data language
            from app.exports.labels import KIND_WORDS, STATUS_KEYS, status_label

            texts -= set(KIND_WORDS["en"].values())
            texts -= {status_label("en", key) for key in STATUS_KEYS}
        else:
            # a word the language itself writes as English does somewhere ("E-mail" in
            # Romanian) is that language's word, not English left behind
            own = {
                _plain(t.text or "")
                for t in ET.parse(path).getroot().iter("translation")
                if t.get("type") != "unfinished"
            }
            texts -= own
        found[lang] = English(texts, patterns)
    return found


def _rich(text: str) -> bool:
    from PySide6 import QtGui

    return bool(QtGui.Qt.mightBeRichText(text))  # type: ignore[attr-defined]


def _plain(text: str) -> str:
    """Without mnemonics and surrounding blanks ("&File" -> "File")."""
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


# -- walking the widgets ----------------------------------------------------------------
def _name(widget: Any) -> str:
    names = []
    current = widget
    while current is not None and len(names) < 3:
        if current.objectName():
            names.append(current.objectName())
            break
        current = current.parentWidget()
    return f"{type(widget).__name__}({'/'.join(names)})"


def _visible(widget: Any, window: Any) -> bool:
    if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
        return False
    return not widget.visibleRegion().isEmpty()


def _cut_by_parent(widget: Any) -> str:
    """The parent that cuts *widget* on the left or the right, if any (a scroll area's
    viewport cuts only when the area scrolls sideways: reported as 'scroll')."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractScrollArea

    left = widget.mapToGlobal(QPoint(0, 0)).x()
    right = left + widget.width()
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return ""  # inside a viewport: sideways scrolling is checked on its own
        p_left = parent.mapToGlobal(QPoint(0, 0)).x()
        p_right = p_left + parent.width()
        if left < p_left - SLACK or right > p_right + SLACK:
            return _name(parent)
        parent = parent.parentWidget()
    return ""


def widget_texts(window: Any) -> Iterator[tuple[Any, str, int, int]]:
    """(widget, text, width the text needs, width it has) for every visible text of
    *window* that must be shown whole (a wrapped label cannot be cut sideways)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QCheckBox,
        QComboBox,
        QLabel,
        QLineEdit,
        QRadioButton,
        QStyle,
        QStyleOptionComboBox,
        QToolButton,
    )

    for widget in window.findChildren(QLabel):
        text = widget.text()
        if not text or not _visible(widget, window) or widget.wordWrap():
            continue
        if widget.textFormat() == Qt.TextFormat.RichText or _rich(text):
            continue
        metrics = widget.fontMetrics()
        room = widget.contentsRect().width() - 2 * max(0, widget.margin())
        need = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))
        yield widget, _plain(text), need, room
    for widget in window.findChildren(QAbstractButton):
        text = widget.text()
        if not text or not _visible(widget, window):
            continue
        if (
            isinstance(widget, QToolButton)
            and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            continue  # the text is its tooltip
        style = widget.style()
        need = widget.fontMetrics().horizontalAdvance(_plain(text))
        if isinstance(widget, (QCheckBox, QRadioButton)):
            need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
            need += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, widget)
        else:
            # the text, the icon beside it and the frame's padding (a push button's size
            # hint has a minimum width of its own, so it is not the measure)
            need += 12
            if not widget.icon().isNull():
                need += widget.iconSize().width() + 4
        yield widget, _plain(text), need, widget.width()
    for widget in window.findChildren(QLineEdit):
        if widget.text() or not widget.placeholderText() or not _visible(widget, window):
            continue
        if isinstance(widget.parentWidget(), QComboBox):
            continue
        text = widget.placeholderText()
        margins = widget.textMargins()
        room = widget.width() - margins.left() - margins.right() - 16  # frame and padding
        for action in widget.actions():
            if action.isVisible():
                room -= 24
        yield widget, text, widget.fontMetrics().horizontalAdvance(text), room
    for widget in window.findChildren(QComboBox):
        text = widget.currentText()
        if not text or not _visible(widget, window):
            continue
        need = widget.fontMetrics().horizontalAdvance(text)
        if not widget.itemIcon(widget.currentIndex()).isNull():
            need += widget.iconSize().width() + 4
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)  # type: ignore[attr-defined]
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        yield widget, text, need, field.width() - 4
    for view in window.findChildren(QAbstractItemView):
        if not _visible(view, window):
            continue
        header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else None
        header = header or (view.header() if hasattr(view, "header") else None)
        if header is None or not _visible(header, window) or header.model() is None:
            continue
        if type(header).__name__ != "QHeaderView":
            continue  # our WrapHeader wraps its titles over several lines
        metrics = header.fontMetrics()
        for logical in range(header.count()):
            if header.isSectionHidden(logical):
                continue
            title = header.model().headerData(logical, Qt.Orientation.Horizontal)
            if not title:
                continue
            size = header.sectionSize(logical)
            position = header.sectionViewportPosition(logical)
            if position + size <= 0 or position >= header.viewport().width():
                continue
            need = metrics.horizontalAdvance(str(title)) + 16  # the section's padding
            if header.isSortIndicatorShown():
                need += 12  # room for the sort arrow
            yield header, str(title), need, size


def check_window(window: Any, shot: str, english: Any) -> list[Finding]:
    """What is wrong in what *window* shows now (see the module's docstring)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QComboBox,
        QLabel,
        QLineEdit,
    )

    found: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, widget: Any, text: str, detail: str) -> None:
        key = (kind, f"{id(widget)}{text}")
        if key not in seen:
            seen.add(key)
            found.append(Finding(shot, kind, _name(widget), text, detail))

    for widget, text, need, room in widget_texts(window):
        if need > room + SLACK:
            add("clipped", widget, text, f"needs {need} px, has {room}")
        if english is not None and text in english:
            add("english", widget, text, "")
    for cls in (QLabel, QAbstractButton, QLineEdit, QComboBox):
        for widget in window.findChildren(cls):
            if not _visible(widget, window):
                continue
            cut = _cut_by_parent(widget)
            if cut:
                text = widget.text() if hasattr(widget, "text") else ""
                add("clipped", widget, _plain(str(text))[:60], f"cut off by {cut}")
            if english is not None and isinstance(widget, QLabel) and widget.wordWrap():
                text = widget.text()
                if text and not _rich(text) and _plain(text) in english:
                    add("english", widget, _plain(text), "")
            if english is not None and isinstance(widget, QLineEdit):
                placeholder = widget.placeholderText()
                if not widget.text() and placeholder in english:
                    add("english", widget, placeholder, "(placeholder)")
            if english is not None and isinstance(widget, QComboBox):
                for row in range(widget.count()):
                    item = widget.itemText(row)
                    if item in english:
                        add("english", widget, item, "(a choice)")
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if _visible(area, window) and bar.isVisible() and bar.maximum() > 0:
            add("scroll", area, "", f"scrolls sideways by {bar.maximum()} px")
    if english is not None:
        for menu_action in window.menuBar().actions():
            title = _plain(menu_action.text())
            if title in english:
                add("english", window.menuBar(), title, "(menu)")
    return found


# -- rendering ---------------------------------------------------------------------------
def parse_size(text: str) -> tuple[int, int, int]:
    size, _, ratio = text.partition("@")
    width, height = (int(part) for part in size.split("x"))
    return width, height, int(ratio or 1)


def shot_name(page: str, lang: str, size: str) -> str:
    width, height, ratio = parse_size(size)
    return f"{page}-{lang}-{width}x{height}" + (f"@{ratio}x" if ratio > 1 else "") + ".png"


def make_demo(path: Path) -> Path:
    from app.db.migrate import open_database
    from app.services.demo import build_demo

    if not path.exists():
        db = open_database(path)
        try:
            with db.unit("demo") as session:
                build_demo(session)
        finally:
            db.dispose()
    return path


def render(
    db: Path, out: Path, pages: list[str], languages: list[str], sizes: list[str]
) -> list[Finding]:
    """In this process (its device pixel ratio is the sizes' ratio): each picture written
    to *out* and checked."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from app.ui.crash import QtMessageRouter
    from app.ui.i18n import LanguageSwitcher
    from app.ui.main_window import MainWindow
    from app.ui.pages import PAGES
    from app.ui.qt_compat import protect_none
    from app.ui.style import apply_style
    from app.ui.workspace import open_workspace

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    protect_none(app)
    router = QtMessageRouter()
    router.install()
    apply_style(app)
    english = english_sources()
    switcher = LanguageSwitcher(app)
    workspace = open_workspace(db)
    window = MainWindow(PAGES, "en")
    findings: list[Finding] = []
    out.mkdir(parents=True, exist_ok=True)
    try:
        window.set_workspace(workspace)
        window.show()
        for lang in languages:
            switcher.apply(lang)
            window.set_language(lang)
            for size in sizes:
                width, height, ratio = parse_size(size)
                window.resize(width // ratio, height // ratio)
                for page in pages:
                    window.show_page(page)
                    for _ in range(3):  # layouts that follow other layouts settle
                        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                        app.processEvents()
                    name = shot_name(page, lang, size)
                    window.grab().save(str(out / name), "PNG")
                    findings += check_window(window, name, english.get(lang))
                    wanted = (width // ratio, height // ratio)
                    if (window.width(), window.height()) != wanted:
                        got = f"{window.width()}×{window.height()}"
                        findings.append(
                            Finding(
                                name,
                                "too-big",
                                "MainWindow",
                                "",
                                f"the window needs {got}; the screen has {wanted[0]}×{wanted[1]}",
                            )
                        )
    finally:
        window.close()
        switcher.uninstall()
        workspace.close()
        router.uninstall()
    return findings


def run(args: argparse.Namespace) -> list[Finding]:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    db = args.db or make_demo(out / "demo.sqlite")
    findings: list[Finding] = []
    by_ratio: dict[int, list[str]] = {}
    for size in args.sizes:
        by_ratio.setdefault(parse_size(size)[2], []).append(size)
    for ratio, sizes in sorted(by_ratio.items()):
        if ratio == 1 and os.environ.get("QT_SCALE_FACTOR", "1") in ("", "1"):
            findings += render(db, out, args.pages, args.languages, sizes)
            continue
        # another device pixel ratio: a child process started with that scale factor
        with tempfile.TemporaryDirectory() as tmp:
            report = Path(tmp) / "part.json"
            command = [sys.executable, __file__, "--db", str(db), "--out", str(out)]
            command += ["--pages", *args.pages, "--languages", *args.languages]
            command += ["--sizes", *sizes, "--part", str(report)]
            env = dict(os.environ, QT_SCALE_FACTOR=str(ratio), QT_QPA_PLATFORM="offscreen")
            subprocess.run(command, check=False, env=env)
            if report.exists():
                findings += [Finding(**f) for f in json.loads(report.read_text("utf-8"))]
            else:
                findings.append(Finding(str(sizes), "error", "", "", "the child process failed"))
    return findings


def main(argv: list[str] | None = None) -> int:
    from app.options import PAGES

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--db", type=Path, help="the database shown (default: a new demo)")
    parser.add_argument("--pages", nargs="+", default=list(PAGES), choices=PAGES)
    parser.add_argument(
        "--languages", nargs="+", default=list(LANGUAGES), choices=(*LANGUAGES, "pseudo")
    )
    parser.add_argument("--sizes", nargs="+", default=list(SIZES))
    parser.add_argument("--part", type=Path, help=argparse.SUPPRESS)  # a child's findings
    args = parser.parse_args(argv)
    if args.part is not None:  # a child process: render at this scale, hand back findings
        found = render(args.db, args.out, args.pages, args.languages, args.sizes)
        args.part.write_text(json.dumps([asdict(f) for f in found]), "utf-8")
        return 0
    findings = run(args)
    lines = [f.line() for f in findings]
    shots = len(args.pages) * len(args.languages) * len(args.sizes)
    summary = f"{shots} pictures in {args.out}; {len(findings)} findings"
    (args.out / "report.txt").write_text("\n".join([summary, *lines]) + "\n", "utf-8")
    (args.out / "report.json").write_text(
        json.dumps([asdict(f) for f in findings], ensure_ascii=False, indent=1), "utf-8"
    )
    print(summary)
    for line in lines:
        print(line)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())

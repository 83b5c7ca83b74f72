"""Run-time language switching and the translation catalogues."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, Qt

from app.paths import resource
from app.ui.i18n import LANGUAGES, NATIVE_NAMES, catalogue_path, normalize_language
from app.ui.launcher import Launcher
from app.ui.models.plan_tree_model import COL_CODE, COL_DESCRIPTION
from app.ui.settings import LANGUAGE

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
REPO = Path(__file__).resolve().parents[2]


def _strip(text: str) -> str:
    return text.replace("&", "").strip()


def _texts(launcher: Launcher) -> dict[str, str]:
    """Texts a clerk sees in navigation, menus, header and the Plan page."""
    window = launcher.window
    ui = window.ui
    page = window.page("plan")
    texts = {f"nav{i}": ui.navList.item(i).text() for i in range(ui.navList.count())}
    for menu in (ui.menuFile, ui.menuView, ui.menuLanguage, ui.menuHelp):
        texts[menu.objectName()] = _strip(menu.title())
    for action in (ui.actionOpenDatabase, ui.actionBackup, ui.actionQuit, ui.actionAbout):
        texts[action.objectName()] = _strip(action.text())
    for i, action in enumerate(ui.menuView.actions()):
        texts[f"view{i}"] = _strip(action.text())
    texts["caption"] = ui.periodCaptionLabel.text()
    texts["filter"] = page.ui.filterEdit.placeholderText()
    texts["expand"] = page.ui.expandButton.text()
    texts["collapse"] = page.ui.collapseButton.text()
    texts["title"] = page.ui.titleLabel.text()
    texts["footnotes"] = page.ui.footnotesLabel.text().split("<br>")[0]
    for column in (COL_CODE, COL_DESCRIPTION):
        texts[f"col{column}"] = page.model.headerData(column, Qt.Orientation.Horizontal)
    texts["reason"] = page.model.headerData(page.model.reason_column, Qt.Orientation.Horizontal)
    return texts


def test_switching_language_at_run_time_translates_everything(open_window: Launcher, qtbot) -> None:
    english = _texts(open_window)
    assert english["menuFile"] == "File" and english["nav1"] == "Plan"
    window = open_window.window
    events = window.page("events")  # a placeholder page built before the switch
    for lang in TRANSLATED:
        open_window.switch_language(lang)
        translated = _texts(open_window)
        same = {k: v for k, v in translated.items() if v == english[k]}
        assert not same, f"{lang}: still English: {same}"
        assert events.ui.titleLabel.text() == translated["nav3"]
        assert QLocale().name().startswith(lang)
        checked = [a.data() for a in window.ui.menuLanguage.actions() if a.isChecked()]
        assert checked == [lang]
        # data stays in the data language: Turkish codes and texts, untouched
        assert window.ui.planTitleLabel.text().startswith("Kadına Yönelik Şiddetle")
    open_window.switch_language("en")
    assert _texts(open_window) == english


def test_language_menu_switches_and_is_remembered(open_window: Launcher, qtbot) -> None:
    window = open_window.window
    vietnamese = next(a for a in window.ui.menuLanguage.actions() if a.data() == "vi")
    assert vietnamese.text() == "Tiếng Việt"
    vietnamese.trigger()
    assert window.ui.navList.item(1).text() == "Kế hoạch"
    assert LANGUAGE.read(open_window.store) == "vi"
    open_window.switch_language("en")


def test_message_box_buttons_are_translated_without_qt_catalogues(
    open_window: Launcher, qtbot
) -> None:
    """Qt ships no qtbase_vi/qtbase_ro: our boxes name their own buttons."""
    for lang, ok in (("vi", "Đồng ý"), ("ro", "OK"), ("tr", "Tamam"), ("kk", "Жарайды")):
        open_window.switch_language(lang)
        box = open_window.window.show_about()
        assert [b.text() for b in box.buttons()] == [ok]
        assert "PlanDesk" in box.windowTitle() and box.windowTitle() != "About PlanDesk"
        box.close()
    open_window.switch_language("en")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_is_complete(lang: str) -> None:
    ts = resource("translations", f"plandesk_{lang}.ts")
    root = ET.parse(ts).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 50
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        for text in texts:
            assert text.strip(), source
            # placeholders survive translation
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text))
            assert source.count("\n") == text.count("\n")
    assert Path(catalogue_path(lang)).stat().st_size > 1000


def test_catalogues_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing the committed catalogue lacks."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(__import__("sys").executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not available")
    sources = sorted(
        str(p) for p in (REPO / "src" / "app" / "ui").rglob("*.py") if "generated" not in p.parts
    )
    sources += sorted(str(p) for p in (REPO / "ui").glob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (ctx.findtext("name"), msg.findtext("source"))
            for ctx in root.findall("context")
            for msg in ctx.findall("message")
        }

    wanted = keys(fresh)
    for lang in TRANSLATED:
        have = keys(resource("translations", f"plandesk_{lang}.ts"))
        assert wanted - have == set(), f"{lang}: run scripts/update_translations.sh"


def test_language_names() -> None:
    assert set(NATIVE_NAMES) == set(LANGUAGES)
    assert normalize_language("tr_TR") == "tr"
    assert normalize_language("vi-VN") == "vi"
    assert normalize_language("de_DE") is None

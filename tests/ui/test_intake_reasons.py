"""Reasons of the intake (codes with parameters, decided by the services) shown in the
window's language.

Every :class:`app.services.reasons.Reason` must have its template in
``app.ui.intake.reasons``, with the same parameters in the same order, and a translation in
every language the window speaks; a new reason without them fails here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.services.intake import IntakeLine, expand
from app.services.reasons import Reason, category, fields, outcome, parse_legacy, text
from app.services.verify import verify_file
from app.ui.i18n import LANGUAGES, LanguageSwitcher
from app.ui.intake.lines_model import COL_REASON, IntakeLinesModel
from app.ui.intake.reasons import CATEGORIES, TEMPLATES, reason_text
from app.ui.intake.status_model import COL_NOTE, StatusModel

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
ONLY_PARAMETERS = {Reason.ANOTHER_PLAN}  # "'%1' %2": nothing to translate but the category


@contextmanager
def ui_language(language: str) -> Iterator[None]:
    """The application's catalogue for *language* installed, as the language menu does."""
    app = QCoreApplication.instance()
    assert app is not None
    locale = QLocale()
    switcher = LanguageSwitcher(app)
    assert switcher.apply(language) == language
    try:
        yield
    finally:
        switcher.uninstall()
        QLocale.setDefault(locale)


def sample(reason: Reason) -> dict[str, str]:
    """Distinct parameters for *reason*, each one recognisable in the translated text."""
    return {name: f"P{n}-{name}" for n, name in enumerate(fields(reason), 4101)}


def test_every_reason_has_a_template_with_its_parameters() -> None:
    assert set(TEMPLATES) == set(Reason)
    for reason, template in TEMPLATES.items():
        numbers = sorted({int(n) for n in re.findall(r"%(\d)", template)})
        assert numbers == list(range(1, len(fields(reason)) + 1)), reason
    assert set(CATEGORIES) == {category(r) for r in Reason} - {None}


def test_without_a_translator_the_window_says_what_the_services_say(qapp) -> None:  # type: ignore[no-untyped-def]
    for reason in Reason:
        params = sample(reason)
        assert reason_text(reason.value, params) == text(reason, params), reason


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_reason_is_translated_with_its_parameters(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    missing = []
    with ui_language(language):
        for reason in Reason:
            params = sample(reason)
            shown = reason_text(reason.value, params)
            english = text(reason, params)
            if shown == english and reason not in ONLY_PARAMETERS:
                missing.append(reason.value)
            assert all(p in shown for p in params.values()), (language, reason, shown)
    assert missing == []


def test_parameters_are_inserted_once_and_unchanged(qapp) -> None:  # type: ignore[no-untyped-def]
    subject = "CN=Okul %2 (100%1),O=Bakanlık"
    with ui_language("tr"):
        shown = reason_text("signer_untrusted", {"subject": subject})
    assert shown == f"imzalayan tanınmıyor: imzalayan ({subject}) güvenilir değil"


def test_examples_in_russian(qapp) -> None:  # type: ignore[no-untyped-def]
    with ui_language("ru"):
        assert reason_text("not_subordinate", {"code": "1234"}) == (
            "подписант неизвестен: 1234 не является зарегистрированным подведомственным учреждением"
        )
        assert reason_text("late", {"signed": "01.02.2021", "due": "10.01.2021"}) == (
            "подписан 01.02.2021, срок сдачи 10.01.2021"
        )


def test_a_reason_without_a_known_code_is_shown_as_stored(qapp) -> None:  # type: ignore[no-untyped-def]
    with ui_language("tr"):
        assert reason_text("", {}, "something nobody foresaw") == "something nobody foresaw"
        assert reason_text("from_a_newer_version", {}, "kept as it was") == "kept as it was"


def test_stored_english_reads_back_as_its_code() -> None:
    """What earlier versions stored (the English sentence) becomes the code again."""
    for reason in Reason:
        params = sample(reason)
        found = parse_legacy(text(reason, params))
        assert found is not None and found.code is reason and found.params == params, reason
    old = "not a return: the PDF cannot be read (Could not read malformed PDF file)"
    assert parse_legacy(old) == outcome(Reason.PDF_DAMAGED)
    assert parse_legacy("tampered: a brand new check failed") is None


def test_real_refusals_from_verify_and_expand(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "random.bin").write_bytes(b"\x00\x01 neither")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 broken")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 broken")
    (tmp_path / "notes.docx").write_bytes(b"not a return")
    refusals = [
        verify_file(tmp_path / name, []).refusal
        for name in ("random.bin", "broken.pdf", "broken.xlsx", "missing.pdf")
    ]
    _, problems = expand([tmp_path / "notes.docx", tmp_path / "gone.pdf"], tmp_path)
    refusals += [line.note for line in problems]
    assert [r.code if r else None for r in refusals] == [
        Reason.NOT_PDF_OR_XLSX,
        Reason.PDF_DAMAGED,
        Reason.XLSX_DAMAGED,
        Reason.CANNOT_READ,
        Reason.NOT_A_RETURN_FILE,
        Reason.NO_SUCH_FILE,
    ]
    with ui_language("tr"):
        shown = [reason_text(r.code, r.params) for r in refusals if r is not None]
    assert shown[0] == "rapor değil: ne PDF ne de Excel dosyası"
    assert shown[1].startswith("rapor değil: PDF ") and "(" not in shown[1]  # no library text
    assert shown[3].startswith("rapor değil: missing.pdf okunamıyor: ")
    assert shown[4] == "rapor değil: yalnızca PDF, XLSX ve .eml dosyaları okunur"
    assert shown[5] == "rapor değil: böyle bir dosya yok"


def test_models_show_the_reason_in_the_window_language(qapp) -> None:  # type: ignore[no-untyped-def]
    refused = outcome(Reason.NOT_SUBORDINATE, code="YABANCI")
    lines = IntakeLinesModel()
    lines.set_lines([IntakeLine("YABANCI_2021-T1_v1.pdf", "rejected", refused)])
    status = StatusModel()
    status.set_rows(
        [
            {
                "code": "OKUL-1",
                "name": "Karesi",
                "email": "",
                "state": "rejected",
                "reason": refused.text(),
                "reason_code": refused.code.value,
                "reason_params": refused.params,
            }
        ]
    )
    cells = (lines.index(0, COL_REASON), status.index(0, COL_NOTE))
    turkish = "imzalayan tanınmıyor: YABANCI kayıtlı bir bağlı kurum değil"
    with ui_language("tr"):
        for cell in cells:
            assert cell.data() == turkish
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == turkish
    english = "signer unknown: YABANCI is not a registered subordinate"
    assert [cell.data() for cell in cells] == [english, english]
    assert lines.lines()[0].reason == english  # the data stays English

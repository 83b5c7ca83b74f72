"""Reasons of the intake (composed in English by the services) shown in the window's language.

The sample reasons are read from the services' own source: every ``_Fail(...)`` and
``Verification(reason=...)`` of ``verify.py``, every reason ``intake.py`` gives a file, each
rendered with sample parameters and stored as ``intake`` stores it. A new message in a service
without its template in ``app.ui.intake.reasons`` fails here.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.services import intake, verify
from app.services.intake import IntakeLine, _category, expand
from app.services.verify import verify_file
from app.ui.i18n import LANGUAGES, LanguageSwitcher
from app.ui.intake.lines_model import COL_REASON, IntakeLinesModel
from app.ui.intake.reasons import CATEGORIES, translate_reason
from app.ui.intake.status_model import COL_NOTE, StatusModel

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
DATE = "01.02.2021"  # a parameter with a date format (signed ..., due ...)


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


class _Render:
    """A string expression of the source as text: each parameter becomes a distinct number."""

    def __init__(self) -> None:
        self.numbers = itertools.count(4101)

    def __call__(self, node: ast.expr) -> tuple[str, list[str]] | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value, []
        if not isinstance(node, ast.JoinedStr):
            return None
        text, params = "", []
        for part in node.values:
            if isinstance(part, ast.Constant):
                text += str(part.value)
            else:
                assert isinstance(part, ast.FormattedValue)
                value = DATE if part.format_spec is not None else str(next(self.numbers))
                text += value
                params.append(value)
        return text, params


def _tree(module: object) -> ast.Module:
    return ast.parse(Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8"))


def _verify_messages() -> list[tuple[str, list[str]]]:
    """Every reason verify.py can give (the detail; intake puts a category before it)."""
    render, found = _Render(), []
    for node in ast.walk(_tree(verify)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        if node.func.id == "_Fail" and node.args:
            found.append(render(node.args[0]))
        elif node.func.id == "Verification":
            found += [render(k.value) for k in node.keywords if k.arg == "reason"]
    assert None not in found, "a reason of verify.py is not a literal"
    return [f for f in found if f is not None]


def _intake_messages() -> list[tuple[str, list[str]]]:
    """Every reason intake.py gives a file itself (rejected, duplicate, kept, late...)."""
    render, found = _Render(), []
    for node in ast.walk(_tree(intake)):
        exprs: list[ast.expr] = []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "IntakeLine" and len(node.args) >= 3:
                exprs.append(node.args[2])
            if node.func.id == "reject":
                exprs.append(node.args[0])
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            for target in node.targets:
                if isinstance(target, ast.Tuple):
                    exprs += [
                        v
                        for t, v in zip(target.elts, node.value.elts, strict=True)
                        if isinstance(t, ast.Attribute) and t.attr == "reason"
                    ]
        for expr in exprs:
            if any(isinstance(n, ast.Name) and n.id == "_category" for n in ast.walk(expr)):
                continue  # f"{_category(v['reason'])}: {v['reason']}": verify.py's reasons
            rendered = render(expr)
            if rendered is not None:
                found.append(rendered)
    return found


VERIFY = _verify_messages()
INTAKE = _intake_messages()
# as stored in return_doc.result_reason and shown on the intake line
STORED = [(f"{_category(text)}: {text}", params) for text, params in VERIFY] + INTAKE


def test_the_samples_cover_the_services() -> None:
    assert len(VERIFY) >= 20 and len(INTAKE) >= 14
    texts = {re.sub(r"41\d\d", "N", text) for text, _ in STORED}
    for expected in (
        "kept; version N is already in",
        f"signed {DATE}, due {DATE}",
        "another plan: 'N' N",
        "another period: N is not a period of this plan (N)",
        "signer unknown: the signer (N) is not trusted",
        "not a return: not a return: neither a PDF nor an Excel file",
        "not a return: only PDF, XLSX and .eml files are read",
    ):
        assert expected in texts


def test_categories_of_the_services_are_known() -> None:
    returned = {
        n.value.value
        for f in ast.walk(_tree(intake))
        if isinstance(f, ast.FunctionDef) and f.name == "_category"
        for n in ast.walk(f)
        if isinstance(n, ast.Return) and isinstance(n.value, ast.Constant)
    }
    assert returned and returned <= set(CATEGORIES)
    prefixes = {text.split(": ")[0] for text, _ in INTAKE if ": " in text}
    assert prefixes <= set(CATEGORIES), prefixes - set(CATEGORIES)


@pytest.mark.parametrize("language", ["tr", "ru"])
@pytest.mark.parametrize(("text", "params"), STORED, ids=[t for t, _ in STORED])
def test_every_reason_is_translated_with_its_parameters(
    qapp, language: str, text: str, params: list[str]
) -> None:  # type: ignore[no-untyped-def]
    with ui_language(language):
        shown = translate_reason(text)
    assert shown != text
    for param in params:
        assert param in shown
    # English again once the translator is gone (a category said twice is said once)
    assert translate_reason(text) == text.replace("not a return: not a return:", "not a return:")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_detail_has_a_template(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """Not only the category: the detail itself is translated in every language."""
    with ui_language(language):
        for text, params in VERIFY + INTAKE:
            detail = text.split(": ", 1)[1] if text.split(": ")[0] in CATEGORIES else text
            if detail.startswith("'"):
                continue  # another plan: 'title' year — nothing but parameters
            shown = translate_reason(detail)
            assert shown != detail, (language, detail)
            assert all(p in shown for p in params), (language, detail, shown)


def test_real_reasons_from_verify_and_expand(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "random.bin").write_bytes(b"\x00\x01 neither")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 broken")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 broken")
    (tmp_path / "notes.docx").write_bytes(b"not a return")
    reasons = [
        verify_file(tmp_path / name, []).reason
        for name in ("random.bin", "broken.pdf", "broken.xlsx", "missing.pdf")
    ]
    assert all(reasons), reasons
    stored = [f"{_category(r)}: {r}" for r in reasons]
    # (an .eml is left out: expand() leaves the message file open, a ResourceWarning here)
    _, problems = expand([tmp_path / "notes.docx", tmp_path / "gone.pdf"], tmp_path)
    stored += [line.reason for line in problems]
    assert len(stored) == 6
    with ui_language("tr"):
        shown = [translate_reason(text) for text in stored]
    assert shown[0] == "rapor değil: ne PDF ne de Excel dosyası"
    assert shown[1].startswith("rapor değil: PDF dosyası okunamıyor (")
    assert shown[2].startswith("rapor değil: Excel dosyası okunamıyor (")
    assert shown[3].startswith("bütünlüğü bozulmuş: missing.pdf okunamıyor: ")
    assert shown[4] == "rapor değil: yalnızca PDF, XLSX ve .eml dosyaları okunur"
    assert shown[5] == "böyle bir dosya yok"
    for english, turkish in zip(stored, shown, strict=True):
        assert turkish != english
        for inner in re.findall(r"\((.*)\)", english):  # exception texts, unchanged
            assert f"({inner})" in turkish


def test_examples_in_russian(qapp) -> None:  # type: ignore[no-untyped-def]
    with ui_language("ru"):
        assert (
            translate_reason("signer unknown: 1234 is not a registered subordinate")
            == "подписант неизвестен: 1234 не является зарегистрированным подведомственным "
            "учреждением"
        )
        assert translate_reason("signed 01.02.2021, due 10.01.2021") == (
            "подписан 01.02.2021, срок сдачи 10.01.2021"
        )
        assert translate_reason("another plan: 'Plan 2020' 2020") == "другой план: 'Plan 2020' 2020"


def test_parameters_are_inserted_once_and_unchanged(qapp) -> None:  # type: ignore[no-untyped-def]
    subject = "CN=Okul %2 (100%1),O=Bakanlık"
    with ui_language("tr"):
        shown = translate_reason(f"signer unknown: the signer ({subject}) is not trusted")
    assert shown == f"imzalayan tanınmıyor: imzalayan ({subject}) güvenilir değil"


def test_unknown_text_comes_back_unchanged(qapp) -> None:  # type: ignore[no-untyped-def]
    with ui_language("tr"):
        for text in (
            "something nobody foresaw (errno 5)",
            "tampering suspected",
            "the signer is a %1 mystery",
            "",
        ):
            assert translate_reason(text) == text
        # a known category keeps an unknown detail as it is
        assert translate_reason("tampered: a brand new check failed") == (
            "bütünlüğü bozulmuş: a brand new check failed"
        )


def test_models_show_the_reason_in_the_window_language(qapp) -> None:  # type: ignore[no-untyped-def]
    reason = "signer unknown: YABANCI is not a registered subordinate"
    lines = IntakeLinesModel()
    lines.set_lines([IntakeLine("YABANCI_2021-T1_v1.pdf", "rejected", reason)])
    status = StatusModel()
    status.set_rows(
        [{"code": "OKUL-1", "name": "Karesi", "email": "", "state": "rejected", "reason": reason}]
    )
    cells = (lines.index(0, COL_REASON), status.index(0, COL_NOTE))
    turkish = "imzalayan tanınmıyor: YABANCI kayıtlı bir bağlı kurum değil"
    with ui_language("tr"):
        for cell in cells:
            assert cell.data() == turkish
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == turkish
    assert [cell.data() for cell in cells] == [reason, reason]
    assert lines.lines()[0].reason == reason  # the data stays English

"""Labels in six languages, locale formats, and the bundled font covering all of it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.exports.fonts import missing_glyphs
from app.exports.label_texts import LABELS
from app.exports.label_words import KIND_WORDS, STATUS_WORDS
from app.exports.labels import (
    LANGUAGES,
    all_texts,
    fmt_date,
    fmt_number,
    kind_label,
    label,
    status_from_label,
    status_label,
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_label_status_and_kind_is_translated(lang: str) -> None:
    assert set(LABELS[lang]) == set(LABELS["en"])
    assert set(STATUS_WORDS[lang]) == set(STATUS_WORDS["en"])
    assert set(KIND_WORDS[lang]) == set(KIND_WORDS["en"])
    if lang != "en":
        same = [k for k, v in LABELS[lang].items() if v == LABELS["en"][k]]
        assert len(same) <= 6, same  # only words that really are the same ("Plan", "Total")


def test_official_wording() -> None:
    assert label("tr", "head") == "Kurum Müdürü"
    assert (label("tr", "signature"), label("tr", "stamp")) == ("İmza", "Mühür")
    assert (label("ru", "head"), label("ru", "signature"), label("ru", "stamp")) == (
        "Руководитель",
        "Подпись",
        "М.П.",
    )
    assert label("vi", "head") == "Thủ trưởng đơn vị"
    assert label("vi", "sign_and_stamp") == "Ký tên, đóng dấu"
    # Romanian uses the comma-below letters, never the cedilla ones
    romanian = "".join(LABELS["ro"].values()) + "".join(STATUS_WORDS["ro"].values())
    assert "ș" in romanian and "ț" in romanian
    assert not set("şţŞŢ") & set(romanian)
    assert label("tr", "page", page=1, pages=7) == "Sayfa 1 / 7"


def test_dates_and_numbers_follow_the_language() -> None:
    assert fmt_date("tr", "2021-03-24") == "24.03.2021"
    assert fmt_date("ru", "2021-03-24") == "24.03.2021"
    assert fmt_date("vi", "2021-03-24") == "24/03/2021"
    assert fmt_date("en", "2021-03-24") == "24 Mar 2021"
    assert fmt_date("tr", None) == ""
    assert fmt_number("en", 1265) == "1,265"
    assert fmt_number("tr", 1265) == "1.265"
    assert fmt_number("ru", 1265) == "1\u00a0265"
    assert fmt_number("ro", 12.5) == "12,5"
    assert fmt_number("en", 1234567.0) == "1,234,567"


def test_kinds_and_statuses() -> None:
    assert kind_label("tr", "round_table") == "Yuvarlak masa toplantısı"
    assert kind_label("ru", "söyleşi") == "söyleşi"  # unknown kinds as they are
    assert status_label("kk", "done") == "Орындалды"
    assert status_from_label("Gerçekleştirilmedi") == "not_done"
    assert status_from_label("Đã hoàn thành") == "done"
    assert status_from_label("whatever") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_font_draws_every_label_and_the_demo_data(
    lang: str, demo_payloads: dict[str, dict[str, Any]]
) -> None:
    texts = all_texts(lang) + _strings(demo_payloads[lang])
    missing = {ch: [t for t in texts if ch in t][:1] for ch in missing_glyphs("".join(texts))}
    assert missing == {}


def test_missing_glyphs_reports_what_the_font_lacks() -> None:
    assert missing_glyphs("ı İ ş ğ Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі ș ț ệ ở ừ ẫ ự ¹ ²") == set()
    assert missing_glyphs("✓ 漢") == {"✓", "漢"}
    assert missing_glyphs("a\nb\tc") == set()
    json.dumps(all_texts("vi"))  # plain strings

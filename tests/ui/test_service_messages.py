"""What a service refuses, said in the window's language.

Every :class:`app.services.messages.Message` has its template in ``app.ui.messages`` with
one placeholder per parameter, and a translation in every language the window speaks that
keeps them; a real refusal of a service, raised by the service itself, reads in Russian with
its numbers and dates written as Russian writes them, and the command line keeps the English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # our own catalogues
from datetime import date
from pathlib import Path

import pytest

from app.services.errors import PlanDeskError, ValidationError
from app.services.identity import MIN_PASSWORD, check_password
from app.services.messages import FIELD, MESSAGES, Message, fields
from app.ui.i18n import LANGUAGES
from app.ui.messages import CONTEXT, TEMPLATES, WINDOW_WORDS, error_text, message_text
from tests.ui.test_intake_reasons import ui_language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(\d)")


def numbers(text: str) -> set[int]:
    return {int(n) for n in PLACEHOLDER.findall(text)}


def test_every_message_has_a_template_with_its_parameters() -> None:
    missing = [code for code in Message if code not in TEMPLATES]
    assert missing == []
    wrong = {
        code: (sorted(numbers(str(TEMPLATES[code]))), fields(code))
        for code in Message
        if numbers(str(TEMPLATES[code])) != set(range(1, len(fields(code)) + 1))
    }
    assert wrong == {}


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"plandesk_{language}.ts").getroot()
    translated: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") != "unfinished" and tr.text:
                translated[message.findtext("source") or ""] = tr.text
    untranslated = [code for code in Message if str(TEMPLATES[code]) not in translated]
    assert untranslated == []
    broken = [
        code
        for code in Message
        if numbers(translated[str(TEMPLATES[code])]) != numbers(str(TEMPLATES[code]))
    ]
    assert broken == []


def test_a_refusal_of_a_service_reads_in_the_window_language(qapp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as raised:
        check_password("short")
    error = raised.value
    assert error.code is Message.KEY_PASSWORD_SHORT
    assert str(error) == f"the key password needs at least {MIN_PASSWORD} characters"
    with ui_language("ru"):
        shown = error_text(error)
    assert "символ" in shown and "password" not in shown
    assert str(MIN_PASSWORD) in shown


def test_numbers_and_dates_in_a_message_are_written_as_the_language_writes_them(qapp) -> None:  # type: ignore[no-untyped-def]
    error = PlanDeskError(Message.PERIOD_FROZEN, period="2021-T3", version=2,
                          signed=date(2022, 1, 10))  # fmt: skip
    assert str(error).startswith("period 2021-T3 is frozen") and "10.01.2022" in str(error)
    with ui_language("ru"):
        ru = error_text(error)
    with ui_language("tr"):
        tr = error_text(error)
    assert "10.01.2022" in ru and "10.01.2022" in tr
    assert "frozen" not in ru and "frozen" not in tr and ru != tr


def test_a_message_never_breaks_the_window(qapp) -> None:  # type: ignore[no-untyped-def]
    """Parameters the template does not expect cannot raise: the English is shown."""
    text = message_text(Message.KEY_PASSWORD_SHORT, {"minimum": object()}, "fallback")
    assert text
    assert error_text(ValueError("plain")) == "plain"


def test_the_window_says_what_the_command_line_says_unless_it_names_the_command_line() -> None:
    """Every window template is the English of the service with %N for its parameters,
    except where that English names a command or a flag (WINDOW_WORDS): there the window
    names its own pages, and only there."""

    def as_window(code: Message) -> str:
        names = fields(code)
        return FIELD.sub(lambda m: f"%{names.index(m.group(1)) + 1}", MESSAGES[code])

    differs = {code for code in Message if as_window(code) != str(TEMPLATES[code])}
    assert differs == set(WINDOW_WORDS)
    assert all("plandesk " not in str(TEMPLATES[code]) for code in WINDOW_WORDS)

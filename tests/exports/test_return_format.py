"""The TypedDicts of app.domain.return_format say what the payloads really hold: the demo's
return in every period and the district's consolidated return are checked against them, key
by key and type by type (no key missing, none unknown)."""

from __future__ import annotations

import types
from typing import Any, Literal, NotRequired, Union, cast, get_args, get_origin, get_type_hints

from app.db.session import Database
from app.domain.return_format import Payload
from app.domain.text import nfc, nfc_deep
from app.services.plans import require_current_plan
from app.services.return_payload import build_payload

STATUS_WORDS = {"planned", "in_progress", "done", "not_done", "not_applicable"}


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__required_keys__")


def problems(value: Any, tp: Any, where: str = "payload") -> list[str]:
    """Where *value* is not of type *tp* (a TypedDict, list, dict, union, literal, scalar)."""
    origin = get_origin(tp)
    if origin is NotRequired:
        return problems(value, get_args(tp)[0], where)
    if origin in (Union, types.UnionType):
        found = [problems(value, arg, where) for arg in get_args(tp)]
        return [] if any(not f for f in found) else min(found, key=len)
    if origin is Literal:
        return [] if value in get_args(tp) else [f"{where}: {value!r} not in {get_args(tp)}"]
    if tp is type(None):
        return [] if value is None else [f"{where}: {value!r} is not None"]
    if _is_typeddict(tp):
        if not isinstance(value, dict):
            return [f"{where}: not an object"]
        hints = get_type_hints(tp, include_extras=True)
        # (not __required_keys__: under postponed annotations it cannot see NotRequired)
        required = [k for k, hint in hints.items() if get_origin(hint) is not NotRequired]
        out = [f"{where}.{key}: missing" for key in required if key not in value]
        for key, item in value.items():
            if key in hints:
                out += problems(item, hints[key], f"{where}.{key}")
            elif not (tp.__name__ == "TotalsEntry" and key in STATUS_WORDS):
                out.append(f"{where}.{key}: not in {tp.__name__}")
        return out
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: not a list"]
        return [
            p for i, v in enumerate(value) for p in problems(v, get_args(tp)[0], f"{where}[{i}]")
        ]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: not an object"]
        return [p for k, v in value.items() for p in problems(v, get_args(tp)[1], f"{where}[{k}]")]
    if tp is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r} is not a number"]
    if tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r} is not an integer"]
    return [] if isinstance(value, tp) else [f"{where}: {value!r} is not {tp.__name__}"]


def test_the_demo_returns_have_the_shape_of_a_payload(demo: Database) -> None:
    with demo.unit() as s:
        plan = require_current_plan(s)
        for period in plan.periods:
            payload = build_payload(s, plan, period.key, language="kk")
            assert problems(payload, Payload) == [], period.key
            assert "children" not in payload
            assert any("progress" in item for item in payload["items"])


def test_a_consolidated_return_has_the_shape_of_a_payload(
    consolidated_payloads: dict[str, dict[str, Any]],
) -> None:
    payload = consolidated_payloads["en"]
    assert problems(payload, Payload) == []
    assert payload["children"] and payload["leaves"] and payload["children_narrative"]


def test_what_intake_keeps_for_consolidation_has_the_shape_of_a_summary(
    demo: Database, consolidated_payloads: dict[str, dict[str, Any]]
) -> None:
    """consolidate.summarise of an institution's return and of a consolidated one (what
    Return.figures holds) against its TypedDict."""
    from app.services.consolidate import Summary, summarise

    with demo.unit() as s:
        plan = require_current_plan(s)
        own = summarise(build_payload(s, plan, plan.periods[0].key, language="en"))
    assert problems(own, Summary, "summary") == []
    assert own["f"] and "items" not in own
    rolled = summarise(cast(Payload, consolidated_payloads["en"]))
    assert problems(rolled, Summary, "summary") == []
    assert rolled["items"] and rolled["leaves"] and "f" not in rolled


def test_the_checker_finds_what_is_wrong(demo: Database) -> None:
    with demo.unit() as s:
        plan = require_current_plan(s)
        payload: Any = build_payload(s, plan, plan.periods[0].key, language="en")
    del payload["totals"]["activities"]
    payload["items"][0]["code"] = 7
    payload["extra"] = 1
    assert sorted(problems(payload, Payload)) == [
        "payload.extra: not in Payload",
        "payload.items[0].code: 7 is not str",
        "payload.totals.activities: missing",
    ]


def test_nfc_deep_normalises_every_string_keys_too() -> None:
    decomposed = "Cafe\u0301"
    data = {decomposed: [decomposed, {"k": decomposed}, 1, 2.5, None, True]}
    composed = nfc(decomposed)
    assert composed == "Café" and composed != decomposed
    assert nfc_deep(data) == {composed: [composed, {"k": composed}, 1, 2.5, None, True]}

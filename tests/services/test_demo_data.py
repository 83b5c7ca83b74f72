"""The demo data: the Balıkesir plan of seed 000 in full, believable progress and events."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import astuple, dataclass, fields
from datetime import date

import pytest

from app.db.session import Database
from app.domain.codes import parent_code
from app.domain.events import EventData
from app.domain.marks import Mark
from app.domain.periods import Scheme, period_for_key
from app.domain.plan import ItemData, ItemKind, PlanData, assign_parents
from app.domain.status import EventKind, Status
from app.services.demo_data import (
    DEMO_INSTITUTION,
    DEMO_PARENT,
    DemoProgress,
    balikesir_plan,
    demo_events,
    demo_progress,
)
from app.services.events import add_event
from app.services.plans import load_tree, store_plan
from app.services.progress import ProgressInput, set_progress
from tests.conftest import SEEDS

SEED_000 = SEEDS / "000_a04526a44f22c048.txt"
PERIOD_KEYS = ("2021-T1", "2021-T2", "2021-T3")
SUPERSCRIPTS = {"¹": "1", "²": "2"}

_ROW = re.compile(
    r"^(?P<label>Faal\.|Alt hedef|Hedef)\s+(?P<code>\d+(?:\.\d+)*)\.?:?\s*(?P<text>.*)$",
    re.IGNORECASE,
)
_KINDS = {"faal.": ItemKind.ACTIVITY, "alt hedef": ItemKind.SUBGOAL, "hedef": ItemKind.GOAL}


@dataclass
class SeedRow:
    code: str
    kind: ItemKind
    text: str
    marks: list[str]


def norm(text: str) -> str:
    """Compare texts regardless of whitespace: NFC, runs of blanks as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _seed_text() -> str:
    return SEED_000.read_text(encoding="utf-8")


def parse_seed(raw: str) -> tuple[list[SeedRow], dict[str, str]]:
    """The rows and footnotes of the messy table of seed 000.

    Cells are tab-separated; the first cell is the row text. `<p>` tags are dropped, `--`
    separator rows skipped, a line starting with "/" continues the previous row (the broken
    row of 3.4.3), wrapping parentheses of goal texts and footnote superscripts are removed.
    """
    rows: list[SeedRow] = []
    footnotes: dict[str, str] = {}
    for line in raw.splitlines():
        cell = re.sub(r"</?p>", " ", line).split("\t")[0].strip()
        if not cell or set(cell) <= {"-"}:
            continue
        if cell[0] in SUPERSCRIPTS:
            footnotes[SUPERSCRIPTS[cell[0]]] = cell[1:].strip()
            continue
        if cell.startswith("/") and rows:
            rows[-1].text += cell
            continue
        match = _ROW.match(cell)
        if match is None:
            continue  # the title and the header row
        rows.append(SeedRow(match["code"], _KINDS[match["label"].casefold()], match["text"], []))
    for row in rows:
        text = row.text.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1].strip()
        for sup, mark in SUPERSCRIPTS.items():
            if sup in text:
                row.marks.append(mark)
                text = text.replace(sup, "")
        row.text = norm(text)
    return rows, footnotes


@pytest.fixture
def plan() -> PlanData:
    return balikesir_plan()


@pytest.fixture
def items(plan: PlanData) -> dict[str, ItemData]:
    return {item.code: item for item in plan.items}


# ---------------------------------------------------------------- the plan against the seed
def test_every_code_of_the_seed_is_in_the_plan(items: dict[str, ItemData]) -> None:
    raw = _seed_text()
    seed_codes = set(re.findall(r"(?:Faal\.|hedef)\s+(\d+(?:\.\d+)*)", raw, re.IGNORECASE))
    assert seed_codes >= {
        "2",
        "2.1",
        "2.1.4",
        "2.3",
        "2.3.1",
        "3",
        "3.4",
        "3.4.3",
        "3.4.4",
        "4",
        "4.1",
        "4.1.2",
    }
    assert seed_codes == set(items)


def test_every_row_has_its_complete_seed_text_kind_and_marks(items: dict[str, ItemData]) -> None:
    rows, _ = parse_seed(_seed_text())
    assert len(rows) == len(items) == 12
    for row in rows:
        item = items[row.code]
        assert item.kind is row.kind, row.code
        assert norm(item.description) == row.text, row.code
        assert item.footnote_marks == row.marks, row.code
    assert items["3.4.3"].description.startswith(
        "Konukevlerinde/sığınmaevlerinde/alternatif barınma yerlerinde kalan kadınların"
    )
    assert items["4.1"].footnote_marks == ["2"] and items["3.4.4"].footnote_marks == ["1"]


def test_texts_carry_no_markup_superscripts_or_wrapping_parentheses(plan: PlanData) -> None:
    for item in plan.items:
        assert "<" not in item.description and ">" not in item.description
        assert not set(item.description) & set(SUPERSCRIPTS), item.code
        assert not item.description.startswith("("), item.code
        assert item.description == item.description.strip()


def test_both_footnotes_with_their_complete_text(plan: PlanData) -> None:
    _, seed_notes = parse_seed(_seed_text())
    notes = {f.mark: f.text for f in plan.footnotes}
    assert set(notes) == {"1", "2"} == set(seed_notes)
    for mark, text in seed_notes.items():
        assert norm(notes[mark]) == norm(text)
    used = {m for item in plan.items for m in item.footnote_marks}
    assert used == set(notes)


def test_plan_header(plan: PlanData) -> None:
    assert plan.title == (
        "Kadına Yönelik Şiddetle Mücadele İl Eylem Planı 2021 İş Planı Zaman Tablosu"
    )
    assert _seed_text().strip().splitlines()[0] == plan.title
    assert (plan.year, plan.scheme, plan.language) == (2021, Scheme.FOUR_MONTH, "tr")
    assert plan.issuer == "Balıkesir Valiliği"


def test_tree_every_activity_under_its_subgoal(plan: PlanData) -> None:
    tree = assign_parents(list(plan.items))
    kinds = {item.code: item.kind for item in tree}
    for item in tree:
        if item.kind is ItemKind.GOAL:
            assert item.parent_code is None
        else:
            assert item.parent_code is not None
            assert item.parent_code == parent_code(item.code), item.code
            expected = ItemKind.SUBGOAL if item.kind is ItemKind.ACTIVITY else ItemKind.GOAL
            assert kinds[item.parent_code] is expected
    assert Counter(kinds.values()) == {ItemKind.GOAL: 3, ItemKind.SUBGOAL: 4, ItemKind.ACTIVITY: 5}


def test_activities_are_filled_in_believably(items: dict[str, ItemData]) -> None:
    activities = [i for i in items.values() if i.kind is ItemKind.ACTIVITY]
    for item in activities:
        assert item.responsible and item.partners, item.code
        assert item.planned, item.code
        keys = [p.period_key for p in item.planned]
        assert keys == sorted(set(keys)) and set(keys) <= set(PERIOD_KEYS), item.code
        assert all(p.planned_text.strip() for p in item.planned), item.code
        assert item.not_planned_reason == ""  # every activity is carried out in 2021
    for item in items.values():
        if item.kind is not ItemKind.ACTIVITY:
            assert not item.planned and not item.responsible
    # the seed's one filled date cell is kept as it is
    assert {p.period_key: p.planned_text for p in items["3.4.3"].planned}["2021-T1"] == "1"
    target = items["2.1.4"]
    assert (target.target_text, target.target_value, target.target_unit) == (
        "yılda en az 100 katılımcı",
        100.0,
        "katılımcı",
    )
    assert target.target_text in target.description.replace("katılımcıya", "katılımcı")


def _all_texts() -> list[str]:
    texts = [*DEMO_INSTITUTION.values(), *DEMO_PARENT.values()]
    plan = balikesir_plan()
    texts += [plan.title, plan.issuer, *(f.text for f in plan.footnotes)]
    for item in plan.items:
        texts += [
            item.description,
            item.responsible,
            item.partners,
            item.target_text,
            item.target_unit,
            item.notes,
            *(p.planned_text for p in item.planned),
        ]
    for demo in demo_progress():
        texts += [demo.mark.reason, demo.mark.note]
    for event in demo_events():
        texts += [v for v in astuple(event) if isinstance(v, str)]
    return texts


def test_turkish_letters_intact_and_nfc() -> None:
    texts = _all_texts()
    for text in texts:
        assert unicodedata.is_normalized("NFC", text), text
        assert "\ufffd" not in text and "Ä" not in text and "Ã" not in text, text
        assert "\t" not in text and "\n" not in text and text == text.strip(), text
    joined = " ".join(texts)
    for letter in "çğıİöşüÇÖŞÜ":
        assert letter in joined, letter
    assert DEMO_INSTITUTION["name"] == "Balıkesir İl Milli Eğitim Müdürlüğü"


def test_institutions() -> None:
    keys = {"code", "name", "kind", "language", "head_name", "head_title", "email"}
    assert set(DEMO_INSTITUTION) == keys == set(DEMO_PARENT)
    assert DEMO_INSTITUTION["code"] == "MEB-10" and DEMO_INSTITUTION["kind"] == "directorate"
    assert DEMO_INSTITUTION["head_title"] == "İl Milli Eğitim Müdürü"
    assert DEMO_PARENT["code"] == "BLK-VALILIK" and DEMO_PARENT["code"] != DEMO_INSTITUTION["code"]
    for info in (DEMO_INSTITUTION, DEMO_PARENT):
        assert info["language"] == "tr" and all(info.values())
        assert re.fullmatch(r"[^@\s]+@example\.(org|gov)\.tr", info["email"]), info["email"]


# ---------------------------------------------------------------- progress
def test_progress_covers_every_activity_and_period_once(items: dict[str, ItemData]) -> None:
    marks = demo_progress()
    activities = {c for c, i in items.items() if i.kind is ItemKind.ACTIVITY}
    pairs = [(m.code, m.period_key) for m in marks]
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == {(c, k) for c in activities for k in PERIOD_KEYS}
    assert all(isinstance(m.mark.status, Status) for m in marks)
    counts = Counter(m.mark.status for m in marks)
    assert counts[Status.NOT_DONE] == 1
    assert counts[Status.DONE] >= 3 and counts[Status.IN_PROGRESS] >= 2
    assert counts[Status.PLANNED] >= 1 and counts[Status.NOT_APPLICABLE] >= 1


def test_exactly_one_not_done_with_a_reason() -> None:
    (not_done,) = [m for m in demo_progress() if m.mark.status is Status.NOT_DONE]
    assert "COVID-19" in not_done.mark.reason
    assert all(not m.mark.reason for m in demo_progress() if m != not_done)


def test_not_applicable_exactly_where_the_activity_is_not_planned(
    items: dict[str, ItemData],
) -> None:
    for demo in demo_progress():
        planned = {p.period_key for p in items[demo.code].planned}
        assert (demo.mark.status is Status.NOT_APPLICABLE) == (demo.period_key not in planned), demo


def test_progress_dates_fall_inside_their_periods() -> None:
    dated = 0
    for demo in demo_progress():
        if demo.mark.status is Status.DONE:
            assert demo.mark.done_on is not None, demo
        if demo.mark.done_on is None:
            continue
        assert demo.mark.status in (Status.DONE, Status.IN_PROGRESS), demo
        assert period_for_key(demo.period_key).contains(demo.mark.done_on), demo
        dated += 1
    assert dated >= 5
    first = next(m for m in demo_progress() if (m.code, m.period_key) == ("2.1.4", "2021-T1"))
    assert (first.mark.done_on, first.mark.participants) == (date(2021, 3, 24), 112)


def test_progress_figures_agree_with_the_events(items: dict[str, ItemData]) -> None:
    totals: Counter[tuple[str, str]] = Counter()
    for event in demo_events():
        key = next(k for k in PERIOD_KEYS if period_for_key(k).contains(event.held_on))
        totals[(event.item_code, key)] += event.participants
    for demo in demo_progress():
        if demo.mark.participants is not None:
            assert demo.mark.participants == totals[(demo.code, demo.period_key)], demo
        if demo.mark.achieved is not None:
            assert items[demo.code].target_unit, demo
    marks = {(m.code, m.period_key) for m in demo_progress() if m.mark.participants is not None}
    for pair, total in totals.items():
        if pair[0] in ("2.1.4", "2.3.1", "4.1.2"):
            assert pair in marks and total > 0, pair


def test_demo_progress_is_a_small_frozen_record() -> None:
    assert [f.name for f in fields(DemoProgress)] == ["code", "period_key", "mark"]
    demo = demo_progress()[0]
    assert isinstance(demo.mark, Mark)
    with pytest.raises(AttributeError):
        demo.mark.note = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        demo.code = "x"  # type: ignore[misc]


# ---------------------------------------------------------------- events
def test_events_are_believable_and_valid(items: dict[str, ItemData]) -> None:
    events = demo_events()
    assert 12 <= len(events) <= 20
    kinds = {k.value for k in EventKind}
    for event in events:
        assert isinstance(event, EventData)
        assert event.breakdown_problem() is None, event.title
        assert event.held_on.year == 2021
        assert event.end_on is None or event.held_on <= event.end_on <= date(2021, 12, 31)
        assert event.kind in kinds, event.kind
        assert items[event.item_code].kind is ItemKind.ACTIVITY, event.item_code
        assert event.title and event.venue and event.organiser and event.description
        assert event.participants > 0
        has_sex = event.women is not None or event.men is not None
        has_groups = any(
            v is not None for v in (event.pupils, event.teachers, event.parents, event.staff)
        )
        assert has_sex or has_groups, event.title
        if event.materials_count is not None:
            assert event.materials
    assert len({e.kind for e in events}) >= 6
    assert len({e.item_code for e in events}) >= 4


def test_events_modelled_on_the_seeds() -> None:
    events = demo_events()
    by_kind: dict[str, list[EventData]] = {}
    for event in events:
        by_kind.setdefault(event.kind, []).append(event)
    (flash,) = by_kind[EventKind.FLASH_MOB]
    assert flash.held_on == date(2021, 11, 25) and (flash.pupils or 0) >= 300
    digital = [e for e in events if "Dijital" in e.title]
    assert len(digital) == 1
    assert (digital[0].held_on, digital[0].end_on) == (date(2021, 12, 1), date(2021, 12, 2))
    assert "Başsavcılığı" in digital[0].partners and "bilişim" in digital[0].partners
    assert any("Çocuk Şube Müdürlüğü" in e.partners for e in by_kind[EventKind.ROUND_TABLE])
    assert any("Zabıta" in e.partners and e.project for e in events)
    assert any(e.materials_count for e in events)
    districts = {"Karesi", "Altıeylül", "Bandırma", "Edremit", "Ayvalık", "Gönen"}
    assert districts <= {e.venue.split(" — ")[0] for e in events}


# ---------------------------------------------------------------- into a database
def test_the_plan_stores_in_a_fresh_database(db: Database) -> None:
    with db.unit() as s:
        plan = store_plan(s, balikesir_plan())
        plan_id = plan.id
    with db.unit() as s:
        rows = {row.code: row for row in load_tree(s, plan_id)}
    assert set(rows) == {item.code for item in balikesir_plan().items}
    by_id = {row.id: row for row in rows.values()}
    for row in rows.values():
        if row.kind == ItemKind.ACTIVITY.value:
            assert row.parent_id is not None
            assert by_id[row.parent_id].code == parent_code(row.code)
            assert by_id[row.parent_id].kind == ItemKind.SUBGOAL.value
    assert rows["3.4.3"].planned["2021-T1"] == "1"
    assert rows["4.1"].footnote_marks == ["2"]


def test_progress_and_events_are_accepted_by_the_services(db: Database) -> None:
    with db.unit() as s:
        plan = store_plan(s, balikesir_plan())
        for demo in demo_progress():
            set_progress(s, plan, ProgressInput.of(demo.code, demo.period_key, demo.mark))
        for event in demo_events():
            add_event(s, plan, event)


def test_the_seed_parser_sees_the_messy_rows() -> None:
    rows, notes = parse_seed(_seed_text())
    joined = {r.code: r.text for r in rows}["3.4.3"]
    assert "sığınmaevlerinde/alternatif" in joined and "<p>" not in joined
    assert set(notes) == {"1", "2"}

from app.domain.codes import natural_key, normalize_code, parent_code
from app.domain.plan import ItemData, ItemKind, assign_parents


def test_codes_sort_naturally_and_stay_text() -> None:
    codes = ["2.1.10", "2.1.9", "2.1.4", "10", "2", "2.10", "2.2"]
    assert sorted(codes, key=natural_key) == ["2", "2.1.4", "2.1.9", "2.1.10", "2.2", "2.10", "10"]


def test_roman_sections_sort_by_value_before_numbers() -> None:
    assert sorted(["II", "1", "IV", "I", "X"], key=natural_key) == ["I", "II", "IV", "X", "1"]


def test_normalize_strips_trailing_punctuation_only() -> None:
    assert normalize_code(" 2.1.4. ") == "2.1.4"
    assert normalize_code("2.1.10") == "2.1.10"
    assert parent_code("2.1.10") == "2.1"
    assert parent_code("2") is None


def _item(code: str, kind: ItemKind) -> ItemData:
    return ItemData(code=code, kind=kind, description=f"text {code}")


def test_assign_parents_by_code_and_by_rank() -> None:
    items = assign_parents(
        [
            _item("2", ItemKind.GOAL),
            _item("2.1", ItemKind.SUBGOAL),
            _item("2.1.4", ItemKind.ACTIVITY),
            _item("2.3", ItemKind.SUBGOAL),
            _item("2.3.1", ItemKind.ACTIVITY),
            _item("I", ItemKind.GOAL),
            _item("1", ItemKind.ACTIVITY),
            _item("2b", ItemKind.ACTIVITY),
        ]
    )
    parents = {i.code: i.parent_code for i in items}
    assert parents == {
        "2": None,
        "2.1": "2",
        "2.1.4": "2.1",
        "2.3": "2",
        "2.3.1": "2.3",
        "I": None,
        "1": "I",
        "2b": "I",
    }

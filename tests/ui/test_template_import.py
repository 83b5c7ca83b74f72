"""Import plan… of a template from the directorate above: the first one from a new signer
asks the clerk to trust its certificate, shown by its fingerprint; a forged one is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import run
from app.services.institutions import InstitutionProfile, set_self
from app.ui.pages.plan import PlanPage
from app.ui.plan.template_import import grouped
from app.ui.workspace import Workspace, open_workspace
from tests.ui.test_plan_editing import make_page

PW = "template test password"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A directorate's signed template, and the fingerprint of its signer."""
    tmp = tmp_path_factory.mktemp("directorate")
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANDESK_KEY_PASSWORD", PW)
    try:
        d = tmp / "d.sqlite"
        assert run(["--db", str(d), "demo"]) == 0
        assert run(["--db", str(d), "identity", "create"]) == 0
        assert run(["--db", str(d), "template", "export", "--out", str(tmp / "t.json")]) == 0
    finally:
        mp.undo()
    from app.db.migrate import open_database
    from app.services.identity import active

    db = open_database(d)
    with db.unit() as session:
        fingerprint = active(session).cert_sha256
    db.dispose()
    return tmp / "t.json", fingerprint


@pytest.fixture
def school(tmp_path: Path) -> Iterator[Workspace]:
    from app.db.migrate import open_database

    path = tmp_path / "school.sqlite"
    db = open_database(path)
    with db.unit() as session:
        set_self(session, InstitutionProfile(code="OKUL-1", name="Karesi Anadolu Lisesi",
                                             kind="school", language="tr"))  # fmt: skip
    db.dispose()
    ws = open_workspace(path)
    yield ws
    ws.close()


def _page(school: Workspace, qtbot, template: Path, answer: bool) -> PlanPage:  # type: ignore[no-untyped-def]
    page = make_page(school, qtbot)
    page.choose_file = lambda: template
    page.trust_asked = []  # type: ignore[attr-defined]
    page.ask_trust = lambda text, details: page.trust_asked.append((text, details)) or answer  # type: ignore[attr-defined]
    return page


def test_first_template_asks_to_trust_its_signer_by_fingerprint(
    school: Workspace, qtbot, template: tuple[Path, str]
) -> None:  # type: ignore[no-untyped-def]
    path, fingerprint = template
    page = _page(school, qtbot, path, answer=True)
    with qtbot.waitSignal(page.data_changed):
        page.plan_actions.import_plan.trigger()
    [(text, details)] = page.trust_asked  # type: ignore[attr-defined]
    assert "MEB-10" in text and grouped(fingerprint) in details
    assert school.plan is not None and "2.1.4" in page.visible_codes()
    assert "was imported" in page.told[-1]  # type: ignore[attr-defined]
    # the signer is trusted now: the same template again asks nothing
    page.trust_asked.clear()  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.data_changed):
        page.plan_actions.import_plan.trigger()
    assert page.trust_asked == []  # type: ignore[attr-defined]


def test_a_template_not_trusted_is_not_imported(
    school: Workspace, qtbot, template: tuple[Path, str]
) -> None:  # type: ignore[no-untyped-def]
    page = _page(school, qtbot, template[0], answer=False)
    page.plan_actions.import_plan.trigger()
    qtbot.wait(50)
    assert len(page.trust_asked) == 1  # type: ignore[attr-defined]
    assert school.plan is None


def test_a_changed_template_is_refused_with_its_reason(
    school: Workspace, qtbot, template: tuple[Path, str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    forged = tmp_path / "forged.json"
    forged.write_text(
        template[0].read_text(encoding="utf-8").replace("Balıkesir", "Balikesir", 1),
        encoding="utf-8",
    )
    page = _page(school, qtbot, forged, answer=True)
    page.plan_actions.import_plan.trigger()
    qtbot.wait(50)
    assert page.trust_asked == []  # type: ignore[attr-defined]
    assert "was not imported" in page.told[-1] and school.plan is None  # type: ignore[attr-defined]
    assert grouped("ab" * 32).count("\n") == 1 and grouped("ab" * 32).startswith("AB:AB")

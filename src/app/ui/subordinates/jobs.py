"""The Subordinates page's longer work, run off the GUI thread by
:class:`~app.ui.returns.tasks.Task`: a list taken in, an identity issued, a refused return
taken in again. Each opens its own unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.subordinates import SubordinateInput
    from app.ui.returns.tasks import Task


@dataclass
class ListImported:
    path: Path
    before: dict[str, SubordinateInput]
    after: dict[str, SubordinateInput]


def import_list(task: Task, db: Any, path: Path) -> ListImported:
    """The list in one unit of work: all rows or none (Cancel before the end: none)."""
    from app.services.registry import registry_snapshot
    from app.services.subordinates import import_list as import_rows

    with db.unit(f"subordinate import {path.name}") as session:
        before = registry_snapshot(session)
        task.check()
        codes = import_rows(session, path)
        task.check()
        now = registry_snapshot(session)
    return ListImported(path, before, {code: now[code] for code in codes if code in now})


def issue_identity(task: Task, db: Any, code: str, own: str, new: str, out: Path) -> Path:
    from app.services.subordinates import issue_identity as issue

    task.check()
    with db.unit(f"identity issued to {code}") as session:
        return issue(session, code, own, new, out)


def take_in_again(task: Task, db: Any, return_id: int) -> list[Any]:
    """The refused file kept here goes through the intake again (its signer now trusted)."""
    from app.scratch import scratch_dir
    from app.services.identity import safe_file_part
    from app.services.intake import import_returns
    from app.services.registry import forget_refusal

    task.check()
    with db.unit("return taken in again") as session:
        name, data = forget_refusal(session, return_id)
    # the intake stores the file again: taken in now, or refused with today's reason
    with scratch_dir("again") as tmp:
        path = tmp / safe_file_part(name)
        path.write_bytes(data)
        return import_returns(db, [path], workers=1)

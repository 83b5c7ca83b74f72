"""Behaviour unchanged (issue 11): the return the demo makes, every period in every language,
is the same JSON, byte for byte, as before the period's read model was introduced.

The hashes in data/payload_golden.json were taken from the payload builder that read the
database row by row (commit 0461c28); the only parts set here are the moment of writing and
the app's version, which differ from run to run by design. A change to what a return says must
change this file on purpose (``PLANDESK_GOLDEN_WRITE=1`` rewrites it), never by accident.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from app.db.session import Database
from app.exports.labels import LANGUAGES
from app.services.plans import require_current_plan
from app.services.return_payload import build_payload, canonical_bytes

GOLDEN = Path(__file__).parent / "data" / "payload_golden.json"
WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def _hashes(demo: Database) -> dict[str, str]:
    found = {}
    with demo.unit() as s:
        plan = require_current_plan(s)
        for period in sorted(plan.periods, key=lambda p: p.key):
            for lang in LANGUAGES:
                payload = build_payload(s, plan, period.key, language=lang, generated_at=WHEN)
                payload["app_version"] = ""
                found[f"{period.key}/{lang}"] = hashlib.sha256(canonical_bytes(payload)).hexdigest()
    return found


def test_the_demo_return_is_the_same_json_in_every_period_and_language(demo: Database) -> None:
    found = _hashes(demo)
    if os.environ.get("PLANDESK_GOLDEN_WRITE"):
        GOLDEN.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert len(expected) == 18  # 3 periods x 6 languages
    changed = sorted(key for key in expected if found.get(key) != expected[key])
    assert changed == [], f"the return's content changed for {changed}"

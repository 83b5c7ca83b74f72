#!/usr/bin/env bash
# Refresh requirements-lock.txt after a change to pyproject.toml's dependencies (or to take
# newer releases), then run the whole suite against what it now pins.
#
#   bash scripts/refresh_lock.sh             # keep every pin that still fits pyproject.toml
#   bash scripts/refresh_lock.sh --upgrade   # the newest releases pyproject.toml allows
#
# The lock is made by the uv that the lock itself pins (installed in .venv); the first run on a
# machine without .venv installs the current lock first. Commit the lock with the change.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
VENV="$REPO/.venv"
if [[ ! -x "$VENV/bin/uv" ]]; then
    # The old lock may not match pyproject.toml any more: install its uv without the check.
    python3 -m venv "$VENV" 2>/dev/null || true
    uv_pin="$(grep -E '^uv==' requirements-lock.txt | sed 's/ .*//' || true)"
    "$VENV/bin/python" -m pip install -q "${uv_pin:-uv}"
fi
"$VENV/bin/python" scripts/lock.py write "$@"
exec bash scripts/test.sh

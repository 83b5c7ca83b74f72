#!/usr/bin/env bash
# Create .venv (Python 3.11 or newer) and install exactly requirements-lock.txt into it, then
# PlanDesk itself (editable, no further downloads). Used by test.sh, start_demo.sh and
# build_bundle.sh, so every one of them installs the very same versions.
#
#   PYTHON=python3.12   the interpreter that creates .venv (default: python3)
#
# Fails with one clear line when Python is too old, when pyproject.toml's dependencies changed
# without a refreshed lock, or when pip cannot install the lock (its log is in build/logs/).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
PYTHON="${PYTHON:-python3}"
LOGDIR="$REPO/build/logs"
LOCK="$REPO/requirements-lock.txt"
mkdir -p "$LOGDIR"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore PIP_NO_INPUT=1

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "install: '$PYTHON' not found; PlanDesk needs Python 3.11 or newer (set PYTHON=...)" >&2
    exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "install: $("$PYTHON" --version 2>&1) is too old; PlanDesk needs Python 3.11 or newer" \
        "(set PYTHON=python3.11 or newer)" >&2
    exit 1
fi
# The lock must follow pyproject.toml (standard library only: runs before the venv exists).
"$PYTHON" "$REPO/scripts/lock.py" check

if [[ -x "$VENV/bin/python" ]] && ! "$VENV/bin/python" -c \
    'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo ".venv is broken or older than Python 3.11: recreating it"
    rm -rf "$VENV"
fi
if [[ ! -x "$VENV/bin/python" ]]; then
    echo "creating .venv with $("$PYTHON" --version 2>&1)"
    "$PYTHON" -m venv "$VENV"
fi

# Install again only when the lock changed (or the package is no longer importable).
stamp="$VENV/.plandesk-lock"
want="$(sha256sum "$LOCK" | cut -d' ' -f1) $REPO"
if [[ "$(cat "$stamp" 2>/dev/null)" == "$want" ]] \
    && "$VENV/bin/python" -c 'import app' 2>/dev/null; then
    echo "dependencies up to date (requirements-lock.txt unchanged)"
    exit 0
fi
echo "pip install --require-hashes -r requirements-lock.txt (log: build/logs/pip.log)"
if ! "$VENV/bin/python" -m pip install --require-hashes -r "$LOCK" >"$LOGDIR/pip.log" 2>&1 \
    || ! "$VENV/bin/python" -m pip install --no-deps --no-build-isolation -e "$REPO" \
        >>"$LOGDIR/pip.log" 2>&1; then
    grep -v "is ignored: it is neither" "$LOGDIR/pip.log" | tail -n 25 >&2
    echo "install: pip install failed (full log: build/logs/pip.log)" >&2
    exit 1
fi
# Anything installed earlier that the lock no longer names goes, so the venv is the lock.
extra="$("$VENV/bin/python" "$REPO/scripts/lock.py" extras)"
if [[ -n "$extra" ]]; then
    echo "removing packages the lock does not name: $extra"
    # shellcheck disable=SC2086
    "$VENV/bin/python" -m pip uninstall -y $extra >>"$LOGDIR/pip.log" 2>&1
fi
echo "$want" >"$stamp"

#!/usr/bin/env bash
# Install PlanDesk into .venv and start it on a demo database (<repo>/.demo/plandesk.sqlite).
#
#   bash scripts/start_demo.sh                          # the window (needs a desktop)
#   bash scripts/start_demo.sh --screenshot plan.png    # headless: render to PNG and exit
#   bash scripts/start_demo.sh --screenshot p.png --page progress --language tr
#
# Extra arguments are passed to `plandesk`. Delete .demo/ to start again from a fresh demo.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
PYTHON="${PYTHON:-python3}"
DB="$REPO/.demo/plandesk.sqlite"
LOGDIR="$REPO/build/logs"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore PIP_NO_INPUT=1

# Qt's libraries (root on Debian/Ubuntu installs them; otherwise it says what is missing).
# LibreOffice is only needed by tests.
PLANDESK_SKIP_LIBREOFFICE=1 bash "$REPO/scripts/install_system_deps.sh"

if [[ ! -x "$VENV/bin/python" ]]; then
    if ! command -v "$PYTHON" >/dev/null 2>&1 \
        || ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "start_demo.sh: PlanDesk needs Python 3.11 or newer as '$PYTHON' (set PYTHON=...)" >&2
        exit 1
    fi
    echo "creating .venv with $("$PYTHON" --version 2>&1)"
    "$PYTHON" -m venv "$VENV"
fi
# Install (again) only when pyproject.toml changed since the last install by this script or by
# scripts/test.sh, or when the package is not importable.
hash="$(sha256sum "$REPO/pyproject.toml" | cut -d' ' -f1) $REPO"
if [[ "$(cat "$VENV/.plandesk-installed" 2>/dev/null)" != "$hash" \
    && "$(cat "$VENV/.plandesk-dev-installed" 2>/dev/null)" != "$hash" ]] \
    || [[ ! -x "$VENV/bin/plandesk" ]] || ! "$VENV/bin/python" -c 'import app' 2>/dev/null; then
    mkdir -p "$LOGDIR"
    echo "installing PlanDesk into .venv (log: build/logs/pip-demo.log)"
    if ! "$VENV/bin/python" -m pip install -e "$REPO" >"$LOGDIR/pip-demo.log" 2>&1; then
        tail -n 25 "$LOGDIR/pip-demo.log" >&2
        echo "start_demo.sh: pip install failed (full log: build/logs/pip-demo.log)" >&2
        exit 1
    fi
    echo "$hash" >"$VENV/.plandesk-installed"
fi

if [[ ! -e "$DB" ]]; then
    echo "creating the demo database $DB"
    mkdir -p "$(dirname "$DB")"
    echo "*" >"$(dirname "$DB")/.gitignore" # keep the demo out of git
    if ! "$VENV/bin/plandesk" --db "$DB" demo; then
        rm -f "$DB" "$DB-wal" "$DB-shm"
        echo "start_demo.sh: 'plandesk demo' failed" >&2
        exit 1
    fi
fi

# No desktop (a server, SSH, CI): render headless when asked for a screenshot, otherwise say
# how instead of letting Qt abort on the missing display.
if [[ "$(uname -s)" == Linux && -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]]; then
    if [[ " $* " == *" --screenshot"* ]]; then
        export QT_QPA_PLATFORM=offscreen
    elif [[ " $* " != *" --version "* && " $* " != *" --help "* && " $* " != *" -h "* ]]; then
        echo "start_demo.sh: no desktop here (DISPLAY is not set). The demo database is ready;" \
            "to render the window headless run: bash scripts/start_demo.sh --screenshot out.png" >&2
        exit 1
    fi
fi
echo "starting: plandesk --db $DB $*"
exec "$VENV/bin/plandesk" --db "$DB" "$@"

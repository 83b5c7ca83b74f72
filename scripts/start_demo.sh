#!/usr/bin/env bash
# Install PlanDesk into .venv (exactly requirements-lock.txt) and start it on a demo database (<repo>/.demo/plandesk.sqlite).
#
#   bash scripts/start_demo.sh                          # the window (needs a desktop)
#   bash scripts/start_demo.sh --screenshot plan.png    # headless: render to PNG and exit
#   bash scripts/start_demo.sh --screenshot p.png --page progress --language tr
#
# Extra arguments are passed to `plandesk`. Delete .demo/ to start again from a fresh demo.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
DB="$REPO/.demo/plandesk.sqlite"

# Qt's libraries (root on Debian/Ubuntu installs them; otherwise it says what is missing).
# LibreOffice is only needed by tests.
PLANDESK_SKIP_LIBREOFFICE=1 bash "$REPO/scripts/install_system_deps.sh"

# .venv with exactly requirements-lock.txt (the same versions as the tests), PlanDesk editable.
bash "$REPO/scripts/install_venv.sh"

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

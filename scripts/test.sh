#!/usr/bin/env bash
# Install everything and run every quality gate: the one command for developers and for CI.
#
#   bash scripts/test.sh                  # everything
#   bash scripts/test.sh tests/domain -x  # extra arguments go to pytest
#
#   PLANDESK_SKIP_BUNDLE=1     skip the PyInstaller bundle smoke build (ignored when CI=true)
#   PLANDESK_SKIP_LIBREOFFICE=1  do not install LibreOffice (its compatibility tests skip)
#   PYTHON=python3.12          the interpreter that creates .venv (default: python3)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
VENV="$REPO/.venv"
LOGDIR="$REPO/build/logs"
mkdir -p "$LOGDIR"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore PIP_NO_INPUT=1

T0=$(date +%s)
TIMINGS=()
CURRENT=""
PHASE_T0=$T0

heading() { # heading TITLE [SHORT-NAME for the timings]
    finish_phase
    CURRENT="${2:-$1}"
    PHASE_T0=$(date +%s)
    printf '\n==> %s\n' "$1"
}
finish_phase() {
    if [[ -n "$CURRENT" ]]; then
        TIMINGS+=("$CURRENT $(($(date +%s) - PHASE_T0))s")
        CURRENT=""
    fi
}
join() { # join ITEMS... with ", "
    local out="" item
    for item in "$@"; do out+="${out:+, }$item"; done
    echo "${out:-none}"
}
on_exit() {
    local rc=$?
    if ((rc != 0)); then
        local where="${CURRENT:-setup}"
        finish_phase
        echo
        echo "test.sh: FAILED in '$where' (exit $rc) after $(($(date +%s) - T0))s —" \
            "phases: $(join "${TIMINGS[@]}")" >&2
    fi
}
trap on_exit EXIT

# --- system packages -------------------------------------------------------------------------
heading "system packages" "system deps"
bash "$REPO/scripts/install_system_deps.sh"

# --- virtual environment ---------------------------------------------------------------------
heading "virtual environment (requirements-lock.txt)" "venv"
bash "$REPO/scripts/install_venv.sh"
"$VENV/bin/python" -c 'import app, sys; print(f"PlanDesk {app.__version__} on Python", sys.version.split()[0])'

# --- the quality gates -----------------------------------------------------------------------
# Each gate runs even when an earlier one failed, so one run shows every problem; the script
# fails at the end if any did.
FAILED=()
gate() { # gate NAME CMD... (heading already printed)
    local rc=0
    "${@:2}" || rc=$?
    if ((rc != 0)); then
        echo "--> $1 FAILED (exit $rc)" >&2
        FAILED+=("$1")
    fi
}

heading "ruff check ." "ruff check"
gate "ruff check" "$VENV/bin/ruff" check .
heading "ruff format --check ." "ruff format"
gate "ruff format" "$VENV/bin/ruff" format --check .

heading "mypy (strict: app.domain, app.db, app.services, app.exports, app.cli)" "mypy"
gate "mypy" "$VENV/bin/mypy"

heading "pytest${*:+ $*}" "pytest"
run_pytest() {
    local rc=0
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@" || rc=$?
    if ((rc == 5)); then
        echo "test.sh: pytest collected no tests — that is a failure, not a pass" >&2
    fi
    return "$rc"
}
gate "pytest" run_pytest "$@"

if [[ "${PLANDESK_SKIP_BUNDLE:-0}" == 1 && "${CI:-}" != true ]]; then
    heading "bundle (skipped: PLANDESK_SKIP_BUNDLE=1)" "bundle skipped"
else
    heading "bundle smoke build" "bundle"
    gate "bundle" bash "$REPO/scripts/build_bundle.sh"
fi

finish_phase
phases="$(join "${TIMINGS[@]}")"
total=$(($(date +%s) - T0))
echo
if ((${#FAILED[@]})); then
    trap - EXIT
    echo "test.sh: FAILED: $(join "${FAILED[@]}") — ${total}s (${phases})" >&2
    exit 1
fi
echo "test.sh: all gates passed in ${total}s (${phases})"

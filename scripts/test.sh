#!/usr/bin/env bash
# Install everything and run every quality gate: the one command for developers and for CI.
#
#   bash scripts/test.sh                  # everything
#   bash scripts/test.sh tests/domain -x  # extra arguments go to pytest
#
#   PLANDESK_SKIP_BUNDLE=1     skip the PyInstaller bundle smoke build (ignored when CI=true)
#   PLANDESK_SKIP_LIBREOFFICE=1  do not install LibreOffice (its compatibility tests skip)
#   PLANDESK_SKIP_POSTGRESQL=1 skip the PostgreSQL pass (ignored when CI=true)
#   PYTHON=python3.12          the interpreter that creates .venv (default: python3)
#
# After the whole suite (on SQLite), the service, database and command-line tests run again
# on PostgreSQL: a private server (initdb in a temporary folder, a free port on 127.0.0.1, as
# an unprivileged user: the server refuses root) started here and stopped at the end.
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
    if declare -F pg_stop >/dev/null; then pg_stop; fi
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

heading "mypy (strict: every package and module of app)" "mypy"
gate "mypy" "$VENV/bin/mypy"

heading "vulture (dead code; what only looks dead: vulture_allowlist.py)" "vulture"
gate "vulture" "$VENV/bin/vulture" src/app vulture_allowlist.py --min-confidence 60 \
    --exclude src/app/ui/generated

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

# --- the same services on PostgreSQL ---------------------------------------------------------
PG_DIR=""
PG_USER=""
as_pg() { # as_pg CMD...: the server's user runs it (the server refuses to run as root)
    if [[ -n "$PG_USER" ]]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}
pg_stop() {
    if [[ -n "${PG_DIR:-}" && -d "$PG_DIR" ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        cp "$PG_DIR/server.log" "$LOGDIR/postgresql-test-server.log" 2>/dev/null || true
        rm -rf "$PG_DIR"
        PG_DIR=""
    fi
}
pg_start() { # a private cluster; sets PLANDESK_TEST_PG_URL
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
        PG_BIN="$(dirname "$(command -v initdb || command -v pg_ctl || echo /nonexistent/x)")"
    fi
    if [[ ! -x "$PG_BIN/initdb" ]]; then
        echo "test.sh: the PostgreSQL server is not installed (Debian/Ubuntu: apt-get install postgresql)" >&2
        return 1
    fi
    PG_DIR="$(mktemp -d -t plandesk-pg.XXXXXX)"
    if [[ "$(id -u)" == 0 ]]; then
        PG_USER=pdtest
        id -u "$PG_USER" >/dev/null 2>&1 \
            || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
        chown "$PG_USER" "$PG_DIR"
    fi
    chmod 700 "$PG_DIR"
    local port
    port="$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    (cd "$PG_DIR" && as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U pd -A trust -E UTF8 \
        --locale=C.UTF-8) >"$LOGDIR/postgresql-initdb.log" 2>&1 \
        || { echo "test.sh: initdb failed (see $LOGDIR/postgresql-initdb.log)" >&2; return 1; }
    # clerks with a password (the password tests): members of this group must give one
    local hba="$PG_DIR/data/pg_hba.conf"
    { echo "host all +pdt_password_clerks 127.0.0.1/32 scram-sha-256"; cat "$hba"; } >"$hba.new"
    cat "$hba.new" >"$hba" && rm -f "$hba.new"
    # a throw-away server: no fsync (the data lives as long as the test run)
    (cd "$PG_DIR" && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
        -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
        start) >"$LOGDIR/postgresql-start.log" 2>&1 \
        || { echo "test.sh: the test server did not start (see $LOGDIR/postgresql-start.log)" >&2; cat "$PG_DIR/server.log" >&2 || true; return 1; }
    export PLANDESK_TEST_PG_URL="postgresql://pd@127.0.0.1:$port/postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $NF}') on 127.0.0.1:$port (data in $PG_DIR, as ${PG_USER:-$(id -un)})"
}
run_pytest_postgresql() {
    local rc=0
    pg_start || return 1
    if (($#)); then # the arguments given to test.sh, on PostgreSQL too
        run_pytest --backend postgresql -p no:cacheprovider "$@" || rc=$?
    else
        run_pytest --backend postgresql -p no:cacheprovider tests/services tests/db tests/cli || rc=$?
    fi
    pg_stop
    return "$rc"
}
if [[ "${PLANDESK_SKIP_POSTGRESQL:-0}" == 1 && "${CI:-}" != true ]]; then
    heading "pytest on PostgreSQL (skipped: PLANDESK_SKIP_POSTGRESQL=1)" "postgresql skipped"
else
    heading "pytest on PostgreSQL: ${*:-tests/services tests/db tests/cli}" "pytest postgresql"
    gate "pytest postgresql" run_pytest_postgresql "$@"
fi

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

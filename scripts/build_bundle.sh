#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (dist/plandesk/) from build.spec and smoke-test it:
#   plandesk --version                       prints the version, exit 0
#   plandesk --db TMP/d.sqlite demo          exit 0
#   plandesk --db TMP/d.sqlite --screenshot TMP/s.png   exit 0, a PNG of more than 10 kB
# then report the bundle's size and the build time. Any failure: one clear line, exit non-zero.
#
# Uses .venv, installed from requirements-lock.txt by scripts/install_venv.sh; PYINSTALLER_LOG_LEVEL to
# change PyInstaller's verbosity (its full output is in build/logs/pyinstaller.log).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
VENV="$REPO/.venv"
LOGDIR="$REPO/build/logs"
DIST="$REPO/dist"
BUNDLE="$DIST/plandesk"
EXE="$BUNDLE/plandesk"
mkdir -p "$LOGDIR"

fail() {
    echo "build_bundle.sh: FAILED: $*" >&2
    exit 1
}

# .venv with exactly requirements-lock.txt (PyInstaller included); nothing when it is up to date.
bash "$REPO/scripts/install_venv.sh" >/dev/null || fail "could not install requirements-lock.txt"
version="$("$VENV/bin/python" -c 'import app; print(app.__version__)')"

# --- build ------------------------------------------------------------------------------------
t0=$(date +%s)
echo "building the bundle (PyInstaller $("$VENV/bin/python" -m PyInstaller --version), log: build/logs/pyinstaller.log)"
if ! "$VENV/bin/python" -m PyInstaller --noconfirm --clean \
    --log-level "${PYINSTALLER_LOG_LEVEL:-WARN}" \
    --distpath "$DIST" --workpath "$REPO/build/pyinstaller" \
    build.spec >"$LOGDIR/pyinstaller.log" 2>&1; then
    tail -n 30 "$LOGDIR/pyinstaller.log" >&2
    fail "pyinstaller build.spec (full log: build/logs/pyinstaller.log)"
fi
build_s=$(($(date +%s) - t0))
[[ -x "$EXE" ]] || fail "the build made no $EXE"
# Warnings worth seeing (missing modules are normal for optional imports; see the log).
grep -E "^[0-9]+ (WARNING|ERROR): " "$LOGDIR/pyinstaller.log" \
    | grep -vE "Hidden import|Library not found|required via ctypes not found" \
    | head -n 20 || true

dangling="$(find "$BUNDLE" -xtype l | head -n 5)"
[[ -z "$dangling" ]] || fail "the bundle has links to files the spec trimmed: ${dangling//$'\n'/ }"
grep -h "^build.spec:" "$LOGDIR/pyinstaller.log" || true
# A PlanDesk module that is imported but does not exist fails at run time in the bundle too.
missing_app="$(grep -oE "missing module named '?app\.[A-Za-z0-9_.]+'? - imported by [^ ]+" \
    "$REPO/build/pyinstaller/build/warn-build.txt" 2>/dev/null || true)"
if [[ -n "$missing_app" ]]; then
    echo "  WARNING: imported but missing from the source tree (fails when that code runs):"
    sed 's/^/    /; s/missing module named //' <<<"$missing_app"
fi

# --- smoke test ---------------------------------------------------------------------------------
t1=$(date +%s)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Isolated user folders: the bundle must not read or write the developer's real data.
export XDG_DATA_HOME="$tmp/xdg-data" XDG_STATE_HOME="$tmp/xdg-state" \
    XDG_CONFIG_HOME="$tmp/xdg-config" XDG_CACHE_HOME="$tmp/xdg-cache"
export QT_QPA_PLATFORM=offscreen PLANDESK_NO_CRASH_DIALOG=1
unset PLANDESK_DB

smoke() { # smoke NAME CMD... : run with a time limit, show its output on failure
    local name="$1"
    shift
    local rc=0
    timeout 300 "$@" >"$tmp/out.txt" 2>&1 </dev/null || rc=$?
    if ((rc != 0)); then
        tail -n 25 "$tmp/out.txt" >&2
        fail "smoke test '$name' exited $rc: ${*#"$REPO/"}"
    fi
}

smoke "--version" "$EXE" --version
grep -qF "$version" "$tmp/out.txt" \
    || fail "smoke test '--version' printed '$(head -c 200 "$tmp/out.txt")', not the version $version"
echo "  ok  plandesk --version -> $(head -n 1 "$tmp/out.txt")"

smoke "demo" "$EXE" --db "$tmp/d.sqlite" demo
[[ -s "$tmp/d.sqlite" ]] || fail "smoke test 'demo' wrote no database"
echo "  ok  plandesk --db d.sqlite demo"

smoke "--screenshot" "$EXE" --db "$tmp/d.sqlite" --screenshot "$tmp/s.png"
[[ -f "$tmp/s.png" ]] || fail "smoke test '--screenshot' wrote no PNG"
png_bytes=$(wc -c <"$tmp/s.png")
[[ "$(head -c 8 "$tmp/s.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] \
    || fail "smoke test '--screenshot' wrote a file that is not a PNG"
((png_bytes > 10240)) || fail "smoke test '--screenshot' PNG is only $png_bytes bytes (want > 10 kB)"
cp "$tmp/s.png" "$REPO/build/bundle-screenshot.png"
echo "  ok  plandesk --db d.sqlite --screenshot s.png -> $((png_bytes / 1024)) kB PNG" \
    "(copy: build/bundle-screenshot.png)"
if grep -qiE "warning|error|traceback" "$tmp/out.txt"; then
    echo "  note: the screenshot run printed:" && sed 's/^/    /' "$tmp/out.txt" | head -n 10
fi
smoke_s=$(($(date +%s) - t1))

size="$(du -sh "$BUNDLE" | cut -f1)"
echo "bundle: dist/plandesk, $size, $(find "$BUNDLE" -type f | wc -l) files;" \
    "build ${build_s}s, smoke tests ${smoke_s}s"

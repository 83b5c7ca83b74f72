#!/usr/bin/env bash
# Install the system packages PlanDesk's tests and bundle need (Debian/Ubuntu).
#
# Idempotent: installs nothing when everything is there. As root on an apt-based system it runs
# `apt-get update` once and installs what is missing; otherwise it prints what is missing and
# carries on (the tests that need a missing tool skip with a reason naming it).
#
#   PLANDESK_SKIP_LIBREOFFICE=1   leave LibreOffice Calc out (~210 MB; compatibility tests skip)
#   PLANDESK_DEPS_LOG=FILE        where apt's output goes (default: build/logs/system-deps.log)
#
# Output: one summary line (apt's chatter goes to the log file).
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOG="${PLANDESK_DEPS_LOG:-$REPO/build/logs/system-deps.log}"
export DEBIAN_FRONTEND=noninteractive

# Command-line tools used by tests and the bundle build: "package:command".
TOOLS=(
    "poppler-utils:pdfsig"   # also pdftoppm, pdffonts
    "libnss3-tools:certutil" # pdfsig trust store
    "openssl:openssl"
    "binutils:objdump"       # PyInstaller inspects binaries with it
    "mpack:munpack"          # e-mail tests: a plain MIME reader
    "maildir-utils:mu"       # e-mail tests: a GMime-based reader
    "softhsm2:softhsm2-util" # a real PKCS#11 token for the signing tests
    "opensc:pkcs11-tool"     # the token tool clerks use too
)
# Libraries PySide6 needs (offscreen platform and xcb on a desktop), and one system font so
# Qt's font database is never empty.
LIBS=(
    libegl1 libgl1 libopengl0 libx11-6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0
    libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libpng16-16
    libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render0
    libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
    libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxrender1
    fonts-dejavu-core
)
# PostgreSQL (server and pg_dump/pg_restore): test.sh runs the services a second time on a
# private server it starts itself. No system-wide cluster is made for it (see below).
SERVER_PKGS=(postgresql)

have_pkg() {
    # Installed under its own name, or under Ubuntu's 64-bit-time_t rename (libglib2.0-0t64).
    local p
    for p in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            return 0
        fi
    done
    return 1
}

summary() { echo "system deps: $*"; }

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    # Not Debian/Ubuntu: only check the tools by name.
    missing_tools=()
    for entry in "${TOOLS[@]}"; do
        command -v "${entry#*:}" >/dev/null 2>&1 || missing_tools+=("${entry#*:}")
    done
    if [[ "${PLANDESK_SKIP_LIBREOFFICE:-0}" != 1 ]] \
        && ! command -v soffice >/dev/null 2>&1 && ! command -v libreoffice >/dev/null 2>&1; then
        missing_tools+=("soffice (LibreOffice)")
    fi
    command -v pg_dump >/dev/null 2>&1 || missing_tools+=("pg_dump (PostgreSQL)")
    if ((${#missing_tools[@]})); then
        summary "not an apt-based system; missing tools: ${missing_tools[*]}" \
            "(install them with your package manager; tests needing them will skip)"
    else
        summary "not an apt-based system; the tools are there (Qt libraries not checked)"
    fi
    exit 0
fi

missing=()
for entry in "${TOOLS[@]}"; do
    pkg="${entry%%:*}"
    have_pkg "$pkg" || missing+=("$pkg")
done
for pkg in "${LIBS[@]}" "${SERVER_PKGS[@]}"; do
    have_pkg "$pkg" || missing+=("$pkg")
done
if [[ "${PLANDESK_SKIP_LIBREOFFICE:-0}" != 1 ]]; then
    have_pkg libreoffice-calc || missing+=(libreoffice-calc)
fi
# A Debian system Python has no ensurepip (and so no venv) without python3-venv.
python="${PYTHON:-python3}"
if command -v "$python" >/dev/null 2>&1 && ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
    have_pkg python3-venv || missing+=(python3-venv)
fi

if ((${#missing[@]} == 0)); then
    summary "all present"
    exit 0
fi

if [[ "$(id -u)" != 0 ]]; then
    summary "missing ${missing[*]} — not root, so not installing;" \
        "run: sudo apt-get install --no-install-recommends ${missing[*]}" \
        "(tests needing them will skip)"
    exit 0
fi

mkdir -p "$(dirname "$LOG")"
: >"$LOG"
# Debian's postgresql package makes and starts a "main" cluster on port 5432 unless told not
# to: the tests start a private one, so none is made (an administrator's own choice stays).
if [[ " ${missing[*]} " == *" postgresql "* && ! -e /etc/postgresql-common/createcluster.conf ]]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
fi
# (an existing configuration file, as the one above, is kept without a question)
export UCF_FORCE_CONFFOLD=1
apt_opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=300
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
started=$(date +%s)
ok=0
for attempt in 1 2; do
    {
        echo "== attempt $attempt: apt-get update"
        apt-get update -q
        echo "== apt-get install ${missing[*]}"
        apt-get install "${apt_opts[@]}" "${missing[@]}"
    } >>"$LOG" 2>&1 </dev/null && { ok=1; break; }
    sleep 5
done
elapsed=$(($(date +%s) - started))

if ((ok)); then
    summary "installed ${#missing[@]} package(s) in ${elapsed}s: ${missing[*]} (log: $LOG)"
    exit 0
fi
summary "FAILED to install ${missing[*]} after ${elapsed}s; last lines of $LOG:" >&2
tail -n 15 "$LOG" >&2
exit 1

#!/usr/bin/env bash
# Refresh the GUI translation catalogues and build the .qm files.
#
#   scripts/update_translations.sh            # compile ui/*.ui, lupdate, lrelease
#
# 1. ui/*.ui -> src/app/ui/generated/ (python -m app.ui.compile_ui)
# 2. pyside6-lupdate over src/app/ui (not generated/) and ui/*.ui
#    -> resources/translations/plandesk_<lang>.ts (existing translations are kept,
#       obsolete entries dropped)
# 3. pyside6-lrelease -> resources/translations/plandesk_<lang>.qm
# lrelease skips entries still marked unfinished: translate them in Qt Linguist
# (pyside6-linguist) or in the .ts file, then run this script again.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
PYTHON="$BIN/python"
[ -x "$PYTHON" ] || PYTHON=python3
LUPDATE="$BIN/pyside6-lupdate"
[ -x "$LUPDATE" ] || LUPDATE=pyside6-lupdate
LRELEASE="$BIN/pyside6-lrelease"
[ -x "$LRELEASE" ] || LRELEASE=pyside6-lrelease
LANGS=(tr ru kk ro vi)

"$PYTHON" -m app.ui.compile_ui

mapfile -t SOURCES < <(find src/app/ui -name '*.py' -not -path 'src/app/ui/generated/*' | LC_ALL=C sort)
SOURCES+=(ui/*.ui)

for lang in "${LANGS[@]}"; do
    ts="resources/translations/plandesk_${lang}.ts"
    "$LUPDATE" -no-obsolete -locations none -target-language "$lang" "${SOURCES[@]}" -ts "$ts"
done
for lang in "${LANGS[@]}"; do
    "$LRELEASE" "resources/translations/plandesk_${lang}.ts" \
        -qm "resources/translations/plandesk_${lang}.qm"
done

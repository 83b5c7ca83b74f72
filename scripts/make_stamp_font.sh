#!/usr/bin/env bash
# Build resources/fonts/NotoSans-Stamp.ttf: Noto Sans Regular cut down to the characters of
# the six languages (Latin incl. Turkish/Romanian/Vietnamese, Cyrillic incl. Kazakh).
# pyHanko loads the whole font for every signature stamp; the subset makes that 4x cheaper.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyftsubset resources/fonts/NotoSans-Regular.ttf \
  --unicodes="U+0020-007E,U+00A0-024F,U+0259,U+02B9-02DD,U+0300-0323,U+0400-04FF,U+1E00-1EFF,U+2010-2027,U+2030-203A,U+20AB,U+20AC,U+20B8,U+20BA,U+20BD,U+2116,U+2122" \
  --layout-features='kern,mark,mkmk,ccmp,locl,liga' \
  --output-file=resources/fonts/NotoSans-Stamp.ttf

#!/usr/bin/env bash
# Text layer of scans in a bundle (issue 16): what placing OCR words costs at export.
# Generated police scans (make_police_scans, mixed layouts, 150–300 dpi, some turned) are
# imported once; then, in one run:
#   - `tesseract PAGE - -l chi_sim+eng --psm 3` over the same pages, two at a time (the
#     machine's cores), as the baseline;
#   - the bundle export of a dossier holding them (no protected person: no redaction), with
#     this build, and with BEFORE_DIR's build when given (same library).
#
#   tests/bench/run_text_layer_bench.sh [SCRATCH_DIR]
#
# Environment: BUILD_DIR (default build/), BEFORE_DIR (a build tree of an older commit,
# optional), PAGES (default 12), KEEP=1 keeps SCRATCH_DIR (default /var/tmp/amanat-tl-bench).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
scratch=${1:-/var/tmp/amanat-tl-bench}
build=${BUILD_DIR:-$repo/build}
pages=${PAGES:-12}
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
export AMANAT_PASSPHRASE="text layer benchmark passphrase 2026"

[ -e "$scratch" ] && { echo "$scratch exists; remove it or give another folder" >&2; exit 2; }
mkdir -p "$scratch"
cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf "$scratch"; }
trap cleanup EXIT

"$build/tests/bench/make_police_scans" "$scratch/scans" "$pages" >/dev/null 2>&1
cli=$build/app/cli/amanat-cli
lib=$scratch/lib
"$cli" init "$lib" --no-default-tags >/dev/null 2>&1
"$cli" settings "$lib" ocr_languages=chi_sim+eng >/dev/null
AMANAT_EXTRACT=$build/app/extract/amanat-extract \
  "$cli" import "$lib" "$scratch"/scans/*.png --json 2>/dev/null > "$scratch/import.json"
ids=$(python3 -c "import json; print(' '.join(str(r['id']) for r in json.load(open('$scratch/import.json'))))")
"$cli" dossier create "$lib" Bench >/dev/null
"$cli" dossier add "$lib" Bench $ids --section Scans >/dev/null

seconds() { python3 -c "import time; print(time.monotonic())"; }

t0=$(seconds)
ls "$scratch"/scans/*.png | xargs -P 2 -I{} sh -c 'tesseract "$1" - -l chi_sim+eng --psm 3 >/dev/null 2>&1' _ {}
t1=$(seconds)
baseline=$(python3 -c "print(round($t1 - $t0, 2))")

export_with() { # BUILD OUT
  local t0 t1
  t0=$(seconds)
  AMANAT_EXTRACT=$1/app/extract/amanat-extract "$1/app/cli/amanat-cli" bundle "$lib" Bench "$2" \
    --accept-unreviewed >/dev/null 2>&1
  t1=$(seconds)
  python3 -c "print(round($t1 - $t0, 2))"
}
after=$(export_with "$build" "$scratch/after")
echo "| pages | tesseract --psm 3, 2 at a time | bundle export, this build | ratio |"
echo "|---|---|---|---|"
echo "| $pages | $baseline s | $after s | $(python3 -c "print(round($after / $baseline, 2))")× |"
if [ -n "${BEFORE_DIR:-}" ]; then
  before=$(export_with "$BEFORE_DIR" "$scratch/before")
  echo "| $pages | | before: $before s | $(python3 -c "print(round($before / $baseline, 2))")× |"
fi

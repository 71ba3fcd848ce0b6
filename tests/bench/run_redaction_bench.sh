#!/usr/bin/env bash
# Redaction benchmark (issue 10): the witness redactor of `amanat-extract --raster` against
# a baseline that blacks out Tesseract's plain `--psm 3` word boxes, on generated police
# scans whose name positions are known (tests/common/PoliceScan). One run measures both:
# recall (pixels covered; strings still read by tesseract --psm 3, 6, 11), false-positive
# area, bystanders still readable, wall and CPU time per page, and what the leak check
# flags. See bench_redaction.cpp for the exact definitions.
#
#   tests/bench/run_redaction_bench.sh [SCRATCH_DIR]
#
# SCRATCH_DIR (default /var/tmp/amanat-redaction-bench) must not exist; it is kept, since
# the outputs are the point: set/ (pages, truth.json), redactor/ and baseline/ (burned
# pages), misses/ (crops of what the redactor left), results.json, summary.md.
# Environment:
#   BUILD_DIR   build tree (default build/); amanat-extract and bench_redaction are built
#               there if missing, or always with BUILD=1
#   HELPER      the amanat-extract to measure (default: BUILD_DIR's), e.g. one built from a
#               clean checkout while the work tree is being edited
#   PAGES       pages in the set (default 60)
#   FIRST_SEED  seed of the first page (default 1001)
#   JOBS        pages processed at once (default 2, as the bundle exporter runs helpers)
#   LEAK_CHECK  0 to skip the leak check runs (about a third of the time)
#
# Takes 30–60 minutes for 60 pages on 2 cores.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
scratch=${1:-/var/tmp/amanat-redaction-bench}
build=${BUILD_DIR:-$repo/build}
pages=${PAGES:-60}
seed=${FIRST_SEED:-1001}
jobs=${JOBS:-2}
helper=${HELPER:-$build/app/extract/amanat-extract}
bench=$build/tests/bench/bench_redaction

[ -e "$scratch" ] && { echo "$scratch exists; remove it or give another folder" >&2; exit 2; }
for lang in eng chi_sim uig; do
  tesseract --list-langs 2>/dev/null | grep -qx "$lang" ||
    { echo "tesseract has no '$lang' model (apt-get install tesseract-ocr-${lang//_/-})" >&2; exit 2; }
done
if [ "${BUILD:-0}" = 1 ] || [ ! -x "$helper" ] || [ ! -x "$bench" ]; then
  cmake --build "$build" --target amanat-extract bench_redaction
fi

# Others may rebuild the helper while this runs: measure a copy.
mkdir -p "$scratch"
cp "$helper" "$scratch/amanat-extract"
extra=()
[ "${LEAK_CHECK:-1}" = 0 ] && extra+=(--no-leak-check)

{
  echo "Work tree: $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- core app || echo ' (core/ or app/ modified)')"
  echo "Helper: $helper, built $(date -r "$helper" '+%Y-%m-%d %H:%M'), sha256 $(sha256sum "$helper" | cut -c1-16)"
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(tesseract --version 2>&1 | head -1)"
  echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$scratch/machine.txt"

# bench_redaction creates its own output folder.
set +e
"$bench" "$scratch/run" --pages "$pages" --first-seed "$seed" --jobs "$jobs" \
  --helper "$scratch/amanat-extract" "${extra[@]}" | tee "$scratch/summary.md"
status=${PIPESTATUS[0]}
set -e
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$scratch/machine.txt"
echo "Outputs in $scratch/run (results.json, misses/)" >&2
exit "$status"

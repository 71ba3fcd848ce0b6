#!/usr/bin/env bash
# Desktop app benchmark (issue 5): the real MainWindow offscreen on a library of N items.
# Runs bench_gui RUNS times (a fresh process each; the first run generates the library when
# LIBRARY does not exist yet) and prints each run's figures, the load before and after each
# run, and the medians.
#
#   tests/bench/run_gui_bench.sh [LIBRARY=/var/tmp/amanat-gui-bench/lib.amanat] [N=100000]
#
# Environment: BENCH_GUI (default /work/main/build-import/tests/bench/bench_gui), RUNS (3),
# QT_QPA_PLATFORM (default offscreen; run under xvfb-run with QT_QPA_PLATFORM=xcb for X11).
set -euo pipefail

library=${1:-/var/tmp/amanat-gui-bench/lib.amanat}
n=${2:-100000}
bench=${BENCH_GUI:-/work/main/build-import/tests/bench/bench_gui}
runs=${RUNS:-3}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

[ -x "$bench" ] || { echo "$bench not found; build the bench_gui target first" >&2; exit 1; }
mkdir -p "$(dirname "$library")"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

if [ ! -e "$library" ]; then
  echo "Generating $n items in $library..." >&2
fi
for run in $(seq 1 "$runs"); do
  before=$(uptime | sed 's/.*load average: //')
  line=$("$bench" "$library" --items "$n")
  after=$(uptime | sed 's/.*load average: //')
  echo "run $run: $line"
  echo "  load average before: $before; after: $after"
  echo "$line" >>"$out"
done

python3 - "$out" <<'PY'
import statistics, sys
runs = [dict(kv.split("=", 1) for kv in line.split()) for line in open(sys.argv[1]) if line.strip()]
keys = [k for k in runs[0] if k.endswith("_ms") or k.startswith("search_ms:") or k.endswith("_mb")]
print()
print("| measure | median | runs |")
print("|---|---:|---|")
for k in keys:
    values = [r[k] for r in runs]
    try:
        median = f"{statistics.median(float(v) for v in values):.1f}"
    except ValueError:
        median = "n/a"
    print(f"| {k} | {median} | {', '.join(values)} |")
PY

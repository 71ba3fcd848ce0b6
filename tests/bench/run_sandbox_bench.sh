#!/usr/bin/env bash
# What the helper's sandbox costs (issue 11): start-up and per-file extraction time of
# amanat-extract with the sandbox (this build) and without it (a build of the commit before
# the sandbox, given as BASELINE), in one run, alternating, medians of RUNS.
#
#   BASELINE=/path/to/old/amanat-extract tests/bench/run_sandbox_bench.sh [RUNS]
#
# Build the baseline with:  git worktree add /tmp/amanat-base 8687a13 &&
#   cmake -S /tmp/amanat-base -B /tmp/amanat-base/build -G Ninja &&
#   cmake --build /tmp/amanat-base/build --target amanat-extract
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${AMANAT_BUILD_DIR:-$here/build}"
helper="${HELPER:-$build/app/extract/amanat-extract}"
baseline="${BASELINE:?set BASELINE to an amanat-extract built without the sandbox}"
runs="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1 QT_QPA_PLATFORM=offscreen MALLOC_ARENA_MAX=2

# Inputs: a short text, a 300-dpi generated scan (OCR), a 2-second video (GStreamer).
printf 'A short field note.\n' > "$work/note.txt"
"$build/tests/bench/make_police_scans" "$work/scan" 1 >/dev/null 2>&1
cp "$work/scan/scan-001.png" "$work/scan.png"
ffmpeg -v error -f lavfi -i testsrc=duration=2:size=320x240:rate=25 -pix_fmt yuv420p -y "$work/clip.mp4"

request() { # file mime
    local size
    size=$(stat -c %s "$1")
    printf '{"size":%s,"name":"%s","mime":"%s","ocr_languages":"eng"}\n' "$size" "$(basename "$1")" "$2"
    cat "$1"
}

time_ms() { # helper file mime
    local start end
    start=$(date +%s%N)
    # Through cat: the helper may not write regular files (RLIMIT_FSIZE 0), only its pipe.
    request "$2" "$3" | "$1" 2>/dev/null | cat > "$work/out.json"
    end=$(date +%s%N)
    grep -q "\"status\":\"ok\"" "$work/out.json" || { echo "extraction failed with $1 on $2: $(head -c 300 "$work/out.json")" >&2; exit 1; }
    echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-22s %12s %12s %8s\n' "input (median of $runs)" "no sandbox" "sandbox" "ratio"
for input in "note.txt text/plain" "scan.png image/png" "clip.mp4 video/mp4"; do
    set -- $input
    : > "$work/base.times"
    : > "$work/sandbox.times"
    for _ in $(seq "$runs"); do
        time_ms "$baseline" "$work/$1" "$2" >> "$work/base.times"
        time_ms "$helper" "$work/$1" "$2" >> "$work/sandbox.times"
    done
    b=$(median < "$work/base.times")
    s=$(median < "$work/sandbox.times")
    printf '%-22s %10s ms %10s ms %8s\n' "$1" "$b" "$s" "$(awk -v s="$s" -v b="$b" 'BEGIN {printf "%.2f", s / b}')"
done

#!/usr/bin/env bash
# Every performance aim of issue 13, each next to its baseline measured in the same run, in
# one table with ratios. The inputs are generated; nothing is downloaded.
#
#   scripts/bench.sh [SCRATCH=/var/tmp/amanat-bench]
#
# SCRATCH must not exist (it is deleted at the end unless KEEP=1). Environment:
#   BUILD   a build tree with the benchmarks (default build/ of this tree):
#           cmake --build build --target amanat-cli amanat-extract bench_search bench_gui \
#                 bench_import bench_ingest
#   PARTS   which parts to run (default "store import index search scroll bundle"; also
#           "exchange": peak memory of share and receive, 2 GiB, or 256 MiB with QUICK=1)
#   QUICK=1 smaller inputs (256 MiB to store, 10,000 documents, 10,000 rows), to check the
#           script or a change quickly; the aims are set for the full sizes
#   KEEP=1  keep SCRATCH (inputs, libraries, every part's full output in PART.log)
#
# Each part also writes its detailed output to SCRATCH/PART.log; docs/benchmarks.md explains
# every figure. Takes about 25 minutes on 2 cores (QUICK=1: about 5).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$here/build}
scratch=${1:-/var/tmp/amanat-bench}
parts=${PARTS:-store import index search scroll bundle}
quick=${QUICK:-0}
if [ "$quick" = 1 ]; then
  store_mib=256 documents=10000 rows=10000
else
  store_mib=1024 documents=100000 rows=100000
fi

cli=$build/app/cli/amanat-cli
helper=$build/app/extract/amanat-extract
bench_search=$build/tests/bench/bench_search
bench_gui=$build/tests/bench/bench_gui
for binary in "$cli" "$helper" "$bench_search" "$bench_gui"; do
  [ -x "$binary" ] || { echo "bench.sh: $binary is missing; build the benchmarks first (see the top of this script)" >&2; exit 1; }
done
[ -e "$scratch" ] && { echo "bench.sh: $scratch exists; remove it or name another" >&2; exit 1; }
mkdir -p "$scratch"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$scratch"' EXIT

export AMANAT_EXTRACT=$helper QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export AMANAT_PASSPHRASE="correct horse battery staple, benchmark only"
rows_out=$scratch/rows.tsv # work, baseline, Amanat, ratio, aim, met
: >"$rows_out"
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$rows_out"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
meets() { awk -v v="$1" -v op="$2" -v aim="$3" 'BEGIN { ok = (op == "<=") ? v <= aim : v >= aim; print ok ? "met" : "**not met**" }'; }
seconds() { # COMMAND... : wall seconds of the command, its output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}
say() { echo "bench.sh: $*" >&2; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

failed=0
for part in $parts; do
  # Each part in a subshell: one that fails is reported in the table, and the others still run.
  if ! (
  set -e
  case $part in
  store)
    say "storing ${store_mib} MiB of mixed files: cp -r + sync, then the import (tests/bench/run_import_bench.sh)"
    BENCH_IMPORT=$build/tests/bench/bench_import RUNS=1 SIZE_MIB=$store_mib \
      "$here/tests/bench/run_import_bench.sh" "$scratch/store" >"$scratch/store.log" 2>&1
    cp_s=$(awk -F'|' '/`cp -r`/ { gsub(/ /, "", $3); print $3 }' "$scratch/store.log")
    enc_s=$(awk -F'|' '/Amanat import, encrypted/ { gsub(/ /, "", $3); print $3 }' "$scratch/store.log")
    unenc_s=$(awk -F'|' '/unencrypted SQLite/ { gsub(/ /, "", $3); print $3 }' "$scratch/store.log")
    speed=$(ratio "$cp_s" "$enc_s")
    row "storing ${store_mib} MiB, encrypted: speed against \`cp -r\` + sync" "${cp_s} s" "${enc_s} s" "${speed}×" "≥ 0.5×" "$(meets "$speed" ">=" 0.5)"
    speed=$(ratio "$unenc_s" "$enc_s")
    row "storing ${store_mib} MiB: speed against the same import unencrypted" "${unenc_s} s" "${enc_s} s" "${speed}×" "≥ 0.9×" "$(meets "$speed" ">=" 0.9)"
    ;;
  import)
    say "1,000 small files: import --no-extract, then the full import"
    mkdir -p "$scratch/import/files"
    python3 - "$scratch/import/files" <<'PY'
import random, sys
random.seed(7)
words = ("police detention camp testimony witness transfer xinjiang report family village "
         "night officer document statement").split()
for i in range(1000):
    size, text = random.randint(2048, 4096), []
    while sum(len(w) + 1 for w in text) < size:
        text.append(random.choice(words))
    open(f"{sys.argv[1]}/note-{i:04d}.txt", "w").write(" ".join(text))
PY
    for mode in store full; do "$cli" init "$scratch/import/$mode.amanat" >/dev/null; done
    store_s=$(seconds "$cli" import "$scratch/import/store.amanat" "$scratch/import/files" --no-extract)
    full_s=$(seconds "$cli" import "$scratch/import/full.amanat" "$scratch/import/files")
    echo "store-only ${store_s} s, full ${full_s} s" >"$scratch/import.log"
    times=$(ratio "$full_s" "$store_s")
    row "full import of 1,000 small files: time against store-only" "${store_s} s" "${full_s} s" "${times}×" "≤ 3×" "$(meets "$times" "<=" 3)"
    ;;
  index)
    say "indexing $documents generated documents (encrypted library and an unencrypted copy)"
    "$bench_search" generate "$scratch/search" "$documents" >"$scratch/index.log" 2>&1
    enc=$(sed -n 's/^enc.docs_per_s=//p' "$scratch/index.log")
    plain=$(sed -n 's/^plain.docs_per_s=//p' "$scratch/index.log")
    row "indexing $documents documents (documents/s; baseline: the same code unencrypted)" "$plain" "$enc" "$(ratio "$enc" "$plain")×" "≥ 1,000/s" "$(meets "$enc" ">=" 1000)"
    ;;
  search)
    [ -d "$scratch/search" ] || "$bench_search" generate "$scratch/search" "$documents" >"$scratch/index.log" 2>&1
    say "search: 17 queries, 20 rounds, encrypted and unencrypted"
    cut -f2 "$scratch/search/queries.tsv" >"$scratch/search/queries.txt"
    for kind in enc plain; do
      path=$scratch/search/enc.amanat
      [ $kind = plain ] && path=$scratch/search/plain.db
      "$bench_search" query $kind "$path" "$scratch/search/queries.txt" --repeat 20 \
        --samples "$scratch/search/$kind.samples" >>"$scratch/search.log" 2>&1
    done
    python3 - "$scratch/search" "$rows_out" <<'PY'
import collections, math, sys
folder, rows_out = sys.argv[1], sys.argv[2]
classes = dict(reversed(line.rstrip("\n").split("\t")) for line in open(f"{folder}/queries.tsv"))
def p95(kind):
    samples = collections.defaultdict(list)
    for line in open(f"{folder}/{kind}.samples"):
        query, ms, _cpu = line.rstrip("\n").split("\t")
        samples[classes[query]].append(float(ms))
    out = {}
    for name, values in samples.items():
        values.sort()
        out[name] = values[max(0, math.ceil(0.95 * len(values)) - 1)]
    return out
enc, plain = p95("enc"), p95("plain")
with open(rows_out, "a") as rows:
    for name, aim in (("filtered", 50), ("nearly all", 250)):
        met = "met" if enc[name] < aim else "**not met**"
        rows.write(f"search p95, {name} (baseline: unencrypted)\t{plain[name]:.1f} ms\t"
                   f"{enc[name]:.1f} ms\t{enc[name] / plain[name]:.2f}×\t< {aim} ms\t{met}\n")
    others = [n for n in enc if n not in ("filtered", "nearly all")]
    worst = max(others, key=lambda n: enc[n])
    met = "met" if enc[worst] < 50 else "**not met**"
    rows.write(f"search p95, worst other class ({worst})\t{plain[worst]:.1f} ms\t"
               f"{enc[worst]:.1f} ms\t{enc[worst] / plain[worst]:.2f}×\t< 50 ms\t{met}\n")
PY
    ;;
  scroll)
    say "the desktop app: scrolling $rows rows to the end"
    "$bench_gui" "$scratch/gui.amanat" --items "$rows" >"$scratch/scroll.log" 2>&1
    scroll_ms=$(grep -o 'scroll_ms=[0-9.]*' "$scratch/scroll.log" | cut -d= -f2)
    row "GUI: scroll $rows rows top to bottom" "—" "$(awk -v ms="$scroll_ms" 'BEGIN { printf "%.2f s", ms / 1000 }')" "—" "≤ 2 s" "$(meets "$scroll_ms" "<=" 2000)"
    ;;
  bundle)
    say "court bundle of 20 text PDFs, 30 scans and 2 videos against a qpdf merge (tests/bench/run_bundle_bench.sh)"
    BUILD_DIR=$build RUNS=1 KEEP=0 "$here/tests/bench/run_bundle_bench.sh" "$scratch/bundle" >"$scratch/bundle.log" 2>&1
    # The wall time of the row of run_bundle_bench.sh's tables whose label matches $1.
    seconds_of() { awk -F'|' -v label="$1" 'index($2, label) { gsub(/[ s]/, "", $3); print $3 }' "$scratch/bundle.log"; }
    # A row against BASELINE_SECONDS: LABEL SECONDS BASELINE_SECONDS AIM
    bundle_row() {
      local times; times=$(ratio "$2" "$3")
      row "$1" "${3} s" "${2} s" "${times}×" "≤ ${4}×" "$(meets "$times" "<=" "$4")"
    }
    qpdf_s=$(seconds_of " qpdf merge of the 20 PDFs ")
    tess_s=$(seconds_of " tesseract over the 30 scans")
    qpdf_name="\`qpdf --empty --pages\`"
    tess_name="one \`tesseract\` pass, two at a time"
    bundle_row "bundle (20 PDFs, 30 scans, 2 videos) against $qpdf_name" "$(seconds_of " amanat-cli bundle, full ")" "$qpdf_s" 3
    bundle_row "bundle of the 20 text PDFs alone against $qpdf_name" "$(seconds_of " amanat-cli bundle, the 20 PDFs alone ")" "$qpdf_s" 3
    bundle_row "bundle of the 30 scans alone (OCR text layer, no redaction) against $tess_name" "$(seconds_of " amanat-cli bundle, the 30 scans alone ")" "$tess_s" 1.5
    bundle_row "bundle of the 20 text PDFs, library protecting one person (leak check reads every page) against $qpdf_name" "$(seconds_of "the 20 PDFs alone, one protected person")" "$qpdf_s" 3
    bundle_row "bundle of the 30 scans, library protecting one person (redaction OCR and leak check) against $tess_name" "$(seconds_of "the 30 scans alone, one protected person")" "$tess_s" 1.5
    memory=$(sed -n 's/^VmRSS of amanat-cli bundle (sampled): //p' "$scratch/bundle.log")
    row "bundle memory after the unlock (full; half)" "—" "$memory" "—" "flat" "see docs"
    ;;
  exchange)
    exchange_mib=$([ "$quick" = 1 ] && echo 256 || echo 2048)
    say "sealed exchange: share and receive ${exchange_mib} MiB against 16 MiB (tests/bench/run_exchange_bench.sh)"
    AMANAT_BUILD_DIR=$build "$here/tests/bench/run_exchange_bench.sh" "$scratch/exchange" "$exchange_mib" >"$scratch/exchange.log" 2>&1
    small=$(sed -n 's/^receive 16 MiB peak_kib=\([0-9]*\).*/\1/p' "$scratch/exchange.log")
    large=$(sed -n "s/^receive ${exchange_mib} MiB peak_kib=\([0-9]*\).*/\1/p" "$scratch/exchange.log")
    row "receive memory, ${exchange_mib} MiB package against 16 MiB" "$((small / 1024)) MiB" "$((large / 1024)) MiB" "$(ratio "$large" "$small")×" "flat" "$(meets "$(ratio "$large" "$small")" "<=" 1.1)"
    ;;
  *) echo "bench.sh: unknown part $part" >&2; exit 2 ;;
  esac
  ); then
    say "$part failed; its output is in $scratch/$part.log (kept)"
    row "$part" "—" "failed" "—" "—" "see $part.log"
    failed=1
  fi
done
[ "$failed" = 0 ] || trap - EXIT # keep the logs of a failed part

echo "Machine: $(nproc) CPUs, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
echo "Build: $build ($(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown))$([ "$quick" = 1 ] && echo ', QUICK=1 (small inputs)')"
echo "Load average (1/5/15 min): $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo
echo "| Work | Baseline | Amanat | Ratio | Aim | |"
echo "|---|---:|---:|---:|---|---|"
while IFS=$'\t' read -r work baseline amanat ratio aim met; do
  echo "| $work | $baseline | $amanat | $ratio | $aim | $met |"
done <"$rows_out"

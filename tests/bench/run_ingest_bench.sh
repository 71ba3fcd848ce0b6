#!/usr/bin/env bash
# Ingest benchmark (issue 3): text extraction, OCR and a mixed import through the real
# amanat-extract helper and amanat-cli, side by side with pdftotext and the tesseract
# command line on the same generated files. Prints markdown tables of medians.
#
#   tests/bench/run_ingest_bench.sh [SCRATCH_DIR]
#
# SCRATCH_DIR (default /var/tmp/amanat-ingest-bench) must not exist; inputs, libraries and
# outputs go there, and it is deleted at the end (KEEP=1 keeps it).
# Environment:
#   BUILD_DIR   a Release build tree with amanat-cli, amanat-extract and bench_ingest
#               (default: build-ingest/ of this tree)
#   RUNS        repetitions of every measurement (default 3; medians are reported)
#   PARTS       which parts to run (default "pdf ocr mixed")
#   MIXED_FILES number of mixed files (default 1000)
#   OMP_DEFAULT=0  skip the 20-page runs of tesseract with its default OpenMP threads
#               (slow: Tesseract's OpenMP spins; the one-page runs are kept)
#   WAIT_QUIET=1   before each measurement, wait (up to 30 min) until the 1-minute load is
#               below 1 and CPU pressure below 10 %, for figures on a shared machine
#
# Every command runs under `bench_ingest run`, which reads its standard output and error
# through pipes (amanat-extract may not write files, so its output must be a pipe), and
# reports wall time, the CPU time (user+system) of the command and of every process it
# waited for, and peak RSS: exact (wait4's ru_maxrss) for a command run alone; for
# amanat-cli import, VmHWM of the CLI and of each helper sampled every 10 ms from /proc,
# the CLI's reset at its first progress event so that it excludes the Argon2id key
# derivation (the whole run's peak is given too). The helper runs alone with the
# environment and arguments ExtractionQueue gives it.
# Files are read warm from the page cache (each is read once before the runs).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
scratch=${1:-/var/tmp/amanat-ingest-bench}
runs=${RUNS:-3}
parts=${PARTS:-pdf ocr mixed}
mixed_count=${MIXED_FILES:-1000}
build=${BUILD_DIR:-$repo/build-ingest}
bench=$build/tests/bench/bench_ingest
cli=$build/app/cli/amanat-cli
helper=$build/app/extract/amanat-extract

for binary in "$bench" "$cli" "$helper"; do
  if [ ! -x "$binary" ]; then
    echo "$binary not found; build it first:" >&2
    echo "  cmake -S $repo -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release" >&2
    echo "  ninja -C $build amanat-cli amanat-extract bench_ingest" >&2
    exit 1
  fi
done
for tool in pdftotext tesseract; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (poppler-utils, tesseract-ocr)" >&2; exit 1; }
done
if [ -e "$scratch" ]; then
  echo "$scratch already exists; give a new folder (it is deleted at the end)." >&2
  exit 1
fi
mkdir -p "$scratch"
cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$scratch"
  fi
}
trap cleanup EXIT

export AMANAT_PASSPHRASE='ingest benchmark passphrase, not a secret'
export QT_QPA_PLATFORM=offscreen
# What ExtractionQueue puts in the helper's environment, and the arguments it passes
# (timeout 120 s + 10 for the CPU limit).
helper_cmd=(env OMP_THREAD_LIMIT=1 QT_QPA_PLATFORM=offscreen MALLOC_ARENA_MAX=2
  PULSE_SERVER=unix:/nonexistent "$helper" --memory-mb 2048 --cpu-seconds 130)
log=$scratch/runs.log
: >"$log"

value() { sed -n "s/^$2=//p" <<<"$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
busy() {
  local psi
  psi=$(sed -n 's/^some avg10=\([0-9.]*\).*/\1/p' /proc/pressure/cpu 2>/dev/null || true)
  echo "load $(cut -d' ' -f1 /proc/loadavg)${psi:+, cpu pressure ${psi}%}"
}

declare -A vals
record() { vals[$1]+="$2 "; }
med() { printf '%s\n' ${vals[$1]:-} | median; }
all() { echo "${vals[$1]:-}" | sed 's/ $//'; }

# The machine counts as quiet when the 1-minute load is below 1 and tasks waited for a CPU
# less than 10 % of the last 10 s.
quiet() {
  local psi
  psi=$(sed -n 's/^some avg10=\([0-9.]*\).*/\1/p' /proc/pressure/cpu 2>/dev/null || echo 0)
  awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v p="${psi:-0}" 'BEGIN { exit !(l < 1 && p < 10) }'
}

# measure LABEL [bench_ingest run options] -- COMMAND... : the meter's key=value output.
# With WAIT_QUIET=1 it first waits (up to 30 min) for a quiet machine.
measure() {
  local label=$1 load out waited=0
  shift
  if [ "${WAIT_QUIET:-0}" = 1 ]; then
    until quiet || [ $waited -ge 1800 ]; do
      sleep 10
      waited=$((waited + 10))
    done
  fi
  load=$(busy)
  cut -d' ' -f1 /proc/loadavg >>"$scratch/loads"
  out=$("$bench" run "$@")
  load="before: $load; after: $(busy)"
  echo "$label: $(tr '\n' ' ' <<<"$out")($load)" >>"$log"
  echo "$label: $(value "$out" wall_s) s wall, $(value "$out" cpu_s) s CPU ($load)" >&2
  printf '%s\n' "$out"
}

# keep PREFIX OUTPUT: records the usual figures of one measurement under PREFIX; stops the
# benchmark if the command failed.
keep() {
  local p=$1 out=$2
  if [ "$(value "$out" exit)" != 0 ]; then
    echo "$p failed (exit $(value "$out" exit)); see $log" >&2
    cat "$log" >&2
    exit 1
  fi
  record "$p.wall" "$(value "$out" wall_s)"
  record "$p.cpu" "$(value "$out" cpu_s)"
  record "$p.self_cpu" "$(calc %.2f "$(value "$out" self_user_s) + $(value "$out" self_sys_s)")"
  record "$p.children_cpu" "$(calc %.2f "$(value "$out" cpu_s) - $(value "$out" self_user_s) - $(value "$out" self_sys_s)")"
  record "$p.hwm" "$(value "$out" self_hwm_kib)"
  record "$p.tree" "$(value "$out" tree_max_rss_kib)"
  record "$p.hwm_event" "$(value "$out" self_hwm_after_event_kib)"
  record "$p.desc_hwm" "$(value "$out" descendant_hwm_kib)"
  record "$p.first_imported" "$(value "$out" t_first_imported)"
  record "$p.last_imported" "$(value "$out" t_last_imported)"
  record "$p.last_extracted" "$(value "$out" t_last_extracted)"
  record "$p.most_at_once" "$(value "$out" most_at_once)"
  record "$p.lifetimes" "$(value "$out" descendant_lifetimes_s)"
  record "$p.span" "$(value "$out" descendant_span_s)"
  # Processors' worth of CPU the command got: CPU seconds per wall second.
  record "$p.share" "$(calc %.2f "$(value "$out" cpu_s) / $(value "$out" wall_s)")"
  # Descendants running at once on average (sampled lifetimes over their span).
  record "$p.overlap" "$(calc %.2f "$(value "$out" descendant_lifetimes_s) / ($(value "$out" descendant_span_s) + 1e-9)")"
}
mib() { calc %.0f "$1 / 1024"; }

new_library() {
  rm -rf "$1"
  "$cli" init "$1" --no-default-tags >/dev/null 2>&1
}

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Generating inputs in $scratch ..." >&2

# ---------------------------------------------------------------------------------------
if [[ " $parts " == *" pdf "* ]]; then
  pdf=$scratch/report.pdf
  gen=$("$bench" pdf "$pdf" --pages 500 2>/dev/null)
  pdf_bytes=$(value "$gen" bytes)
  cat "$pdf" >/dev/null
  for ((run = 1; run <= runs; run++)); do
    methods=(pdftotext helper import store)
    for ((i = 0; i < 4; i++)); do
      method=${methods[$(((i + run - 1) % 4))]}
      case $method in
      pdftotext)
        out=$(measure "pdf pdftotext #$run" --stdout "$scratch/pdftotext.txt" -- pdftotext "$pdf" -)
        keep pdf.pdftotext "$out"
        record pdf.pdftotext.formfeeds "$(value "$out" stdout_formfeeds)"
        record pdf.pdftotext.chars "$(wc -m <"$scratch/pdftotext.txt")"
        ;;
      helper)
        out=$(measure "pdf helper #$run" --stdin "$pdf" --helper-header report.pdf application/pdf eng \
          --stdout "$scratch/answer.json" -- "${helper_cmd[@]}")
        keep pdf.helper "$out"
        answer=$("$bench" helper-json "$scratch/answer.json")
        record pdf.helper.pages "$(value "$answer" pages)"
        record pdf.helper.chars "$(value "$answer" text_chars)"
        record pdf.helper.answer_bytes "$(value "$answer" answer_bytes)"
        ;;
      import | store)
        lib=$scratch/pdf-$method.amanat
        new_library "$lib"
        extra=()
        [ "$method" = store ] && extra=(--no-extract)
        out=$(measure "pdf $method #$run" --reset-hwm-on-event -- "$cli" import "$lib" "$pdf" --progress-json "${extra[@]}")
        keep "pdf.$method" "$out"
        [ "$method" = import ] && record pdf.import.status "$(value "$out" extracted_ok)"
        rm -rf "$lib"
        ;;
      esac
    done
  done
fi

# ---------------------------------------------------------------------------------------
if [[ " $parts " == *" ocr "* ]]; then
  scans=$scratch/scans
  gen=$("$bench" scans "$scans" --pages 20 --truth "$scratch/truth" 2>/dev/null)
  scan_pages=$(value "$gen" pages)
  scan_lines=$(value "$gen" lines)
  scan_bytes=$(value "$gen" bytes)
  cat "$scans"/*.png >/dev/null
  cat "$scratch"/truth/*.txt >"$scratch/truth.txt"
  methods=(tess1 import)
  [ "${OMP_DEFAULT:-1}" = 1 ] && methods+=(tessomp)
  # One page through the helper alone: the helper's own cost per scanned page.
  for ((run = 1; run <= runs; run++)); do
    out=$(measure "ocr helper page-01 #$run" --stdin "$scans/page-01.png" --helper-header page-01.png image/png eng \
      --stdout "$scratch/ocr-answer.json" -- "${helper_cmd[@]}")
    keep ocr.helper1 "$out"
    out=$(measure "ocr tesseract page-01 #$run" -- env OMP_THREAD_LIMIT=1 tesseract "$scans/page-01.png" - -l eng)
    keep ocr.tess1page "$out"
    out=$(measure "ocr tesseract page-01 default OpenMP #$run" -- env -u OMP_THREAD_LIMIT tesseract "$scans/page-01.png" - -l eng)
    keep ocr.tessomppage "$out"
  done
  for ((run = 1; run <= runs; run++)); do
    n=${#methods[@]}
    for ((i = 0; i < n; i++)); do
      method=${methods[$(((i + run - 1) % n))]}
      case $method in
      tess1 | tessomp)
        # One tesseract command per page, one after the other.
        loop=(sh -c 'for f in "$@"; do tesseract "$f" - -l eng; done' sh "$scans"/page-*.png)
        if [ "$method" = tess1 ]; then
          out=$(measure "ocr tesseract OMP_THREAD_LIMIT=1 #$run" --stdout "$scratch/$method.txt" -- env OMP_THREAD_LIMIT=1 "${loop[@]}")
        else
          out=$(measure "ocr tesseract default OpenMP #$run" --stdout "$scratch/$method.txt" -- env -u OMP_THREAD_LIMIT "${loop[@]}")
        fi
        keep "ocr.$method" "$out"
        record "ocr.$method.recall" "$("$bench" recall "$scratch/truth.txt" "$scratch/$method.txt" | sed 's/.*=//')"
        ;;
      import)
        lib=$scratch/ocr.amanat
        new_library "$lib"
        out=$(measure "ocr import #$run" --reset-hwm-on-event -- "$cli" import "$lib" "$scans" --ocr-lang eng --progress-json)
        keep ocr.import "$out"
        record ocr.import.ok "$(value "$out" extracted_ok)"
        ;;
      esac
    done
  done
  # Word recall of the last import's OCR text (not timed: each `text` unlocks the library).
  : >"$scratch/amanat-ocr.txt"
  for ((id = 1; id <= scan_pages; id++)); do
    "$cli" text "$scratch/ocr.amanat" "$id" >>"$scratch/amanat-ocr.txt" 2>/dev/null
    echo >>"$scratch/amanat-ocr.txt"
  done
  ocr_import_recall=$("$bench" recall "$scratch/truth.txt" "$scratch/amanat-ocr.txt" | sed 's/.*=//')
  rm -rf "$scratch/ocr.amanat"
fi

# ---------------------------------------------------------------------------------------
if [[ " $parts " == *" mixed "* ]]; then
  mixed=$scratch/mixed
  mixed_gen=$("$bench" mixed "$mixed" --files "$mixed_count" 2>/dev/null)
  mixed_files=$(value "$mixed_gen" files)
  mixed_bytes=$(value "$mixed_gen" bytes)
  find "$mixed" -type f -exec cat {} + >/dev/null
  for ((run = 1; run <= runs; run++)); do
    methods=(import store)
    for ((i = 0; i < 2; i++)); do
      method=${methods[$(((i + run - 1) % 2))]}
      lib=$scratch/mixed-$method.amanat
      new_library "$lib"
      extra=()
      [ "$method" = store ] && extra=(--no-extract)
      out=$(measure "mixed $method #$run" --reset-hwm-on-event -- "$cli" import "$lib" "$mixed" --progress-json "${extra[@]}")
      keep "mixed.$method" "$out"
      if [ "$method" = import ]; then
        record mixed.import.extracted "$(value "$out" events_extracted)"
        record mixed.import.ok "$(value "$out" extracted_ok)"
        record mixed.import.not_ok "$(($(value "$out" events_extracted) - $(value "$out" extracted_ok)))"
        record mixed.import.descendants "$(value "$out" descendants)"
      fi
      rm -rf "$lib"
    done
  done
  # The helper alone on the largest file of each kind (its peak RSS and cost per file).
  declare -A mime=([txt]=text/plain [md]=text/markdown [html]=text/html [pdf]=application/pdf
    [png]=image/png [wav]=audio/x-wav
    [docx]=application/vnd.openxmlformats-officedocument.wordprocessingml.document)
  mixed_kinds=(txt md html docx pdf png wav)
  # Start-up alone: a malformed request line is answered right after QGuiApplication; a
  # 16 × 16 white PNG adds decoding and loading the Tesseract model, but no text.
  printf 'not a request\n' >"$scratch/malformed.req"
  "$bench" blank "$scratch/blank.png" 2>/dev/null
  for ((run = 1; run <= runs; run++)); do
    out=$(measure "helper alone malformed #$run" --stdin "$scratch/malformed.req" --stdout "$scratch/kind.json" -- "${helper_cmd[@]}")
    keep kind.startup "$out"
    out=$(measure "helper alone blank png #$run" --stdin "$scratch/blank.png" --helper-header blank.png image/png eng \
      --stdout "$scratch/kind.json" -- "${helper_cmd[@]}")
    keep kind.blank "$out"
    out=$(measure "tesseract alone blank png #$run" -- env OMP_THREAD_LIMIT=1 tesseract "$scratch/blank.png" - -l eng)
    keep kind.tessblank "$out"
  done
  for kind in "${mixed_kinds[@]}"; do
    file=$(find "$mixed" -name "*.$kind" -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2)
    record "kind.$kind.size" "$(stat -c %s "$file")"
    for ((run = 1; run <= runs; run++)); do
      out=$(measure "helper alone $kind #$run" --stdin "$file" --helper-header "$(basename "$file")" "${mime[$kind]}" eng \
        --stdout "$scratch/kind.json" -- "${helper_cmd[@]}")
      keep "kind.$kind" "$out"
      record "kind.$kind.status" "$("$bench" helper-json "$scratch/kind.json" | sed -n 's/^status=//p')"
    done
  done
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------
load_range=$(sort -g "$scratch/loads" | sed -n '1p;$p' | paste -sd- -)
cat <<EOF
Machine: $(nproc) CPUs, ${cpu_model:-unknown CPU}, $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)
Software: $(pdftotext -v 2>&1 | head -1), $(tesseract --version 2>&1 | head -1), $(tesseract --version 2>&1 | sed -n 's/^ *\(leptonica-[0-9.]*\).*/\1/p')
Runs per measurement: $runs (median shown; every run in the log below). Files read warm.
Load average (1/5/15 min): $load_before before, $load_after after; 1-minute load at the start of the runs: $load_range
EOF

if [[ " $parts " == *" pdf "* ]]; then
  pt=$(med pdf.pdftotext.wall)
  hw=$(med pdf.helper.wall)
  ptc=$(med pdf.pdftotext.cpu)
  hwc=$(med pdf.helper.cpu)
  cat <<EOF

### PDF text, 500 pages ($(calc %.2f "$pdf_bytes / 1048576") MiB, $(med pdf.pdftotext.chars) characters from pdftotext)

| Method | Seconds | CPU s (user+sys) | Pages/s | MiB/s (PDF) | Peak RSS | Runs (s) |
|---|---:|---:|---:|---:|---:|---|
| \`pdftotext file.pdf -\` | $pt | $ptc | $(calc %.0f "500 / $pt") | $(calc %.2f "$pdf_bytes / 1048576 / $pt") | $(mib "$(med pdf.pdftotext.tree)") MiB | $(all pdf.pdftotext.wall) |
| \`amanat-extract\` (request + bytes on a pipe) | $hw | $hwc | $(calc %.0f "500 / $hw") | $(calc %.2f "$pdf_bytes / 1048576 / $hw") | $(mib "$(med pdf.helper.tree)") MiB | $(all pdf.helper.wall) |
| \`amanat-cli import\`, whole command | $(med pdf.import.wall) | $(med pdf.import.cpu) | | | CLI $(mib "$(med pdf.import.hwm_event)") MiB, helper $(mib "$(med pdf.import.desc_hwm)") MiB | $(all pdf.import.wall) |
| … of which: unlock + store (start → "imported") | $(med pdf.import.first_imported) | | | | | |
| … of which: extraction + saving text ("imported" → "extracted") | $(calc %.3f "$(med pdf.import.last_extracted) - $(med pdf.import.first_imported)") | helper $(med pdf.import.children_cpu), CLI $(med pdf.import.self_cpu) | | | | |
| \`amanat-cli import --no-extract\` (store only) | $(med pdf.store.wall) | $(med pdf.store.cpu) | | | CLI $(mib "$(med pdf.store.hwm_event)") MiB | $(all pdf.store.wall) |

Helper answer: $(med pdf.helper.pages) pages, $(med pdf.helper.chars) characters, $(med pdf.helper.answer_bytes) bytes of JSON. CLI peak RSS including the Argon2id unlock: $(mib "$(med pdf.import.hwm)") MiB.

| Ratio | Wall | CPU | Aim |
|---|---:|---:|---:|
| helper / pdftotext (time) | $(calc %.2f "$hw / $pt")× | $(calc %.2f "$hwc / $ptc")× | ≤ 1.5× |
| whole import / pdftotext (time) | $(calc %.2f "$(med pdf.import.wall) / $pt")× | $(calc %.2f "$(med pdf.import.cpu) / $ptc")× | — |
EOF
fi

if [[ " $parts " == *" ocr "* ]]; then
  ppm() { calc %.1f "$scan_pages * 60 / $1"; }
  t1=$(med ocr.tess1.wall)
  iw=$(med ocr.import.wall)
  ext=$(calc %.3f "$(med ocr.import.last_extracted) - $(med ocr.import.first_imported)")
  cat <<EOF

### OCR, $scan_pages scanned pages (A4, 300 dpi, 8-bit grey PNG, $scan_lines lines, $(calc %.1f "$scan_bytes / 1048576") MiB)

| Method | Seconds | CPU s (user+sys) | Pages/min | Pages per CPU-min | Peak RSS | Word recall | Runs (s) |
|---|---:|---:|---:|---:|---:|---:|---|
| \`tesseract page.png - -l eng\` × $scan_pages, sequential, \`OMP_THREAD_LIMIT=1\` | $t1 | $(med ocr.tess1.cpu) | $(ppm "$t1") | $(ppm "$(med ocr.tess1.cpu)") | $(mib "$(med ocr.tess1.tree)") MiB | $(med ocr.tess1.recall) | $(all ocr.tess1.wall) |
EOF
  if [ -n "${vals[ocr.tessomp.wall]:-}" ]; then
    to=$(med ocr.tessomp.wall)
    echo "| the same, default OpenMP threads | $to | $(med ocr.tessomp.cpu) | $(ppm "$to") | $(ppm "$(med ocr.tessomp.cpu)") | $(mib "$(med ocr.tessomp.tree)") MiB | $(med ocr.tessomp.recall) | $(all ocr.tessomp.wall) |"
  fi
  cat <<EOF
| \`amanat-cli import DIR --ocr-lang eng\`, whole command | $iw | $(med ocr.import.cpu) | $(ppm "$iw") | $(ppm "$(med ocr.import.cpu)") | CLI $(mib "$(med ocr.import.hwm_event)") MiB, helper $(mib "$(med ocr.import.desc_hwm)") MiB | $ocr_import_recall | $(all ocr.import.wall) |
| … extraction span (first "imported" → last "extracted") | $ext | helpers $(med ocr.import.children_cpu), CLI $(med ocr.import.self_cpu) | $(ppm "$ext") | | | | |
| one page: \`amanat-extract\` alone | $(med ocr.helper1.wall) | $(med ocr.helper1.cpu) | | | $(mib "$(med ocr.helper1.tree)") MiB | | $(all ocr.helper1.wall) |
| one page: \`tesseract\`, \`OMP_THREAD_LIMIT=1\` | $(med ocr.tess1page.wall) | $(med ocr.tess1page.cpu) | | | $(mib "$(med ocr.tess1page.tree)") MiB | | $(all ocr.tess1page.wall) |
| one page: \`tesseract\`, default OpenMP | $(med ocr.tessomppage.wall) | $(med ocr.tessomppage.cpu) | | | $(mib "$(med ocr.tessomppage.tree)") MiB | | $(all ocr.tessomppage.wall) |

Helpers running at once during the import (sampled every 10 ms): at most $(printf '%s\n' ${vals[ocr.import.most_at_once]} | sort -g | tail -1), $(med ocr.import.overlap) on average. Processors' worth of CPU each command got (CPU s / wall s): tesseract \`OMP_THREAD_LIMIT=1\` $(med ocr.tess1.share)$([ -n "${vals[ocr.tessomp.share]:-}" ] && echo ", tesseract default OpenMP $(med ocr.tessomp.share)"), import $(med ocr.import.share). Pages extracted ok: $(all ocr.import.ok).

| Ratio of throughput (pages/min) | Wall | Aim |
|---|---:|---:|
| import / tesseract sequential, \`OMP_THREAD_LIMIT=1\` | $(calc %.2f "$t1 / $iw")× | ≥ 1.5× |
EOF
  if [ -n "${vals[ocr.tessomp.wall]:-}" ]; then
    echo "| import / tesseract sequential, default OpenMP | $(calc %.2f "$to / $iw")× | ≥ 1.5× |"
  fi
  echo "| CPU per page: import / tesseract \`OMP_THREAD_LIMIT=1\` | $(calc %.2f "$(med ocr.import.cpu) / $(med ocr.tess1.cpu)")× | — |"
fi

if [[ " $parts " == *" mixed "* ]]; then
  iw=$(med mixed.import.wall)
  cat <<EOF

### $mixed_files mixed small files ($(calc %.1f "$mixed_bytes / 1048576") MiB)

$(sed -n 's/^kind_\([a-z]*\)=\(.*\)/\1: \2/p' <<<"$mixed_gen" | paste -sd';' - | sed 's/;/; /g')

| Method | Seconds | CPU s (user+sys) | of which CLI / helpers | Files/s | CLI peak RSS (after unlock; whole run) | Largest helper RSS (sampled) | Runs (s) |
|---|---:|---:|---|---:|---|---:|---|
| \`amanat-cli import DIR\` (store + extract) | $iw | $(med mixed.import.cpu) | $(med mixed.import.self_cpu) / $(med mixed.import.children_cpu) | $(calc %.1f "$mixed_files / $iw") | $(mib "$(med mixed.import.hwm_event)") MiB; $(mib "$(med mixed.import.hwm)") MiB | $(mib "$(med mixed.import.desc_hwm)") MiB | $(all mixed.import.wall) |
| … of which: unlock + store, to the last "imported" | $(med mixed.import.last_imported) | | | | | | |
| … of which: to the last "extracted" | $(med mixed.import.last_extracted) | | | | | | |
| \`amanat-cli import DIR --no-extract\` (store only) | $(med mixed.store.wall) | $(med mixed.store.cpu) | | $(calc %.1f "$mixed_files / $(med mixed.store.wall)") | $(mib "$(med mixed.store.hwm_event)") MiB; $(mib "$(med mixed.store.hwm)") MiB | | $(all mixed.store.wall) |

Helpers started: $(all mixed.import.descendants); at most $(printf '%s\n' ${vals[mixed.import.most_at_once]} | sort -g | tail -1) at once, $(med mixed.import.overlap) on average (sampled). Processors' worth of CPU the import got: $(med mixed.import.share). Extractions ok / not ok per run: $(all mixed.import.ok) / $(all mixed.import.not_ok).

The helper alone on the largest file of each kind:

| Kind | Bytes | Status | Seconds | CPU s | Peak RSS |
|---|---:|---|---:|---:|---:|
EOF
  echo "| start-up only (malformed request line) | 14 | failed | $(med kind.startup.wall) | $(med kind.startup.cpu) | $(mib "$(med kind.startup.tree)") MiB |"
  echo "| 16 × 16 white PNG (start-up + Tesseract model) | $(stat -c %s "$scratch/blank.png") | ok | $(med kind.blank.wall) | $(med kind.blank.cpu) | $(mib "$(med kind.blank.tree)") MiB |"
  echo "| the same PNG, \`tesseract\` command, \`OMP_THREAD_LIMIT=1\` | $(stat -c %s "$scratch/blank.png") | | $(med kind.tessblank.wall) | $(med kind.tessblank.cpu) | $(mib "$(med kind.tessblank.tree)") MiB |"
  for kind in "${mixed_kinds[@]}"; do
    echo "| $kind | $(med "kind.$kind.size") | $(all "kind.$kind.status" | tr ' ' '\n' | sort -u | paste -sd, -) | $(med "kind.$kind.wall") | $(med "kind.$kind.cpu") | $(mib "$(med "kind.$kind.tree")") MiB |"
  done
fi

echo >&2
echo "Per-run output:" >&2
cat "$log" >&2

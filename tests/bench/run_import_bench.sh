#!/usr/bin/env bash
# Import throughput benchmark (issue 2): 1 GiB of generated, mixed files imported into an
# encrypted library, against `cp -r` of the same files to the same disk and against the same
# import into an unencrypted SQLite database. Prints a markdown table of the medians.
#
#   tests/bench/run_import_bench.sh [SCRATCH_DIR]
#
# SCRATCH_DIR (default /var/tmp/amanat-import-bench) must not exist; the data and every
# output go there, so all of them are on the same disk, and it is deleted at the end.
# Environment:
#   BENCH_IMPORT  the bench_import binary (default: build-bench/, then build/, of this tree;
#                 build it with -DCMAKE_BUILD_TYPE=Release)
#   RUNS          runs of each method (default 3; the median is reported)
#   SIZE_MIB      size of the generated data (default 1024)
#   DIAGNOSE=1    also run the splits used to find where the import's time goes
#   KEEP=1        keep SCRATCH_DIR
#
# Each run starts with `sync` and, when the kernel allows it (root), dropped page caches, so
# the source files are read from disk ("cold"); otherwise the data is read once beforehand
# and every run is "warm". The script says which.
#
# What is timed:
#   cp           `cp -r DATA DEST && sync`, wall time.
#   encrypted    bench_import's timed part: collect the files, Importer::importFile for each
#                (each file its own transaction; WAL, synchronous=FULL, so every commit is
#                fsynced and auto-checkpoints copy the WAL into library.db), a final
#                TRUNCATE checkpoint, closing the database and sync(). Not timed, reported
#                apart: creating the library and unlocking it (Argon2id, 256 MiB).
#   unencrypted  the same, on Database::openUnencrypted with the same schema and pragmas.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
scratch=${1:-/var/tmp/amanat-import-bench}
runs=${RUNS:-3}
size_mib=${SIZE_MIB:-1024}

bench=${BENCH_IMPORT:-}
if [ -z "$bench" ]; then
  for candidate in "$repo/build-bench/tests/bench/bench_import" \
                   "$repo/build/tests/bench/bench_import"; do
    if [ -x "$candidate" ]; then
      bench=$candidate
      break
    fi
  done
fi
if [ -z "$bench" ] || [ ! -x "$bench" ]; then
  echo "bench_import not found; build it first:" >&2
  echo "  cmake -S $repo -B $repo/build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release" >&2
  echo "  ninja -C $repo/build-bench bench_import" >&2
  exit 1
fi
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

data=$scratch/data
log=$scratch/runs.log
: >"$log"

# Decided once, before the runs (the runs happen in subshells).
cache=cold
if ! { sync && echo 3 >/proc/sys/vm/drop_caches; } 2>/dev/null; then
  cache=warm
  echo "Cannot drop the page cache (not root?); every run reads the data warm." >&2
fi
drop_caches() {
  sync
  if [ "$cache" = cold ]; then
    echo 3 >/proc/sys/vm/drop_caches
  else
    find "$data" -type f -exec cat {} + >/dev/null
  fi
}

# key=value lines of bench_import's output -> the value of one key
value() { sed -n "s/^$2=//p" <<<"$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mibps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", b / 1048576 / s }'; }
# How busy the machine is: 1-minute load average and, where the kernel has it, the share of
# the last 10 s in which some task waited for a CPU.
busy() {
  local psi
  psi=$(sed -n 's/^some avg10=\([0-9.]*\).*/\1/p' /proc/pressure/cpu 2>/dev/null || true)
  echo "load $(cut -d' ' -f1 /proc/loadavg)${psi:+, cpu pressure ${psi}%}"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "Generating $size_mib MiB of mixed files in $data ..." >&2
generated=$("$bench" generate "$data" --mib "$size_mib")
files=$(value "$generated" files)
bytes=$(value "$generated" bytes)
sync

run_cp() {
  local dest=$scratch/out-cp start end
  drop_caches
  start=$(date +%s.%N)
  cp -r "$data" "$dest"
  sync
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
  rm -rf "$dest"
  sync
}

# run_import MODE [--pragma X]... -> bench_import's output
run_import() {
  local mode=$1 dest=$scratch/out-$1 out
  shift
  drop_caches
  out=$("$bench" import "$mode" "$data" "$dest" "$@")
  echo "$out"
  rm -rf "$dest"
  sync
}

declare -a cp_s enc_s unenc_s enc_setup unenc_setup enc_rss unenc_rss enc_cpu unenc_cpu enc_store
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((run = 1; run <= runs; run++)); do
  # Rotate the order, so a slow drift of the machine does not always hit the same method.
  methods=(cp encrypted unencrypted)
  offset=$(((run - 1) % 3))
  for ((i = 0; i < 3; i++)); do
    method=${methods[$(((i + offset) % 3))]}
    load=$(busy)
    case $method in
    cp)
      s=$(run_cp)
      cp_s+=("$s")
      echo "run $run cp: ${s}s ($load)" | tee -a "$log" >&2
      ;;
    encrypted)
      out=$(run_import encrypted)
      enc_s+=("$(value "$out" timed_s)")
      enc_setup+=("$(value "$out" setup_s)")
      enc_rss+=("$(value "$out" import_peak_rss_kib)")
      enc_cpu+=("$(value "$out" cpu_user_s)+$(value "$out" cpu_sys_s)")
      enc_store+=("$(value "$out" store_bytes)")
      echo "run $run encrypted: $(tr '\n' ' ' <<<"$out")($load)" | tee -a "$log" >&2
      ;;
    unencrypted)
      out=$(run_import unencrypted)
      unenc_s+=("$(value "$out" timed_s)")
      unenc_setup+=("$(value "$out" setup_s)")
      unenc_rss+=("$(value "$out" import_peak_rss_kib)")
      unenc_cpu+=("$(value "$out" cpu_user_s)+$(value "$out" cpu_sys_s)")
      echo "run $run unencrypted: $(tr '\n' ' ' <<<"$out")($load)" | tee -a "$log" >&2
      ;;
    esac
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cp_med=$(printf '%s\n' "${cp_s[@]}" | median)
enc_med=$(printf '%s\n' "${enc_s[@]}" | median)
unenc_med=$(printf '%s\n' "${unenc_s[@]}" | median)
enc_setup_med=$(printf '%s\n' "${enc_setup[@]}" | median)
enc_rss_med=$(printf '%s\n' "${enc_rss[@]}" | median)
unenc_rss_med=$(printf '%s\n' "${unenc_rss[@]}" | median)
enc_store_med=$(printf '%s\n' "${enc_store[@]}" | median)

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
fs=$(df -PT "$scratch" | awk 'NR == 2 { print $1 " (" $2 ")" }')
device=$(basename "$(df -P "$scratch" | awk 'NR == 2 { print $1 }')")
rotational=$(cat "/sys/block/$device/queue/rotational" 2>/dev/null || echo "?")

cat <<EOF
Machine: $(nproc) CPUs, ${cpu_model:-unknown CPU}, $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)
Disk: $fs, rotational=$rotational; data and outputs in $scratch
Data: $files files, $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1048576 }') MiB)
Page cache: $cache before every run; runs per method: $runs, median shown
Load average (1/5/15 min): $load_before before, $load_after after

| Method | Seconds (median) | MiB/s | Runs (s) |
|---|---:|---:|---|
| \`cp -r\` + \`sync\` | $cp_med | $(mibps "$bytes" "$cp_med") | ${cp_s[*]} |
| Amanat import, encrypted library | $enc_med | $(mibps "$bytes" "$enc_med") | ${enc_s[*]} |
| Same import, unencrypted SQLite | $unenc_med | $(mibps "$bytes" "$unenc_med") | ${unenc_s[*]} |

| Ratio (speed) | Measured | Aim |
|---|---:|---:|
| Amanat / cp | $(ratio "$cp_med" "$enc_med")× | ≥ 0.5× |
| Amanat / unencrypted | $(ratio "$unenc_med" "$enc_med")× | ≥ 0.8× |

Not timed: creating and unlocking the library (Argon2id), median ${enc_setup_med}s.
Peak RSS during the import (VmHWM, reset after key derivation): encrypted $((enc_rss_med / 1024)) MiB, unencrypted $((unenc_rss_med / 1024)) MiB.
CPU seconds (user+system) of the timed part: encrypted ${enc_cpu[*]}; unencrypted ${unenc_cpu[*]}.
Library folder after import: $enc_store_med bytes.
EOF

if [ "${DIAGNOSE:-0}" = 1 ]; then
  # How the time splits, $runs runs each, medians. The variants change pragmas inside the
  # benchmark only; the figures above use the library's own settings.
  echo
  echo "| Diagnostic (cache $cache, median of $runs) | Seconds | MiB/s | Split (s) |"
  echo "|---|---:|---:|---|"
  declare -a total_s sha_s
  for ((run = 1; run <= runs; run++)); do
    drop_caches
    out=$("$bench" hash "$data")
    echo "run $run diag hash: $(tr '\n' ' ' <<<"$out")" >>"$log"
    total_s+=("$(value "$out" total_s)")
    sha_s+=("$(value "$out" sha256_s)")
  done
  t=$(printf '%s\n' "${total_s[@]}" | median)
  echo "| read + SHA-256 only (libsodium, 1 MiB reads, no database) | $t | $(mibps "$bytes" "$t") | SHA-256 $(printf '%s\n' "${sha_s[@]}" | median) |"
  for mode in encrypted unencrypted; do
    for variant in "wal_autocheckpoint=0" "synchronous=NORMAL"; do
      declare -a timed=() imported=() checkpointed=()
      for ((run = 1; run <= runs; run++)); do
        out=$(run_import "$mode" --pragma "$variant")
        echo "run $run diag $mode $variant: $(tr '\n' ' ' <<<"$out")($(busy))" >>"$log"
        timed+=("$(value "$out" timed_s)")
        imported+=("$(value "$out" import_s)")
        checkpointed+=("$(value "$out" checkpoint_s)")
      done
      t=$(printf '%s\n' "${timed[@]}" | median)
      split="import $(printf '%s\n' "${imported[@]}" | median) + final checkpoint $(printf '%s\n' "${checkpointed[@]}" | median)"
      echo "| $mode, PRAGMA $variant | $t | $(mibps "$bytes" "$t") | $split |"
    done
  done
fi

echo >&2
echo "Per-run output:" >&2
cat "$log" >&2

#!/usr/bin/env bash
# What the database page size costs when storing originals, measured with the stock
# `sqlcipher` shell rather than Amanat's code: SIZE_MIB MiB of 1 MiB chunks, 16 chunks per
# transaction (a 16 MiB file each), with the pragmas Database::configure sets (WAL,
# synchronous=FULL, auto_vacuum=FULL, secure_delete, 32 MiB cache), encrypted with a raw key
# and unencrypted, at page sizes 4096 (the library's), 16384 and 65536. No hashing, no
# reading of source files: only what SQLite/SQLCipher and the kernel do with the chunks.
#
#   tests/bench/page_size_experiment.sh [SCRATCH_DIR]     # RUNS (default 3), SIZE_MIB (1024)
set -euo pipefail

scratch=${1:-/var/tmp/amanat-page-size}
runs=${RUNS:-3}
size_mib=${SIZE_MIB:-1024}
command -v sqlcipher >/dev/null || { echo "needs the sqlcipher shell" >&2; exit 1; }
if [ -e "$scratch" ]; then
  echo "$scratch already exists; give a new folder (it is deleted at the end)." >&2
  exit 1
fi
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT

script() { # MODE PAGE_SIZE
  if [ "$1" = encrypted ]; then
    printf "PRAGMA key = \"x'%s'\";\nPRAGMA cipher_page_size = %s;\n" "$(printf '11%.0s' {1..32})" "$2"
  else
    printf 'PRAGMA page_size = %s;\n' "$2"
  fi
  cat <<'EOF'
PRAGMA auto_vacuum = FULL;
PRAGMA temp_store = MEMORY;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA secure_delete = ON;
PRAGMA cache_size = -32768;
CREATE TABLE original_chunks(item_id INTEGER NOT NULL, chunk_index INTEGER NOT NULL,
  data BLOB NOT NULL, PRIMARY KEY (item_id, chunk_index));
EOF
  for ((file = 0; file < size_mib / 16; file++)); do
    echo "BEGIN IMMEDIATE;"
    for ((chunk = 0; chunk < 16; chunk++)); do
      echo "INSERT INTO original_chunks VALUES ($file, $chunk, zeroblob(1048576));"
    done
    echo "COMMIT;"
  done
  echo "PRAGMA wal_checkpoint(TRUNCATE);"
}

TIMEFORMAT='%3U+%3S'
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| sqlcipher shell, $size_mib MiB in 1 MiB chunks | page size | seconds (median of $runs) | MiB/s | user+sys CPU s (median run) |"
echo "|---|---:|---:|---:|---:|"
for mode in encrypted unencrypted; do
  for page in 4096 16384 65536; do
    script "$mode" "$page" >"$scratch/load.sql"
    results=()
    for ((run = 1; run <= runs; run++)); do
      rm -f "$scratch"/t.db*
      sync
      start=$(date +%s.%N)
      # bash's own `time` (no dependency on GNU time): CPU seconds of the shell process
      { time sqlcipher "$scratch/t.db" <"$scratch/load.sql" >/dev/null; } 2>"$scratch/cpu"
      sync
      end=$(date +%s.%N)
      results+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }') $(cat "$scratch/cpu")")
    done
    med=$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)
    cpu=$(printf '%s\n' "${results[@]}" | awk -v m="$med" '$1 == m { print $2; exit }')
    echo "| $mode | $page | $med | $(awk -v s="$med" -v n="$size_mib" 'BEGIN { printf "%.0f", n / s }') | ${cpu:-?} |"
  done
done

#!/usr/bin/env bash
# Sealed exchange at size (issue 15): peak memory and time of `share` and `receive` for a
# small package and a large one, in one run. Flat memory means the large package costs no
# more than the small one: the originals stream through one 64 KiB chunk and one 1 MiB
# buffer at a time. The baseline for time is `cp` of the package file plus `sync`.
#
#   tests/bench/run_exchange_bench.sh SCRATCH [SIZE_MIB=2048]
#
# SCRATCH must not exist; it is removed at the end unless KEEP=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${AMANAT_BUILD_DIR:-$here/build}"
cli="$build/app/cli/amanat-cli"
scratch="${1:?give a scratch folder that does not exist}"
size_mib="${2:-2048}"
[ -e "$scratch" ] && { echo "$scratch exists" >&2; exit 1; }
mkdir -p "$scratch"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
export AMANAT_PASSPHRASE="${AMANAT_PASSPHRASE:-correct horse battery staple, benchmark only}"

measure() { # LABEL COMMAND... : "LABEL peak_kib=… seconds=…"
  local label=$1
  shift
  /usr/bin/time -f "%M %e" -o "$scratch/time.txt" "$@" >/dev/null 2>"$scratch/last.err" ||
    { cat "$scratch/last.err" >&2; exit 1; }
  read -r kib secs <"$scratch/time.txt"
  echo "$label peak_kib=$kib seconds=$secs"
}

for lib in sender receiver-small receiver-large; do
  "$cli" init "$scratch/$lib" --no-default-tags >/dev/null 2>&1
done
to=$("$cli" exchange-key "$scratch/receiver-small" 2>/dev/null)
to_large=$("$cli" exchange-key "$scratch/receiver-large" 2>/dev/null)

head -c $((16 << 20)) /dev/urandom >"$scratch/small.bin"
head -c $((size_mib << 20)) /dev/urandom >"$scratch/large.bin"
"$cli" import "$scratch/sender" "$scratch/small.bin" --no-extract >/dev/null 2>&1
"$cli" import "$scratch/sender" "$scratch/large.bin" --no-extract >/dev/null 2>&1
rm "$scratch/large.bin"

measure "share 16 MiB" "$cli" share "$scratch/sender" --to "$to" 1 "$scratch/small.amanatx"
measure "share ${size_mib} MiB" "$cli" share "$scratch/sender" --to "$to_large" 2 "$scratch/large.amanatx"
measure "cp + sync of the ${size_mib} MiB package" sh -c "cp '$scratch/large.amanatx' '$scratch/copy' && sync"
rm "$scratch/copy"
measure "receive 16 MiB" "$cli" receive "$scratch/receiver-small" "$scratch/small.amanatx" --no-extract
measure "receive ${size_mib} MiB" "$cli" receive "$scratch/receiver-large" "$scratch/large.amanatx" --no-extract
echo "package bytes: $(stat -c %s "$scratch/large.amanatx")"

#!/usr/bin/env bash
# Full-text search benchmark (issue 4): generates a corpus of N documents into an encrypted
# library and an unencrypted copy (bench_search generate), then measures the same queries
#   (1) through the real CLI: `amanat-cli search ENC --stdin --json`, fed the query file
#       once as a warm-up and then 20 more times; each answer's "elapsed_ms" (measured inside
#       the CLI, integer milliseconds) is one sample;
#   (2) in one process through SearchEngine (bench_search query), against the encrypted
#       library and against the unencrypted database, 1 warm-up + 20 rounds;
# and prints markdown tables of p50/p95 per query class and per query.
#
#   tests/bench/run_search_bench.sh [N=100000] [SCRATCH=/var/tmp/amanat-search-bench]
#
# Builds nothing. Environment:
#   BUILD         Release build folder (default /work/main/build-bench), holding
#                 tests/bench/bench_search and app/cli/amanat-cli
#   BENCH_SEARCH, AMANAT_CLI   the binaries, when not taken from BUILD
#   ROUNDS        timed rounds (default 20)
#   COLD=0        skip the cold-cache runs (one CLI run per query after evicting the
#                 library's files from the page cache with posix_fadvise(DONTNEED); only
#                 these files are evicted, nothing else on the machine)
#   PROFILE=1     also run `bench_search profile --plans` on both databases
#   KEEP=1        keep SCRATCH (the corpus); otherwise it is deleted at the end
# A SCRATCH kept from an earlier run with the same N is reused (generation is skipped and
# its generate.log reported again).
#
# The main figures are warm: the databases were just written (or read by the warm-up round),
# so the OS page cache holds them; SQLite's own cache is 32 MiB of decrypted pages per
# connection. The "cold" column is one run per query right after unlocking, with the
# library's files evicted from the OS page cache first.
set -euo pipefail

n=${1:-100000}
scratch=${2:-/var/tmp/amanat-search-bench}
build=${BUILD:-/work/main/build-bench}
bench=${BENCH_SEARCH:-$build/tests/bench/bench_search}
cli=${AMANAT_CLI:-$build/app/cli/amanat-cli}
rounds=${ROUNDS:-20}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

for binary in "$bench" "$cli"; do
  if [ ! -x "$binary" ]; then
    echo "$binary not found; build it first:" >&2
    echo "  cmake -S /work/main -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release" >&2
    echo "  ninja -C $build bench_search amanat-cli" >&2
    exit 1
  fi
done
command -v python3 >/dev/null || { echo "python3 is needed for the statistics" >&2; exit 1; }

enc=$scratch/enc.amanat
plain=$scratch/plain.db
cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$scratch"
  fi
}

trap cleanup EXIT
if [ -f "$scratch/generate.log" ] && grep -qx "corpus.docs=$n" "$scratch/generate.log" \
   && [ -d "$enc" ] && [ -f "$plain" ]; then
  echo "Reusing the corpus in $scratch." >&2
else
  if [ -e "$enc" ] || [ -e "$plain" ]; then
    echo "$scratch holds another corpus; give a new folder." >&2
    exit 1
  fi
  mkdir -p "$scratch"
  echo "Generating $n documents in $scratch (this takes a while)..." >&2
  "$bench" generate "$scratch" "$n" >"$scratch/generate.log"
fi

cut -f2 "$scratch/queries.tsv" >"$scratch/queries.txt"
queries=$(wc -l <"$scratch/queries.txt")

# (1) The CLI: one unlock, then every query a line.
: >"$scratch/cli-input.txt"
for _ in $(seq 0 "$rounds"); do
  cat "$scratch/queries.txt" >>"$scratch/cli-input.txt"
done
load_before=$(cut -d' ' -f1 /proc/loadavg)
pressure() { sed -n 's/^some avg10=\([0-9.]*\) avg60=\([0-9.]*\).*/\2/p' /proc/pressure/cpu 2>/dev/null; }
pressure_before=$(pressure)
start=$(date +%s.%N)
AMANAT_PASSPHRASE="correct horse battery staple, search benchmark only" \
  "$cli" search "$enc" --stdin --json <"$scratch/cli-input.txt" >"$scratch/cli.jsonl"
cli_wall=$(awk "BEGIN {print $(date +%s.%N) - $start}")

# (1b) Cold: each query alone, right after unlocking, the library's files evicted first.
evict() {
  python3 - "$@" <<'PY'
import os, sys
for path in sys.argv[1:]:
    fd = os.open(path, os.O_RDONLY)
    os.fsync(fd)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.close(fd)
PY
}
: >"$scratch/cold.jsonl"
if [ "${COLD:-1}" = 1 ]; then
  while IFS= read -r query; do
    evict "$enc"/library.db*
    printf '%s\n' "$query" | AMANAT_PASSPHRASE="correct horse battery staple, search benchmark only" \
      "$cli" search "$enc" --stdin --json >>"$scratch/cold.jsonl"
  done <"$scratch/queries.txt"
fi

# (2) In process, encrypted and unencrypted.
"$bench" query enc "$enc" "$scratch/queries.txt" --repeat "$rounds" \
  --samples "$scratch/enc.samples" >"$scratch/enc.summary"
"$bench" query plain "$plain" "$scratch/queries.txt" --repeat "$rounds" \
  --samples "$scratch/plain.samples" >"$scratch/plain.summary"
load_after=$(cut -d' ' -f1 /proc/loadavg)
pressure_after=$(pressure)

if [ "${PROFILE:-0}" = 1 ]; then
  "$bench" profile enc "$enc" "$scratch/queries.txt" --repeat 5 --plans >"$scratch/enc.profile"
  "$bench" profile plain "$plain" "$scratch/queries.txt" --repeat 5 --plans \
    >"$scratch/plain.profile"
fi

echo "## Machine"
echo
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
     "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM"
echo "- load average (1 min) before/after the query runs: $load_before / $load_after;" \
     "CPU pressure (/proc/pressure/cpu, some avg60): ${pressure_before:-n/a} % / ${pressure_after:-n/a} %"
echo "- caches warm (see the header of this script); $rounds timed rounds after 1 warm-up round"
echo "- CLI run: $queries queries x $((rounds + 1)) rounds in $(printf '%.1f' "$cli_wall") s" \
     "wall, including the unlock (Argon2id)"
echo
echo "## Generation"
echo
echo '```'
grep -E '^(corpus|enc|plain[0-9a-z]*)\.' "$scratch/generate.log"
echo '```'
echo
python3 - "$scratch" "$queries" "$rounds" <<'EOF'
import json, math, sys
from collections import OrderedDict

scratch, nqueries, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
classes = OrderedDict()   # class -> [queries]
class_of = {}
for line in open(f"{scratch}/queries.tsv", encoding="utf-8"):
    cls, query = line.rstrip("\n").split("\t")
    classes.setdefault(cls, []).append(query)
    class_of[query] = cls

def pct(values, p):
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    values = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(values)))
    return values[min(rank, len(values)) - 1]

cli = {q: [] for q in class_of}
totals = {}
lines = open(f"{scratch}/cli.jsonl", encoding="utf-8").read().splitlines()
if len(lines) != nqueries * (rounds + 1):
    sys.exit(f"expected {nqueries * (rounds + 1)} CLI answers, got {len(lines)}")
for i, line in enumerate(lines):
    answer = json.loads(line)
    if "error" in answer:
        sys.exit(f"CLI error for {answer['query']}: {answer['error']}")
    totals[answer["query"]] = answer["total"]
    if i >= nqueries:  # the first round is the warm-up
        cli[answer["query"]].append(float(answer["elapsed_ms"]))

def samples(kind):
    out = {q: [] for q in class_of}
    cpu = {q: [] for q in class_of}
    for line in open(f"{scratch}/{kind}.samples", encoding="utf-8"):
        query, wall, thread_cpu = line.rstrip("\n").split("\t")
        out[query].append(float(wall))
        cpu[query].append(float(thread_cpu))
    return out, cpu

enc, enc_cpu = samples("enc")
cold = {}
for line in open(f"{scratch}/cold.jsonl", encoding="utf-8"):
    answer = json.loads(line)
    cold[answer["query"]] = float(answer["elapsed_ms"])
plain, plain_cpu = samples("plain")

def pool(data, queries):
    return [v for q in queries for v in data[q]]

def fmt(v):
    return "n/a" if v != v else (f"{v:.0f}" if v >= 100 else f"{v:.1f}")

def aim(cls):
    return 250 if cls == "nearly all" else 50

print("## p50 / p95 latency per query class (ms)")
print()
print("Samples pooled over the queries of a class, nearest-rank percentiles. CLI: elapsed_ms "
      "as printed (whole milliseconds); in-process: wall clock around SearchEngine::search; "
      "CPU: thread CPU time of the in-process encrypted runs.")
print()
print("| class | matches | enc CLI p50 / p95 | enc in-process p50 / p95 | plain in-process p50 / p95 "
      "| enc/plain p50 / p95 | enc CPU p50 / p95 | enc CLI cold, worst | aim p95 "
      "| met (enc CLI, enc in-process) |")
print("|---|---|---|---|---|---|---|---|---|---|")
for cls, queries in classes.items():
    c, e, p, ec = (pool(cli, queries), pool(enc, queries), pool(plain, queries),
                   pool(enc_cpu, queries))
    matches = ", ".join(str(totals[q]) for q in queries)
    met = lambda v: "yes" if v < aim(cls) else "**no**"
    print(f"| {cls} | {matches} | {fmt(pct(c, 50))} / {fmt(pct(c, 95))} "
          f"| {fmt(pct(e, 50))} / {fmt(pct(e, 95))} | {fmt(pct(p, 50))} / {fmt(pct(p, 95))} "
          f"| {pct(e, 50) / pct(p, 50):.2f} / {pct(e, 95) / pct(p, 95):.2f} "
          f"| {fmt(pct(ec, 50))} / {fmt(pct(ec, 95))} "
          f"| {fmt(max((cold.get(q, float('nan')) for q in queries), default=float('nan')))} "
          f"| < {aim(cls)} "
          f"| {met(pct(c, 95))}, {met(pct(e, 95))} |")
print()
print("## Per query (ms)")
print()
print("| class | query | matches | enc CLI p50 / p95 | enc CLI cold | enc in-process p50 / p95 "
      "| plain in-process p50 / p95 | enc/plain p50 |")
print("|---|---|---|---|---|---|---|---|")
for cls, queries in classes.items():
    for q in queries:
        shown = q.replace("|", "\\|")
        print(f"| {cls} | `{shown}` | {totals[q]} | {fmt(pct(cli[q], 50))} / {fmt(pct(cli[q], 95))} "
              f"| {fmt(cold.get(q, float('nan')))} "
              f"| {fmt(pct(enc[q], 50))} / {fmt(pct(enc[q], 95))} "
              f"| {fmt(pct(plain[q], 50))} / {fmt(pct(plain[q], 95))} "
              f"| {pct(enc[q], 50) / pct(plain[q], 50):.2f} |")
EOF

if [ "${PROFILE:-0}" = 1 ]; then
  echo
  echo "## Profile (median thread CPU ms per piece)"
  for kind in enc plain; do
    echo
    echo "### $kind"
    echo
    echo '```'
    grep -v '^# plan' "$scratch/$kind.profile"
    echo '```'
  done
  echo
  echo '```'
  grep '^# plan' "$scratch/enc.profile"
  echo '```'
fi
if [ "${KEEP:-0}" = 1 ]; then
  echo >&2
  echo "Kept $scratch." >&2
fi

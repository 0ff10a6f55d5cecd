#!/usr/bin/env bash
# Crash safety of `chaingraph ingest demo`: kill -9 it at random moments, run it again to the end, and
# compare `stats --json` with a clean import's. Every kill must end equal (N of N).
# Usage: scripts/kill-ingest.sh [kills=20] [folder=artifacts/kill-ingest]
# Environment: CHAINGRAPH_CLI (the chaingraph.dll to run; default: the Release build, built when missing), KILL_SEED (bash RANDOM seed, default: time), KILL_MIN_MS (default 500), KILL_MAX_MS (default: the
# clean import's duration, so kills land in every phase: regions, ckg, ickg, chains).
# Prints one line per kill and the tally; exits non-zero unless every re-run equals the clean import.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-20}"
folder="${2:-artifacts/kill-ingest}"
mkdir -p "$folder"
cli="${CHAINGRAPH_CLI:-src/ChainGraph.Cli/bin/Release/net10.0/chaingraph.dll}"
[[ -f "$cli" ]] || dotnet build src/ChainGraph.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
chaingraph() { dotnet "$cli" "$@"; }
RANDOM="${KILL_SEED:-$(date +%s)}"

clean="$folder/clean.db"
rm -f "$clean" "$clean"-*
start=$(date +%s%N)
chaingraph --db "$clean" ingest demo --json >/dev/null
clean_ms=$(( ($(date +%s%N) - start) / 1000000 ))
chaingraph --db "$clean" stats --json >"$folder/clean.json"
min_ms="${KILL_MIN_MS:-500}"
max_ms="${KILL_MAX_MS:-$clean_ms}"
echo "kill-ingest: clean import ${clean_ms} ms (load $(cut -d' ' -f1-3 /proc/loadavg)); killing at random moments in [${min_ms}, ${max_ms}] ms"

equal=0
for i in $(seq 1 "$kills"); do
  db="$folder/kill-$i.db"
  rm -f "$db" "$db"-*
  at_ms=$(( min_ms + ( (RANDOM * 32768 + RANDOM) % (max_ms - min_ms + 1) ) ))
  chaingraph --db "$db" ingest demo --json >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((at_ms / 1000)) $((at_ms % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then state="killed"; else state="had finished"; fi
  wait "$pid" 2>/dev/null || true
  chaingraph --db "$db" ingest demo --json >/dev/null
  chaingraph --db "$db" stats --json >"$folder/kill-$i.json"
  integrity="$(command -v sqlite3 >/dev/null && sqlite3 "$db" 'pragma integrity_check' || echo 'not checked (no sqlite3)')"
  if diff -q "$folder/clean.json" "$folder/kill-$i.json" >/dev/null; then
    equal=$((equal + 1))
    echo "kill $i at ${at_ms} ms ($state): equal, integrity $integrity"
    rm -f "$db" "$db"-*
  else
    echo "kill $i at ${at_ms} ms ($state): DIFFERENT, integrity $integrity; kept $db"
    diff "$folder/clean.json" "$folder/kill-$i.json" | sed 's/^/    /' || true
  fi
done

echo "kill-ingest: $equal of $kills re-runs equal a clean import"
[[ "$equal" -eq "$kills" ]]

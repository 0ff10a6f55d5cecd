#!/usr/bin/env bash
# Chain-map API latency under load: starts the web app (Release) on loopback, waits until it answers
# (on first use it creates the store, imports the demo and trains the model: about a minute), drives
# GET /api/chains/新一代汽车技术/map (or BENCH_PATH) with wrk and prints the latency distribution. Budget: p95 < 50 ms.
# Usage: scripts/bench-web.sh [duration=30s] [connections=16] [threads=2]
# Environment: CHAINGRAPH_DB (default artifacts/bench-web/chaingraph.db), BENCH_PORT (default 5180),
# BENCH_PATH (default /api/chains/nev/map; e.g. /api/chains/nev/distribution, /api/chains/nev/compare, with
# non-ASCII query values percent-encoded).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30s}"; connections="${2:-16}"; threads="${3:-2}"
port="${BENCH_PORT:-5180}"
export CHAINGRAPH_DB="${CHAINGRAPH_DB:-$PWD/artifacts/bench-web/chaingraph.db}"
mkdir -p "$(dirname "$CHAINGRAPH_DB")"
command -v wrk >/dev/null || { echo "bench-web: wrk is missing (Debian: apt-get install wrk)" >&2; exit 1; }

scripts/setup.d/20-web-assets.sh
dotnet build src/ChainGraph.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
log="$(dirname "$CHAINGRAPH_DB")/web.log"
dotnet src/ChainGraph.Web/bin/Release/net10.0/ChainGraph.Web.dll --urls "http://127.0.0.1:$port" \
  --contentRoot "$PWD/src/ChainGraph.Web" --Logging:LogLevel:Default=Warning --Logging:LogLevel:ChainGraph=Information >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  curl -fs "$base/api/chains" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "bench-web: the app exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/api/chains" >/dev/null || { echo "bench-web: the app did not answer within 600 s; see $log" >&2; exit 1; }

chain="$(python3 -c 'import urllib.parse; print(urllib.parse.quote("新一代汽车技术"))')"
path="${BENCH_PATH:-/api/chains/$chain/map}"
url="$base$path"
bytes=$(curl -fs "$url" | wc -c)
echo "bench-web: GET $path ($bytes bytes), wrk -t$threads -c$connections -d$duration, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
curl -fs "$url" >/dev/null  # warm: the first request computes the map for the current snapshot
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s scripts/bench-web.lua "$url" | sed -n '/^requests/,$p'

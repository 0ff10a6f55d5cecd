#!/usr/bin/env bash
# The web budgets at city scale, on a store made by
#   chaingraph bench scale --enterprises 1000000 --work DIR --keep --recommend 20
# Starts the web app (Release) on loopback over DIR/project.db with the model bench scale trained,
# times start → first answer ("ready") and → background warm-up done ("prepared"), then sends REQUESTS mixed GETs one after another (chain maps, segment
# drill-downs, enterprise profiles, search, anchor and gap-segment recommendations; a bounded loop),
# prints p50/p95 per kind and the app's resident memory after them. Budgets: ready ≤ 60 s, ≤ 4 GB,
# chain map p95 ≤ 50 ms, recommendation p95 ≤ 200 ms.
# Usage: scripts/bench-scale-web.sh DB [requests=1000]. Environment: BENCH_PORT (default 5117).
set -euo pipefail
cd "$(dirname "$0")/.."
db="$(realpath "${1:?usage: scripts/bench-scale-web.sh DB [requests]}")"
requests="${2:-1000}"
port="${BENCH_PORT:-5117}"
base="http://127.0.0.1:$port"
command -v sqlite3 >/dev/null || { echo "bench-scale-web: sqlite3 is missing (apt-get install sqlite3)" >&2; exit 1; }
[ -f "$db" ] || { echo "bench-scale-web: no store at $db" >&2; exit 1; }

scripts/setup.d/20-web-assets.sh >/dev/null
dotnet build src/ChainGraph.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
log="$(dirname "$db")/web.log"
start=$(date +%s.%N)
CHAINGRAPH_DB="$db" ChainGraph__Web__AdminPassword="bench-$RANDOM$RANDOM" \
  dotnet src/ChainGraph.Web/bin/Release/net10.0/ChainGraph.Web.dll --urls "$base" --contentRoot "$PWD/src/ChainGraph.Web" \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:ChainGraph=Information >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  curl -fs "$base/api/chains" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "bench-scale-web: the app exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  sleep 0.5
done
ready=$(python3 -c "import sys; print(float(sys.argv[1]) - float(sys.argv[2]))" "$(date +%s.%N)" "$start")
echo "bench-scale-web: $db, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'ready (first answer) after %.1f s (budget 60 s); resident %s\n' "$ready" "$(grep VmRSS /proc/$app/status | awk '{printf "%.2f GB", $2*1024/1e9}')"
# The app answers while it prepares the recommender's structures in the background; a recommendation asked
# meanwhile waits for them. Wait for the warm-up too, so "prepared" is when every page answers at full speed.
for _ in $(seq 1 1200); do
  grep -q "Feature structures prepared\|Background preparation of the feature structures skipped" "$log" && break
  sleep 0.5
done
prepared=$(python3 -c "import sys; print(float(sys.argv[1]) - float(sys.argv[2]))" "$(date +%s.%N)" "$start")
printf 'prepared (background warm-up done) after %.1f s; resident %s\n' "$prepared" "$(grep VmRSS /proc/$app/status | awk '{printf "%.2f GB", $2*1024/1e9}')"

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
mapfile -t chains < <(sqlite3 "$db" "SELECT key FROM nodes WHERE kind = 'Chain' ORDER BY key")
mapfile -t segments < <(sqlite3 "$db" "SELECT key FROM nodes WHERE kind = 'Segment' ORDER BY key")
mapfile -t companies < <(sqlite3 "$db" "SELECT key FROM nodes WHERE kind = 'Enterprise' ORDER BY id % 9973, id LIMIT 200")
mapfile -t anchors < <(sqlite3 "$db" "SELECT DISTINCT n.name FROM nodes n JOIN edges e ON e.src = n.id WHERE e.type = 'ANCHORS' ORDER BY n.name LIMIT 20")
times="$(dirname "$db")/web-times.tsv"
: >"$times"
for i in $(seq 0 $((requests - 1))); do
  case $((i % 6)) in
    0) kind=map; url="/api/chains/${chains[$((i / 6 % ${#chains[@]}))]}/map" ;;
    1) seg="${segments[$((i / 6 % ${#segments[@]}))]}"; kind=segment; url="/api/chains/${seg%%/*}/segments/${seg#*/}" ;;
    2) kind=profile; url="/api/enterprises/$(enc "${companies[$((i / 6 % ${#companies[@]}))]}")" ;;
    3) kind=search; url="/api/enterprises?q=$(enc "${companies[$((i / 6 % ${#companies[@]}))]:0:2}")" ;;
    4) seg="${segments[$((i / 6 % ${#segments[@]}))]}"; kind=recommend; url="/api/recommendations?chain=${seg%%/*}&segment=${seg#*/}" ;;
    5) dir=$([ $((i / 6 % 2)) -eq 0 ] && echo upstream || echo downstream); kind=recommend; url="/api/recommendations?anchor=$(enc "${anchors[$((i / 6 % ${#anchors[@]}))]}")&direction=$dir" ;;
  esac
  t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 60 "$base$url")
  echo "$kind ${t}" >>"$times"
done
python3 - "$times" <<'PY'
import sys, collections
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
by = collections.defaultdict(list); codes = collections.Counter()
for kind, code, t in rows:
    by[kind].append(float(t) * 1000); codes[code] += 1
for kind, ts in sorted(by.items()):
    ts.sort(); p = lambda q: ts[min(len(ts) - 1, int(len(ts) * q))]
    print(f"{kind:10} n={len(ts):4}  p50 {p(0.5):8.1f} ms  p95 {p(0.95):8.1f} ms  max {ts[-1]:8.1f} ms")
print("status codes:", dict(codes))
first = next((float(t) * 1000 for kind, code, t in rows if kind == "recommend"), None)
if first is not None:
    print(f"first recommendation after the warm-up: {first:.1f} ms (budget 2 s)")
PY
printf 'resident after %s requests: %s (budget 4 GB); peak %s\n' "$requests" \
  "$(grep VmRSS /proc/$app/status | awk '{printf "%.2f GB", $2*1024/1e9}')" "$(grep VmHWM /proc/$app/status | awk '{printf "%.2f GB", $2*1024/1e9}')"
grep -h "Feature structures prepared" "$log" || true

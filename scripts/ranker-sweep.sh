#!/usr/bin/env bash
# Compares ranker settings on several cut-offs inside the demo history (never on later facts).
# Usage: scripts/ranker-sweep.sh OUT.tsv 'NAME ENV=VALUE ENV=VALUE' ['NAME2 …' …]
#   e.g. scripts/ranker-sweep.sh /tmp/sweep.tsv 'fasttree' 'leaves8 ChainGraph__Recommender__Training__Learner__Leaves=8'
# CUTOFFS overrides the cut-offs (default 2025-05-01 2025-05-15 2025-06-01 2025-06-15 2025-07-01).
# Prints one line per (setting, cut-off): model NDCG@10, best baseline NDCG@10 and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$1"; shift
cutoffs=${CUTOFFS:-"2025-05-01 2025-05-15 2025-06-01 2025-06-15 2025-07-01"}
dll=src/ChainGraph.Cli/bin/Release/net10.0/chaingraph.dll
[ -f "$dll" ] || dotnet build src/ChainGraph.Cli -c Release -nologo -clp:ErrorsOnly >&2
for setting in "$@"; do
  read -r name assignments <<<"$setting"
  for cut in $cutoffs; do
    json=$(env $assignments dotnet "$dll" eval --history ingest/demo/ickg25-past --cutoff "$cut" --json)
    python3 -c '
import json, sys
r = json.loads(sys.argv[1]); m = r["methods"]
best = max((v["ndcg10"], k) for k, v in m.items() if k != "model")
print("\t".join([sys.argv[2], sys.argv[3], "%.4f" % m["model"]["ndcg10"], best[1], "%.4f" % best[0], "%.2f" % (m["model"]["ndcg10"] / best[0]), str(r["queries"])]))
' "$json" "$name" "$cut" | tee -a "$out"
  done
done

#!/usr/bin/env bash
# The run command: installs what is missing, imports the shipped demo data if the store is empty, prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
dotnet run --project src/ChainGraph.Cli -c Release -- ingest demo
dotnet run --project src/ChainGraph.Cli -c Release --no-build -- stats

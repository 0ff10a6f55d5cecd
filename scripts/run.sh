#!/usr/bin/env bash
# The run command: installs what is missing (Debian packages, web assets), then starts the web app on
# the embedded SQLite store. On a fresh machine the app imports the shipped demo data, places the six
# chains and trains the ranking model before it answers (about a minute on 2 cores); later starts take seconds.
# Address: $CHAINGRAPH_URLS (default http://127.0.0.1:5000). Store: $CHAINGRAPH_DB.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
exec dotnet run --project src/ChainGraph.Web -c Release -- --urls "${CHAINGRAPH_URLS:-http://127.0.0.1:5000}"

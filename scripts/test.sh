#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
dotnet build ChainGraph.sln -c Release -nologo -clp:ErrorsOnly
dotnet test ChainGraph.sln -c Release --no-build -nologo --logger "console;verbosity=normal" "$@"

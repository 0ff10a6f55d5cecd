#!/usr/bin/env bash
# Front-end libraries for the web app (served by the app itself: no CDN on intranet machines).
# Installs the pinned npm packages of src/ChainGraph.Web/assets (package-lock.json) and copies the
# files the pages load into src/ChainGraph.Web/wwwroot/lib (git-ignored). Idempotent: quick when done.
set -euo pipefail
cd "$(dirname "$0")/../.."
assets=src/ChainGraph.Web/assets
lib=src/ChainGraph.Web/wwwroot/lib
stamp="$assets/node_modules/.chaingraph-lock"

if ! command -v npm >/dev/null; then
  echo "setup: npm is missing (10-node.sh installs it); the web app cannot serve ECharts without it" >&2
  exit 1
fi

if [ ! -f "$stamp" ] || ! cmp -s "$assets/package-lock.json" "$stamp"; then
  echo "setup: installing web assets (npm ci in $assets)" >&2
  (cd "$assets" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$assets/package-lock.json" "$stamp"
fi

mkdir -p "$lib"
src="$assets/node_modules/echarts/dist/echarts.min.js"
if [ ! -f "$lib/echarts.min.js" ] || ! cmp -s "$src" "$lib/echarts.min.js"; then
  cp "$src" "$lib/echarts.min.js"
  cp "$assets/node_modules/echarts/LICENSE" "$lib/echarts.LICENSE.txt"
fi

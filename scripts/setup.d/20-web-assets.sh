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

# Map outlines for 全国分布 (echarts-map: ECharts 3's China and province GeoJSON; licence in assets/README.md):
# maps/china.json, and one file per province named by its GB/T 2260 province code (maps/32.json = 江苏),
# read from the first feature's id, so no pinyin file-name table is kept here.
maps="$assets/node_modules/echarts-map/json"
if [ ! -f "$lib/maps/china.json" ] || ! cmp -s "$maps/china.json" "$lib/maps/china.json"; then
  mkdir -p "$lib/maps"
  cp "$maps/china.json" "$lib/maps/china.json"
  node -e '
    const fs = require("fs"), path = require("path");
    const [dir, out] = process.argv.slice(1);
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const code = String(JSON.parse(text).features[0].id).slice(0, 2);
      fs.writeFileSync(path.join(out, code + ".json"), text);
    }' "$maps/province" "$lib/maps"
fi

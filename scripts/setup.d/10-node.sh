#!/usr/bin/env bash
# Node.js and npm, which the next hooks use (the web app's ECharts; the tests' Cypher lint).
# Machines of our kind ship Node.js 20 with npm; a bare Debian gets its own nodejs and npm packages.
# Nothing is installed when an npm is already on the PATH (from NodeSource, nvm, ...).
set -euo pipefail
command -v npm >/dev/null 2>&1 && exit 0
echo "setup: npm not found; installing Debian's nodejs and npm" >&2
sudo=""; [ "$(id -u)" != 0 ] && sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null

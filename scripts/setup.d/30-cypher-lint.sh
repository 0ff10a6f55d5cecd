#!/usr/bin/env bash
# Installs the Cypher lint (tools/cypher-lint: npm @neo4j-cypher/language-support, pinned by its
# package-lock.json) for the tests; the lint runs as an xunit test (CypherLintTests) under .ci/run.
# Idempotent: skipped when node_modules matches the lockfile. Uses the machine's Node.js 20+ and npm
# (installs Debian's nodejs and npm only when npm is missing).
set -euo pipefail
[ "${SETUP_MODE:-run}" = test ] || exit 0
cd "$(dirname "$0")/../../tools/cypher-lint"

if ! command -v npm >/dev/null 2>&1; then
  # Machines of our kind ship Node.js 20 with npm; a bare Debian gets its own packages (Node 18).
  echo "setup: npm not found; installing Debian's nodejs and npm for the Cypher lint" >&2
  sudo=""; [ "$(id -u)" != 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

stamp=node_modules/.chaingraph-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi

echo "setup: installing the Cypher lint (tools/cypher-lint)" >&2
npm ci --no-audit --no-fund --loglevel=error >/dev/null
cp package-lock.json "$stamp"

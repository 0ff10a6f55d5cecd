#!/usr/bin/env bash
# Installs the Cypher lint (tools/cypher-lint: npm @neo4j-cypher/language-support, pinned by its
# package-lock.json) for the tests; the lint runs as an xunit test (CypherLintTests) under .ci/run.
# Idempotent: skipped when node_modules matches the lockfile. Needs Node.js 20+ and npm.
set -euo pipefail
[ "${SETUP_MODE:-run}" = test ] || exit 0
cd "$(dirname "$0")/../../tools/cypher-lint"

if ! command -v npm >/dev/null 2>&1; then
  echo "setup: npm not found; the Cypher lint test will be skipped. Install Node.js 20+ (Debian: apt-get install nodejs npm)." >&2
  exit 0
fi

stamp=node_modules/.chaingraph-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi

echo "setup: installing the Cypher lint (tools/cypher-lint)" >&2
npm ci --no-audit --no-fund --loglevel=error >/dev/null
cp package-lock.json "$stamp"

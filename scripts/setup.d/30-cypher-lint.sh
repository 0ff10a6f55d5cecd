#!/usr/bin/env bash
# Installs the Cypher lint (tools/cypher-lint: npm @neo4j-cypher/language-support, pinned by its
# package-lock.json) for the tests; the lint runs as an xunit test (CypherLintTests) under .ci/run.
# Idempotent: skipped when node_modules matches the lockfile. npm comes from 10-node.sh.
set -euo pipefail
[ "${SETUP_MODE:-run}" = test ] || exit 0
cd "$(dirname "$0")/../../tools/cypher-lint"

stamp=node_modules/.chaingraph-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi

echo "setup: installing the Cypher lint (tools/cypher-lint)" >&2
npm ci --no-audit --no-fund --loglevel=error >/dev/null
cp package-lock.json "$stamp"

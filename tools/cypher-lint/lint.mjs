// Lints every Cypher statement ChainGraph sends to Neo4j with Neo4j's own language support
// (@neo4j-cypher/language-support, lintCypherQuery): syntax errors and semantic errors
// (undefined variables, wrong clause order, ...) fail; warnings (deprecations) fail too.
// "Parameter $x is not defined" notes are ignored: parameters are bound at run time.
//
// Usage: node lint.mjs <schema-dir> [statements.json]
//   schema-dir       graph-schema/neo4j: every *.cypher file, statements ending with ';'
//   statements.json  [{ "name": ..., "text": ... }] exported from CypherStatements.All
// Prints one line per problem and "cypher-lint: N statements checked, E errors, W warnings".
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const [schemaDir, statementsFile] = process.argv.slice(2);
if (!schemaDir) {
  console.error('usage: node lint.mjs <schema-dir> [statements.json]');
  process.exit(2);
}

/** Splits a .cypher file the way Neo4jSchema does: drop // comment lines, split on ';'. */
function splitCypherFile(path) {
  const text = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s, i) => ({ name: `${path}#${i + 1}`, text: s }));
}

const statements = [];
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.cypher')).sort()) {
  statements.push(...splitCypherFile(join(schemaDir, file)));
}
if (statementsFile) {
  statements.push(...JSON.parse(readFileSync(statementsFile, 'utf8')));
}

// Labels and types the graph model defines, so a misspelt label is reported too.
const labels = ['Node', 'ChainGraphSync', 'Chain', 'Segment', 'Enterprise', 'Industry', 'Product', 'Region', 'Fund', 'Event', 'Patent', 'Source'];
let errors = 0;
let warnings = 0;
for (const { name, text } of statements) {
  const { diagnostics } = lintCypherQuery(text, { labels });
  for (const d of diagnostics.filter((d) => isNotParamError(d))) {
    const error = d.severity === 1;
    if (error) errors++; else warnings++;
    const line = d.range?.start ? ` line ${d.range.start.line + 1}:${d.range.start.character + 1}` : '';
    console.log(`${error ? 'error' : 'warning'} ${name}${line}: ${d.message}`);
  }
}

console.log(`cypher-lint: ${statements.length} statements checked, ${errors} errors, ${warnings} warnings`);
process.exit(errors + warnings > 0 || statements.length === 0 ? 1 : 0);

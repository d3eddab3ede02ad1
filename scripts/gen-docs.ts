// Regenerates the README's generated sections (config reference from the JSON Schema, metric table from
// the registry) between their markers. Run: npx tsx scripts/gen-docs.ts   (a test fails when they are stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { join } from 'node:path';
import { renderConfigReference, renderMetricTable, replaceBetweenMarkers } from '../src/docs/generate.js';

const root = join(import.meta.dirname, '..');
const readme = join(root, 'README.md');
let text = readFileSync(readme, 'utf8');
text = replaceBetweenMarkers(
  text,
  'config-reference',
  renderConfigReference(JSON.parse(readFileSync(join(root, 'schema/evalgate.schema.json'), 'utf8'))),
);
text = replaceBetweenMarkers(text, 'metrics', renderMetricTable());
writeFileSync(
  readme,
  await format(text, { parser: 'markdown', filepath: readme, singleQuote: true, printWidth: 110 }),
);

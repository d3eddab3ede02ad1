import { describe, expect, test } from '@jest/globals';
import { format } from 'prettier';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderConfigReference, renderMetricTable, replaceBetweenMarkers } from '../../src/docs/generate.js';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('the README says what the code does', () => {
  test('the config reference and the metric table are generated from the schema and the registry', async () => {
    let fresh = replaceBetweenMarkers(
      readme,
      'config-reference',
      renderConfigReference(JSON.parse(readFileSync(join(root, 'schema/evalgate.schema.json'), 'utf8'))),
    );
    fresh = replaceBetweenMarkers(fresh, 'metrics', renderMetricTable());
    // stale? run: npx tsx scripts/gen-docs.ts
    expect(readme).toBe(
      await format(fresh, { parser: 'markdown', filepath: 'README.md', singleQuote: true, printWidth: 110 }),
    );
  });

  test('the two commands are in the README and in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    expect(pkg.scripts.demo).toBeDefined();
    expect(pkg.scripts.test).toBeDefined();
  });

  test('the tool version in results matches package.json', async () => {
    const { TOOL_VERSION } = await import('../../src/util/version.js');
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseConfig } from '../../src/config/load.js';
import type { ResolvedConfig } from '../../src/spec/config.js';

/** A fresh temporary project directory. */
export function tempProject(prefix = 'evalgate-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeJsonl(path: string, rows: readonly unknown[]): void {
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** Parses a config object (as it would be written in YAML) rooted at `root`. */
export function configFor(root: string, config: Record<string, unknown>): ResolvedConfig {
  return parseConfig(stringify({ version: 1, ...config }), join(root, 'evalgate.yml'), root);
}

/**
 * A project of one classification suite `s` (golden.jsonl, pred.jsonl: the lines as given; evalgate.yml):
 * slices by `lang`, accuracy, then `suite`'s own settings.
 */
export function classificationProject(
  golden: readonly string[],
  predictions: readonly string[],
  suite: Record<string, unknown> = {},
  prefix = 'evalgate-test-',
): string {
  const root = tempProject(prefix);
  writeFileSync(join(root, 'golden.jsonl'), golden.join('\n') + '\n');
  writeFileSync(join(root, 'pred.jsonl'), predictions.join('\n') + '\n');
  const settings = { slices: ['lang'], metrics: ['accuracy'], ...suite };
  const own = { name: 's', task: 'classification', golden: 'golden.jsonl', predictions: 'pred.jsonl' };
  writeFileSync(join(root, 'evalgate.yml'), stringify({ version: 1, suites: [{ ...own, ...settings }] }));
  return root;
}

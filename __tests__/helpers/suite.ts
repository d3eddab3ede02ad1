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

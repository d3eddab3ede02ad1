import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CardRow, CheckContext, FileRef } from '../../src/checks/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/checks/', import.meta.url));

export function fixtureBytes(path: string): Buffer {
  return readFileSync(FIXTURES + path);
}

export function fixture(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

export function headMetrics(): CardRow[] {
  return JSON.parse(fixture('cards/head-metrics.json')) as CardRow[];
}

type Files = Record<string, Buffer | string>;

/** A PR context over in-memory files at head and base; defaults describe a small, quiet PR. */
export function makeContext(
  options: Partial<Omit<CheckContext, 'readFile'>> & { head?: Files; base?: Files } = {},
): CheckContext {
  const { head = {}, base = {}, ...rest } = options;
  const files: Record<FileRef, Files> = { head, base };
  return {
    changedFiles: [],
    changedFilesTruncated: false,
    prBody: '',
    labels: [],
    metricsChanged: false,
    goldenFiles: ['data/golden/intents.jsonl'],
    async readFile(path, ref) {
      const content = files[ref][path];
      if (content === undefined) return null;
      return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    },
    ...rest,
  };
}

/** Parses a JSONL fixture into records with their 1-based line numbers, as an async iterable. */
export async function* jsonlRecords(
  path: string,
): AsyncGenerator<{ id: string; text: string; label: string | null; line: number }> {
  const lines = fixture(path).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const record = JSON.parse(lines[i]) as { id: string; text: string; label: string | null };
    yield { id: record.id, text: record.text, label: record.label, line: i + 1 };
  }
}

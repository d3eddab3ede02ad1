import { DEFAULT_EXAMPLE_SETTINGS, type ResolvedExampleSettings } from '../spec/examples.js';
import type { ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import type { Comparison, FlippedExample, SliceFlips, SuiteComparison } from '../generated/comparison.js';
import { InputError } from '../io/errors.js';
import { formatFromPath, readRecords } from '../io/records.js';
import { isGzip } from '../io/lines.js';
import { listedHeadRow } from './flips.js';
import { goldenRowsAt } from './golden-rows.js';

export const REDACTED = '█';

/**
 * An example's text as it may be shown: every `redact` match masked (on the whole text, so a match that
 * would straddle the cut is still masked), bidirectional controls dropped, whitespace runs made single spaces, cut to `excerptLength`
 * characters with an ellipsis.
 */
export function excerptOf(value: unknown, settings: ResolvedExampleSettings): string {
  let text = typeof value === 'string' ? value : (JSON.stringify(value ?? null) ?? 'null');
  for (const pattern of settings.redact) text = text.replace(pattern, REDACTED);
  text = text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  return chars.length > settings.excerptLength ? `${chars.slice(0, settings.excerptLength).join('')}…` : text;
}

/** The golden field shown beside a listed example: examples.excerpt_field, else the suite's text field. */
export function excerptField(suite: ResolvedSuite, settings: ResolvedExampleSettings): string {
  return settings.excerptField ?? suite.fields.text ?? 'text';
}

/**
 * Fills in the excerpts of the listed flipped examples from each suite's golden file (the head's: the
 * file the config names). A file that cannot be read leaves the excerpts null and says why in the notes.
 */
export async function attachExcerpts(comparison: Comparison, config: ResolvedConfig): Promise<void> {
  const settings = config.examples ?? DEFAULT_EXAMPLE_SETTINGS;
  for (const suite of comparison.suites) {
    const wanted = new Set(suite.flips?.flatMap((f) => listedExamples(f).map((e) => e.id)) ?? []);
    const suiteConfig = config.suites.find((s) => s.name === suite.name);
    if (wanted.size === 0 || !suiteConfig) continue;
    const why = await readExcerpts(suite, suiteConfig, wanted, settings);
    if (why) suite.notes.push(`example excerpts not shown: ${why}`);
  }
}

async function readExcerpts(
  suite: SuiteComparison,
  config: ResolvedSuite,
  wanted: ReadonlySet<string>,
  settings: ResolvedExampleSettings,
): Promise<string | null> {
  if (config.golden.format === undefined && config.task === 'ranking')
    return 'a TREC qrels golden set has no text field';
  const field = excerptField(config, settings);
  const texts = (await excerptsAtRows(suite, config, field, settings)) ?? new Map<string, string>();
  if (texts.size === 0)
    try {
      await readRecords(
        config.golden.path,
        (record) => {
          const id = record[config.fields.id];
          const key = typeof id === 'number' ? String(id) : id;
          if (typeof key === 'string' && wanted.has(key) && !texts.has(key) && Object.hasOwn(record, field))
            texts.set(key, excerptOf(record[field], settings));
        },
        {
          displayName: config.golden.display,
          ...(config.golden.format ? { format: config.golden.format } : {}),
          // only the id and the excerpt field: the scanner skips the rest of each line without parsing it
          fields: { names: [config.fields.id, field] },
        },
      );
    } catch (error) {
      if (error instanceof InputError) return error.message;
      throw error;
    }
  for (const f of suite.flips ?? []) for (const e of listedExamples(f)) e.excerpt = texts.get(e.id) ?? null;
  return texts.size === 0 ? `no listed example has a ${JSON.stringify(field)} field in the golden set` : null;
}

/**
 * The excerpts of the listed examples read from their own lines of a JSONL golden file (goldenRowsAt), or
 * null when that cannot be done exactly: the whole file is then read.
 */
async function excerptsAtRows(
  suite: SuiteComparison,
  config: ResolvedSuite,
  field: string,
  settings: ResolvedExampleSettings,
): Promise<Map<string, string> | null> {
  const path = config.golden.path;
  if (isGzip(path) || (config.golden.format ?? formatFromPath(config.golden.display)) !== 'jsonl')
    return null;
  const rows: number[] = [];
  const ids: string[] = [];
  for (const f of suite.flips ?? [])
    for (const e of listedExamples(f)) {
      const row = listedHeadRow(e);
      if (row === undefined) return null;
      rows.push(row);
      ids.push(e.id);
    }
  const found = await goldenRowsAt(path, config.fields.id, rows, ids);
  if (!found) return null;
  const texts = new Map<string, string>();
  rows.forEach((row, i) => {
    const record = found.get(row)!.record;
    if (!texts.has(ids[i]) && Object.hasOwn(record, field))
      texts.set(ids[i], excerptOf(record[field], settings));
  });
  // none found: the whole file is read, as it would be, for the same note
  return texts.size ? texts : null;
}

/** The examples a slice's flips list: the broken ones, then a label slice's new false positives. */
function listedExamples(f: SliceFlips): FlippedExample[] {
  return [...f.examples, ...(f.false_positives?.examples ?? [])];
}

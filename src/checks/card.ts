import type { CardRow } from './types.js';
import { splitLines } from './text.js';

export const CARD_START = '<!-- evalgate:metrics -->';
export const CARD_END = '<!-- /evalgate:metrics -->';
const START_RE = /<!--\s*evalgate:metrics\s*-->/g;
const END_RE = /<!--\s*\/evalgate:metrics\s*-->/g;
const NOTE = '<!-- Written by `evalgate card --update`: edits inside this block are overwritten. -->';
const COLUMNS = ['Suite', 'Slice', 'Metric', 'Value'] as const;

/** A metric as the card shows it. */
export interface CardCell {
  suite: string;
  slice: string;
  metric: string;
  /** The text of the Value cell. */
  shown: string;
}

export interface StaleNumber {
  suite: string;
  slice: string;
  metric: string;
  /** What the card says. */
  card: string;
  /** What the head metrics say, as displayed. */
  head: string;
}

export type CardFreshness =
  | { ok: false; reason: string }
  | {
      ok: true;
      /** No stale, missing or extra numbers. */
      fresh: boolean;
      stale: StaleNumber[];
      /** Metrics in the head result that the card does not show. */
      missing: CardRow[];
      /** Numbers in the card for metrics the head result no longer has. */
      extra: CardCell[];
    };

/**
 * The metrics block, markers included, as a markdown table in the order of `rows`. Columns are padded the
 * way Prettier formats tables, so a formatted repository stays formatted after `evalgate card --update`.
 */
export function renderCardBlock(rows: readonly CardRow[], eol = '\n'): string {
  const cells = rows.map((r) => [r.suite, r.slice, r.metric, r.display].map(escapeCell));
  const widths = COLUMNS.map((c, k) => Math.max(3, width(c), ...cells.map((row) => width(row[k]))));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, k) => (k === 3 ? pad(cell, widths[k], 'start') : pad(cell, widths[k], 'end'))).join(' | ')} |`;
  const rule = `| ${widths.map((w, k) => (k === 3 ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  const lines = [CARD_START, NOTE, '', line(COLUMNS), rule, ...cells.map(line), '', CARD_END];
  return lines.join(eol);
}

/** Display width in code points (the card's names and numbers are not East Asian wide text). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return side === 'start' ? fill + text : text + fill;
}

/** Where the block sits in the card, or why it cannot be used. */
function locateBlock(card: string): { start: number; end: number } | { absent: true } | { problem: string } {
  const starts = [...card.matchAll(START_RE)];
  const ends = [...card.matchAll(END_RE)];
  if (starts.length === 0 && ends.length === 0) return { absent: true };
  if (starts.length !== 1 || ends.length !== 1) {
    return {
      problem: `expected one "${CARD_START}" and one "${CARD_END}" marker, found ${starts.length} and ${ends.length}`,
    };
  }
  const start = starts[0].index;
  const end = ends[0].index + ends[0][0].length;
  if (ends[0].index < start) return { problem: `"${CARD_END}" comes before "${CARD_START}"` };
  return { start, end };
}

/** The metrics the card's block shows, or why they cannot be read. */
export function readCardBlock(card: string): { ok: true; cells: CardCell[] } | { ok: false; reason: string } {
  const where = locateBlock(card);
  if ('absent' in where) return { ok: false, reason: `has no metrics block (${CARD_START} … ${CARD_END})` };
  if ('problem' in where) return { ok: false, reason: `has a broken metrics block: ${where.problem}` };
  const rows = splitLines(card.slice(where.start, where.end))
    .map((l) => l.trim())
    .filter((l) => l.startsWith('|'))
    .map(splitRow);
  if (rows.length < 2) return { ok: false, reason: 'has a metrics block without a table' };
  const header = rows[0].map((c) => c.toLowerCase());
  const index = COLUMNS.map((c) => header.indexOf(c.toLowerCase()));
  const lacking = COLUMNS.filter((_, k) => index[k] < 0);
  if (lacking.length > 0) {
    return { ok: false, reason: `has a metrics table without the column(s) ${lacking.join(', ')}` };
  }
  const [suite, slice, metric, value] = index;
  const cells = rows
    .slice(1)
    .filter((r) => !r.every((c) => /^:?-+:?$/.test(c)))
    .map((r) => ({
      suite: r[suite] ?? '',
      slice: r[slice] ?? '',
      metric: r[metric] ?? '',
      shown: r[value] ?? '',
    }));
  return { ok: true, cells };
}

/**
 * Compares the card's block with the head metrics. A number is fresh when it reads exactly as displayed, or
 * when it is within `tolerance` (absolute) or the rounding of the printed digits of the head value
 * (`91.2%` covers 0.9115–0.9125).
 */
export function checkCardFresh(card: string, rows: readonly CardRow[], tolerance = 0): CardFreshness {
  const block = readCardBlock(card);
  if (!block.ok) return block;
  const shown = new Map(block.cells.map((c) => [rowKey(c), c]));
  const stale: StaleNumber[] = [];
  const missing: CardRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = rowKey(row);
    seen.add(key);
    const cell = shown.get(key);
    if (!cell) missing.push(row);
    else if (!sameNumber(cell.shown, row, tolerance)) {
      stale.push({
        suite: row.suite,
        slice: row.slice,
        metric: row.metric,
        card: cell.shown,
        head: row.display,
      });
    }
  }
  const extra = block.cells.filter((c) => !seen.has(rowKey(c)));
  return { ok: true, fresh: stale.length + missing.length + extra.length === 0, stale, missing, extra };
}

/**
 * The card with its metrics block rewritten from `rows`; everything outside the block is left as it was.
 * A card without a block gets one at the end. Throws when the markers are broken (one missing, or two).
 */
export function updateCard(card: string, rows: readonly CardRow[]): string {
  const eol = card.includes('\r\n') ? '\r\n' : '\n';
  const block = renderCardBlock(rows, eol);
  const where = locateBlock(card);
  if ('problem' in where) throw new Error(`cannot update the metrics block: ${where.problem}`);
  if ('absent' in where) {
    if (card.trim() === '') return block + eol;
    // One blank line before the block, however many the card ends with.
    return card.replace(/(?:\r?\n|\r)+$/, '') + eol + eol + block + eol;
  }
  return card.slice(0, where.start) + block + card.slice(where.end);
}

/** A one-line description of what is stale, e.g. `intents/all/accuracy: card 0.912, head 0.925`. */
export function describeStale(freshness: Extract<CardFreshness, { ok: true }>, limit = 5): string {
  const items = [
    ...freshness.stale.map((s) => `${s.suite}/${s.slice}/${s.metric}: card ${s.card}, head ${s.head}`),
    ...freshness.missing.map((m) => `${m.suite}/${m.slice}/${m.metric}: not in the card (head ${m.display})`),
    ...freshness.extra.map(
      (e) => `${e.suite}/${e.slice}/${e.metric}: in the card (${e.shown}) but not in head`,
    ),
  ];
  const more = items.length > limit ? `; and ${items.length - limit} more` : '';
  return items.slice(0, limit).join('; ') + more;
}

function rowKey(r: { suite: string; slice: string; metric: string }): string {
  return JSON.stringify([r.suite, r.slice, r.metric]);
}

function sameNumber(shown: string, row: CardRow, tolerance: number): boolean {
  if (shown === row.display) return true;
  const parsed = parseShownNumber(shown);
  if (parsed === null || !Number.isFinite(row.value)) return false;
  const slack = Math.max(tolerance, parsed.halfUnit);
  return Math.abs(parsed.value - row.value) <= slack * (1 + 1e-9);
}

/** `0.912` → 0.912 (±0.0005); `91.2%` → 0.912 (±0.0005); `−0.5` → -0.5; `1,234` → 1234. */
export function parseShownNumber(shown: string): { value: number; halfUnit: number } | null {
  const match = /^([+\-−]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+))\s*(%?)/.exec(shown.trim());
  if (!match) return null;
  const digits = match[3] ?? match[4] ?? '';
  const scale = match[5] === '%' ? 100 : 1;
  const magnitude = Number(match[2].replace(/,/g, ''));
  const value = ((match[1] === '' || match[1] === '+' ? 1 : -1) * magnitude) / scale;
  return { value, halfUnit: (0.5 * 10 ** -digits.length) / scale };
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function splitRow(line: string): string[] {
  const inner = line.replace(/^\|/, '').replace(/(?<!\\)\|\s*$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

// Line parsers for TREC qrels (`qid iter docid rel`) and TREC run files (`qid Q0 docid rank score tag`).
// Each line is parsed on its own so callers can stream; the builders add the cross-line checks
// (duplicate (qid, docid)) and group records by query.

import { compareUtf8 } from './order.js';

export interface QrelsRecord {
  readonly qid: string;
  readonly iter: string;
  readonly docid: string;
  readonly rel: number;
}

export interface RunRecord {
  readonly qid: string;
  readonly iter: string;
  readonly docid: string;
  readonly rank: number;
  readonly score: number;
  readonly tag: string;
}

/** Judgements for every query: qid -> docid -> relevance grade. */
export type Qrels = Map<string, Map<string, number>>;

/** A run grouped by query, rows in file order. */
export type Run = Map<string, RunRecord[]>;

/** A parse failure whose message is one line: `<file>:<line>: <field>: expected ..., got ...`. */
export class TrecParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(`${file}:${line}: ${field}: expected ${expected}, got ${got}`);
    this.name = 'TrecParseError';
  }
}

const QRELS_FIELDS = ['qid', 'iter', 'docid', 'rel'] as const;
const RUN_FIELDS = ['qid', 'iter', 'docid', 'rank', 'score', 'tag'] as const;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;

/** Quotes a token for an error message, shortened so the message stays one readable line. */
function quote(token: string): string {
  const shown = token.length > 40 ? `${token.slice(0, 37)}...` : token;
  return JSON.stringify(shown);
}

/** JavaScript's `\s`: the separators `text.trim().split(/\s+/)` splits on. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The whitespace-separated columns of a line, as `text.trim().split(/\s+/)` (empty for a blank line), in one pass. */
function splitColumns(text: string): string[] {
  const columns: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (start >= 0) {
        columns.push(text.slice(start, i));
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  if (start >= 0) columns.push(text.slice(start));
  return columns;
}

/** Exactly `names.length` columns, or at least that many when `extra` (trec_eval reads a run's first six). */
function checkColumns(
  columns: string[],
  names: readonly string[],
  file: string,
  line: number,
  text: string,
  extra = false,
): void {
  if (extra ? columns.length < names.length : columns.length !== names.length) {
    throw new TrecParseError(
      file,
      line,
      'columns',
      `${extra ? 'at least ' : ''}${names.length} whitespace-separated columns (${names.join(' ')})`,
      `${columns.length} in ${quote(text.trim())}`,
    );
  }
}

function parseInteger(token: string, field: string, file: string, line: number): number {
  const value = INTEGER.test(token) ? Number(token) : NaN;
  if (!Number.isSafeInteger(value)) {
    throw new TrecParseError(file, line, field, 'an integer', quote(token));
  }
  return value;
}

function parseScore(token: string, file: string, line: number): number {
  if (!DECIMAL.test(token)) {
    const finite = NON_FINITE.test(token) ? 'a finite number' : 'a decimal number';
    throw new TrecParseError(file, line, 'score', finite, quote(token));
  }
  const value = Number(token);
  if (!Number.isFinite(value)) {
    throw new TrecParseError(file, line, 'score', 'a finite number', `${quote(token)} (overflows a double)`);
  }
  return value;
}

/** A line whose first non-blank character is `#`: a comment, skipped like a blank line. */
function isComment(columns: readonly string[]): boolean {
  return columns.length > 0 && columns[0]!.startsWith('#');
}

/**
 * Parses one qrels line. Returns null for a blank or comment (`#`) line. `rel` must be an integer (trec_eval reads it
 * with atol); negative grades are kept and count as not relevant.
 */
export function parseQrelsLine(text: string, file: string, line: number): QrelsRecord | null {
  const columns = splitColumns(text);
  if (columns.length === 0 || isComment(columns)) return null;
  checkColumns(columns, QRELS_FIELDS, file, line, text);
  const [qid, iter, docid, relToken] = columns as [string, string, string, string];
  return { qid, iter, docid, rel: parseInteger(relToken, 'rel', file, line) };
}

/**
 * Parses one run line. Returns null for a blank or comment (`#`) line; columns after the sixth are ignored,
 * as trec_eval ignores them. `score` must be a finite decimal number
 * (NaN and Infinity are rejected); `rank` must be an integer but is not used for ordering.
 */
export function parseRunLine(text: string, file: string, line: number): RunRecord | null {
  const columns = splitColumns(text);
  if (columns.length === 0 || isComment(columns)) return null;
  checkColumns(columns, RUN_FIELDS, file, line, text, true);
  const [qid, iter, docid, rankToken, scoreToken, tag] = columns.slice(0, RUN_FIELDS.length) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    qid,
    iter,
    docid,
    rank: parseInteger(rankToken, 'rank', file, line),
    score: parseScore(scoreToken, file, line),
    tag,
  };
}

/** The value under `key`, created and stored on first use. */
function entryOf<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** Remembers the first line of each (qid, docid) so a repeat fails with both line numbers. */
class DuplicateGuard {
  private readonly seen = new Map<string, Map<string, number>>();

  constructor(private readonly file: string) {}

  check(qid: string, docid: string, line: number): void {
    const docs = entryOf(this.seen, qid, () => new Map<string, number>());
    const first = docs.get(docid);
    if (first !== undefined) {
      throw new TrecParseError(
        this.file,
        line,
        'docid',
        `each (qid, docid) once`,
        `${quote(docid)} again for qid ${quote(qid)} (first at line ${first})`,
      );
    }
    docs.set(docid, line);
  }
}

/**
 * Streams lines of a TREC file into a map by query id: numbers the lines, skips blank ones, rejects a
 * repeated (qid, docid) and lets the subclass file each record.
 */
abstract class TrecBuilder<R extends { qid: string; docid: string }> {
  private readonly guard: DuplicateGuard;
  private lineNumber = 0;

  constructor(protected readonly file: string) {
    this.guard = new DuplicateGuard(file);
  }

  protected abstract parse(text: string, line: number): R | null;
  protected abstract store(record: R): void;

  /** Adds the next line (1-based numbering is kept internally). */
  addLine(text: string): void {
    this.lineNumber += 1;
    const record = this.parse(text, this.lineNumber);
    if (record === null) return;
    this.guard.check(record.qid, record.docid, this.lineNumber);
    this.store(record);
  }
}

/** Streaming qrels reader: feed lines in order with `addLine`, then take `qrels`. */
export class QrelsBuilder extends TrecBuilder<QrelsRecord> {
  readonly qrels: Qrels = new Map();

  protected parse(text: string, line: number): QrelsRecord | null {
    return parseQrelsLine(text, this.file, line);
  }

  protected store(record: QrelsRecord): void {
    entryOf(this.qrels, record.qid, () => new Map<string, number>()).set(record.docid, record.rel);
  }
}

/** Streaming run reader: feed lines in order with `addLine`, then take `run`. */
export class RunBuilder extends TrecBuilder<RunRecord> {
  readonly run: Run = new Map();

  protected parse(text: string, line: number): RunRecord | null {
    return parseRunLine(text, this.file, line);
  }

  protected store(record: RunRecord): void {
    entryOf(this.run, record.qid, (): RunRecord[] => []).push(record);
  }
}

function textLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Parses a whole qrels text. */
export function parseQrels(text: string, file: string): Qrels {
  const builder = new QrelsBuilder(file);
  for (const line of textLines(text)) builder.addLine(line);
  return builder.qrels;
}

/** Parses a whole run text. */
export function parseRun(text: string, file: string): Run {
  const builder = new RunBuilder(file);
  for (const line of textLines(text)) builder.addLine(line);
  return builder.run;
}

/** Reads qrels from a (possibly async) stream of lines, e.g. a readline interface. */
export async function readQrels(
  lines: AsyncIterable<string> | Iterable<string>,
  file: string,
): Promise<Qrels> {
  const builder = new QrelsBuilder(file);
  for await (const line of lines) builder.addLine(line);
  return builder.qrels;
}

/** Reads a run from a (possibly async) stream of lines. */
export async function readRun(lines: AsyncIterable<string> | Iterable<string>, file: string): Promise<Run> {
  const builder = new RunBuilder(file);
  for await (const line of lines) builder.addLine(line);
  return builder.run;
}

/** Orders documents as trec_eval does: score descending, then docid descending in byte (strcmp) order. */
export function compareTrecOrder(
  a: { readonly docid: string; readonly score: number },
  b: { readonly docid: string; readonly score: number },
): number {
  if (a.score > b.score) return -1;
  if (a.score < b.score) return 1;
  return compareUtf8(b.docid, a.docid);
}

export interface RankOrderReport {
  /** Queries whose file ranks order the documents differently from the evaluation order. */
  readonly mismatchedQueries: string[];
  /** Rows whose position by file rank differs from their position in the evaluation order. */
  readonly mismatchedRows: number;
}

/**
 * Compares the rank column with the evaluation order (score desc, docid desc). Policy: like trec_eval,
 * ranks are ignored for scoring; disagreements are only counted so the caller can warn. Rows with equal
 * ranks keep file order.
 */
export function checkRankOrder(run: Run): RankOrderReport {
  const mismatchedQueries: string[] = [];
  let mismatchedRows = 0;
  for (const [qid, rows] of run) {
    const byRank = rows.map((row, index) => ({ row, index }));
    byRank.sort((a, b) => a.row.rank - b.row.rank || a.index - b.index);
    const byScore = [...rows].sort(compareTrecOrder);
    let rowsHere = 0;
    for (let i = 0; i < rows.length; i++) {
      if (byRank[i]!.row.docid !== byScore[i]!.docid) rowsHere++;
    }
    if (rowsHere > 0) {
      mismatchedQueries.push(qid);
      mismatchedRows += rowsHere;
    }
  }
  return { mismatchedQueries, mismatchedRows };
}

/** One-line warning for a rank/score disagreement, or null when the ranks agree. */
export function rankOrderWarning(report: RankOrderReport, file: string): string | null {
  if (report.mismatchedRows === 0) return null;
  const n = report.mismatchedQueries.length;
  const first = report.mismatchedQueries.slice(0, 3).map(quote).join(', ');
  return (
    `${file}: rank column disagrees with score order for ${report.mismatchedRows} rows in ${n} ` +
    `quer${n === 1 ? 'y' : 'ies'} (${first}${n > 3 ? ', ...' : ''}); ranks are ignored, documents are ` +
    `ordered by score descending then docid descending, as trec_eval does`
  );
}

/** Sorts a run's rows into evaluation order, as `{docid, score}` pairs. */
export function rankedDocs(rows: readonly RunRecord[]): { docid: string; score: number }[] {
  return rows.map((row) => ({ docid: row.docid, score: row.score })).sort(compareTrecOrder);
}

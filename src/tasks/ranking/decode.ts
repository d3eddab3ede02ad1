import { InputError, describeType, quote } from '../../io/errors.js';
import { forEachLine } from '../../io/lines.js';
import { readRecords, type RecordFormat } from '../../io/records.js';
import { FingerprintAccumulator } from '../../util/hash.js';
import { OpsReader, type OpsRows, type OpsSpec } from '../ops/fields.js';
import { compareUtf8 } from './order.js';
import { TrecParseError, parseQrelsLine, parseRunLine } from './trec.js';

/**
 * Reading a ranking suite's files: golden queries (TREC qrels, optionally with a JSONL file of query
 * fields, or JSONL with judgements) and predictions (TREC run or JSONL with ranked lists). Every error is
 * one line naming file:line and the field.
 */

export interface RankingSource {
  readonly path: string;
  readonly display: string;
  /** undefined: a TREC file. */
  readonly format?: RecordFormat;
}

export interface RankingReadSpec {
  readonly idField: string;
  readonly judgementsField: string;
  readonly rankingField: string;
  readonly sliceFields: readonly string[];
  readonly ops?: OpsSpec;
}

export interface GoldenQueries {
  readonly file: string;
  readonly n: number;
  readonly ids: string[];
  readonly index: ReadonlyMap<string, number>;
  readonly lines: Int32Array;
  readonly judgements: Map<string, number>[];
  readonly slices: { field: string; values: string[]; codes: Int32Array }[];
  readonly fingerprint: string;
  readonly recordHashes: Uint32Array;
}

export interface RankedLists {
  readonly file: string;
  /** Rows (one per query) in file order. */
  readonly n: number;
  readonly ids: string[];
  readonly lines: Int32Array;
  readonly docids: string[][];
  readonly scores: number[][];
  readonly ops: OpsRows | null;
  /** TREC runs: a warning when the rank column disagrees with the score order. */
  readonly warning: string | null;
  /** How errors name the query id: `qid` in a TREC run, else the id field. */
  readonly idField: string;
}

const MISSING_VALUE = '(missing)';

function sliceValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return MISSING_VALUE;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function idText(value: unknown, file: string, line: number, field: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new InputError({
    file,
    line,
    field,
    message:
      value === undefined
        ? 'missing query id'
        : `expected a non-empty string or number id, got ${describeType(value)}`,
  });
}

function fromTrec(error: unknown): never {
  if (error instanceof TrecParseError)
    throw new InputError({
      file: error.file,
      line: error.line,
      field: error.field,
      message: `expected ${error.expected}, got ${error.got}`,
    });
  throw error;
}

class Interner {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  intern(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}

/** Golden queries in file order, from JSONL records or a qrels file (+ optional query records). */
export async function readGoldenQueries(
  golden: RankingSource,
  spec: RankingReadSpec,
  queries?: { path: string; display: string },
): Promise<GoldenQueries> {
  const file = golden.display;
  const ids: string[] = [];
  const index = new Map<string, number>();
  const lines: number[] = [];
  const judgements: Map<string, number>[] = [];
  const fieldValues = new Map<string, Record<string, unknown>>();

  if (golden.format === undefined) {
    const firstDoc = new Map<string, Map<string, number>>();
    await forEachLine(
      golden.path,
      (text, line) => {
        let record;
        try {
          record = parseQrelsLine(text, file, line);
        } catch (error) {
          fromTrec(error);
        }
        if (record === null) return;
        let q = index.get(record.qid);
        if (q === undefined) {
          q = ids.length;
          index.set(record.qid, q);
          ids.push(record.qid);
          lines.push(line);
          judgements.push(new Map());
          firstDoc.set(record.qid, new Map());
        }
        const seen = firstDoc.get(record.qid)!;
        const first = seen.get(record.docid);
        if (first !== undefined)
          throw new InputError({
            file,
            line,
            field: 'docid',
            message: `${quote(record.docid)} is judged twice for query ${quote(record.qid)} (first at line ${first})`,
          });
        seen.set(record.docid, line);
        judgements[q].set(record.docid, record.rel);
      },
      { displayName: file },
    );
    if (queries) {
      await readRecords(
        queries.path,
        (record, line) => {
          const id = idText(record[spec.idField], queries.display, line, spec.idField);
          if (fieldValues.has(id))
            throw new InputError({
              file: queries.display,
              line,
              field: spec.idField,
              message: `duplicate query id ${quote(id)}`,
            });
          fieldValues.set(id, record);
        },
        { displayName: queries.display },
      );
    }
  } else {
    await readRecords(
      golden.path,
      (record, line) => {
        const id = idText(record[spec.idField], file, line, spec.idField);
        if (index.has(id))
          throw new InputError({
            file,
            line,
            field: spec.idField,
            message: `duplicate query id ${quote(id)} (first at line ${lines[index.get(id)!]})`,
          });
        index.set(id, ids.length);
        ids.push(id);
        lines.push(line);
        judgements.push(readJudgements(record[spec.judgementsField], file, line, spec.judgementsField));
        fieldValues.set(id, record);
      },
      { format: golden.format, displayName: file },
    );
  }
  const n = ids.length;
  if (n === 0) throw new InputError({ file, message: 'the golden set has no queries' });

  const vocabs = spec.sliceFields.map(() => new Interner());
  const codes = spec.sliceFields.map(() => new Int32Array(n));
  const fingerprint = new FingerprintAccumulator();
  const recordHashes = new Uint32Array(n);
  for (let q = 0; q < n; q++) {
    fingerprint.begin();
    fingerprint.add(ids[q]);
    const docs = [...judgements[q]].sort((a, b) => compareUtf8(a[0], b[0]));
    for (const [docid, rel] of docs) fingerprint.add(`${docid}\u0001${rel}`);
    const record = fieldValues.get(ids[q]);
    spec.sliceFields.forEach((field, f) => {
      const v = sliceValueText(record?.[field]);
      codes[f][q] = vocabs[f].intern(v);
      fingerprint.add(v);
    });
    recordHashes[q] = fingerprint.end();
  }
  return {
    file,
    n,
    ids,
    index,
    lines: Int32Array.from(lines),
    judgements,
    slices: spec.sliceFields.map((field, f) => ({ field, values: vocabs[f].names, codes: codes[f] })),
    fingerprint: fingerprint.digest(n),
    recordHashes,
  };
}

function readJudgements(value: unknown, file: string, line: number, field: string): Map<string, number> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError({
      file,
      line,
      field,
      message: `expected an object of docid -> integer grade, got ${value === undefined ? 'nothing' : describeType(value)}`,
    });
  }
  const out = new Map<string, number>();
  for (const [docid, grade] of Object.entries(value as Record<string, unknown>)) {
    if (typeof grade !== 'number' || !Number.isSafeInteger(grade))
      throw new InputError({
        file,
        line,
        field: `${field}.${docid}`,
        message: `expected an integer grade, got ${describeType(grade)}`,
      });
    out.set(docid, grade);
  }
  return out;
}

/** Ranked lists, one row per query, from a TREC run or JSONL records. */
export async function readRankedLists(source: RankingSource, spec: RankingReadSpec): Promise<RankedLists> {
  const file = source.display;
  const ids: string[] = [];
  const lines: number[] = [];
  const docids: string[][] = [];
  const scores: number[][] = [];
  let warning: string | null = null;
  let ops: OpsRows | null = null;

  if (source.format === undefined) {
    const rowOf = new Map<string, number>();
    // duplicate check: a linear scan of short lists, a map once a list grows long
    const seen: (Map<string, number> | null)[] = [];
    const entryLines: number[][] = [];
    const ranks: number[][] = [];
    await forEachLine(
      source.path,
      (text, line) => {
        let record;
        try {
          record = parseRunLine(text, file, line);
        } catch (error) {
          fromTrec(error);
        }
        if (record === null) return;
        let r = rowOf.get(record.qid);
        if (r === undefined) {
          r = ids.length;
          rowOf.set(record.qid, r);
          ids.push(record.qid);
          lines.push(line);
          docids.push([]);
          scores.push([]);
          ranks.push([]);
          entryLines.push([]);
          seen.push(null);
        }
        const list = docids[r];
        let map = seen[r];
        const at = map ? (map.get(record.docid) ?? -1) : list.indexOf(record.docid);
        if (at >= 0)
          throw new InputError({
            file,
            line,
            field: 'docid',
            message: `${quote(record.docid)} is ranked twice for query ${quote(record.qid)} (first at line ${entryLines[r][at]})`,
          });
        if (!map && list.length >= 32) map = seen[r] = new Map(list.map((d, i) => [d, i]));
        map?.set(record.docid, list.length);
        list.push(record.docid);
        entryLines[r].push(line);
        scores[r].push(record.score);
        ranks[r].push(record.rank);
      },
      { displayName: file },
    );
    warning = rankWarning(file, ids, docids, scores, ranks);
  } else {
    const rowOf = new Map<string, number>();
    const reader = spec.ops ? new OpsReader(spec.ops, file) : null;
    await readRecords(
      source.path,
      (record, line) => {
        const id = idText(record[spec.idField], file, line, spec.idField);
        const prior = rowOf.get(id);
        if (prior !== undefined)
          throw new InputError({
            file,
            line,
            field: spec.idField,
            message: `duplicate query id ${quote(id)} (first at line ${lines[prior]})`,
          });
        const list = readList(record[spec.rankingField], file, line, spec.rankingField);
        reader?.read(record, line);
        rowOf.set(id, ids.length);
        ids.push(id);
        lines.push(line);
        docids.push(list.docids);
        scores.push(list.scores);
      },
      { format: source.format, displayName: file },
    );
    ops = reader?.rows() ?? null;
  }
  if (ids.length === 0)
    throw new InputError({
      file,
      message:
        'the predictions file has no rows (a query with nothing retrieved is a row with an empty list)',
    });
  return {
    file,
    n: ids.length,
    ids,
    lines: Int32Array.from(lines),
    docids,
    scores,
    ops,
    warning,
    idField: source.format === undefined ? 'qid' : spec.idField,
  };
}

/** A ranked list: [{docid, score}] (any order), or docids in rank order (scores implied). */
function readList(
  value: unknown,
  file: string,
  line: number,
  field: string,
): { docids: string[]; scores: number[] } {
  if (!Array.isArray(value))
    throw new InputError({
      file,
      line,
      field,
      message: `expected a ranked list [{docid, score}, ...], got ${value === undefined ? 'nothing' : describeType(value)}`,
    });
  const docids: string[] = [];
  const scores: number[] = [];
  const seen = new Set<string>();
  let withScores = 0;
  value.forEach((entry: unknown, i) => {
    const at = `${field}[${i}]`;
    let docid: unknown = entry;
    let score: unknown = value.length - i;
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
      const e = entry as Record<string, unknown>;
      docid = e.docid;
      if (e.score !== undefined) {
        score = e.score;
        withScores++;
      }
    }
    if (typeof docid === 'number' && Number.isFinite(docid)) docid = String(docid);
    if (typeof docid !== 'string' || docid === '')
      throw new InputError({
        file,
        line,
        field: `${at}.docid`,
        message: `expected a docid string, got ${describeType(docid)}`,
      });
    if (typeof score !== 'number' || !Number.isFinite(score))
      throw new InputError({
        file,
        line,
        field: `${at}.score`,
        message: `expected a finite number, got ${describeType(score)}`,
      });
    if (seen.has(docid))
      throw new InputError({
        file,
        line,
        field: `${at}.docid`,
        message: `${quote(docid)} appears twice in the list`,
      });
    seen.add(docid);
    docids.push(docid);
    scores.push(score);
  });
  if (withScores !== 0 && withScores !== value.length)
    throw new InputError({
      file,
      line,
      field,
      message: `${withScores} of ${value.length} entries have a score: give every entry a score, or none (rank order)`,
    });
  return { docids, scores };
}

/** trec_eval ignores the rank column; a disagreement with the score order is worth one warning. */
function rankWarning(
  file: string,
  ids: readonly string[],
  docids: readonly string[][],
  scores: readonly number[][],
  ranks: readonly number[][],
): string | null {
  const bad: string[] = [];
  let rows = 0;
  ids.forEach((qid, r) => {
    if (inEvaluationOrder(docids[r], scores[r], ranks[r])) return;
    const idx = docids[r].map((_, i) => i);
    const byRank = [...idx].sort((a, b) => ranks[r][a] - ranks[r][b] || a - b);
    const byScore = [...idx].sort(
      (a, b) => scores[r][b] - scores[r][a] || compareUtf8(docids[r][b], docids[r][a]),
    );
    let here = 0;
    for (let i = 0; i < idx.length; i++) if (byRank[i] !== byScore[i]) here++;
    if (here) {
      bad.push(qid);
      rows += here;
    }
  });
  if (!rows) return null;
  return `${file}: the rank column disagrees with the score order for ${rows} row(s) in ${bad.length} quer${bad.length === 1 ? 'y' : 'ies'} (${bad
    .slice(0, 3)
    .map((q) => quote(q))
    .join(
      ', ',
    )}${bad.length > 3 ? ', …' : ''}); ranks are ignored: documents are ordered by score descending, then docid descending, as trec_eval does`;
}

/** The common case, checked in one pass: file order is the evaluation order and ranks ascend along it. */
function inEvaluationOrder(
  docids: readonly string[],
  scores: readonly number[],
  ranks: readonly number[],
): boolean {
  for (let i = 1; i < docids.length; i++) {
    if (ranks[i] <= ranks[i - 1]) return false;
    if (scores[i] > scores[i - 1]) return false;
    if (scores[i] === scores[i - 1] && compareUtf8(docids[i - 1], docids[i]) < 0) return false;
  }
  return true;
}

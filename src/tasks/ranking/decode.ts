import { InputError } from '../../io/errors.js';
import type { RecordFormat } from '../../io/records.js';
import type { OpsRows, OpsSpec } from '../ops/fields.js';
import { TrecParseError } from './trec.js';

/**
 * What reading a ranking suite's files gives: golden queries (TREC qrels, optionally with a JSONL file of
 * query fields, or JSONL with judgements; read by `golden-queries.ts`) and predictions (TREC run or JSONL
 * with ranked lists; read by `ranked-lists.ts`). Every error is one line naming file:line and the field.
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
/** A TREC parse error as the one-line input error every reader throws. */
export function fromTrec(error: unknown): never {
  if (error instanceof TrecParseError)
    throw new InputError({
      file: error.file,
      line: error.line,
      field: error.field,
      message: `expected ${error.expected}, got ${error.got}`,
    });
  throw error;
}

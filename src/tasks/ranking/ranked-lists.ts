import { InputError, describeType, quote } from '../../io/errors.js';
import { forEachLine } from '../../io/lines.js';
import { readRecords } from '../../io/records.js';
import { idText } from '../../io/record-values.js';
import { OpsReader, type OpsRows } from '../ops/fields.js';
import { fromTrec, type RankedLists, type RankingReadSpec, type RankingSource } from './decode.js';
import { compareUtf8 } from './order.js';
import { parseRunLine } from './trec.js';

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
        const id = idText(record[spec.idField], file, line, spec.idField, 'missing query id');
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

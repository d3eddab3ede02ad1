import { InputError, describeType, quote } from '../../io/errors.js';
import { forEachLine } from '../../io/lines.js';
import { readRecords } from '../../io/records.js';
import { Interner, idText, sliceValueText } from '../../io/record-values.js';
import { FingerprintAccumulator } from '../../util/hash.js';
import { fromTrec, type GoldenQueries, type RankingReadSpec, type RankingSource } from './decode.js';
import { compareUtf8 } from './order.js';
import { parseQrelsLine } from './trec.js';

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
          const id = idText(record[spec.idField], queries.display, line, spec.idField, 'missing query id');
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
        const id = idText(record[spec.idField], file, line, spec.idField, 'missing query id');
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

import { readFileSync } from 'node:fs';
import { describe, test, expect } from '@jest/globals';
import {
  addSpanCounts,
  emptySpanCounts,
  entitiesFromCharSpans,
  entitiesFromTags,
  spanCounts,
  spanScores,
  tagRecordCounts,
  type EntityMode,
  type PrfScore,
  type TagScheme,
} from '../../../src/tasks/spans/index.js';

// Values computed by __tests__/fixtures/spans/make_expected.py, an independent restatement of seqeval's
// documented behaviour that asserts the published examples (reference sheet §6, seqeval README).
interface Averages {
  perType: (PrfScore & { type: string; tp: number; fp: number; fn: number })[];
  micro: PrfScore;
  /** null where seqeval's macro average is NaN (no types at all). */
  macro: { precision: number | null; recall: number | null; f1: number | null; support: number };
  weighted: PrfScore;
}
interface TagCase extends Averages {
  name: string;
  scheme: TagScheme;
  mode: EntityMode;
  yTrue: string[][];
  yPred: string[][];
  entitiesTrue: [string, number, number][][];
  entitiesPred: [string, number, number][][];
}
interface CharSpanCase extends Averages {
  name: string;
  gold: unknown[][];
  pred: unknown[][];
}
const expected = JSON.parse(
  readFileSync(new URL('../../fixtures/spans/expected.json', import.meta.url), 'utf8'),
) as {
  tagCases: TagCase[];
  charSpanCases: CharSpanCase[];
};

const DIGITS = 12;

function expectPrf(actual: PrfScore, wanted: Averages['macro']): void {
  // seqeval's NaN macro average (no types) is defined as 0 here.
  expect(actual.precision).toBeCloseTo(wanted.precision ?? 0, DIGITS);
  expect(actual.recall).toBeCloseTo(wanted.recall ?? 0, DIGITS);
  expect(actual.f1).toBeCloseTo(wanted.f1 ?? 0, DIGITS);
  expect(actual.support).toBe(wanted.support);
}

function expectScores(actual: ReturnType<typeof spanScores>, wanted: Averages): void {
  expect(actual.perType.map((s) => s.type)).toEqual(wanted.perType.map((s) => s.type));
  actual.perType.forEach((score, i) => expectPrf(score, wanted.perType[i]));
  expectPrf(actual.micro, wanted.micro);
  expectPrf(actual.macro, wanted.macro);
  expectPrf(actual.weighted, wanted.weighted);
}

const asTuples = (entities: ReturnType<typeof entitiesFromTags>): [string, number, number][] =>
  entities.map((e) => [e.type, e.start, e.end]);

describe('entities and scores from tags, against seqeval rules', () => {
  test.each(expected.tagCases.map((c) => [`${c.name} (${c.scheme}, ${c.mode})`, c] as const))(
    '%s',
    (_name, c) => {
      const options = { scheme: c.scheme, mode: c.mode };
      expect(c.yTrue.map((tags) => asTuples(entitiesFromTags(tags, options)))).toEqual(c.entitiesTrue);
      expect(c.yPred.map((tags) => asTuples(entitiesFromTags(tags, options)))).toEqual(c.entitiesPred);

      const counts = c.yTrue
        .map((tags, i) => tagRecordCounts(tags, c.yPred[i], options))
        .reduce(addSpanCounts, emptySpanCounts());
      for (const row of c.perType) expect(counts[row.type]).toEqual({ tp: row.tp, fp: row.fp, fn: row.fn });
      expectScores(spanScores(counts), c);
    },
  );
});

describe('character-offset spans', () => {
  test.each(expected.charSpanCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const counts = c.gold
      .map((gold, i) => spanCounts(entitiesFromCharSpans(gold), entitiesFromCharSpans(c.pred[i])))
      .reduce(addSpanCounts, emptySpanCounts());
    expectScores(spanScores(counts), c);
  });
});

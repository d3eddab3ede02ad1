import { readFileSync } from 'node:fs';
import { describe, test, expect } from '@jest/globals';
import {
  addToMeanStats,
  evaluateQuery,
  evaluateRun,
  meansOf,
  meanStatsOf,
  mergeMeanStats,
  rankingMetricNames,
  type MetricValues,
  type RankingMetric,
  type RunOptions,
} from '../../../src/tasks/ranking/metrics.js';
import { checkRankOrder, parseQrels, parseRun, rankedDocs } from '../../../src/tasks/ranking/trec.js';

const fixtures = new URL('../../fixtures/ranking/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

interface ExpectedConfig {
  name: string;
  options: RunOptions & { metrics: RankingMetric[] };
  perQuery: Record<string, MetricValues>;
  means: MetricValues;
}
interface Expected {
  configs: ExpectedConfig[];
  missingQueries: string[];
  unjudgedQueries: string[];
  order: Record<string, string[]>;
  rankCheck: { mismatchedQueries: string[]; mismatchedRows: number };
}

const expected = JSON.parse(read('expected.json')) as Expected;
const qrels = parseQrels(read('qrels.txt'), 'qrels.txt');
const run = parseRun(read('run.txt'), 'run.txt');

function expectClose(actual: MetricValues, wanted: MetricValues): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(wanted).sort());
  for (const [name, value] of Object.entries(wanted)) {
    const diff = Math.abs(actual[name]! - value);
    if (!(diff <= 1e-9)) throw new Error(`${name}: got ${actual[name]}, expected ${value}`);
  }
}

describe('ranking metrics against make_expected.py (trec_eval definitions, sklearn ndcg_score)', () => {
  test('documents are ordered by score descending, then docid descending in UTF-8 byte order', () => {
    for (const [qid, rows] of run) {
      expect(rankedDocs(rows).map((d) => d.docid)).toEqual(expected.order[qid]);
    }
  });

  for (const config of expected.configs) {
    test(`per-query values and means match for config '${config.name}'`, () => {
      const evaluation = evaluateRun(run, qrels, config.options);
      expect(evaluation.missingQueries).toEqual(expected.missingQueries);
      expect(evaluation.unjudgedQueries).toEqual(expected.unjudgedQueries);
      expect(evaluation.queries.map((q) => q.qid)).toEqual(Object.keys(config.perQuery));
      for (const { qid, values } of evaluation.queries) expectClose(values, config.perQuery[qid]!);
      const means = meansOf(meanStatsOf(evaluation.queries.map((q) => q.values)));
      expectClose(means, config.means);
    });
  }

  test('the rank check counts rows whose file rank disagrees with the evaluation order', () => {
    expect(checkRankOrder(run)).toEqual(expected.rankCheck);
  });
});

describe('worked examples of the reference sheet', () => {
  test('map of [R,N,R,N] with 3 relevant docs is .5556', () => {
    const judged = new Map([
      ['a', 1],
      ['b', 0],
      ['c', 1],
      ['d', 0],
      ['e', 1],
    ]);
    const ranked = ['a', 'b', 'c', 'd'].map((docid, i) => ({ docid, score: 4 - i }));
    expect(evaluateQuery(ranked, judged, { metrics: ['map'] }).map).toBeCloseTo(0.5556, 4);
  });

  test('ndcg_cut uses the ideal over all judged docs (.3425); the sklearn variant gives .6448', () => {
    const judged = new Map([
      ['d1', 0],
      ['d2', 2],
      ['d3', 1],
      ['d4', 0],
      ['d5', 3],
    ]);
    const ranked = [
      { docid: 'd1', score: 0.9 },
      { docid: 'd2', score: 0.8 },
      { docid: 'd3', score: 0.8 },
      { docid: 'd4', score: 0.1 },
    ];
    const values = evaluateQuery(ranked, judged, { metrics: ['ndcg', 'ndcg_sklearn'], cutoffs: [10] });
    expect(values['ndcg@10']).toBeCloseTo(0.3425, 4);
    expect(values['ndcg_sklearn@10']).toBeCloseTo(0.6448, 4);
  });
});

describe('evaluateQuery edge cases', () => {
  test('an empty ranking scores 0 everywhere', () => {
    const values = evaluateQuery([], new Map([['x', 2]]), {
      metrics: ['mrr', 'map', 'ndcg', 'ndcg_sklearn'],
    });
    expect(values).toEqual({ 'mrr@10': 0, map: 0, 'ndcg@10': 0, 'ndcg_sklearn@10': 0 });
  });

  test('exponential gain uses 2^rel - 1', () => {
    const judged = new Map([
      ['a', 1],
      ['b', 3],
    ]);
    const ranked = [
      { docid: 'a', score: 2 },
      { docid: 'b', score: 1 },
    ];
    const dcg = 1 + 7 / Math.log2(3);
    const idcg = 7 + 1 / Math.log2(3);
    expect(evaluateQuery(ranked, judged, { metrics: ['ndcg'], gain: 'exponential' })['ndcg@10']).toBeCloseTo(
      dcg / idcg,
      12,
    );
  });

  test('rejects duplicate docids, non-finite scores and bad cutoffs', () => {
    const judged = new Map<string, number>();
    expect(() =>
      evaluateQuery(
        [
          { docid: 'a', score: 1 },
          { docid: 'a', score: 2 },
        ],
        judged,
      ),
    ).toThrow("Duplicate docid 'a' in one ranking.");
    expect(() => evaluateQuery([{ docid: 'a', score: NaN }], judged)).toThrow('Invalid score NaN');
    expect(() => evaluateQuery([], judged, { cutoffs: [0] })).toThrow('Invalid ranking cutoff 0');
  });

  test('metric names follow the options', () => {
    expect(rankingMetricNames({ cutoffs: [1, 5], metrics: ['map', 'ndcg'] })).toEqual([
      'map',
      'ndcg@1',
      'ndcg@5',
    ]);
    expect(rankingMetricNames()).toEqual([
      'mrr@10',
      'precision@10',
      'recall@10',
      'map',
      'ndcg@10',
      'hit_rate@10',
    ]);
  });
});

describe('mean statistics', () => {
  test('merging by addition equals the statistics of the concatenation', () => {
    const a = meanStatsOf([{ m: 1 }, { m: 0.5 }]);
    const b = meanStatsOf([{ m: 0, n: 2 }]);
    expect(mergeMeanStats(a, b)).toEqual({ m: { sum: 1.5, count: 3 }, n: { sum: 2, count: 1 } });
    expect(meansOf(mergeMeanStats(a, b))).toEqual({ m: 0.5, n: 2 });
    expect(meansOf(addToMeanStats({}, { m: 3 }))).toEqual({ m: 3 });
    expect(meansOf({ m: { sum: 0, count: 0 } }).m).toBeNaN();
  });
});

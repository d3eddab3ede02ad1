import { describe, test, expect } from '@jest/globals';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareResults } from '../../../src/compare/compare.js';
import { evaluateConfig } from '../../../src/evaluate/evaluate.js';
import { parseResult } from '../../../src/result/result-file.js';
import { comparisonMarkdown } from '../../../src/report/comparison-markdown.js';
import { resultMarkdown } from '../../../src/report/result-markdown.js';
import { configFor, tempProject, writeJsonl } from '../../helpers/suite.js';

const now = () => new Date('2026-01-01T00:00:00Z');

// seqeval README example (default mode): micro F1 0.5, per type MISC P0 R0, PER P1 R1.
const seqevalGold = [
  ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'],
  ['B-PER', 'I-PER', 'O'],
];
const seqevalPred = [
  ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O'],
  ['B-PER', 'I-PER', 'O'],
];

/** 60 sentences in two domains; every third has a LOC, every other a PER. */
function corpus() {
  return Array.from({ length: 60 }, (_, i) => {
    const tags = ['O', 'B-PER', 'I-PER', 'O', i % 3 === 0 ? 'B-LOC' : 'O'];
    if (i % 2) tags[1] = tags[2] = 'O';
    return { id: `s${i}`, tags, domain: i < 30 ? 'news' : 'chat' };
  });
}

async function evaluate(root: string, predictions: string, extra: Record<string, unknown> = {}) {
  const config = configFor(root, {
    suites: [
      {
        name: 'ner',
        task: 'spans',
        golden: 'golden.jsonl',
        predictions,
        slices: ['domain'],
        min_support: 5,
        gates: [
          { metric: 'span_micro_f1', max_drop: 1, slices: 'all' },
          { metric: 'span_micro_f1', max_drop: 1, slices: 'labels' },
        ],
        ...extra,
      },
    ],
  });
  const result = await evaluateConfig(config, { runCommands: false, now });
  parseResult(JSON.stringify(result), 'result.json');
  return { config, result };
}

describe('task: spans end to end', () => {
  test("seqeval's README example: micro and per-type scores", async () => {
    const root = tempProject();
    writeJsonl(
      join(root, 'golden.jsonl'),
      seqevalGold.map((tags, i) => ({ id: i, tags })),
    );
    writeJsonl(
      join(root, 'p.jsonl'),
      seqevalPred.map((prediction, i) => ({ id: i, prediction })),
    );
    const { result } = await evaluate(root, 'p.jsonl', { slices: [], min_support: 1, gates: [] });
    const overall = result.suites[0].slices[0];
    expect(overall.metrics.span_micro_f1).toBe(0.5);
    expect(overall.metrics.span_micro_precision).toBe(0.5);
    expect(overall.metrics.span_macro_f1).toBe(0.5);
    expect(overall.per_class).toEqual([
      { label: 'MISC', precision: 0, recall: 0, f1: 0, support: 1 },
      { label: 'PER', precision: 1, recall: 1, f1: 1, support: 1 },
    ]);
    const per = result.suites[0].slices.find((s) => s.key === 'type=PER')!;
    expect(per.kind).toBe('label');
    expect(per.metrics.span_micro_f1).toBe(1);
    expect(result.suites[0].labels).toEqual(['MISC', 'PER']);
  });

  test.each(['default', 'strict'])(
    'a seeded corpus in %s mode equals the seqeval restatement per slice and per type',
    async (mode) => {
      const dir = fileURLToPath(new URL('../../fixtures/spans/suite/', import.meta.url));
      type Scores = Record<string, number> & { per_type: Record<string, number | string>[] };
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
        string,
        Record<string, Scores>
      >;
      const root = tempProject();
      for (const f of ['golden.jsonl', 'base.jsonl', 'head.jsonl']) copyFileSync(join(dir, f), join(root, f));
      const results = [];
      for (const side of ['base', 'head']) {
        const { result, config } = await evaluate(root, `${side}.jsonl`, {
          spans: { mode, scheme: 'IOB2' },
          gates: [{ metric: 'span_micro_f1', max_drop: 1, slices: 'all' }],
        });
        results.push({ result, config });
        const want = expected[`${side}-${mode}`];
        const suite = result.suites[0];
        for (const slice of suite.slices.filter((s) => s.kind !== 'label')) {
          expect(slice.n).toBe(want[slice.key].n);
          for (const m of Object.keys(slice.metrics))
            expect(Math.abs(slice.metrics[m]! - want[slice.key][m])).toBeLessThan(1e-12);
        }
        const perType = want.overall.per_type;
        expect(suite.slices[0].per_class).toEqual(
          perType.map((t) => ({
            label: t.type,
            precision: expect.closeTo(t.precision as number, 12),
            recall: expect.closeTo(t.recall as number, 12),
            f1: expect.closeTo(t.f1 as number, 12),
            support: t.support,
          })),
        );
        for (const t of perType) {
          const typeSlice = suite.slices.find((s) => s.key === `type=${t.type}`)!;
          expect(typeSlice.metrics.span_micro_f1).toBeCloseTo(t.f1 as number, 12);
        }
      }
      const comparison = compareResults(results[0].result, results[1].result, results[0].config);
      const overall = comparison.suites[0].gates.find((g) => g.slice === 'overall')!;
      expect(overall.delta).toBeCloseTo(
        expected[`head-${mode}`].overall.span_micro_f1 - expected[`base-${mode}`].overall.span_micro_f1,
        12,
      );
      expect(overall.verdict).toBe('pass');
    },
  );

  test('a model that misses the LOC entities fails the LOC type gate', async () => {
    const root = tempProject();
    const gold = corpus();
    writeJsonl(join(root, 'golden.jsonl'), gold);
    writeJsonl(
      join(root, 'base.jsonl'),
      gold.map((g) => ({ id: g.id, prediction: g.tags })),
    );
    writeJsonl(
      join(root, 'head.jsonl'),
      gold.map((g) => ({ id: g.id, prediction: g.tags.map((t) => (t === 'B-LOC' ? 'O' : t)) })),
    );
    const base = await evaluate(root, 'base.jsonl');
    const head = await evaluate(root, 'head.jsonl');
    const suite = head.result.suites[0];
    expect(suite.examples?.columns.counts.width).toBe(6);
    // 30 PER and 20 LOC gold entities; the head finds every PER and no LOC
    const overall = suite.slices[0];
    expect(overall.metrics.span_micro_recall).toBeCloseTo(30 / 50, 12);
    expect(overall.metrics.span_micro_precision).toBe(1);
    expect(overall.metrics.span_macro_f1).toBeCloseTo(0.5, 12);
    expect(overall.metrics.span_weighted_f1).toBeCloseTo(30 / 50, 12);
    const comparison = compareResults(base.result, head.result, base.config);
    expect(comparison.verdict).toBe('fail');
    const loc = comparison.suites[0].gates.find((g) => g.slice === 'type=LOC')!;
    expect(loc.verdict).toBe('fail');
    expect(loc.delta).toBe(-1);
    const per = comparison.suites[0].gates.find((g) => g.slice === 'type=PER')!;
    expect(per.verdict).toBe('pass');
    expect(per.delta).toBe(0);
    expect(comparisonMarkdown(comparison)).toContain('type=LOC');
    expect(resultMarkdown(head.result)).toContain('### ner (spans, spans-tags)');
  });

  test('strict mode: an invalid golden sequence is an error, invalid predicted chunks are dropped and reported', async () => {
    const root = tempProject();
    writeJsonl(join(root, 'golden.jsonl'), [
      { id: 'a', tokens: ['Ann', 'met', 'Bo'], tags: ['B-PER', 'O', 'B-PER'] },
    ]);
    writeJsonl(join(root, 'p.jsonl'), [{ id: 'a', prediction: ['B-PER', 'O', 'I-PER'] }]);
    const strict = { spans: { mode: 'strict', scheme: 'IOB2' }, slices: [], gates: [], min_support: 1 };
    const { result } = await evaluate(root, 'p.jsonl', strict);
    const overall = result.suites[0].slices[0];
    expect(overall.metrics.span_micro_precision).toBe(1);
    expect(overall.metrics.span_micro_recall).toBe(0.5);
    expect(result.suites[0].notes).toEqual([
      '1 predicted tag sequence(s) break the IOB2 scheme: in strict mode their invalid chunks are not entities (seqeval strict mode).',
    ]);
    // default mode: the orphan I-PER is an entity, and it matches
    const lenient = await evaluate(root, 'p.jsonl', { ...strict, spans: { mode: 'default' } });
    expect(lenient.result.suites[0].slices[0].metrics.span_micro_f1).toBe(1);

    writeJsonl(join(root, 'golden.jsonl'), [{ id: 'a', tags: ['O', 'I-PER', 'I-PER'] }]);
    await expect(evaluate(root, 'p.jsonl', strict)).rejects.toThrow(
      'golden.jsonl:1: tags: invalid IOB2 sequence (strict mode): the tags at positions 1–2 (I-PER I-PER) are not a valid entity; an entity is B-X followed by I-X tags',
    );
  });

  test('a model that starts predicting a new type stays comparable; the new type costs precision', async () => {
    const root = tempProject();
    const gold = corpus();
    writeJsonl(join(root, 'golden.jsonl'), gold);
    writeJsonl(
      join(root, 'base.jsonl'),
      gold.map((g) => ({ id: g.id, prediction: g.tags })),
    );
    writeJsonl(
      join(root, 'head.jsonl'),
      gold.map((g, i) => ({
        id: g.id,
        prediction: i < 10 ? [...g.tags.slice(0, 3), 'B-ORG', g.tags[4]] : g.tags,
      })),
    );
    const base = await evaluate(root, 'base.jsonl');
    const head = await evaluate(root, 'head.jsonl');
    expect(head.result.suites[0].labels).toEqual(['LOC', 'ORG', 'PER']);
    const comparison = compareResults(base.result, head.result, base.config);
    expect(comparison.suites[0].comparable).toBe(true);
    const overall = comparison.suites[0].slices[0].metrics;
    expect(overall.span_micro_precision.head).toBeCloseTo(50 / 60, 12);
    expect(overall.span_micro_recall.delta).toBe(0);
    // the PER type slice is scored by name on both sides
    const per = comparison.suites[0].gates.find((g) => g.slice === 'type=PER')!;
    expect(per.delta).toBe(0);
  });

  test('length mismatches and bad offsets are one-line errors naming file:line', async () => {
    const root = tempProject();
    writeJsonl(join(root, 'golden.jsonl'), [{ id: 'a', tokens: ['x', 'y'], tags: ['O', 'O', 'O'] }]);
    writeJsonl(join(root, 'p.jsonl'), [{ id: 'a', prediction: ['O', 'O', 'O'] }]);
    const options = { slices: [], gates: [], min_support: 1 };
    await expect(evaluate(root, 'p.jsonl', options)).rejects.toThrow(
      'golden.jsonl:1: tags: length 3 does not match tokens length 2',
    );
    writeJsonl(join(root, 'golden.jsonl'), [{ id: 'a', tags: ['O', 'O', 'O'] }]);
    writeJsonl(join(root, 'p.jsonl'), [{ id: 'a', prediction: ['O', 'B-PER'] }]);
    await expect(evaluate(root, 'p.jsonl', options)).rejects.toThrow(
      'p.jsonl:1: prediction: length 2 does not match golden tags length 3',
    );
    writeJsonl(join(root, 'golden.jsonl'), [
      { id: 'a', text: 'Ann met Bo', entities: [{ start: 0, end: 3, type: 'PER' }] },
    ]);
    writeJsonl(join(root, 'p.jsonl'), [{ id: 'a', prediction: [{ start: 8, end: 8, type: 'PER' }] }]);
    await expect(evaluate(root, 'p.jsonl', { ...options, spans: { format: 'offsets' } })).rejects.toThrow(
      'p.jsonl:1: prediction: span 0: end must be an integer > start (8), got 8',
    );
  });

  test('operational metrics on span suites: latency per sentence, no value on type slices', async () => {
    const root = tempProject();
    const gold = corpus();
    writeJsonl(join(root, 'golden.jsonl'), gold);
    writeJsonl(
      join(root, 'p.jsonl'),
      gold.map((g, i) => ({ id: g.id, prediction: g.tags, latency_ms: i % 2 ? 30 : 10 })),
    );
    const { result } = await evaluate(root, 'p.jsonl', {
      metrics: ['span_micro_f1', 'p50_latency_ms', 'p99_latency_ms'],
      gates: [{ metric: 'p99_latency_ms', max: 100 }],
    });
    const slices = result.suites[0].slices;
    expect(slices[0].metrics).toEqual({ span_micro_f1: 1, p50_latency_ms: 20, p99_latency_ms: 30 });
    expect(slices.find((s) => s.key === 'type=PER')!.metrics.p50_latency_ms).toBeNull();
    expect(result.suites[0].examples?.columns['ops.latency_ms']).toBeDefined();
  });

  test('CSV files: cells holding JSON arrays are read as tag sequences', async () => {
    const root = tempProject();
    writeFileSync(join(root, 'golden.csv'), 'id,tags\na,"[""B-PER"",""I-PER"",""O""]"\n');
    writeFileSync(join(root, 'p.csv'), 'id,prediction\na,"[""B-PER"",""O"",""O""]"\n');
    const config = configFor(root, {
      suites: [{ name: 'ner', task: 'spans', golden: 'golden.csv', predictions: 'p.csv', min_support: 1 }],
    });
    const result = await evaluateConfig(config, { runCommands: false, now });
    expect(result.suites[0].slices[0].metrics.span_micro_f1).toBe(0);
    expect(result.suites[0].slices[0].per_class).toEqual([
      { label: 'PER', precision: 0, recall: 0, f1: 0, support: 1 },
    ]);
  });

  test('character offsets: exact (type, start, end) matches', async () => {
    const root = tempProject();
    writeJsonl(join(root, 'golden.jsonl'), [
      {
        id: 'a',
        text: 'Ann met Bo in Oslo',
        entities: [
          { start: 0, end: 3, type: 'PER' },
          { start: 8, end: 10, type: 'PER' },
          { start: 14, end: 18, type: 'LOC' },
        ],
      },
    ]);
    writeJsonl(join(root, 'p.jsonl'), [
      {
        id: 'a',
        prediction: [
          { start: 0, end: 3, type: 'PER' },
          { start: 14, end: 18, type: 'PER' },
        ],
      },
    ]);
    const { result } = await evaluate(root, 'p.jsonl', {
      spans: { format: 'offsets' },
      slices: [],
      gates: [],
      min_support: 1,
    });
    const m = result.suites[0].slices[0].metrics;
    expect(m.span_micro_precision).toBe(0.5);
    expect(m.span_micro_recall).toBeCloseTo(1 / 3, 12);
    expect(result.suites[0].task_type).toBe('spans-offsets');
  });
});

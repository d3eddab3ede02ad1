import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareResults } from '../../src/compare/compare.js';
import { parseConfig } from '../../src/config/load.js';
import { evaluateConfig } from '../../src/evaluate/evaluate.js';
import type { Comparison } from '../../src/generated/comparison.js';
import { mulberry32 } from '../helpers/seeded-random.js';

/**
 * Seeded simulation of the README's small-slice setting (issue #10): 420 examples, 4 languages of 105, 3
 * domains, 6 intents, the quick-start gates (13 gated slices). Measures what no-change PRs show, and checks
 * that the "detects ≥" figure the report states for a 105-example slice is within 20% of the drop that
 * really fails 80% of the time.
 */
const LANGUAGES = ['de', 'en', 'es', 'fr'];
const DOMAINS = ['billing', 'orders', 'support'];
const K = 6;
const PER_LANGUAGE = 105;
const BASE_ACCURACY = 0.83;
/** The head re-predicts this share of examples; the rest keep the base prediction. */
const REDRAW = 0.3;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'evalgate-sim-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const configText = `
version: 1
comparison: { resamples: 200 }
suites:
  - name: intents
    task: classification
    golden: golden.jsonl
    predictions: predictions.jsonl
    slices: [language, domain]
    min_support: 30
    metrics: [accuracy, macro_f1]
    gates:
      - { metric: macro_f1, slices: { top: 5, by: support, field: label }, max_drop: 0.5 }
      - { metric: accuracy, slices: fields, max_drop: 1 }
      - { metric: accuracy, slices: overall, max_drop: 1 }
`;

async function evaluate(rows: string[], predictions: string[]) {
  writeFileSync(join(dir, 'golden.jsonl'), rows.join('\n') + '\n');
  writeFileSync(join(dir, 'predictions.jsonl'), predictions.join('\n') + '\n');
  const config = parseConfig(configText, join(dir, 'evalgate.yml'), dir);
  return { config, result: await evaluateConfig(config, { runCommands: false, now: () => new Date(0) }) };
}

/**
 * One PR. The head re-predicts REDRAW of the examples with the base model's accuracy, except that on
 * language=fr its re-predictions are `frDrop / REDRAW` less accurate: an expected drop of `frDrop` there.
 */
async function simulatePr(seed: number, frDrop = 0): Promise<Comparison> {
  const random = mulberry32(seed);
  const draw = (t: number, accuracy: number) =>
    random() < accuracy ? t : (t + 1 + Math.floor(random() * (K - 1))) % K;
  const golden: string[] = [];
  const base: string[] = [];
  const head: string[] = [];
  let id = 0;
  for (const language of LANGUAGES) {
    for (let j = 0; j < PER_LANGUAGE; j++, id++) {
      // intents of unequal frequency, so the top-5 label slices are well defined
      const truth = Math.min(K - 1, Math.floor(-Math.log(1 - random() * 0.95) * 2));
      const domain = DOMAINS[Math.floor(random() * DOMAINS.length)];
      const b = draw(truth, BASE_ACCURACY);
      const accuracy = language === 'fr' ? BASE_ACCURACY - frDrop / REDRAW : BASE_ACCURACY;
      const h = random() < REDRAW ? draw(truth, accuracy) : b;
      golden.push(JSON.stringify({ id: `e${id}`, label: `intent${truth}`, language, domain }));
      base.push(JSON.stringify({ id: `e${id}`, prediction: `intent${b}` }));
      head.push(JSON.stringify({ id: `e${id}`, prediction: `intent${h}` }));
    }
  }
  const baseSide = await evaluate(golden, base);
  const headSide = await evaluate(golden, head);
  return compareResults(baseSide.result, headSide.result, baseSide.config);
}

const frGate = (c: Comparison) =>
  c.suites[0].gates.find((g) => g.slice === 'language=fr' && g.metric === 'accuracy')!;

describe('verdicts on small slices (simulation)', () => {
  let stated = 0;

  test('no-change PRs: few fail, few show an unconfirmed drop, and every one states what it can detect', async () => {
    const prs = 120;
    let failed = 0;
    let unconfirmed = 0;
    const figures: number[] = [];
    for (let s = 0; s < prs; s++) {
      const c = await simulatePr(10_000 + s);
      expect(c.suites[0].gates).toHaveLength(13);
      if (c.verdict === 'fail') failed++;
      if (c.suites[0].gates.some((g) => g.verdict === 'unconfirmed')) unconfirmed++;
      figures.push(frGate(c).detectable_drop!);
    }
    figures.sort((a, b) => a - b);
    console.log(
      `no-change: ${failed} failed, ${unconfirmed} unconfirmed of ${prs}; median detects ≥ ${figures[prs >> 1]}`,
    );
    stated = figures[prs >> 1];
    // Measured with these seeds (Tango score intervals): 0 of 120 failed and 23 of 120 (19.2%) showed an
    // unconfirmed drop; the median "detects ≥" on language=fr (n = 105) is 15.8 pts. Kept in docs/gates.md.
    expect(failed / prs).toBeLessThanOrEqual(0.05);
    expect(unconfirmed / prs).toBeLessThanOrEqual(0.25);
    expect(stated).toBeGreaterThan(0.05);
    expect(stated).toBeLessThan(0.2);
  }, 300_000);

  test('the stated detectable drop is within 20% of the drop that fails 80% of the time', async () => {
    // P(fail) is increasing in the drop: below 80% at 0.8 × stated and above it at 1.2 × stated puts the
    // true 80%-power drop within ±20% of the stated figure.
    const prs = 100;
    const power = async (drop: number, seed: number) => {
      let caught = 0;
      for (let s = 0; s < prs; s++) if (frGate(await simulatePr(seed + s, drop)).outcome === 'fail') caught++;
      return caught / prs;
    };
    const low = await power(0.8 * stated, 20_000);
    const high = await power(1.2 * stated, 30_000);
    console.log(`power at 0.8×: ${low}, at 1.2×: ${high}`);
    expect(low).toBeLessThan(0.8);
    expect(high).toBeGreaterThan(0.8);
  }, 300_000);
});

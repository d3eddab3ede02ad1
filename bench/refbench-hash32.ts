/**
 * End-to-end check of the bootstrap engine against the refbench reference in hash32 mode.
 *
 *   /usr/bin/python3 /work/shared/refbench/gen.py --n 10000 --out /tmp/refbench/10k
 *   npx tsx bench/refbench-hash32.ts [--data /tmp/refbench/10k] [--ref /work/shared/refbench/results/ref_10k_hash32.json]
 *
 * Loads golden/baseline/candidate JSONL, joins them like ref_eval.py (inner join, golden order), and for
 * `overall` and every single-field slice runs pairedBootstrap('hash32-rows') with the classification delta
 * statistic, then compares point, CI, bootstrap mean and SE of Δ macro-F1 and Δ accuracy with the
 * reference JSON. Prints one line per slice; exits 1 unless every bootstrap output (CI bounds, mean, SE,
 * flags) is bit-identical and every point estimate is within 1e-12 (the reference takes points from
 * sklearn / `mean(pred == y)`, which may round differently from the confusion-count formula).
 *
 * `--method multinomial` runs the multinomial bootstrap instead: a different random stream, so it only
 * reports how far its CI bounds land from the reference (Monte-Carlo noise; refbench saw up to 0.0053 at
 * 10k between its own two streams).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classificationDeltaStatistic, classificationUnits } from '../src/stats/confusion.js';
import { pairedBootstrap, type ResampleMethod } from '../src/stats/resample.js';
import { summarizeDelta, type DeltaSummary } from '../src/stats/summary.js';

export const DEFAULT_DATA_DIR = '/tmp/refbench/10k';
export const DEFAULT_REFERENCE = '/work/shared/refbench/results/ref_10k_hash32.json';

const SLICE_FIELDS = ['language', 'domain'] as const;
const STATISTICS = ['delta_macro_f1', 'delta_accuracy'] as const;
const BOOTSTRAP_FIELDS = ['ci_low', 'ci_high', 'boot_mean', 'boot_se'] as const;

interface ReferenceDelta {
  point: number;
  ci_low: number;
  ci_high: number;
  boot_mean: number;
  boot_se: number;
  regression: boolean;
  improvement: boolean;
}
interface ReferenceSlice {
  slice: string;
  n: number;
  bootstrap?: Record<(typeof STATISTICS)[number], ReferenceDelta>;
}
interface Reference {
  config: { n_boot: number; seed: number; rng: string };
  slices: ReferenceSlice[];
}

export interface SliceComparison {
  slice: string;
  n: number;
  ours: Record<(typeof STATISTICS)[number], DeltaSummary>;
  reference: Record<(typeof STATISTICS)[number], ReferenceDelta>;
  /** Largest |ours − reference| over ci_low, ci_high, boot_mean, boot_se of both statistics. */
  bootstrapMaxAbsDiff: number;
  /** Largest |ours − reference| of the two point estimates. */
  pointMaxAbsDiff: number;
  /** regression/improvement flags agree. */
  flagsAgree: boolean;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

interface GoldenRow {
  id: string;
  label: string;
  language: string;
  domain: string;
}
interface PredictionRow {
  id: string;
  prediction: string;
  scores: Record<string, number>;
}

interface Joined {
  labels: string[];
  y: Uint32Array;
  base: Uint32Array;
  head: Uint32Array;
  fields: Record<(typeof SLICE_FIELDS)[number], string[]>;
}

function loadJoined(dataDir: string): Joined {
  const golden = readJsonl<GoldenRow>(join(dataDir, 'golden.jsonl'));
  const baseline = readJsonl<PredictionRow>(join(dataDir, 'baseline.jsonl'));
  const candidate = readJsonl<PredictionRow>(join(dataDir, 'candidate.jsonl'));
  const labelSet = new Set(golden.map((g) => g.label));
  for (const rows of [baseline, candidate]) {
    for (const r of rows) {
      labelSet.add(r.prediction);
      for (const key of Object.keys(r.scores)) labelSet.add(key);
    }
  }
  const labels = [...labelSet].sort();
  const code = new Map(labels.map((l, i) => [l, i]));
  const baseById = new Map(baseline.map((r) => [r.id, r.prediction]));
  const headById = new Map(candidate.map((r) => [r.id, r.prediction]));
  const kept = golden.filter((g) => baseById.has(g.id) && headById.has(g.id));
  const codeOf = (label: string | undefined): number => code.get(label ?? '') ?? -1;
  return {
    labels,
    y: Uint32Array.from(kept, (g) => codeOf(g.label)),
    base: Uint32Array.from(kept, (g) => codeOf(baseById.get(g.id))),
    head: Uint32Array.from(kept, (g) => codeOf(headById.get(g.id))),
    fields: { language: kept.map((g) => g.language), domain: kept.map((g) => g.domain) },
  };
}

/** overall + field=value slices (values sorted), each as row indices in golden order. */
function bootstrappedSlices(joined: Joined): { name: string; rows: number[] }[] {
  const n = joined.y.length;
  const slices = [{ name: 'overall', rows: Array.from({ length: n }, (_, i) => i) }];
  for (const field of SLICE_FIELDS) {
    const values = joined.fields[field];
    for (const v of [...new Set(values)].sort()) {
      slices.push({ name: `${field}=${v}`, rows: values.flatMap((x, i) => (x === v ? [i] : [])) });
    }
  }
  return slices;
}

export function compareWithReference(
  dataDir: string,
  referencePath: string,
  method: ResampleMethod = 'hash32-rows',
): SliceComparison[] {
  const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as Reference;
  if (reference.config.rng !== 'hash32') throw new Error(`${referencePath} was not made with --rng hash32`);
  const joined = loadJoined(dataDir);
  const k = joined.labels.length;
  const refBySlice = new Map(reference.slices.map((s) => [s.slice, s]));
  return bootstrappedSlices(joined).map(({ name, rows }) => {
    const ref = refBySlice.get(name);
    if (ref?.bootstrap === undefined) throw new Error(`reference has no bootstrap for slice '${name}'`);
    const pick = (a: Uint32Array) => Uint32Array.from(rows, (i) => a[i]);
    const units = classificationUnits(pick(joined.y), pick(joined.base), pick(joined.head), k);
    const { point, samples } = pairedBootstrap({
      units: units.multiplicity,
      evaluate: classificationDeltaStatistic(units, k),
      resamples: reference.config.n_boot,
      seed: reference.config.seed,
      sliceName: name,
      method,
      rowUnit: units.rowUnit,
    });
    const ours = {
      delta_macro_f1: summarizeDelta(samples[0], point[0]),
      delta_accuracy: summarizeDelta(samples[1], point[1]),
    };
    let bootstrapMaxAbsDiff = 0;
    let pointMaxAbsDiff = 0;
    let flagsAgree = true;
    for (const stat of STATISTICS) {
      const o = ours[stat];
      const r = ref.bootstrap[stat];
      const mine = { ci_low: o.ciLow, ci_high: o.ciHigh, boot_mean: o.bootMean, boot_se: o.bootSe };
      for (const f of BOOTSTRAP_FIELDS)
        bootstrapMaxAbsDiff = Math.max(bootstrapMaxAbsDiff, Math.abs(mine[f] - r[f]));
      pointMaxAbsDiff = Math.max(pointMaxAbsDiff, Math.abs(o.point - r.point));
      flagsAgree &&= o.regression === r.regression && o.improvement === r.improvement;
    }
    return {
      slice: name,
      n: rows.length,
      ours,
      reference: ref.bootstrap,
      bootstrapMaxAbsDiff,
      pointMaxAbsDiff,
      flagsAgree,
    };
  });
}

function main(argv: string[]): number {
  const arg = (flag: string, fallback: string): string => {
    const i = argv.indexOf(flag);
    return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
  };
  const dataDir = arg('--data', DEFAULT_DATA_DIR);
  const referencePath = arg('--ref', DEFAULT_REFERENCE);
  const method = arg('--method', 'hash32-rows');
  if (method !== 'hash32-rows' && method !== 'multinomial') {
    throw new Error(`--method must be hash32-rows or multinomial but got '${method}'`);
  }
  const started = performance.now();
  const results = compareWithReference(dataDir, referencePath, method);
  const seconds = (performance.now() - started) / 1000;
  const fmt = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(4);
  for (const r of results) {
    const f = r.ours.delta_macro_f1;
    const a = r.ours.delta_accuracy;
    console.log(
      `${r.slice.padEnd(24)} n=${String(r.n).padStart(7)}  dF1 ${fmt(f.point)} [${fmt(f.ciLow)},${fmt(f.ciHigh)}]` +
        `  dAcc ${fmt(a.point)} [${fmt(a.ciLow)},${fmt(a.ciHigh)}]` +
        `  |diff| bootstrap ${r.bootstrapMaxAbsDiff.toExponential(1)} point ${r.pointMaxAbsDiff.toExponential(1)}` +
        (r.flagsAgree ? '' : '  FLAGS DIFFER'),
    );
  }
  const bootstrapWorst = Math.max(...results.map((r) => r.bootstrapMaxAbsDiff));
  const pointWorst = Math.max(...results.map((r) => r.pointMaxAbsDiff));
  if (method === 'multinomial') {
    console.log(
      `${results.length} slices in ${seconds.toFixed(2)} s; multinomial vs reference: max |diff| of CI bounds, ` +
        `mean, SE ${bootstrapWorst.toFixed(4)} (Monte-Carlo), point ${pointWorst.toExponential(2)}`,
    );
    return 0;
  }
  const ok = bootstrapWorst === 0 && pointWorst <= 1e-12 && results.every((r) => r.flagsAgree);
  console.log(
    `${results.length} slices in ${seconds.toFixed(2)} s; max |diff| bootstrap ${bootstrapWorst} (CI, mean, SE), ` +
      `point ${pointWorst.toExponential(2)}: ${ok ? 'MATCH' : 'MISMATCH'}`,
  );
  return ok ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}

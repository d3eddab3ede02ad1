// The data of issue #10's reproduction cases, built so the numbers the issue quotes hold exactly: 420
// examples in 4 languages (de 105, en 105, es 110, fr 100), 3 domains, 6 intents of unequal frequency, and the
// README's quick-start gates (13 gated slices: 5 intents' macro F1, 4 languages and 3 domains' accuracy,
// overall's floor).

import { mulberry32 } from '../helpers/seeded-random.js';

export const LANGUAGES: readonly (readonly [string, number])[] = [
  ['de', 105],
  ['en', 105],
  ['es', 110],
  ['fr', 100],
];
const DOMAINS = ['billing', 'orders', 'support'];
/** 120, 100, 80, 60, 40 and 20 examples: the top 5 by support are intent0…intent4. */
const INTENT_CYCLE = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5];

export const GOLDEN_PATH = 'data/golden/intents.jsonl';
export const PREDICTIONS_PATH = 'out/keyword.predictions.jsonl';

function shuffled(values: number[], seed: number): number[] {
  const random = mulberry32(seed);
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Row {
  id: string;
  text: string;
  label: string;
  language: string;
  domain: string;
}

export const ROWS: readonly Row[] = (() => {
  const rows: Row[] = [];
  for (const [language, n] of LANGUAGES) {
    for (let k = 0; k < n; k++) {
      const i = rows.length;
      rows.push({
        id: `e${i}`,
        text: `message ${i}`,
        label: `intent${INTENT_CYCLE[i % INTENT_CYCLE.length]}`,
        language,
        domain: DOMAINS[i % DOMAINS.length],
      });
    }
  }
  return rows;
})();

const wrong = (label: string): string => `intent${(Number(label.slice('intent'.length)) + 1) % 6}`;

/** Rows (by index) the base model gets wrong: 9 of each 105/110 languages (≈ 91%), 17 of fr's 100 (83.00). */
const frRows = ROWS.flatMap((row, i) => (row.language === 'fr' ? [i] : []));
const frOrder = shuffled(frRows, 10);
const BASE_WRONG = new Set([
  ...ROWS.flatMap((row, i) => (row.language !== 'fr' && i % 12 === 5 ? [i] : [])),
  ...frOrder.slice(0, 17),
]);
/**
 * The head on fr: 8 of the base's 17 errors fixed, 22 right answers broken: 83 → 69 correct (−14.00 pts) with
 * 30 discordant pairs, significant on the slice alone but not after a correction across 13 gates.
 */
const HEAD_FIXED = new Set(frOrder.slice(0, 8));
const HEAD_BROKEN = new Set(frOrder.slice(17, 39));

export function goldenJsonl(label: (row: Row, i: number) => unknown = (row) => row.label): string {
  return ROWS.map((row, i) => JSON.stringify({ ...row, label: label(row, i) })).join('\n') + '\n';
}

/** The golden set as CSV whose language column is called `lang`. */
export function goldenCsvWithLang(): string {
  const lines = ROWS.map((r) => [r.id, r.text, r.label, r.language, r.domain].join(','));
  return ['id,text,label,lang,domain', ...lines].join('\n') + '\n';
}

export function predictionsJsonl(predict: (row: Row, i: number) => unknown): string {
  return ROWS.map((row, i) => JSON.stringify({ id: row.id, prediction: predict(row, i) })).join('\n') + '\n';
}

/** The base model: right except on BASE_WRONG. */
export const basePrediction = (row: Row, i: number): string =>
  BASE_WRONG.has(i) ? wrong(row.label) : row.label;

/** The head model of case 1: the base model, 14 points worse on language=fr. */
export const frDropPrediction = (row: Row, i: number): string => {
  if (HEAD_FIXED.has(i)) return row.label;
  if (HEAD_BROKEN.has(i)) return wrong(row.label);
  return basePrediction(row, i);
};

/** Correct answers of `predict` on language=fr, for the test's own count. */
export function frCorrect(predict: (row: Row, i: number) => string): number {
  return frRows.filter((i) => predict(ROWS[i], i) === ROWS[i].label).length;
}

export interface QuickStartOptions {
  /** Replaces the slices line's list. */
  slices?: string;
  /** Extra gate lines (YAML flow mappings), after the README's three. */
  gates?: string[];
  /** Replaces the README's gates (none: no `gates:` key). */
  onlyGates?: string[];
  golden?: string;
  /** Suite-level keys added after min_support (e.g. `unconfirmed: fail`). */
  suiteKeys?: string[];
}

/** The README's quick-start suite on this data (without `run:`: the predictions are in the workspace). */
export function quickStartConfig(options: QuickStartOptions = {}): string {
  const gates = options.onlyGates ?? [
    '{ metric: macro_f1, slices: { top: 5, by: support, field: label }, max_drop: 0.5 }',
    '{ metric: accuracy, slices: fields, max_drop: 1 }',
    '{ metric: accuracy, slices: overall, min: 85 }',
    ...(options.gates ?? []),
  ];
  return [
    'version: 1',
    'suites:',
    '  - name: intents',
    '    task: classification',
    `    golden: ${options.golden ?? GOLDEN_PATH}`,
    `    predictions: ${PREDICTIONS_PATH}`,
    '    fields: { id: id, label: label, prediction: prediction }',
    `    slices: ${options.slices ?? '[language, domain]'}`,
    '    min_support: 30',
    ...(options.suiteKeys ?? []).map((line) => `    ${line}`),
    '    metrics: [accuracy, macro_f1]',
    ...(gates.length ? ['    gates:', ...gates.map((gate) => `      - ${gate}`)] : []),
    '',
  ].join('\n');
}

/** Workspace files for pr-fixtures' `workspace({ files })`: this data set in place of the demo's. */
export function quickStartFiles(options: {
  config?: string;
  golden?: string;
  predictions: string;
}): Record<string, string> {
  return {
    '.github/evalgate.yml': options.config ?? quickStartConfig(),
    [GOLDEN_PATH]: options.golden ?? goldenJsonl(),
    [PREDICTIONS_PATH]: options.predictions,
  };
}

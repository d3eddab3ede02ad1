// Inputs as users' tools write them (TREC comments and extra columns, runs and predictions for ids the golden
// set lacks) and errors that lead to the fix.
import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateConfig } from '../../src/evaluate/evaluate.js';
import { forTerminal, isTerminal } from '../../src/cli/terminal.js';
import { checksMarkdown } from '../../src/report/checks-markdown.js';
import { configFor, tempProject, writeJsonl } from '../helpers/suite.js';

function project(files: Record<string, string>): string {
  const root = tempProject('evalgate-inputs-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

const QRELS = '# judged by two annotators\nq1 0 d1 1\nq1 0 d2 0\n  # second query\nq2 0 d3 2\n';
// trec_eval reads the first six columns; tools append more (here a timestamp and a run note).
const RUN = 'q1 Q0 d1 1 2.5 sys 2026-12-07 first\nq1 Q0 d2 2 1.5 sys 2026-12-07\nq2 Q0 d3 1 0.5 sys\n';

function ranking(files: Record<string, string>, suite: Record<string, unknown> = {}) {
  const root = project(files);
  return configFor(root, {
    suites: [
      {
        name: 's',
        task: 'ranking',
        golden: 'qrels.txt',
        predictions: 'run.txt',
        metrics: ['ndcg@10'],
        ...suite,
      },
    ],
  });
}

describe('TREC files as trec_eval reads them', () => {
  test('qrels comment lines are skipped and run columns after the sixth are ignored', async () => {
    const result = await evaluateConfig(ranking({ 'qrels.txt': QRELS, 'run.txt': RUN }), {
      runCommands: false,
    });
    const overall = result.suites[0].slices.find((s) => s.key === 'overall')!;
    expect(overall.n).toBe(2);
    expect(overall.metrics['ndcg@10']).toBeCloseTo(1, 12); // both queries rank their relevant document first
    expect(result.suites[0].notes ?? []).toEqual([]);
  });

  test('a run ranking queries absent from the qrels: ignored by default, counted in the notes', async () => {
    const run = `${RUN}q7 Q0 d1 1 0.1 sys\nq8 Q0 d1 1 0.1 sys\n`;
    const result = await evaluateConfig(ranking({ 'qrels.txt': QRELS, 'run.txt': run }), {
      runCommands: false,
    });
    expect(result.suites[0].notes).toEqual([
      'run.txt: ignored 2 predictions whose id is not in the golden set (first: "q7"; extra_predictions: ignore).',
    ]);
    expect(result.suites[0].slices.find((s) => s.key === 'overall')!.metrics['ndcg@10']).toBeCloseTo(1, 12);
  });

  test('... or refused with extra_predictions: error', async () => {
    const run = `${RUN}q7 Q0 d1 1 0.1 sys\n`;
    const config = ranking({ 'qrels.txt': QRELS, 'run.txt': run }, { extra_predictions: 'error' });
    expect(await errorOf(evaluateConfig(config, { runCommands: false }))).toBe(
      'run.txt:4: qid: ranking for unknown query "q7": it is not in the golden set qrels.txt (extra_predictions: ignore leaves such rows out)',
    );
  });
});

describe('predictions for ids the golden set lacks', () => {
  function classification(extra?: string) {
    const root = tempProject('evalgate-extra-');
    writeJsonl(join(root, 'golden.jsonl'), [
      { id: 'a', label: 'x' },
      { id: 'b', label: 'y' },
    ]);
    writeJsonl(join(root, 'pred.jsonl'), [
      { id: 'a', prediction: 'x' },
      { id: 'zz', prediction: 'x' },
      { id: 'b', prediction: 'x' },
      { id: 'zy', prediction: 'y' },
    ]);
    return configFor(root, {
      suites: [
        {
          name: 's',
          task: 'classification',
          golden: 'golden.jsonl',
          predictions: 'pred.jsonl',
          label_slices: false,
          ...(extra ? { extra_predictions: extra } : {}),
        },
      ],
    });
  }

  test('are an error naming the line and the option by default', async () => {
    expect(await errorOf(evaluateConfig(classification(), { runCommands: false }))).toBe(
      'pred.jsonl:2: id: prediction for unknown id "zz": it is not in the golden set golden.jsonl (extra_predictions: ignore leaves such rows out)',
    );
  });

  test('extra_predictions: ignore leaves them out and counts them', async () => {
    const result = await evaluateConfig(classification('ignore'), { runCommands: false });
    expect(result.suites[0].notes).toEqual([
      'pred.jsonl: ignored 2 predictions whose id is not in the golden set (first: "zz"; extra_predictions: ignore).',
    ]);
    const overall = result.suites[0].slices.find((s) => s.key === 'overall')!;
    expect(overall.n).toBe(2);
    expect(overall.metrics.accuracy).toBe(0.5);
  });
});

describe('errors that lead to the fix', () => {
  const GOLDEN = '{"id":"a","label":"x","language":"de"}\n{"id":"b","label":"y","language":"en"}\n';
  const PREDS = '{"id":"a","prediction":"x"}\n{"id":"b","prediction":"y"}\n';
  function suite(extra: Record<string, unknown>, files: Record<string, string> = {}) {
    const root = project({ 'golden.jsonl': GOLDEN, 'pred.jsonl': PREDS, ...files });
    return () =>
      configFor(root, {
        suites: [
          { name: 's', task: 'classification', golden: 'golden.jsonl', predictions: 'pred.jsonl', ...extra },
        ],
      });
  }

  test('a gate on a misspelt metric gets the spelling', () => {
    expect(suite({ gates: [{ metric: 'macro-f1', max_drop: 1 }] })).toThrow(
      /evalgate\.yml:\d+: suites\[0\]\.gates\[0\]\.metric: unknown metric "macro-f1" \(did you mean "macro_f1"\?\); the suite computes: accuracy, /,
    );
  });

  test("max_drop: '2 %' is a relative tolerance like '2%'", () => {
    const config = suite({ gates: [{ metric: 'accuracy', max_drop: '2 %' }] })();
    expect(config.suites[0].gates[0].tolerance).toEqual({ kind: 'relative', fraction: 0.02 });
  });

  test('slices: language shows the list of one', () => {
    expect(suite({ slices: 'language' })).toThrow(
      /suites\[0\]\.slices: expected array, got string "language" \(a list of one is written \[language\]\)$/,
    );
  });

  test('a CSV without the id column lists the columns it has', async () => {
    const config = suite({ predictions: 'pred.csv' }, { 'pred.csv': 'qid,prediction\na,x\nb,y\n' })();
    expect(await errorOf(evaluateConfig(config, { runCommands: false }))).toBe(
      `pred.csv:2: id: missing id; the file's columns are "qid", "prediction" (point the suite's config at the right one)`,
    );
  });

  test('a missing prediction field lists the keys the record has', async () => {
    const config = suite({}, { 'pred.jsonl': '{"id":"a","pred":"x","score":0.9}\n' })();
    expect(await errorOf(evaluateConfig(config, { runCommands: false }))).toBe(
      `pred.jsonl:1: prediction: missing prediction; the record has "id", "pred", "score" (point the suite's config at the right one)`,
    );
  });
});

describe('the CLI in a terminal', () => {
  const markdown = checksMarkdown([
    {
      name: 'model card numbers',
      status: 'fail',
      severity: 'warn',
      reason: 'docs/MODEL_CARD.md shows stale numbers',
      fix: 'Run `evalgate card --update` and commit the card.',
    },
    {
      name: 'PR description',
      status: 'pass',
      severity: 'fail',
      reason: 'The PR description has 3 sections.',
    },
  ] as Parameters<typeof checksMarkdown>[0]);

  test('markdown keeps its escapes (for files, pipes and CI)', () => {
    expect(markdown).toContain('Run &#96;evalgate card --update&#96;');
    expect(markdown).toContain('<details>');
  });

  test('a terminal gets plain text: no HTML escapes, tags or bold markers', () => {
    const plain = forTerminal(markdown);
    expect(plain).toContain('Run `evalgate card --update` and commit the card.');
    expect(plain).not.toMatch(/&#\d+;|<\/?(details|summary|sub)>|\*\*/);
    expect(forTerminal('a &lt;b&gt; &amp; c<br>d <sub>e</sub>')).toBe('a <b> & c\nd e');
  });

  test('plain text only for a terminal outside CI', () => {
    expect(isTerminal({ isTTY: true }, {})).toBe(true);
    expect(isTerminal({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(isTerminal({ isTTY: true }, { GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(isTerminal({}, {})).toBe(false);
  });
});

import { beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { reportCommand } from '../../src/cli/commands/report.js';
import { cli } from './helpers.js';
import { tempProject } from '../helpers/suite.js';

/**
 * `evalgate report comparison.json --examples` on the seeded classification fixture of the flips tests: the
 * counts and broken ids per gated slice are expected_flips.py's (fixtures/flips/expected.json).
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/flips/', import.meta.url));
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  top: number;
  classification: {
    slices: Record<
      string,
      { counted: number; fixed: number; broken: number; still_wrong: number; ids: string[] }
    >;
    false_positives: Record<string, { added: number; removed: number; ids: string[] }>;
  };
};
const golden = new Map(
  readFileSync(join(FIXTURES, 'classification', 'golden.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; label: string; lang: string })
    .map((r) => [r.id, r]),
);
const prediction = (side: string) =>
  new Map(
    readFileSync(join(FIXTURES, 'classification', `${side}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; prediction: string })
      .map((r) => [r.id, r.prediction]),
  );

let root = '';

beforeAll(async () => {
  root = tempProject('evalgate-report-examples-');
  cpSync(join(FIXTURES, 'classification'), root, { recursive: true });
  for (const side of ['base', 'head']) {
    const config = {
      version: 1,
      comparison: { resamples: 200 },
      examples: { top: expected.top },
      suites: [
        {
          name: 'tickets',
          task: 'classification',
          golden: 'golden.jsonl',
          predictions: `${side}.jsonl`,
          slices: ['lang'],
          min_support: 10,
          gates: [
            { metric: 'accuracy', max_drop: 1, slices: 'all' },
            { metric: 'macro_f1', max_drop: 1, slices: 'labels' },
          ],
        },
      ],
    };
    writeFileSync(join(root, `${side}.yml`), stringify(config));
    const run = await cli(
      'evaluate',
      '--config',
      join(root, `${side}.yml`),
      '--out',
      join(root, `${side}.json`),
    );
    expect(run.code).toBe(0);
  }
  const run = await cli(
    'compare',
    ...['--base', join(root, 'base.json'), '--head', join(root, 'head.json')],
    ...['--config', join(root, 'base.yml'), '--out', join(root, 'comparison.json'), '--format', 'none'],
  );
  expect(run.code).toBe(0);
}, 60_000);

/** The lines of the section of one slice, from its heading to the next heading. */
function section(output: string, slice: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`#### ${slice} `));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('evalgate report COMPARISON --examples', () => {
  test('markdown: per gated slice the counts and the broken examples, ids as expected_flips.py lists them', async () => {
    const run = await cli('report', join(root, 'comparison.json'), '--examples');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(
      run.stdout.startsWith(
        '## evalgate: flipped examples\n\n### tickets\n\n#### overall (gated on accuracy)',
      ),
    ).toBe(true);
    const base = prediction('base');
    const head = prediction('head');
    const slices = Object.entries(expected.classification.slices);
    expect(slices.length).toBe(7);
    for (const [slice, want] of slices) {
      const lines = section(run.stdout, slice);
      const metric = slice.startsWith('label=') ? 'macro_f1' : 'accuracy';
      expect(lines[0]).toBe(`#### ${slice} (gated on ${metric})`);
      expect(lines[2]).toMatch(
        new RegExp(
          `^\\*\\*${want.broken} broken\\*\\*, ${want.fixed} fixed, ${want.still_wrong} still wrong of ${want.counted} examples\\. Broken means: `,
        ),
      );
      // a label slice's new false positives follow its broken examples
      const fpAt = lines.findIndex((l) => l.startsWith('New false positives'));
      const ids = (from: string[]) => from.filter((l) => /^\| c\d{3} /.test(l));
      const rows = ids(fpAt < 0 ? lines : lines.slice(0, fpAt));
      expect(rows.map((r) => r.split('|')[1].trim())).toEqual(want.ids);
      const fp = expected.classification.false_positives[slice];
      if (fp) {
        const cls = slice.slice('label='.length);
        expect(lines).toContain(
          `**${fp.added} other classes' examples are newly predicted as ${cls}** (false positives; ${fp.removed} the base predicted as ${cls} no longer are): they are not counted above, as they are not labelled ${cls}, but they lower its precision, so its F1 can fall while none of its own examples broke.`,
        );
        const fpRows = ids(lines.slice(fpAt));
        expect(fpRows.map((r) => r.split('|')[1].trim())).toEqual(fp.ids);
        for (const r of fpRows) {
          const id = r.split('|')[1].trim();
          expect(golden.get(id)!.label).not.toBe(cls);
          expect(head.get(id)).toBe(cls);
          expect(base.get(id)).not.toBe(cls);
        }
      } else expect(fpAt).toBe(-1);
      for (const r of rows) {
        const [id, excerpt, truth, change] = r
          .split('|')
          .slice(1, 5)
          .map((c) => c.trim());
        const g = golden.get(id)!;
        expect(excerpt).toBe(g.text);
        expect(truth).toBe(g.label);
        expect(change).toBe(`${base.get(id)} → ${head.get(id)}`);
        expect(base.get(id)).toBe(g.label);
        expect(head.get(id)).not.toBe(g.label);
      }
      if (want.broken > want.ids.length)
        expect(lines).toContain(
          `Broken examples (the ${want.ids.length} worst of ${want.broken}; examples.top in the config keeps more):`,
        );
    }
  });

  test('plain text in a terminal: no markdown emphasis', async () => {
    let text = '';
    const saved = { CI: process.env.CI, GITHUB_ACTIONS: process.env.GITHUB_ACTIONS };
    delete process.env.CI;
    delete process.env.GITHUB_ACTIONS;
    try {
      const code = await reportCommand.run(
        { examples: true, format: 'markdown' },
        [join(root, 'comparison.json')],
        {
          stdout: Object.assign({ write: (t: string) => (text += t) }, { isTTY: true }),
          stderr: { write: () => true },
        },
      );
      expect(code).toBe(0);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    }
    const want = expected.classification.slices['lang=fr'];
    expect(section(text, 'lang=fr')[2]).toMatch(
      new RegExp(
        `^${want.broken} broken, ${want.fixed} fixed, ${want.still_wrong} still wrong of ${want.counted} examples\\.`,
      ),
    );
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/&#\d+;/);
  });

  test('without --examples a comparison prints its report; --examples on a result is a usage error', async () => {
    const report = await cli('report', join(root, 'comparison.json'));
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^## \S+ evalgate: /u);
    expect(report.stdout).toContain('<details><summary>Examples on lang=fr:');
    const wrong = await cli('report', join(root, 'head.json'), '--examples');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('is a result; --examples needs a comparison');
    const json = await cli('report', join(root, 'comparison.json'), '--examples', '--format', 'json');
    expect(json.code).toBe(2);
  });
});

import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fitToBudget } from '../../src/action/budget.js';
import { renderReport } from '../../src/action/report.js';
import type { Comparison } from '../../src/generated/comparison.js';
import { readResult } from '../../src/result/io.js';
import { LEFT_OUT_NOTE } from '../../src/report/flips-markdown.js';
import { cli } from '../cli/helpers.js';
import { tempProject, writeJsonl } from '../helpers/suite.js';

/** Text a pull request's golden set could carry: markdown, HTML, mentions, comments, fences, huge lines, RTL. */
const HOSTILE = [
  '**bold** _it_ [link](https://evil.example) ![img](https://evil.example/x.png)',
  '<img src=x onerror=alert(1)> <script>alert(1)</script>',
  '@octocat please look, cc @github/security and @evil-org',
  '<!-- everything after this is hidden',
  '```js\nfenced()\n``` and `inline`',
  'x'.repeat(10_000),
  '\u202egnp.exe\u202c reversed \u200f rtl \u2067isolate\u2069',
  '| a | b |\n| --- | --- |',
  '</details></summary><details open>',
  '\n# heading\n> quote\n- item',
];
const LABELS = ['ok', '<b>@admin</b>', 'x|y'];
const LANGS = ['en', '@team', '<!--'];

function hostileProject(n: number, top: number): string {
  const root = tempProject('evalgate-hostile-');
  const golden = Array.from({ length: n }, (_, i) => ({
    id: i % 7 === 0 ? `@octocat-${i}<!--\`${'i'.repeat(i % 3 ? 1 : 10_000)}` : `e${i}`,
    text: HOSTILE[i % HOSTILE.length],
    label: LABELS[i % 3],
    lang: LANGS[Math.floor(i / 3) % 3],
  }));
  writeJsonl(join(root, 'golden.jsonl'), golden);
  // base is always right; head gets two thirds wrong
  writeJsonl(
    join(root, 'base.jsonl'),
    golden.map((g) => ({ id: g.id, prediction: g.label })),
  );
  writeJsonl(
    join(root, 'head.jsonl'),
    golden.map((g, i) => ({ id: g.id, prediction: i % 3 === 0 ? g.label : LABELS[(i + 1) % 3] })),
  );
  for (const side of ['base', 'head']) {
    const config = {
      version: 1,
      comparison: { resamples: 200 },
      examples: { top, excerpt_length: 120 },
      suites: [
        {
          name: 'hostile',
          task: 'classification',
          golden: 'golden.jsonl',
          predictions: `${side}.jsonl`,
          slices: ['lang'],
          min_support: 5,
          gates: [
            { metric: 'accuracy', max_drop: 1, slices: 'all' },
            { metric: 'macro_f1', max_drop: 1, slices: 'labels' },
          ],
        },
      ],
    };
    writeFileSync(join(root, `${side}.yml`), stringify(config));
  }
  return root;
}

async function run(...args: string[]): Promise<string> {
  const result = await cli(...args);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  return result.stdout;
}

async function compareHostile(
  n: number,
  top: number,
): Promise<{ root: string; md: string; json: Comparison }> {
  const root = hostileProject(n, top);
  for (const side of ['base', 'head'])
    await run(
      'evaluate',
      '--config',
      join(root, `${side}.yml`),
      '--out',
      join(root, `${side}.json`),
      '--format',
      'none',
    );
  const args = [
    '--base',
    join(root, 'base.json'),
    '--head',
    join(root, 'head.json'),
    '--config',
    join(root, 'base.yml'),
  ];
  const md = await run('compare', ...args, '--format', 'markdown');
  const json = JSON.parse(await run('compare', ...args, '--format', 'json')) as Comparison;
  return { root, md, json };
}

/** The structure checks a hostile report must pass. */
function expectInert(md: string): void {
  // nobody is pinged, nothing is hidden or injected
  expect(md).not.toMatch(/(^|[^A-Za-z0-9_])@[A-Za-z0-9]/m);
  expect(md).not.toMatch(/<!--/);
  expect(md).not.toMatch(/<(script|img|b)\b/i);
  expect(md).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  // only the report's own folded sections, balanced, each opening on its own line
  const opens = md.match(/<details>/g) ?? [];
  expect(opens.length).toBe((md.match(/<\/details>/g) ?? []).length);
  expect(md).not.toMatch(/<details open/);
  for (const line of md.split('\n'))
    if (line.includes('<details>')) expect(line).toMatch(/^<details><summary>/);
  // backticks only in the mermaid fences
  const lines = md.split('\n');
  let inFence = false;
  for (const line of lines) {
    if (line === '```mermaid' || (inFence && line === '```')) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) expect(line).not.toContain('`');
    // headings are only the report's own
    if (!inFence && /^#/.test(line)) expect(line).toMatch(/^#{2,4} /);
    // no 10 kB line survives
    expect(line.length).toBeLessThan(4_000);
  }
  expect(inFence).toBe(false);
  // every table row has as many cells as its header
  let cells = -1;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      cells = -1;
      continue;
    }
    const count = line.split('|').length;
    if (cells < 0) cells = count;
    else expect(count).toBe(cells);
  }
}

describe('hostile example text in the report', () => {
  test('markdown, HTML, mentions, comments, backticks, 10 kB lines and RTL marks stay inert', async () => {
    const { md, json } = await compareHostile(90, 10);
    expect(md).toContain('<details><summary>Examples on lang=en');
    expect(md).toContain('```mermaid');
    expect(md).toContain('Confusions that grew');
    expectInert(md);
    // the comparison keeps the text as data (cut, controls dropped): the escaping happens in the report
    const excerpts = json.suites[0].flips!.flatMap((f) => f.examples.map((e) => e.excerpt ?? ''));
    expect(excerpts.some((e) => e.includes('@octocat'))).toBe(true);
    expect(Math.max(...excerpts.map((e) => [...e].length))).toBeLessThanOrEqual(121);
  }, 60_000);

  test('the comment budget drops charts, then example tables, with a note; the summary keeps them', async () => {
    const { root, json } = await compareHostile(3_000, 100);
    const head = await readResult(join(root, 'head.json'));
    const input = { title: 'evalgate', head, comparison: json };
    const summary = renderReport(input, 'full');
    expect(summary.length).toBeGreaterThan(65_536);
    expect(summary).toContain('```mermaid');
    expect(summary).not.toContain(LEFT_OUT_NOTE);
    const fitted = fitToBudget((detail) => renderReport(input, detail));
    expect(['no-charts', 'no-examples']).toContain(fitted.detail);
    expect(fitted.text.length).toBeLessThanOrEqual(65_536);
    expect(fitted.text).not.toContain('```mermaid');
    expect(fitted.text).toContain(LEFT_OUT_NOTE);
    // the counts stay even when the example tables go
    expect(fitted.text).toMatch(/\*\*\d[\d,]* broken\*\*, \d[\d,]* fixed/);
    expectInert(fitted.text);
    expectInert(summary);
  }, 120_000);
});

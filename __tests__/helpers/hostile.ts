import { expect } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Comparison } from '../../src/generated/comparison.js';
import { cli } from '../cli/helpers.js';
import { tempProject, writeJsonl } from './suite.js';

/** Text a pull request's golden set could carry: markdown, HTML, mentions, comments, fences, huge lines, RTL. */
export const HOSTILE = [
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

export function hostileProject(n: number, top: number): string {
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

export async function compareHostile(
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

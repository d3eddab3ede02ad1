import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { fitToBudget } from '../../src/report/comment-budget.js';
import { renderReport } from '../../src/report/pr-comment.js';
import { readResult } from '../../src/result/result-file.js';
import { LEFT_OUT_NOTE } from '../../src/report/flips-markdown.js';
import { compareHostile } from '../helpers/hostile.js';

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

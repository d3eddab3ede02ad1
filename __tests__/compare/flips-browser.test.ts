import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { CHROMIUM, chromiumMissing, launch, renderComment } from '../helpers/browser.js';
import { compareHostile } from '../helpers/hostile.js';
import { addHistory, evaluated } from '../helpers/pictures.js';
import { renderReport } from '../../src/report/pr-comment.js';

/**
 * The comment as GitHub draws it: GFM with GitHub's markdown CSS and mermaid, in headless Chromium. Any
 * mermaid parse error fails. Skipped only where Chromium is missing outside CI (.ci/run installs it).
 */
const skip = chromiumMissing() && !process.env.CI;
if (skip)
  process.stderr.write(
    `flips-browser.test.ts: skipped, ${CHROMIUM} is missing (apt-get install -y chromium; CI installs it)\n`,
  );
const maybe = skip ? describe.skip : describe;

maybe('the comment in a browser (github-markdown-css, mermaid, Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('hostile example text: every chart draws, nothing is injected, structure intact', async () => {
    const { md } = await compareHostile(90, 10);
    const { page, mermaidErrors, diagrams, svgs } = await renderComment(browser, md);
    expect(mermaidErrors).toEqual([]);
    expect(diagrams).toBeGreaterThan(0);
    expect(svgs).toBe(diagrams);
    const dom = (await page.evaluate(`(() => {
      const body = document.querySelector('article');
      return {
        injected: body.querySelectorAll('script, img, iframe, b').length,
        // a bare URL is autolinked (GitHub does too); a link whose text hides its target would be injected
        disguisedLinks: [...body.querySelectorAll('a')].filter((a) => a.textContent !== a.getAttribute('href')).length,
        details: body.querySelectorAll('details').length,
        nestedDetails: body.querySelectorAll('details details').length,
        tables: body.querySelectorAll('table').length,
        headings: [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName + ' ' + h.textContent),
        text: body.textContent,
      };
    })()`)) as {
      injected: number;
      disguisedLinks: number;
      details: number;
      nestedDetails: number;
      tables: number;
      headings: string[];
      text: string;
    };
    expect(dom.injected).toBe(0);
    expect(dom.disguisedLinks).toBe(0);
    expect(dom.nestedDetails).toBe(0);
    expect(dom.details).toBe((md.match(/<details>/g) ?? []).length);
    expect(dom.tables).toBeGreaterThan(5);
    expect(dom.headings).toEqual(['H2 ❌ evalgate: fail', 'H3 ❌ hostile: fail']);
    // the hostile text is shown as text
    expect(dom.text).toContain('<script>alert(1)</script>');
    expect(dom.text).toContain('<!-- everything after this is hidden');
    await page.close();
  }, 120_000);

  test('the trend and the reliability diagram draw: every chart of the comment parses and renders', async () => {
    const { base, head, cmp } = await evaluated();
    addHistory(base, true);
    const comparison = cmp();
    const md = renderReport({ title: 'evalgate / calibrated', head, comparison }, 'full');
    // two trend charts (accuracy, ECE), the reliability diagram
    expect(md).toContain('xychart-beta\n  title "Accuracy (points), overall: baselines then this PR"');
    expect(md).toContain('xychart-beta\n  title "ECE, overall: baselines then this PR"');
    expect(md).toContain('xychart-beta\n  title "Accuracy by confidence bin: bars base, line head"');
    const { page, mermaidErrors, diagrams, svgs } = await renderComment(browser, md);
    expect(mermaidErrors).toEqual([]);
    expect(diagrams).toBe((md.match(/```mermaid/g) ?? []).length);
    expect(diagrams).toBeGreaterThanOrEqual(3);
    expect(svgs).toBe(diagrams);
    // each trend chart has one line with a point per baseline and the head; the diagram bars and a line
    const shapes = (await page.evaluate(`[...document.querySelectorAll('article svg')].map((svg) => ({
      title: svg.querySelector('text')?.textContent ?? '',
      bars: svg.querySelectorAll('g[class^="bar-plot"] rect').length,
      lines: svg.querySelectorAll('g[class^="line-plot"] path').length,
    }))`)) as { title: string; bars: number; lines: number }[];
    const binsOnBothSides = comparison.suites[0].reliability!.bins.filter((b) => b.base && b.head).length;
    expect(shapes).toEqual([
      { title: 'Accuracy (points), overall: baselines then this PR', bars: 0, lines: 1 },
      { title: 'ECE, overall: baselines then this PR', bars: 0, lines: 1 },
      { title: 'Accuracy by confidence bin: bars base, line head', bars: binsOnBothSides, lines: 1 },
    ]);
    await page.close();
  }, 120_000);

  test('a chart mermaid cannot parse is reported, so the test above would fail on one', async () => {
    const md = '## x\n\n```mermaid\nxychart-beta\n  x-axis ["a", "b"\n  bar [1, 2]\n```\n';
    const { page, mermaidErrors, diagrams } = await renderComment(browser, md);
    expect(diagrams).toBe(1);
    expect(mermaidErrors).toHaveLength(1);
    await page.close();
  }, 60_000);
});

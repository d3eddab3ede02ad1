// Screenshots of the demo's failing PR comment (examples/intents: keyword baseline vs naive-Bayes candidate)
// as GitHub draws it, folded and opened, into docs/images/. Needs Debian's chromium (/usr/bin/chromium).
// Run: npx tsx scripts/screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fitToBudget } from '../src/report/comment-budget.js';
import { renderReport } from '../src/report/pr-comment.js';
import { compareResults } from '../src/compare/compare.js';
import { attachExcerpts } from '../src/compare/excerpts.js';
import { loadConfig } from '../src/config/load.js';
import { evaluateConfig } from '../src/evaluate/evaluate.js';
import { launch, openOnly, renderComment, setFolded } from '../__tests__/helpers/browser.js';

const repo = join(import.meta.dirname, '..');
const project = join(repo, 'examples', 'intents');
const images = join(repo, 'docs', 'images');

/** The comment the action would post on the demo's pull request. */
export async function demoComment(): Promise<string> {
  mkdirSync(join(project, 'out'), { recursive: true });
  const baseConfig = await loadConfig(join(project, '.github', 'evalgate.base.yml'));
  const headConfig = await loadConfig(join(project, '.github', 'evalgate.yml'));
  const now = () => new Date('2026-01-01T00:00:00Z');
  const base = await evaluateConfig(baseConfig, { runCommands: true, now });
  const head = await evaluateConfig(headConfig, { runCommands: true, now });
  const comparison = compareResults(base, head, baseConfig);
  await attachExcerpts(comparison, baseConfig);
  return fitToBudget((detail) => renderReport({ title: 'evalgate / intents', head, comparison }, detail))
    .text;
}

const markdown = await demoComment();
mkdirSync(images, { recursive: true });

const browser = await launch();
try {
  const { page, mermaidErrors } = await renderComment(browser, markdown);
  if (mermaidErrors.length) throw new Error(`mermaid: ${mermaidErrors.join('; ')}`);
  // opened: the failing slice's examples, the chart and the reliability diagram
  await openOnly(page, ['Examples on language=de', 'Chart:', 'Reliability diagram']);
  await page.screenshot({ path: join(images, 'demo-comment-open.png'), fullPage: true });
  await setFolded(page, true);
  await page.screenshot({ path: join(images, 'demo-comment-folded.png'), fullPage: true });
} finally {
  await browser.close();
}
process.stdout.write(`wrote ${join('docs', 'images')}/demo-comment-{folded,open}.png\n`);

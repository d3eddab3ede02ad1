// Renders the pull request comment of the intents demo to docs/images/comment.png, the picture at the top of
// the README. It replays the demo as a pull request in a scratch git repository (the base branch evaluates the
// keyword model, the PR branch the naive-Bayes candidate, so the two results carry different commits), builds
// the comment from `evalgate compare` and `evalgate check` with the bundled CLI, renders it with GitHub's
// markdown CSS (github-markdown-css) in headless Chromium and screenshots it.
//   apt-get install -y chromium fonts-noto-color-emoji && node scripts/screenshot-comment.mjs
// CHROMIUM=/path/to/chromium overrides the browser (default /usr/bin/chromium; no browser is downloaded).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { chromium } from 'playwright-core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'dist', 'cli.js');
const out = join(repo, 'docs', 'images', 'comment.png');
const work = mkdtempSync(join(tmpdir(), 'evalgate-comment-'));
const project = join(work, 'intents');
const env = {
  ...process.env,
  // The demo's models load their npm packages (wink-*) from this repository's node_modules.
  NODE_PATH: join(repo, 'node_modules'),
  GIT_AUTHOR_NAME: 'evalgate demo',
  GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_COMMITTER_NAME: 'evalgate demo',
  GIT_COMMITTER_EMAIL: 'demo@example.com',
};

const git = (...args) => execFileSync('git', args, { cwd: project, env, stdio: 'pipe' });

/** Runs the bundled CLI in the project; exit 0 or 1 (a failed gate or check) both yield its stdout. */
function evalgate(...args) {
  const child = spawnSync(process.execPath, [cli, ...args], { cwd: project, env, encoding: 'utf8' });
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`evalgate ${args.join(' ')} exited with ${child.status}: ${child.stderr}`);
  }
  return child.stdout;
}

/** The demo as a pull request: main has the base config, the branch the candidate's. */
function commentMarkdown() {
  cpSync(join(repo, 'examples', 'intents'), project, {
    recursive: true,
    filter: (path) => !path.includes(`${join('intents', 'out')}`),
  });
  const configs = join(work, 'configs');
  mkdirSync(configs);
  cpSync(join(project, '.github', 'evalgate.base.yml'), join(configs, 'base.yml'));
  cpSync(join(project, '.github', 'evalgate.yml'), join(configs, 'head.yml'));
  rmSync(join(project, '.github', 'evalgate.base.yml'));
  cpSync(join(configs, 'base.yml'), join(project, '.github', 'evalgate.yml'));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Keyword intent model');
  evalgate('evaluate', '--out', join(work, 'base.json'), '--format', 'none');
  git('switch', '-q', '-c', 'naive-bayes');
  cpSync(join(configs, 'head.yml'), join(project, '.github', 'evalgate.yml'));
  git('commit', '-q', '-am', 'Naive-Bayes intent model');
  evalgate('evaluate', '--out', join(work, 'head.json'), '--format', 'none');
  const comparison = join(work, 'comparison.json');
  const report = evalgate(
    'compare',
    ...['--base', join(work, 'base.json'), '--head', join(work, 'head.json')],
    // --root: the base config is read from outside the project, its paths (the golden set the excerpts
    // come from) are the project's
    ...['--config', join(configs, 'base.yml'), '--root', project],
    ...['--out', comparison, '--format', 'markdown'],
  );
  const checks = evalgate(
    'check',
    ...['--changed-files', '.github/changed-files.txt', '--pr-body', '.github/pr-body.md'],
    ...['--result', join(work, 'head.json'), '--comparison', comparison, '--format', 'markdown'],
  );
  return `${report.trimEnd()}\n\n${checks.trimEnd()}\n`;
}

function page(markdown) {
  const css = readFileSync(
    join(repo, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'),
    'utf8',
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; padding: 16px; background: #fff; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { width: 1012px; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; font-size: 14px; color: #59636e; }
.comment-header b { color: #1f2328; }
.markdown-body { padding: 16px 16px 8px; font-size: 14px; }
</style></head><body><div class="comment" id="comment">
<div class="comment-header"><b>github-actions</b> <span>bot</span> commented</div>
<article class="markdown-body">${marked.parse(markdown, { gfm: true })}</article></div></body></html>`;
}

const markdown = commentMarkdown();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1044, height: 800 }, deviceScaleFactor: 2 });
  await tab.setContent(page(markdown), { waitUntil: 'load' });
  mkdirSync(dirname(out), { recursive: true });
  await tab.locator('#comment').screenshot({ path: out });
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote ${out}`);

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { marked } from 'marked';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Renders comment markdown the way a GitHub PR page shows it, closely enough to check it: GFM to HTML,
 * GitHub's markdown CSS, mermaid code blocks drawn by mermaid, in Debian's headless Chromium.
 */
export const CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);

export function chromiumMissing(): boolean {
  return !existsSync(CHROMIUM);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function pageHtml(markdown: string): string {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  const mermaid = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
  // GitHub turns ```mermaid fences into diagrams; the fence's text is what mermaid reads
  const body = (marked.parse(markdown, { gfm: true, async: false }) as string).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    '<pre class="mermaid-src">$1</pre>',
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; max-width: 1012px; padding: 24px; }
</style><script>${mermaid.replace(/<\/script/gi, '<\\/script')}</script></head>
<body><article class="markdown-body">${body}</article></body></html>`;
}

export interface Rendered {
  readonly page: Page;
  /** One entry per mermaid diagram that failed to parse or draw. */
  readonly mermaidErrors: string[];
  readonly diagrams: number;
  readonly svgs: number;
}

/** Loads the markdown into a new page, draws every mermaid diagram (details opened), and reports errors. */
export async function renderComment(browser: Browser, markdown: string): Promise<Rendered> {
  const page = await browser.newPage({ viewport: { width: 1060, height: 900 } });
  await page.setContent(pageHtml(markdown), { waitUntil: 'load' });
  // runs in the page (a string: this project's TypeScript has no DOM types)
  const outcome = (await page.evaluate(`(async () => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const nodes = [...document.querySelectorAll('pre.mermaid-src')];
    const errors = [];
    for (const [i, node] of nodes.entries()) {
      const text = node.textContent ?? '';
      try {
        await mermaid.parse(text);
        const { svg } = await mermaid.render('diagram' + i, text);
        node.innerHTML = svg;
      } catch (error) {
        errors.push(String(error?.message ?? error));
      }
    }
    return { errors, diagrams: nodes.length, svgs: document.querySelectorAll('pre.mermaid-src svg').length };
  })()`)) as { errors: string[]; diagrams: number; svgs: number };
  return { page, mermaidErrors: outcome.errors, diagrams: outcome.diagrams, svgs: outcome.svgs };
}

/** Folds or unfolds every <details> section. */
export async function setFolded(page: Page, folded: boolean): Promise<void> {
  await page.evaluate(`document.querySelectorAll('details').forEach((d) => (d.open = ${!folded}))`);
}

/** Opens the <details> sections whose summary starts with one of `prefixes`, folds the others. */
export async function openOnly(page: Page, prefixes: readonly string[]): Promise<void> {
  await page.evaluate(`document.querySelectorAll('details').forEach((d) => {
    const summary = d.querySelector('summary')?.textContent ?? '';
    d.open = ${JSON.stringify(prefixes)}.some((p) => summary.startsWith(p));
  })`);
}

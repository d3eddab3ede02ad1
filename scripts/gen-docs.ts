// Regenerates the generated sections of docs/*.md between their `<!-- generated:NAME -->` and
// `<!-- /generated:NAME -->` markers: the config reference (from the JSON Schema), the metric table (from the
// registry), the CLI reference (from the bundle's --help) and the action's inputs/outputs (from action.yml).
//   npx tsx scripts/gen-docs.ts           write
//   npx tsx scripts/gen-docs.ts --check   exit 1 when a page is stale (a test does the same)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import {
  renderActionReference,
  renderCliReference,
  renderConfigReference,
  renderMetricTable,
  replaceBetweenMarkers,
} from '../src/docs/generate.js';

const ROOT = join(import.meta.dirname, '..');
const CLI_COMMANDS = ['validate', 'evaluate', 'report', 'compare', 'gate', 'check', 'card'];

/** page → marker name → generated content. */
function sections(root: string): Record<string, Record<string, string>> {
  const help = (command: string): string =>
    execFileSync(process.execPath, [join(root, 'dist/cli.js'), ...(command ? [command] : []), '--help'], {
      encoding: 'utf8',
    });
  return {
    'docs/config.md': {
      'config-reference': renderConfigReference(
        JSON.parse(readFileSync(join(root, 'schema/evalgate.schema.json'), 'utf8')),
      ),
    },
    'docs/metrics.md': { metrics: renderMetricTable() },
    'docs/cli.md': {
      'cli-reference': renderCliReference(CLI_COMMANDS.map((command) => ({ command, help: help(command) }))),
    },
    'docs/action.md': {
      'action-reference': renderActionReference(parse(readFileSync(join(root, 'action.yml'), 'utf8'))),
    },
  };
}

export interface GeneratedPage {
  path: string;
  current: string;
  fresh: string;
}

/** Every generated page as it is on disk and as the generators would write it (Prettier-formatted). */
export async function generatedPages(root = ROOT): Promise<GeneratedPage[]> {
  const pages: GeneratedPage[] = [];
  for (const [page, blocks] of Object.entries(sections(root))) {
    const path = join(root, page);
    const current = readFileSync(path, 'utf8');
    let text = current;
    for (const [name, content] of Object.entries(blocks)) {
      if (!text.includes(`<!-- generated:${name} -->`))
        throw new Error(`${page} has no generated:${name} marker`);
      text = replaceBetweenMarkers(text, name, content);
    }
    const options = (await resolveConfig(path)) ?? {};
    pages.push({ path: page, current, fresh: await format(text, { ...options, filepath: path }) });
  }
  return pages;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const page of await generatedPages()) {
    if (page.current === page.fresh) continue;
    if (check) {
      console.error(`${page.path} is stale: run 'npx tsx scripts/gen-docs.ts'`);
      stale += 1;
    } else {
      writeFileSync(join(ROOT, page.path), page.fresh);
      console.log(`updated ${page.path}`);
    }
  }
  if (stale) process.exit(1);
}

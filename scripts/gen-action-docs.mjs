// Writes the inputs/outputs tables generated from action.yml between the markers
//   <!-- evalgate:action-reference:start --> … <!-- evalgate:action-reference:end -->
// in docs/action.md and README.md, formatted with the repository's prettier config, so the documented
// interface cannot drift from action.yml. A file without both markers (or missing) is left alone.
//   node scripts/gen-action-docs.mjs          write
//   node scripts/gen-action-docs.mjs --check  exit 1 if a file is stale
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

// EVALGATE_DOCS_ROOT lets a test point the script at a scratch copy.
const ROOT = process.env.EVALGATE_DOCS_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- evalgate:action-reference:start -->';
const END = '<!-- evalgate:action-reference:end -->';
const TARGETS = ['docs/action.md', 'README.md'];

function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  return text === undefined || text === '' ? '' : `\`${String(text).replace(/`/g, "'")}\``;
}

export function referenceMarkdown(action) {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  return [
    '#### Inputs',
    '',
    '| input | default | description |',
    '| --- | --- | --- |',
    ...inputs.map(([name, spec]) => `| \`${name}\` | ${code(spec.default)} | ${cell(spec.description)} |`),
    '',
    '#### Outputs',
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs.map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`),
  ].join('\n');
}

/** The file's text with the reference between the markers, or undefined when the markers are absent. */
export async function withReference(text, reference, filepath) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start) return undefined;
  const next = `${text.slice(0, start + START.length)}\n\n${reference}\n\n${text.slice(end)}`;
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(next, { ...options, filepath });
}

async function main() {
  const check = process.argv.includes('--check');
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const reference = referenceMarkdown(action);
  let stale = 0;
  for (const target of TARGETS) {
    const path = join(ROOT, target);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const next = await withReference(text, reference, path);
    if (next === undefined || next === text) continue;
    if (check) {
      console.error(`${target} is stale: run 'node scripts/gen-action-docs.mjs'`);
      stale += 1;
    } else {
      writeFileSync(path, next);
      console.log(`updated ${target}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

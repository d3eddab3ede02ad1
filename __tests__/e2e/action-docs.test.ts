import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../github/harness/paths.js';

/** The documented setup is the tested setup: the README carries the workflow files and action.yml's tables. */
const docs = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const workflows = readdirSync(join(REPO_ROOT, 'examples/workflows')).filter((f) => f.endsWith('.yml'));
const script = join(REPO_ROOT, 'scripts/gen-action-docs.mjs');

describe("the README's GitHub Action section", () => {
  test('shows the three workflow files', () => {
    expect(workflows.sort()).toEqual(['evalgate-baseline.yml', 'evalgate-pr.yml', 'evalgate-report.yml']);
  });

  test.each(workflows)('contains examples/workflows/%s verbatim', (file) => {
    const text = readFileSync(join(REPO_ROOT, 'examples/workflows', file), 'utf8');
    expect(docs).toContain('```yaml\n' + text + '```');
  });

  test('the pull request workflow uploads under the name the phase-2 workflow expects', () => {
    const pr = readFileSync(join(REPO_ROOT, 'examples/workflows/evalgate-pr.yml'), 'utf8');
    const report = readFileSync(join(REPO_ROOT, 'examples/workflows/evalgate-report.yml'), 'utf8');
    expect(pr).toMatch(/^name: evalgate$/m);
    expect(report).toContain('workflows: [evalgate]');
    expect(pr).toContain('name: evalgate-result');
  });

  test('each workflow grants what the action needs, and no more', () => {
    const permissions = (file: string): unknown =>
      (parse(readFileSync(join(REPO_ROOT, 'examples/workflows', file), 'utf8')) as { permissions: unknown })
        .permissions;
    expect(permissions('evalgate-baseline.yml')).toEqual({ contents: 'read' });
    const writer = { contents: 'read', actions: 'read', 'pull-requests': 'write', statuses: 'write' };
    expect(permissions('evalgate-pr.yml')).toEqual(writer);
    expect(permissions('evalgate-report.yml')).toEqual(writer);
  });

  test('the inputs/outputs tables are fresh (scripts/gen-action-docs.mjs --check)', () => {
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
    const action = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    for (const input of ['config', 'github-token', 'comment', 'status', 'fail-on']) {
      expect(action).toContain(`\n  ${input}:\n`);
      expect(docs).toContain(`| \`${input}\``);
    }
  });
});

describe('scripts/gen-action-docs.mjs', () => {
  test('writes between the markers and leaves a file without them alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'evalgate-docs-'));
    mkdirSync(join(root, 'docs'));
    copyFileSync(join(REPO_ROOT, 'action.yml'), join(root, 'action.yml'));
    copyFileSync(join(REPO_ROOT, '.prettierrc.json'), join(root, '.prettierrc.json'));
    const readme = '# Project\n\nNo markers here.\n';
    writeFileSync(join(root, 'README.md'), readme);
    writeFileSync(
      join(root, 'docs/action.md'),
      '# Action\n\n<!-- evalgate:action-reference:start -->\nold\n<!-- evalgate:action-reference:end -->\n\nafter\n',
    );
    const env = { ...process.env, EVALGATE_DOCS_ROOT: root };
    expect(() => execFileSync(process.execPath, [script, '--check'], { env, stdio: 'pipe' })).toThrow();
    execFileSync(process.execPath, [script], { env, stdio: 'pipe' });
    const written = readFileSync(join(root, 'docs/action.md'), 'utf8');
    expect(written).toContain('| `fail-on`');
    expect(written).not.toContain('\nold\n');
    expect(written.endsWith('after\n')).toBe(true);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(readme);
    execFileSync(process.execPath, [script, '--check'], { env, stdio: 'pipe' });
  });
});

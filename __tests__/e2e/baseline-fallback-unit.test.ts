import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateMergeBase, gitCli, wantsFallback } from '../../src/action/baseline-fallback.js';
import { parseConfig } from '../../src/config/load.js';
import { configText } from './pr-fixtures.js';

/** The fallback module against a real temporary git repository (no action, no API). */
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

function repoWithConfig(config: string): { dir: string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-fb-'));
  git(dir, 'init', '-q');
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/evalgate.yml'), config);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return { dir, sha: git(dir, 'rev-parse', 'HEAD') };
}

const withFallback = `${configText()}baseline: { fallback: evaluate }\n`;
const request = (dir: string, sha: string, gate = withFallback) => ({
  git: gitCli(dir),
  baseSha: sha,
  baseBranch: 'main',
  gateConfig: parseConfig(gate, 'base', dir),
  configPath: '.github/evalgate.yml',
  reason: 'none found',
  runCommands: false,
  passEnv: [],
  log: () => undefined,
});

describe('baseline fallback', () => {
  test('applies only to "none exists" under a base config that asks for it', () => {
    const on = parseConfig(withFallback, 'base', '/ws');
    const off = parseConfig(configText(), 'base', '/ws');
    const none = { found: false as const, reason: 'none' };
    expect(wantsFallback(none, true, on)).toBe(true);
    expect(wantsFallback(none, false, on)).toBe(false); // the gating config is the pull request's
    expect(wantsFallback(none, true, off)).toBe(false);
    expect(wantsFallback({ found: false, lookupFailed: true, reason: '403' }, true, on)).toBe(false);
  });

  test('a commit that cannot be fetched is an error outcome naming git and the commit', async () => {
    const { dir } = repoWithConfig(withFallback);
    const missing = '1'.repeat(40);
    const outcome = await evaluateMergeBase(request(dir, missing));
    expect(outcome).toEqual({
      found: false,
      lookupFailed: true,
      reason: expect.stringMatching(
        /^baseline\.fallback could not evaluate the merge base 1111111 \(no stored baseline: none found\): git fetch --no-tags --depth=1 origin 1{40}: /,
      ) as unknown as string,
    });
  });

  test('a worktree config that is not the one read through the API is refused, and the worktree removed', async () => {
    const { dir, sha } = repoWithConfig(withFallback);
    const gate = `${configText({ minSupport: 10 })}baseline: { fallback: evaluate }\n`;
    const outcome = await evaluateMergeBase(request(dir, sha, gate));
    expect(outcome.found).toBe(false);
    expect(!outcome.found && outcome.reason).toContain(
      "differs from the base branch's config read through the API",
    );
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  });
});

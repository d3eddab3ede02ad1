import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseResult } from '../../src/result/result-file.js';
import type { FakeGitHub } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { REPO_ROOT } from '../github/harness/paths.js';
import type { ActionRun } from '../github/harness/run-action.js';
import { CONFIG_PATH, configText, degraded, PR, predictions, runPullRequest } from './pr-fixtures.js';

/**
 * baseline.fallback: evaluate (issue #12) on the bundled action: a real git repository with a base commit
 * (config, data, a model script) and a head commit (a worse model), cloned shallow at the head like
 * actions/checkout does; no stored baseline, so the job fetches the merge base, evaluates it in a worktree
 * with the base branch's run: command and compares with that.
 */
const fakes = fakePerTest();
let gh: FakeGitHub;

const MODEL_RUN = 'node models/model.mjs --out out/keyword.predictions.jsonl';

/** The demo config with a run: command and the fallback switched on. */
function fallbackConfig(): string {
  return configText()
    .replace(
      '    predictions: out/keyword.predictions.jsonl\n',
      `    predictions: out/keyword.predictions.jsonl\n    run: ${MODEL_RUN}\n`,
    )
    .concat('baseline: { fallback: evaluate }\n');
}

/** A "model" whose weights are a lookup table: it writes the committed predictions to --out. */
const COPY_MODEL = [
  "import { copyFileSync, mkdirSync } from 'node:fs';",
  "import { dirname } from 'node:path';",
  "const out = process.argv[process.argv.indexOf('--out') + 1];",
  'mkdirSync(dirname(out), { recursive: true });',
  "copyFileSync(new URL('./weights.jsonl', import.meta.url), out);",
  '',
].join('\n');

const BROKEN_MODEL = "console.error('base model: cannot load its weights');\nprocess.exit(3);\n";

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();

interface TwoCommits {
  workspace: string;
  baseSha: string;
  headSha: string;
}

/** origin: base commit (config, data, model) then head commit (worse weights); workspace: a depth-1 clone. */
function twoCommitRepo(baseModel = COPY_MODEL): TwoCommits {
  const origin = mkdtempSync(join(tmpdir(), 'evalgate-origin-'));
  git(origin, 'init', '-q', '-b', 'main');
  cpSync(join(REPO_ROOT, 'examples/intents/data'), join(origin, 'data'), { recursive: true });
  mkdirSync(join(origin, '.github'));
  mkdirSync(join(origin, 'models'));
  writeFileSync(join(origin, CONFIG_PATH), fallbackConfig());
  writeFileSync(join(origin, '.gitignore'), 'out/\n');
  writeFileSync(join(origin, 'models/model.mjs'), baseModel);
  writeFileSync(join(origin, 'models/weights.jsonl'), predictions());
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base: keyword model');
  const baseSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(origin, 'models/model.mjs'), COPY_MODEL);
  writeFileSync(join(origin, 'models/weights.jsonl'), degraded(predictions()));
  git(origin, 'commit', '-q', '-am', 'head: a worse model');
  const headSha = git(origin, 'rev-parse', 'HEAD');
  const workspace = join(mkdtempSync(join(tmpdir(), 'evalgate-ws-')), 'repo');
  git(origin, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, workspace);
  return { workspace, baseSha, headSha };
}

/** The fake as a repository whose main branch has the config at the base commit and PR #7 open. */
async function fakeFor(repo: TwoCommits): Promise<FakeGitHub> {
  gh = await fakes.start();
  gh.setFile(repo.baseSha, CONFIG_PATH, fallbackConfig());
  gh.addPull({
    number: PR,
    head: { ref: 'feature', sha: repo.headSha },
    base: { ref: 'main', sha: repo.baseSha },
  });
  gh.setCompare(`${repo.baseSha}...${repo.headSha}`, { mergeBaseSha: repo.baseSha, aheadBy: 1 });
  return gh;
}

function run(repo: TwoCommits): Promise<ActionRun> {
  return runPullRequest(gh, repo.workspace, {
    headSha: repo.headSha,
    baseSha: repo.baseSha,
    inputs: { 'run-commands': 'true' },
  });
}

const NOTE = (sha: string): string =>
  `Baseline: evaluated here at the merge base \`${sha.slice(0, 7)}\` (no stored baseline: no successful push, schedule, workflow_dispatch run of any workflow on main has an unexpired 'evalgate-result' artifact).`;

describe('pull_request: baseline.fallback: evaluate', () => {
  test('no stored baseline: fetches and evaluates the merge base; the worse model fails the gate', async () => {
    const repo = twoCommitRepo();
    await fakeFor(repo);
    expect(git(repo.workspace, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const result = await run(repo);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.code).toBe(1);
    expect(result.outputs['baseline-sha']).toBe(repo.baseSha);
    expect(result.stdout).toContain(`Fetching the merge base ${repo.baseSha}.`);
    // The run: command ran twice: the head's in the workspace, the base's in the worktree.
    expect(result.stdout.split(`[intents] running: ${MODEL_RUN}`)).toHaveLength(3);
    const body = gh.commentsOn(PR)[0].body;
    expect(body).toMatch(/^## ❌ evalgate \/ intents/m);
    expect(body).toContain(NOTE(repo.baseSha));
    expect(gh.statuses).toEqual([expect.objectContaining({ state: 'failure' })]);
    const comparison = JSON.parse(readFileSync(result.outputs['comparison-path'], 'utf8')) as {
      suites: { gates: { verdict: string; metric: string }[] }[];
    };
    expect(comparison.suites[0].gates).toEqual([
      expect.objectContaining({ metric: 'accuracy', verdict: 'fail' }),
    ]);
    // The result file (what a workflow uploads) is the head's; the worktree is gone again.
    const written = parseResult(readFileSync(result.outputs['result-path'], 'utf8'), 'result');
    expect(written.git?.sha).toBe(repo.headSha);
    expect(git(repo.workspace, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  test("the base's run: command fails: an error with the reason, never a pass", async () => {
    const repo = twoCommitRepo(BROKEN_MODEL);
    await fakeFor(repo);
    const result = await run(repo);
    expect(result.code).toBe(1);
    const reason = `baseline.fallback could not evaluate the merge base ${repo.baseSha.slice(0, 7)}`;
    expect(result.stdout).toContain(reason);
    expect(result.stdout).toContain('exited with status 3; stderr: base model: cannot load its weights');
    expect(gh.statuses).toEqual([expect.objectContaining({ state: 'failure' })]);
    expect(gh.statuses[0].description).toContain(reason);
    expect(gh.commentsOn(PR)[0].body).toContain('base model: cannot load its weights');
  });

  test('an expired baseline artifact is "no baseline" and triggers the fallback', async () => {
    const repo = twoCommitRepo();
    await fakeFor(repo);
    const stored = gh.addWorkflowRun({ headSha: repo.baseSha, headBranch: 'main', event: 'push' });
    // Expired: listed by the API, never downloaded.
    gh.addArtifact({
      runId: stored.id,
      name: 'evalgate-result',
      data: new Uint8Array([1, 2, 3]),
      expired: true,
    });
    const result = await run(repo);
    expect(result.outputs.verdict).toBe('fail');
    expect(gh.commentsOn(PR)[0].body).toContain(NOTE(repo.baseSha));
    expect(gh.requests.filter((r) => r.operationId === 'actions/download-artifact')).toEqual([]);
  });
});

import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markerLine, parseMarker } from '../../src/action/comment.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { FakeGitHub, FakeUser } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { runAction } from '../github/harness/run-action.js';
import {
  BASE_SHA,
  baselineResult,
  CONFIG_PATH,
  configText,
  degraded,
  HEAD_SHA,
  PR,
  predictions,
  runPullRequest,
  seedRepository,
  TOKEN,
  workspace,
  zipResult,
} from './pr-fixtures.js';

/**
 * Issue #11, what commenters and the API can do to the bundled action: forged sticky comments, failed or
 * rate-limited lookups and writes, and what the `run:` commands can see.
 */
let baseline: EvalgateResult;
const fakes = fakePerTest();
let gh: FakeGitHub;
const MALLORY: FakeUser = { login: 'mallory', id: 666, type: 'User' };

beforeAll(async () => {
  baseline = await baselineResult();
});

async function fake(actor?: FakeUser): Promise<FakeGitHub> {
  gh = await fakes.start({ actor });
  seedRepository(gh, baseline);
  return gh;
}

function forged(runId: number): string {
  return `${markerLine({ id: 'intents', headSha: HEAD_SHA, runId, runAttempt: 1 })}\n## ✅ evalgate / intents: pass\n`;
}

describe('finding 2: only the token’s own comments are the sticky comment', () => {
  test('a forged marker from a newer "run" neither silences the report nor its status', async () => {
    await fake();
    gh.addComment(PR, forged(999_999_999), MALLORY);
    const run = await runPullRequest(gh, workspace({ predictions: degraded(predictions()) }), { runId: 100 });
    expect(run.code).toBe(1);
    const comments = gh.commentsOn(PR);
    expect(comments).toHaveLength(2);
    expect(comments[1].user.login).toBe('github-actions[bot]');
    expect(parseMarker(comments[1].body)?.runId).toBe(100);
    expect(comments[1].body).toMatch(/^## ❌ evalgate \/ intents: fail/m);
    expect(gh.statuses).toEqual([expect.objectContaining({ sha: HEAD_SHA, state: 'failure' })]);
  });

  test('a forged marker from an older "run" is never edited into the report', async () => {
    await fake();
    const planted = gh.addComment(PR, forged(1), MALLORY);
    const run = await runPullRequest(gh, workspace(), { runId: 100 });
    expect(run.code).toBe(0);
    expect(gh.comments.get(planted.id)?.body).toBe(forged(1));
    const ours = gh.commentsOn(PR).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(gh.requests.some((r) => r.operationId === 'issues/update-comment')).toBe(false);
  });

  test('a personal access token: GET /user names the author; its comment is updated, others ignored', async () => {
    const pat: FakeUser = { login: 'release-bot-user', id: 77, type: 'User' };
    await fake(pat);
    const own = gh.addComment(PR, forged(50), pat);
    gh.addComment(PR, forged(60), { login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    const run = await runPullRequest(gh, workspace(), { runId: 100 });
    expect(run.code).toBe(0);
    expect(gh.requests.some((r) => r.operationId === 'users/get-authenticated')).toBe(true);
    expect(parseMarker(gh.comments.get(own.id)?.body)?.runId).toBe(100);
    expect(gh.commentsOn(PR)).toHaveLength(2);
  });

  test('an app token: the comment-author input names its bot login', async () => {
    const app: FakeUser = { login: 'evalgate-app[bot]', id: 88, type: 'Bot' };
    await fake(app);
    // Another app's bot carrying our marker is not us either.
    gh.addComment(PR, forged(999_999_999), { login: 'other-app[bot]', id: 99, type: 'Bot' });
    const own = gh.addComment(PR, forged(50), app);
    const run = await runPullRequest(gh, workspace(), {
      runId: 100,
      inputs: { 'comment-author': 'evalgate-app[bot]' },
    });
    expect(run.code).toBe(0);
    expect(parseMarker(gh.comments.get(own.id)?.body)?.runId).toBe(100);
    expect(gh.commentsOn(PR)).toHaveLength(2);
  });
});

describe('finding 4: a failed baseline lookup is an error, never "no baseline"', () => {
  test('a secondary rate limit (retry-after 3600) on the run list: failure status with the API reason', async () => {
    await fake();
    gh.failNext('actions/list-workflow-runs-for-repo', {
      status: 403,
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      headers: { 'retry-after': '3600' },
    });
    const run = await runPullRequest(gh, workspace({ predictions: degraded(predictions()) }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::The baseline lookup failed: .*secondary rate limit was hit \(retry after 3600 s\)/,
    );
    expect(run.stdout).not.toContain('lacks a permission');
    expect(gh.statuses).toEqual([
      expect.objectContaining({
        state: 'failure',
        description: expect.stringMatching(/^error: the baseline lookup failed/) as unknown,
      }),
    ]);
    expect(gh.commentsOn(PR)[0].body).toContain('the baseline lookup failed');
  });

  test('a 5xx on the artifact list after retries: failure, not success', async () => {
    await fake();
    gh.failNext('actions/list-workflow-run-artifacts', { status: 503, times: 4 });
    const run = await runPullRequest(gh, workspace(), { timeoutMs: 60_000 });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The baseline lookup failed: .*HTTP 503/);
    expect(gh.statuses).toEqual([expect.objectContaining({ state: 'failure' })]);
  });

  test('a 410 between listing and download tries the next run', async () => {
    gh = await fakes.start();
    const { baselineRunId } = seedRepository(gh, baseline);
    const newer = gh.addWorkflowRun({ headSha: BASE_SHA, headBranch: 'main', event: 'push' });
    gh.addArtifact({ runId: newer.id, name: 'evalgate-result', data: zipResult(baseline) });
    gh.failNext('actions/download-artifact', { status: 410, body: { message: 'Artifact has expired' } });
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).toContain('Trying the next run.');
    expect(gh.commentsOn(PR)[0].body).toContain(`(id ${baselineRunId}) on main`);
  });
});

describe('issue #12: baselines from push, schedule and workflow_dispatch runs', () => {
  test.each(['schedule', 'workflow_dispatch'])(
    'a successful %s run on main is the baseline',
    async (event) => {
      gh = await fakes.seeded(undefined);
      const nightly = gh.addWorkflowRun({ headSha: BASE_SHA, headBranch: 'main', event });
      gh.addArtifact({ runId: nightly.id, name: 'evalgate-result', data: zipResult(baseline) });
      // A pull_request run whose head branch is called main (from a fork) is never a baseline.
      const pr = gh.addWorkflowRun({ headSha: 'e'.repeat(40), headBranch: 'main', event: 'pull_request' });
      gh.addArtifact({ runId: pr.id, name: 'evalgate-result', data: new Uint8Array([1]) });
      const run = await runPullRequest(gh, workspace());
      expect(run.code).toBe(0);
      expect(run.outputs['baseline-sha']).toBe(BASE_SHA);
      expect(gh.commentsOn(PR)[0].body).toContain(`of ${event} run #`);
      expect(gh.requests.some((r) => r.path.includes(`/runs/${pr.id}/artifacts`))).toBe(false);
    },
  );
});

describe('finding 10: API faults end in the right state', () => {
  test('the status failing 4 times (502) fails the job', async () => {
    await fake();
    gh.failNext('repos/create-commit-status', { status: 502, times: 4 });
    const run = await runPullRequest(gh, workspace(), { timeoutMs: 60_000 });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Setting the commit status 'evalgate \/ intents' failed: HTTP 502/);
    expect(gh.statuses).toEqual([]);
  });

  test('a primary rate limit on the status is reported as a rate limit', async () => {
    await fake();
    const reset = Math.floor(Date.now() / 1000) + 3600;
    gh.failNext('repos/create-commit-status', {
      status: 403,
      body: { message: 'API rate limit exceeded for installation ID 1.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("GitHub's API rate limit for this token is used up until");
    expect(run.stdout).not.toContain('lacks a permission');
  });

  test('pulls.get failing: no comment and no status as if fresh, and the job says why', async () => {
    await fake();
    gh.failNext('pulls/get', { status: 404 });
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*Without the pull request's current head the report could be stale/,
    );
    expect(gh.commentsOn(PR)).toEqual([]);
    expect(gh.statuses).toEqual([]);
  });

  test('a comment deleted between listing and updating: a new one is created', async () => {
    await fake();
    gh.addComment(PR, forged(50));
    gh.failNext('issues/update-comment', { status: 404 });
    const run = await runPullRequest(gh, workspace(), { runId: 100 });
    expect(run.code).toBe(0);
    const comments = gh.commentsOn(PR);
    expect(comments).toHaveLength(2);
    expect(parseMarker(comments[1].body)?.runId).toBe(100);
    expect(gh.statuses).toEqual([expect.objectContaining({ state: 'success' })]);
  });
});

describe('finding 6: run: commands do not get the token', () => {
  const SECRETS = {
    ACTIONS_RUNTIME_TOKEN: 'runtime-secret-1',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret-2',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/secret-3',
    ACTIONS_CACHE_URL: 'https://cache.example/secret-4',
    ACTIONS_RESULTS_URL: 'https://results.example/secret-5',
    GITHUB_TOKEN: 'ghs_env-secret-6',
    MODEL_SETTING: 'kept-7',
  };

  test('the command sees neither INPUT_* nor the runner tokens, unless pass-env lists one', async () => {
    const ws = workspace();
    const config = readFileSync(join(ws, CONFIG_PATH), 'utf8').replace(
      '    golden:',
      '    run: env > out/child-env.txt\n    golden:',
    );
    writeFileSync(join(ws, CONFIG_PATH), config);
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      workspace: ws,
      example: { event: 'push' },
      inputs: { 'github-token': TOKEN, 'pass-env': 'ACTIONS_CACHE_URL' },
      env: SECRETS,
    });
    expect(run.code).toBe(0);
    const childEnv = readFileSync(join(ws, 'out/child-env.txt'), 'utf8');
    expect(childEnv).not.toContain(TOKEN);
    expect(childEnv).not.toMatch(/^INPUT_/m);
    for (const name of [
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_RESULTS_URL',
      'GITHUB_TOKEN',
    ]) {
      expect(childEnv).not.toContain(SECRETS[name as keyof typeof SECRETS]);
    }
    expect(childEnv).not.toMatch(/^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)=/m);
    expect(childEnv).toContain('ACTIONS_CACHE_URL=https://cache.example/secret-4');
    expect(childEnv).toContain('MODEL_SETTING=kept-7');
    expect(childEnv).toContain(`GITHUB_REPOSITORY=`);
  });

  test('pass-env rejects what is not a variable name', async () => {
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      workspace: workspace({ config: configText() }),
      example: { event: 'push' },
      inputs: { 'pass-env': 'A=B' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input pass-env');
  });
});

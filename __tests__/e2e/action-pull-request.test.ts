import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { EvalgateResult } from '../../src/generated/result.js';
import { parseMarker } from '../../src/action/comment.js';
import type { FakeGitHub } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import {
  assertWholeTables,
  BASE_SHA,
  baselineResult,
  configText,
  degraded,
  HEAD_SHA,
  NEWER_HEAD_SHA,
  PR,
  predictions,
  runPullRequest,
  seedRepository,
  TOKEN,
  workspace,
} from './pr-fixtures.js';

/**
 * The bundled action on pull_request events against the stateful fake: the sticky comment's lifecycle, the
 * commit status on the head SHA, the baseline from the base branch, and graceful degradation.
 */
let baseline: EvalgateResult;
const fakes = fakePerTest();
let gh: FakeGitHub;

beforeAll(async () => {
  baseline = await baselineResult();
});

async function fake(): Promise<FakeGitHub> {
  gh = await fakes.start();
  return gh;
}

/** The token appears only in the runner's `::add-mask::` command, which the runner consumes. */
function noTokenIn(run: { stdout: string; stderr: string }): void {
  expect(run.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN);
  expect(run.stderr).not.toContain(TOKEN);
}

describe('pull_request: sticky comment and status', () => {
  test('the first run creates the comment and a success status on the head SHA; the next push updates it', async () => {
    await fake();
    seedRepository(gh, baseline);
    const ws = workspace();
    const first = await runPullRequest(gh, ws, { runId: 100 });
    expect(first.code).toBe(0);
    noTokenIn(first);
    expect(first.outputs.verdict).toBe('pass');
    expect(first.outputs['baseline-sha']).toBe(BASE_SHA);
    const comments = gh.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(parseMarker(comments[0].body)).toEqual({
      id: 'intents',
      headSha: HEAD_SHA,
      runId: 100,
      runAttempt: 1,
    });
    expect(comments[0].body).toMatch(/^## ✅ evalgate \/ intents: pass/m);
    expect(comments[0].body).toContain(`Baseline: commit \`${BASE_SHA.slice(0, 7)}\``);
    expect(first.outputs['comment-id']).toBe(String(comments[0].id));
    expect(gh.statuses).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'success', context: 'evalgate / intents' }),
    ]);
    expect(first.summary).toMatch(/^## ✅ evalgate \/ intents: pass/m);
    // The base config was read at the base commit, raw.
    expect(
      gh.requests.some((r) => r.operationId === 'repos/get-content' && r.path.includes(`ref=${BASE_SHA}`)),
    ).toBe(true);

    gh.pulls.get(PR)!.head.sha = NEWER_HEAD_SHA;
    const second = await runPullRequest(gh, ws, { runId: 101, headSha: NEWER_HEAD_SHA });
    expect(second.code).toBe(0);
    const after = gh.commentsOn(PR);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(comments[0].id);
    expect(parseMarker(after[0].body)).toMatchObject({ headSha: NEWER_HEAD_SHA, runId: 101 });
    expect(gh.statuses.map((s) => s.sha)).toEqual([HEAD_SHA, NEWER_HEAD_SHA]);
  });

  test('finds its comment behind 120 other comments (pagination) instead of posting a duplicate', async () => {
    await fake();
    seedRepository(gh, baseline);
    for (let i = 0; i < 120; i++)
      gh.addComment(PR, `comment ${i}`, { login: 'octocat', id: 1, type: 'User' });
    const old = gh.addComment(
      PR,
      `<!-- evalgate:report id="intents" head="${'a'.repeat(40)}" run="50" attempt="1" -->\nold report`,
    );
    const run = await runPullRequest(gh, workspace(), { runId: 120 });
    expect(run.code).toBe(0);
    expect(gh.commentsOn(PR)).toHaveLength(121);
    expect(gh.comments.get(old.id)!.body).toMatch(/^## \S+ evalgate \/ intents: /m);
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.path)).toEqual([
      expect.stringContaining('per_page=100'),
      expect.stringContaining('page=2'),
    ]);
  });

  test('a run for an older head SHA, or an older run on the same head, leaves the newer comment alone', async () => {
    await fake();
    seedRepository(gh, baseline);
    gh.pulls.get(PR)!.head.sha = NEWER_HEAD_SHA;
    const newer = gh.addComment(
      PR,
      `<!-- evalgate:report id="intents" head="${NEWER_HEAD_SHA}" run="300" attempt="1" -->\nnewer report`,
    );
    const stale = await runPullRequest(gh, workspace(), { runId: 200, headSha: HEAD_SHA });
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain("pull request's head is now");
    const sameHeadOlder = await runPullRequest(gh, workspace(), { runId: 250, headSha: NEWER_HEAD_SHA });
    expect(sameHeadOlder.code).toBe(0);
    expect(sameHeadOlder.stdout).toContain('run 300 (attempt 1) already reported on this head');
    expect(gh.comments.get(newer.id)!.body).toContain('newer report');
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(gh.statuses).toEqual([]);
    expect(gh.requests.some((r) => r.operationId === 'issues/update-comment')).toBe(false);
  });

  test('a regression fails the job, the status and annotates the gate; the PR cannot weaken the base gate', async () => {
    await fake();
    seedRepository(gh, baseline);
    // The PR loosens its own gate to 50 points; the base branch's 2 points are enforced.
    const loosened = configText().replace('max_drop: 2', 'max_drop: 50');
    const run = await runPullRequest(
      gh,
      workspace({ config: loosened, predictions: degraded(predictions()) }),
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(gh.statuses).toEqual([expect.objectContaining({ sha: HEAD_SHA, state: 'failure' })]);
    expect(run.stdout).toMatch(
      /::error title=evalgate%3A intents overall accuracy,file=\.github\/evalgate\.yml::/,
    );
    const body = gh.commentsOn(PR)[0].body;
    expect(body).toMatch(/^## ❌ evalgate \/ intents: fail/m);
    expect(body).toContain('This pull request changes the evalgate config');
    expect(run.stdout).toContain('::error::evalgate / intents:');
  });

  test('a PR that renames (drops) a base-branch suite fails: its gates would go unchecked', async () => {
    await fake();
    seedRepository(gh, baseline);
    const renamed = configText().replace('name: intents', 'name: intents-v2');
    const run = await runPullRequest(gh, workspace({ config: renamed }));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const body = gh.commentsOn(PR)[0].body;
    expect(body).toMatch(/^## ❌ evalgate \/ [^:\n]+: fail/m);
    expect(body).toContain('the checks below make the overall verdict ❌ fail.');
    expect(body).toContain(
      "❌ **suites**: the base branch's config has `intents`, but this pull request's result does not",
    );
    expect(gh.statuses).toEqual([
      expect.objectContaining({
        state: 'failure',
        description: '❌ fail: a base-branch suite was not evaluated',
      }),
    ]);
  });

  test('fail-on: never keeps the job green and `check` posts a check run instead of a status', async () => {
    await fake();
    seedRepository(gh, baseline);
    const run = await runPullRequest(gh, workspace({ predictions: degraded(predictions()) }), {
      inputs: { 'fail-on': 'never', status: 'check' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    const checks = [...gh.checkRuns.values()];
    expect(checks).toHaveLength(1);
    // Not failing the job, the check does not block either: neutral passes branch protection.
    expect(checks[0]).toMatchObject({ name: 'evalgate / intents', headSha: HEAD_SHA, conclusion: 'neutral' });
    expect(checks[0].output.annotations).toEqual([
      expect.objectContaining({
        path: '.github/evalgate.yml',
        annotation_level: 'failure',
        title: 'evalgate: intents overall accuracy',
      }),
    ]);
    expect(gh.statuses).toEqual([]);
  });

  test('a 70,000-character report is shortened in stages to fit the comment and keeps whole tables', async () => {
    await fake();
    // 2,400 buckets of one example each, crossed with language: thousands of slice rows.
    const bucketed = (text: string): string =>
      text
        .split('\n')
        .map((line, i) =>
          line.trim() ? JSON.stringify({ ...JSON.parse(line), bucket: `bucket-${i}` }) : line,
        )
        .join('\n');
    const config = configText({ slices: '[language, domain, bucket, [language, bucket]]', minSupport: 1 });
    const big = await baselineResult({ config, golden: bucketed });
    seedRepository(gh, big, { config });
    const run = await runPullRequest(gh, workspace({ config, golden: bucketed }));
    expect(run.code).toBe(0);
    expect(run.summary.length).toBeGreaterThan(70_000);
    const body = gh.commentsOn(PR)[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/^## ✅ evalgate \/ intents: pass/m);
    expect(run.stdout).toMatch(
      /The comment is shortened to fit GitHub's limit \(detail: (compact|minimal|truncated)\)/,
    );
    assertWholeTables(body);
    expect(run.outputs.markdown.length).toBeLessThanOrEqual(65_536);
  });
});

describe('pull_request: failures and degradation', () => {
  test('a 502 on comment create is retried and succeeds', async () => {
    await fake();
    seedRepository(gh, baseline);
    gh.failNext('issues/create-comment', { status: 502 });
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment').map((r) => r.status)).toEqual(
      [502, 201],
    );
  });

  test('403 on comment create degrades to summary + outputs with a message naming the permission', async () => {
    await fake();
    seedRepository(gh, baseline);
    gh.forbid('issues/create-comment');
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '::warning::Creating the PR comment on #7 failed: 403 Resource not accessible by integration.',
    );
    expect(run.stdout).toContain('grant `pull-requests: write`');
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toMatch(/^## \S+ evalgate \/ intents: /m);
    expect(gh.statuses).toHaveLength(1);
    noTokenIn(run);
  });

  test('a bad token fails with a 401 message that names the input and never prints the token', async () => {
    await fake();
    seedRepository(gh, baseline);
    const run = await runPullRequest(gh, workspace(), { inputs: { 'github-token': 'wrong-token' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Reading .github/evalgate.yml at bbbbbbbbbbbb failed: GitHub rejected the token (401 Bad credentials). Check the github-token input.',
    );
    expect(run.stdout.replace('::add-mask::wrong-token\n', '')).not.toContain('wrong-token');
  });

  test('refuses pull_request_target, which would evaluate fork code with a write token', async () => {
    await fake();
    const run = await runPullRequest(gh, workspace(), { eventName: 'pull_request_target' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('evalgate does not run on pull_request_target');
    expect(gh.requests).toEqual([]);
  });

  test('comment: new posts a fresh comment on every run', async () => {
    await fake();
    seedRepository(gh, baseline);
    const ws = workspace();
    await runPullRequest(gh, ws, { runId: 1, inputs: { comment: 'new' } });
    await runPullRequest(gh, ws, { runId: 2, inputs: { comment: 'new' } });
    expect(gh.commentsOn(PR).map((c) => parseMarker(c.body)?.runId)).toEqual([1, 2]);
  });

  test('a fork pull request writes nothing and says where the report is', async () => {
    await fake();
    const fork = gh.makeRepo('fork-owner');
    seedRepository(gh, baseline, { headRepo: fork });
    const run = await runPullRequest(gh, workspace(), { headRepoId: fork.id });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::this pull request comes from a fork');
    expect(run.outputs.verdict).toBe('pass');
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('the result written at result-path is the head evaluation', async () => {
    await fake();
    seedRepository(gh, baseline);
    const run = await runPullRequest(gh, workspace());
    const result = JSON.parse(readFileSync(run.outputs['result-path'], 'utf8')) as EvalgateResult;
    expect(result.git).toEqual({ sha: HEAD_SHA, ref: `refs/pull/${PR}/head` });
    expect(JSON.parse(readFileSync(run.outputs['comparison-path'], 'utf8'))).toMatchObject({
      kind: 'evalgate-comparison',
    });
  });
});

import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { parseMarker } from '../../src/action/comment.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { parseResult } from '../../src/result/result-file.js';
import type { FakeGitHub, FakeRepo } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { runAction, type ActionRun } from '../github/harness/run-action.js';
import {
  BASE_SHA,
  baselineResult,
  degraded,
  documentedStep,
  HEAD_SHA,
  NEWER_HEAD_SHA,
  OWNER,
  PR,
  predictions,
  REPO,
  REPO_ID,
  runPullRequest,
  seedRepository,
  TOKEN,
  workspace,
  zipResult,
} from './pr-fixtures.js';

/**
 * The fork flow: phase 1 (pull_request from a fork, read-only) evaluates and leaves its result for upload;
 * phase 2 (workflow_run, write token, no checkout) downloads it, re-finds the PR, reads the base config
 * and the baseline itself, recomputes the verdict and reports.
 */
let baseline: EvalgateResult;
const fakes = fakePerTest();
let gh: FakeGitHub;
let fork: FakeRepo;

beforeAll(async () => {
  baseline = await baselineResult();
});

/** Phase 1 as a real run of the bundled action on a fork PR; returns the result it wrote. */
async function phaseOne(predictionsText = predictions()): Promise<EvalgateResult> {
  const run = await runPullRequest(gh, workspace({ predictions: predictionsText }), { headRepoId: fork.id });
  expect(run.code === 0 || run.code === 1).toBe(true);
  expect(run.stdout).toContain('::notice::this pull request comes from a fork');
  return parseResult(readFileSync(run.outputs['result-path'], 'utf8'), 'phase 1');
}

async function setUp(): Promise<void> {
  gh = await fakes.start();
  fork = gh.makeRepo('fork-owner');
  seedRepository(gh, baseline, { headRepo: fork });
}

/** The phase-1 run as GitHub lists it, with the uploaded artifact. */
function phaseOneRun(artifact: Uint8Array, overrides: { headRepository?: FakeRepo } = {}): number {
  const run = gh.addWorkflowRun({
    headSha: HEAD_SHA,
    headBranch: 'feature',
    event: 'pull_request',
    headRepository: overrides.headRepository ?? fork,
  });
  // The name the documented pull request workflow uploads under.
  gh.addArtifact({ runId: run.id, name: documentedStep('evalgate-pr.yml').artifact ?? '', data: artifact });
  return run.id;
}

function phaseTwo(runId: number, overrides: Record<string, unknown> = {}): Promise<ActionRun> {
  return runAction({
    apiUrl: gh.url,
    example: {
      event: 'workflow_run',
      action: 'completed',
      overrides: {
        repository: { id: REPO_ID, full_name: `${OWNER}/${REPO}` },
        workflow_run: {
          id: runId,
          run_attempt: 1,
          event: 'pull_request',
          conclusion: 'success',
          head_sha: HEAD_SHA,
          head_branch: 'feature',
          // GitHub leaves this empty for fork runs.
          pull_requests: [],
          head_repository: { id: fork.id, full_name: `fork-owner/${REPO}`, owner: { login: 'fork-owner' } },
          path: '.github/workflows/ci.yml',
          ...overrides,
        },
      },
    },
    runId: 9000,
    workflowRef: `${OWNER}/${REPO}/.github/workflows/evalgate-report.yml@refs/heads/main`,
    inputs: { ...documentedStep('evalgate-report.yml').inputs, 'github-token': TOKEN },
  });
}

describe('workflow_run phase 2', () => {
  test('recovers the PR from an empty pull_requests list and posts comment and status on the head SHA', async () => {
    await setUp();
    const head = await phaseOne();
    expect(head.git?.sha).toBe(HEAD_SHA);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]); // phase 1 wrote nothing
    const runId = phaseOneRun(zipResult(head));
    const run = await phaseTwo(runId);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['baseline-sha']).toBe(BASE_SHA);
    const comments = gh.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(parseMarker(comments[0].body)).toEqual({ id: 'intents', headSha: HEAD_SHA, runId, runAttempt: 1 });
    expect(gh.statuses).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'success', context: 'evalgate / intents' }),
    ]);
    const ops = gh.requests.map((r) => r.operationId);
    expect(ops).toContain('pulls/list');
    expect(gh.requests.find((r) => r.operationId === 'pulls/list')?.path).toContain(
      'head=fork-owner%3Afeature',
    );
    expect(ops).toContain('pulls/get');
    // No checkout: the config comes from the base commit through the API.
    expect(
      gh.requests.some((r) => r.operationId === 'repos/get-content' && r.path.includes(`ref=${BASE_SHA}`)),
    ).toBe(true);
  });

  test('recomputes the verdict itself: a regression fails even though phase 1 reports nothing', async () => {
    await setUp();
    const head = await phaseOne(degraded(predictions()));
    const run = await phaseTwo(phaseOneRun(zipResult(head)), { conclusion: 'failure' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(gh.statuses).toEqual([expect.objectContaining({ sha: HEAD_SHA, state: 'failure' })]);
  });

  test('rejects a PR whose head moved on (head SHA mismatch): no comment, no status', async () => {
    await setUp();
    const head = await phaseOne();
    gh.pulls.get(PR)!.head.sha = NEWER_HEAD_SHA;
    const run = await phaseTwo(phaseOneRun(zipResult(head)));
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toMatch(/head SHA mismatch: run \d+ evaluated ccccccc, but #7 has head ddddddd/);
    expect(run.summary).toContain('## evalgate: skipped');
    expect(gh.commentsOn(PR)).toEqual([]);
    expect(gh.statuses).toEqual([]);
  });

  test('a result that fails schema validation is refused with a clear error', async () => {
    await setUp();
    const bogus = zipSync({
      'evalgate-result.json': new TextEncoder().encode('{"kind":"evalgate-result","schema_version":1}'),
    });
    const run = await phaseTwo(phaseOneRun(bogus));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*not a valid evalgate result/);
    expect(gh.commentsOn(PR)).toEqual([]);
  });

  test('a result for another commit is refused', async () => {
    await setUp();
    const other = { ...baseline, git: { sha: NEWER_HEAD_SHA, ref: null } };
    const run = await phaseTwo(phaseOneRun(zipResult(other)));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`the downloaded result is for commit ${NEWER_HEAD_SHA}`);
    expect(gh.commentsOn(PR)).toEqual([]);
  });

  test('a run without the result artifact fails with the artifact name to upload', async () => {
    await setUp();
    const run0 = gh.addWorkflowRun({
      headSha: HEAD_SHA,
      headBranch: 'feature',
      event: 'pull_request',
      headRepository: fork,
    });
    const run = await phaseTwo(run0.id);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`run ${run0.id} uploaded no 'evalgate-result' artifact`);
  });

  test('runs of this repository, other events and cancelled runs are left to phase 1', async () => {
    await setUp();
    const own = await phaseTwo(1, { head_repository: { id: REPO_ID, owner: { login: OWNER } } });
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('is for a branch of this repository');
    const push = await phaseTwo(1, { event: 'push' });
    expect(push.stdout).toContain("ran on 'push', not 'pull_request'");
    const cancelled = await phaseTwo(1, { conclusion: 'cancelled' });
    expect(cancelled.stdout).toContain("ended 'cancelled'");
    expect(gh.requests).toEqual([]);
  });
});

import { beforeAll, describe, expect, test } from '@jest/globals';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { FakeGitHub } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import {
  BASE_SHA,
  baselineResult,
  configText,
  HEAD_SHA,
  PR,
  runPullRequest,
  seedRepository,
  workspace,
  zipResult,
} from './pr-fixtures.js';

/**
 * The bundled action on pull_request events against the stateful fake: where the baseline comes from (the
 * merge-base run, ancestors, a committed file, none), and what happens when it is missing, damaged or
 * planted by a fork.
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

describe('pull_request: the baseline', () => {
  test('no baseline artifact: reports head metrics with "no baseline" and passes', async () => {
    await fake();
    seedRepository(gh, undefined);
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('no_baseline');
    expect(gh.commentsOn(PR)[0].body).toMatch(/^## ℹ️ evalgate \/ intents: no baseline/m);
    expect(gh.commentsOn(PR)[0].body).toContain("has an unexpired 'evalgate-result' artifact");
  });

  test('a 403 on the baseline lookup names `actions: read` and is an error, not "no baseline"', async () => {
    await fake();
    seedRepository(gh, baseline);
    gh.forbid('actions/list-workflow-runs-for-repo');
    const run = await runPullRequest(gh, workspace());
    // Could not look is not none exists (issue #11): the report is posted, the status and the job fail.
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('grant `actions: read`');
    expect(run.stdout).toContain('::error::The baseline lookup failed');
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(gh.statuses).toEqual([expect.objectContaining({ state: 'failure' })]);
  });

  test('a truncated baseline zip is reported clearly and the run goes on without a baseline', async () => {
    await fake();
    seedRepository(gh, undefined);
    const run0 = gh.addWorkflowRun({ headSha: BASE_SHA, headBranch: 'main', event: 'push' });
    const artifact = gh.addArtifact({
      runId: run0.id,
      name: 'evalgate-result',
      data: zipResult(baseline),
      digest: null,
    });
    gh.truncateArtifact(artifact.id);
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::Baseline unusable: artifact 'evalgate-result' \(id \d+, run \d+\) is not a readable zip archive/,
    );
    expect(run.outputs.verdict).toBe('no_baseline');
    // The signed blob URL was fetched without the token.
    expect(gh.blobRequests.map((r) => r.authorization)).toEqual([undefined]);
  });

  test('a truncated download with a digest is caught by the digest check', async () => {
    await fake();
    const { baselineArtifactId } = seedRepository(gh, baseline);
    gh.truncateArtifact(baselineArtifactId!);
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('does not match its digest');
  });

  test('artifact poisoning: a fork run on a branch named main is never used as the baseline', async () => {
    await fake();
    const { baselineArtifactId } = seedRepository(gh, baseline);
    const fork = gh.makeRepo('attacker');
    const poisoned = gh.addWorkflowRun({
      headSha: 'e'.repeat(40),
      headBranch: 'main',
      event: 'push',
      headRepository: fork,
    });
    const bad = gh.addArtifact({
      runId: poisoned.id,
      name: 'evalgate-result',
      data: new Uint8Array([1, 2, 3]),
    });
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(BASE_SHA);
    expect(run.stdout).toContain("Skipped 1 run(s) on 'main' whose head repository is a fork.");
    const downloads = gh.requests
      .filter((r) => r.operationId === 'actions/download-artifact')
      .map((r) => r.path);
    expect(downloads).toEqual([expect.stringContaining(`/artifacts/${baselineArtifactId}/zip`)]);
    expect(downloads.join()).not.toContain(`/artifacts/${bad.id}/`);
  });

  test('prefers the run at the merge base over newer base-branch runs and says how far behind it is', async () => {
    await fake();
    seedRepository(gh, baseline);
    // main moved on to TIP after the PR branched at BASE_SHA; TIP's run is newer but not what the PR started from.
    const TIP = 'f'.repeat(40);
    const newer = gh.addWorkflowRun({ headSha: TIP, headBranch: 'main', event: 'push' });
    gh.addArtifact({ runId: newer.id, name: 'evalgate-result', data: zipResult(baseline) });
    gh.setCompare(`${TIP}...${HEAD_SHA}`, { mergeBaseSha: BASE_SHA });
    gh.setCompare(`${TIP}...${BASE_SHA}`, { status: 'behind', aheadBy: 0, behindBy: 3 });
    gh.setCompare(`${BASE_SHA}...${TIP}`, { status: 'ahead', aheadBy: 3 });
    const run = await runPullRequest(gh, workspace(), { baseSha: TIP });
    expect(run.code).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(BASE_SHA);
    expect(gh.commentsOn(PR)[0].body).toContain(
      'Baseline: commit `bbbbbbb` (3 commits behind main, the merge base of this pull request)',
    );
  });

  test('baseline.from: file reads a committed result at the base commit', async () => {
    await fake();
    const config = `${configText()}baseline: { from: file, path: eval/baseline.json }\n`;
    seedRepository(gh, undefined, { config });
    gh.setFile(BASE_SHA, 'eval/baseline.json', JSON.stringify(baseline));
    const run = await runPullRequest(gh, workspace({ config }));
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['baseline-sha']).toBe(BASE_SHA);
    expect(gh.commentsOn(PR)[0].body).toContain('from file eval/baseline.json at main (bbbbbbb)');
    expect(gh.requests.some((r) => r.operationId?.startsWith('actions/'))).toBe(false);
  });

  test('baseline.from: none never compares; required: true fails without a baseline', async () => {
    await fake();
    const none = `${configText()}baseline: { from: none }\n`;
    seedRepository(gh, baseline, { config: none });
    const run = await runPullRequest(gh, workspace({ config: none }), { runId: 1 });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('no_baseline');
    expect(run.summary).toContain('the config sets baseline.from: none');
    const required = `${configText()}baseline: { from: none, required: true }\n`;
    gh.setFile(BASE_SHA, '.github/evalgate.yml', required);
    const strict = await runPullRequest(gh, workspace({ config: required }), { runId: 2 });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('no baseline (the config sets baseline.from: none)');
    // nothing was compared: an error status, never a green one (issue #10)
    expect(gh.statuses.map((s) => s.state)).toEqual(['error', 'failure']);
    expect(gh.statuses[0].description).toBe('nothing was compared: the config sets baseline.from: none');
  });

  test('baseline.workflow narrows the search to that workflow', async () => {
    await fake();
    const config = `${configText()}baseline: { workflow: ci.yml }\n`;
    const { baselineArtifactId } = seedRepository(gh, baseline, { config });
    const other = gh.addWorkflowRun({
      headSha: BASE_SHA,
      event: 'push',
      path: '.github/workflows/other.yml',
    });
    gh.addArtifact({ runId: other.id, name: 'evalgate-result', data: new Uint8Array([0]) });
    const run = await runPullRequest(gh, workspace({ config }));
    expect(run.code).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(BASE_SHA);
    const paths = gh.requests.map((r) => r.path);
    expect(paths).toContainEqual(expect.stringContaining('/actions/workflows/ci.yml/runs?'));
    expect(paths.filter((p) => p.includes('/zip'))).toEqual([
      expect.stringContaining(`/artifacts/${baselineArtifactId}/zip`),
    ]);
  });

  test('without a run at the merge base, takes the newest ancestor with the artifact', async () => {
    await fake();
    seedRepository(gh, undefined);
    const OLD = 'a'.repeat(40);
    const older = gh.addWorkflowRun({ headSha: OLD, headBranch: 'main', event: 'push' });
    const atOld = { ...baseline, git: { sha: OLD, ref: 'refs/heads/main' } };
    gh.addArtifact({ runId: older.id, name: 'evalgate-result', data: zipResult(atOld) });
    gh.setCompare(`${OLD}...${BASE_SHA}`, { status: 'ahead', aheadBy: 2 });
    const run = await runPullRequest(gh, workspace(), { inputs: { comment: 'off' } });
    expect(run.code).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(OLD);
    expect(run.summary).toContain('Baseline: commit `aaaaaaa` (2 commits behind main)');
    expect(gh.commentsOn(PR)).toEqual([]);
  });
});

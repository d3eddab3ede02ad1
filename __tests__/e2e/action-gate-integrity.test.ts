import { beforeAll, describe, expect, test } from '@jest/globals';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { FakeGitHub, FakeRepo } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { runAction } from '../github/harness/run-action.js';
import {
  baselineResult,
  configText,
  degraded,
  documentedStep,
  HEAD_SHA,
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
 * A pull request cannot weaken the gate it is judged by (issue #11, finding 1): with the head model clearly
 * worse and the base gate `accuracy max_drop 2` on overall, a head config that raises min_support, drops
 * slices or drops `fields.scores` is still evaluated with the base branch's definitions, fails, and the
 * comment names each setting it tried to change.
 */
let baseline: EvalgateResult;
const fakes = fakePerTest();
let gh: FakeGitHub;

beforeAll(async () => {
  baseline = await baselineResult();
});

const WITHOUT_SCORES = configText().replace(
  'fields: { id: id, label: label, prediction: prediction, scores: scores }',
  'fields: { id: id, label: label, prediction: prediction }',
);

describe('pull_request: the head config cannot weaken the base gate', () => {
  test.each([
    ['min_support: 1000000', configText({ minSupport: 1000000 }), 'min_support 30 → 1000000'],
    [
      'fewer slices',
      configText({ slices: '[]' }), // brackets are escaped so data cannot make links
      'slices &#91;"language","domain"&#93; → &#91;&#93;',
    ],
    ['no fields.scores', WITHOUT_SCORES, 'fields.scores scores → (none)'],
  ])('a worse model with %s fails, evaluated under the base definitions', async (_name, config, change) => {
    gh = await fakes.seeded(baseline);
    const run = await runPullRequest(gh, workspace({ config, predictions: degraded(predictions()) }));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(gh.statuses).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'failure', context: 'evalgate / intents' }),
    ]);
    const body = gh.commentsOn(PR)[0].body;
    expect(body).toMatch(/^## ❌ evalgate \/ intents: fail/m);
    expect(body).toContain(
      `> - this PR changes ${change} for suite intents: evaluated with the base branch's value until merged`,
    );
    expect(body).not.toContain('other settings differ');
  });
});

describe('workflow_run: a phase-1 result that leaves a gated slice out', () => {
  test('an enforced gate that cannot be tested fails the status', async () => {
    // The base gates language=de; a forged phase-1 result was evaluated without slices, so it has no
    // language=de: the gate cannot be tested and, enforced, fails (the comparison's outcome).
    const gated = configText().replace(
      '{ metric: accuracy, max_drop: 2, require_significance: false }',
      '{ metric: accuracy, max_drop: 2, require_significance: false, slices: ["language=de"] }',
    );
    const base = await baselineResult({ config: gated });
    const forged = await baselineResult({ config: configText({ slices: '[]' }) });
    const head = { ...forged, git: { ...forged.git!, sha: HEAD_SHA } } as EvalgateResult;
    gh = await fakes.start();
    const fork: FakeRepo = gh.makeRepo('fork-owner');
    seedRepository(gh, base, { config: gated, headRepo: fork });
    const phaseOne = gh.addWorkflowRun({
      headSha: HEAD_SHA,
      headBranch: 'feature',
      event: 'pull_request',
      headRepository: fork,
    });
    gh.addArtifact({
      runId: phaseOne.id,
      name: documentedStep('evalgate-pr.yml').artifact ?? '',
      data: zipResult(head),
    });
    const run = await runAction({
      apiUrl: gh.url,
      example: {
        event: 'workflow_run',
        action: 'completed',
        overrides: {
          repository: { id: REPO_ID, full_name: `${OWNER}/${REPO}` },
          workflow_run: {
            id: phaseOne.id,
            run_attempt: 1,
            event: 'pull_request',
            conclusion: 'success',
            head_sha: HEAD_SHA,
            head_branch: 'feature',
            pull_requests: [],
            head_repository: { id: fork.id, full_name: `fork-owner/${REPO}`, owner: { login: 'fork-owner' } },
            path: '.github/workflows/ci.yml',
          },
        },
      },
      runId: 9000,
      workflowRef: `${OWNER}/${REPO}/.github/workflows/evalgate-report.yml@refs/heads/main`,
      inputs: { ...documentedStep('evalgate-report.yml').inputs, 'github-token': TOKEN },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(gh.statuses).toEqual([expect.objectContaining({ sha: HEAD_SHA, state: 'failure' })]);
    expect(gh.commentsOn(PR)[0].body).toContain('language=de is gated and in the baseline');
  });
});

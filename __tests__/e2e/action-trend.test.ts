import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { EvalgateResult } from '../../src/generated/result.js';
import { parseResult } from '../../src/result/result-file.js';
import type { FakeGitHub } from '../github/harness/fake-github.js';
import { runAction } from '../github/harness/run-action.js';
import { fakePerTest } from './fake-per-test.js';
import {
  BASE_SHA,
  baselineResult,
  documentedStep,
  PR,
  runPullRequest,
  seedRepository,
  TOKEN,
  workspace,
  zipResult,
} from './pr-fixtures.js';

/**
 * The trend over earlier baselines (issue #13), bundled action against the stateful fake: the earlier
 * baselines' values are read from older runs' artifacts with a counted number of API calls, an expired one
 * is skipped with a note, and a baseline that carries its history costs no call.
 */
let baseline: EvalgateResult;
let gh: FakeGitHub;
const fakes = fakePerTest();

beforeAll(async () => {
  baseline = await baselineResult();
});

const ARTIFACT = documentedStep('evalgate-baseline.yml').artifact ?? 'evalgate-result';
/** Overall accuracy of the five earlier baselines, oldest first; the fourth one's artifact has expired. */
const PAST = [0.61, 0.64, 0.66, 0.69, 0.7];
const PAST_SHAS = ['1', '2', '3', '4', '5'].map((c) => c.repeat(40));

/** The baseline result with another overall accuracy (and no history: written before history existed). */
function withAccuracy(result: EvalgateResult, accuracy: number): EvalgateResult {
  const copy = structuredClone(result);
  copy.schema_version = 1;
  delete copy.history;
  copy.suites[0].slices.find((s) => s.kind === 'overall')!.metrics.accuracy = accuracy;
  return copy;
}

/** Five successful push runs on main before the baseline's own run; the fourth one's artifact expired. */
function seedPastRuns(fake: FakeGitHub): number[] {
  return PAST.map((accuracy, i) => {
    const run = fake.addWorkflowRun({ headSha: PAST_SHAS[i], headBranch: 'main', event: 'push' });
    fake.addArtifact({
      runId: run.id,
      name: ARTIFACT,
      data: zipResult(withAccuracy(baseline, accuracy)),
      expired: i === 3,
    });
    return run.runNumber;
  });
}

const calls = (fake: FakeGitHub, operationId: string) =>
  fake.requests.filter((r) => r.operationId === operationId).length;

async function fake(): Promise<FakeGitHub> {
  gh = await fakes.start();
  return gh;
}

describe('the trend over earlier baselines', () => {
  test('5 earlier baseline runs: the chart shows their values, the expired one is a note, 10 API calls', async () => {
    await fake();
    const runNumbers = seedPastRuns(gh);
    seedRepository(gh, withAccuracy(baseline, 0.72));
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    // 1 run listing + 5 artifact listings + 4 downloads (the expired artifact is not downloaded)
    expect(run.stdout).toContain('Trend: 5 earlier baseline(s) found with 10 API call(s).');
    // the baseline lookup's own calls plus the trend's: 1 + 1 run listings, 1 + 5 artifact listings, 1 + 4 downloads
    expect(calls(gh, 'actions/list-workflow-runs-for-repo')).toBe(2);
    expect(calls(gh, 'actions/list-workflow-run-artifacts')).toBe(6);
    expect(calls(gh, 'actions/download-artifact')).toBe(5);
    const body = gh.commentsOn(PR)[0].body;
    const head = JSON.parse(readFileSync(run.outputs['result-path'], 'utf8')) as EvalgateResult;
    const headAccuracy = head.suites[0].slices.find((s) => s.kind === 'overall')!.metrics.accuracy!;
    const points = [0.61, 0.64, 0.66, 0.7, 0.72, headAccuracy].map((v) =>
      String(Number((v * 100).toFixed(4))),
    );
    expect(body).toContain(`  line [${points.join(', ')}]`);
    expect(body).toContain('  x-axis ["1111111", "2222222", "3333333", "5555555", "bbbbbbb", "this PR"]');
    expect(body).toContain(
      `1 earlier baseline is not in the trend: run ${runNumbers[3]} (\`4444444\`): its '${ARTIFACT}' artifact has expired.`,
    );
    expect(body).toMatch(/Trend over the last 5 baselines: Accuracy: `[▁-█]{6}` 61\.00 … 72\.00 → /);
    const comparison = JSON.parse(readFileSync(run.outputs['comparison-path'], 'utf8')) as {
      suites: { trend?: { baselines: { sha: string }[]; metrics: { metric: string; values: number[] }[] } }[];
    };
    const trend = comparison.suites[0].trend!;
    expect(trend.baselines.map((b) => b.sha)).toEqual([...PAST_SHAS.filter((_, i) => i !== 3), BASE_SHA]);
    expect(trend.metrics[0]).toEqual(
      expect.objectContaining({ metric: 'accuracy', values: [0.61, 0.64, 0.66, 0.7, 0.72] }),
    );
  }, 120_000);

  test('a baseline that carries its history draws the trend with no API call of its own', async () => {
    await fake();
    seedPastRuns(gh);
    const cached = withAccuracy(baseline, 0.72);
    cached.schema_version = 2;
    cached.history = PAST.map((accuracy, i) => ({
      sha: PAST_SHAS[i],
      run_id: null,
      run_number: i + 1,
      created_at: null,
      suites: [{ name: cached.suites[0].name, metrics: { accuracy } }],
    }));
    seedRepository(gh, cached);
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Trend: the baseline carries 5 earlier baseline(s); no API call.');
    expect(calls(gh, 'actions/list-workflow-runs-for-repo')).toBe(1);
    expect(calls(gh, 'actions/download-artifact')).toBe(1);
    expect(gh.commentsOn(PR)[0].body).toMatch(/ {2}line \[61, 64, 66, 69, 70, 72, [0-9.]+\]/);
  }, 120_000);

  test('a failing run listing leaves the trend out with a warning and the run passes', async () => {
    await fake();
    seedPastRuns(gh);
    seedRepository(gh, withAccuracy(baseline, 0.72));
    // the first listing (the baseline lookup) succeeds, the trend's fails
    gh.failNext('actions/list-workflow-runs-for-repo', { status: 403, after: 1 });
    const run = await runPullRequest(gh, workspace());
    expect(run.code).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(BASE_SHA);
    expect(run.stdout).toMatch(/::warning::The trend over earlier baselines is left out: .*actions: read/);
    expect(gh.commentsOn(PR)[0].body).not.toContain('Trend over');
    expect(gh.statuses).toEqual([expect.objectContaining({ state: 'success' })]);
  }, 120_000);

  test('a push run writes the history of the earlier baselines into its result', async () => {
    await fake();
    const runNumbers = seedPastRuns(gh);
    const ws = workspace();
    const run = await runAction({
      apiUrl: gh.url,
      workspace: ws,
      example: { event: 'push', overrides: { after: 'a'.repeat(40), ref: 'refs/heads/main' } },
      runId: 999_999,
      inputs: {
        ...documentedStep('evalgate-baseline.yml').inputs,
        'run-commands': 'false',
        'github-token': TOKEN,
      },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Trend: 5 earlier baseline(s) found with 10 API call(s).');
    const result = parseResult(readFileSync(run.outputs['result-path'], 'utf8'), 'result');
    expect(result.schema_version).toBe(2);
    expect(
      result.history!.map((p) => [p.sha[0], p.run_number, p.suites?.[0].metrics.accuracy ?? p.skipped]),
    ).toEqual([
      ['1', runNumbers[0], 0.61],
      ['2', runNumbers[1], 0.64],
      ['3', runNumbers[2], 0.66],
      ['4', runNumbers[3], `its '${ARTIFACT}' artifact has expired`],
      ['5', runNumbers[4], 0.7],
    ]);
  }, 120_000);
});

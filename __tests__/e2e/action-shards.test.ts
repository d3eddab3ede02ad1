import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EvalgateResult } from '../../src/generated/result.js';
import { startFakeGitHub, type FakeGitHub } from '../github/harness/fake-github.js';
import { REPO_ROOT } from '../github/harness/paths.js';
import type { ActionRun } from '../github/harness/run-action.js';
import {
  baselineResult,
  degraded,
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
} from './pr-fixtures.js';

/**
 * The matrix workflow (examples/workflows/evalgate-pr-sharded.yml) end to end: three matrix jobs run the
 * bundled action with `shard` on a real pull_request payload and write real partial results; the fan-in
 * job downloads them (as download-artifact with merge-multiple lays them out) and runs the action with
 * `shards-dir` against the stateful fake: one comment, one status, the verdict of an unsharded run.
 */
interface Step {
  uses?: string;
  with?: Record<string, string>;
}
const sharded = parse(
  readFileSync(join(REPO_ROOT, 'examples/workflows/evalgate-pr-sharded.yml'), 'utf8'),
) as {
  jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: Step[] }>;
};
const evalgateStep = (job: string) =>
  sharded.jobs[job].steps.find((s) => s.uses?.startsWith('evalgate/'))!.with!;
const download = sharded.jobs.evalgate.steps.find((s) =>
  s.uses?.startsWith('actions/download-artifact@'),
)!.with!;
/** `${{ matrix.shard }}` as the runner expands it for one matrix job. */
const forShard = (inputs: Record<string, string>, shard: number) =>
  Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [k, v.replaceAll('${{ matrix.shard }}', String(shard))]),
  );

let baseline: EvalgateResult;
const fakes: FakeGitHub[] = [];

beforeAll(async () => {
  baseline = await baselineResult();
});

async function seeded(): Promise<FakeGitHub> {
  const gh = await startFakeGitHub({ owner: OWNER, repo: REPO, repoId: REPO_ID, requiredToken: TOKEN });
  fakes.push(gh);
  seedRepository(gh, baseline);
  return gh;
}

afterEach(async () => {
  for (const gh of fakes.splice(0)) {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  }
});

const normalised = (text: string) => text.replace(/"created_at":\s*"[^"]*"/g, '"created_at":""');

describe('matrix shards and the fan-in job (evalgate-pr-sharded.yml)', () => {
  test('three shard jobs, one fan-in: one comment, one status, the unsharded verdict and result', async () => {
    const changed = degraded(predictions(), 5);
    // the same pull request evaluated in one job, for reference
    const whole = await runPullRequest(await seeded(), workspace({ predictions: changed }), { runId: 300 });

    const gh = await seeded();
    const matrix = sharded.jobs.shard.strategy!.matrix.shard;
    expect(matrix).toEqual([1, 2, 3]);
    const shardRuns: ActionRun[] = [];
    for (const shard of matrix) {
      const run = await runPullRequest(gh, workspace({ predictions: changed }), {
        runId: 301,
        inputs: forShard(evalgateStep('shard'), shard),
      });
      expect(run.code).toBe(0);
      expect(run.outputs.verdict).toBe('shard');
      shardRuns.push(run);
    }
    // the shard jobs read the base config and report nothing
    expect(gh.comments.size).toBe(0);
    expect(gh.statuses).toHaveLength(0);

    // download-artifact with `pattern` + `merge-multiple: true`: every shard's file in one directory
    const ws = workspace({ predictions: changed });
    mkdirSync(join(ws, download.path));
    for (const run of shardRuns) {
      const file = run.outputs['result-path'];
      copyFileSync(file, join(ws, download.path, file.split('/').at(-1)!));
    }
    const fanIn = await runPullRequest(gh, ws, { runId: 301, inputs: evalgateStep('evalgate') });

    expect(whole.outputs.verdict).toBe('fail');
    expect(fanIn.outputs.verdict).toBe(whole.outputs.verdict);
    expect(fanIn.code).toBe(whole.code);
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(gh.commentsOn(PR)[0].body).toMatch(/^## ❌ evalgate \/ intents: fail/m);
    expect(gh.statuses).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'failure', context: 'evalgate / intents' }),
    ]);
    expect(fanIn.stdout).toContain('merged 3 shards');
    // the merged result is the unsharded result, and so is the comparison
    expect(normalised(readFileSync(fanIn.outputs['result-path'], 'utf8'))).toBe(
      normalised(readFileSync(whole.outputs['result-path'], 'utf8')),
    );
    expect(normalised(readFileSync(fanIn.outputs['comparison-path'], 'utf8'))).toBe(
      normalised(readFileSync(whole.outputs['comparison-path'], 'utf8')),
    );
  });

  test('a missing shard fails the fan-in with one line and a failure status, and no comment', async () => {
    const gh = await seeded();
    const runs = [];
    for (const shard of [1, 3]) {
      runs.push(
        await runPullRequest(gh, workspace(), { runId: 302, inputs: forShard(evalgateStep('shard'), shard) }),
      );
    }
    const ws = workspace();
    mkdirSync(join(ws, download.path));
    for (const run of runs)
      copyFileSync(
        run.outputs['result-path'],
        join(ws, download.path, run.outputs['result-path'].split('/').at(-1)!),
      );
    const fanIn = await runPullRequest(gh, ws, { runId: 302, inputs: evalgateStep('evalgate') });
    expect(fanIn.code).toBe(1);
    expect(fanIn.stdout).toMatch(
      /::error::evalgate-shards\/evalgate-shard-1\.json: shard 2\/3 missing: merge needs all 3 partial results of the run\n/,
    );
    expect(fanIn.stdout).not.toMatch(/\n\s+at /);
    expect(gh.comments.size).toBe(0);
    // an unevaluable head fails the pull request's status too (issue #10)
    expect(gh.statuses).toEqual([
      expect.objectContaining({
        sha: HEAD_SHA,
        state: 'failure',
        context: 'evalgate / intents',
        description: expect.stringContaining('shard 2/3 missing'),
      }),
    ]);
  });
});

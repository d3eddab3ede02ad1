import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseMarker } from '../../src/action/comment.js';
import { readOverrides } from '../../src/bot/overrides.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { parseResult } from '../../src/result/result-file.js';
import type { FakeGitHub, FakeRepo } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { phaseOneRun, phaseTwo } from './hardening-fixtures.js';
import { failingPullRun, MAINTAINER, runComment } from './bot-fixtures.js';
import {
  baselineResult,
  configText,
  degraded,
  HEAD_SHA,
  NEWER_HEAD_SHA,
  PR,
  predictions,
  runPullRequest,
  seedRepository,
  workspace,
  zipResult,
} from './pr-fixtures.js';

/**
 * A change to the gates needs an override, and an override outlives re-runs of its head only while it covers
 * what fails: the bundled action on pull_request, workflow_run and issue_comment payloads
 * (@octokit/webhooks-examples) against the stateful fake.
 */
let baseline: EvalgateResult;
const fakes = fakePerTest();
let gh: FakeGitHub;

const REASON = 'the looser accuracy gate was agreed in the design review';
const LOOSENED = configText().replace('max_drop: 2', 'max_drop: 50');
const CHANGE_ITEM = 'gate change: 1 base rule(s) changed or removed, 1 new';

beforeAll(async () => {
  baseline = await baselineResult();
});

async function fake(): Promise<FakeGitHub> {
  gh = await fakes.start();
  return gh;
}

const sticky = () => gh.commentsOn(PR).find((c) => parseMarker(c.body) && c.user.type === 'Bot')!;

describe('pull_request: a change to the gates', () => {
  test('fails as a check with the diff until a maintainer overrides; a re-run keeps the override; a new push expires it', async () => {
    await fake();
    seedRepository(gh, baseline, { headConfig: LOOSENED });
    gh.setRole(MAINTAINER.login, 'maintain');
    // Good predictions: the metrics pass under the base gates; only the gate change fails.
    const first = await runPullRequest(gh, workspace({ config: LOOSENED }), { runId: 100 });
    expect(first.code).not.toBe(0);
    expect(first.outputs.verdict).toBe('fail');
    expect(gh.statuses.at(-1)).toMatchObject({
      sha: HEAD_SHA,
      state: 'failure',
      description: expect.stringContaining(`❌ fail: ${CHANGE_ITEM}`),
    });
    const body = sticky().body;
    expect(body).toContain(
      "- ❌ **gate change**: the gates changed (1 base rule(s) changed or removed, 1 new). The base branch's gates stay in force; an override by a maintainer is needed: `/evalgate override <reason>`",
    );
    expect(body).toContain(
      '  - ➖ base: suite intents: gate 1: fail: accuracy may fall at most 2.00 pts on overall; significance not required',
    );
    expect(body).toContain(
      '  - ➕ this PR: suite intents: gate 1: fail: accuracy may fall at most 50.00 pts on overall; significance not required',
    );
    expect(first.stdout).toContain('an override by a maintainer is needed');

    const command = await runComment(gh, { body: `/evalgate override ${REASON}`, user: MAINTAINER });
    expect(command.outputs.verdict).toBe('overridden');
    const [record] = readOverrides(sticky().body);
    expect(record).toMatchObject({ user: MAINTAINER.login, headSha: HEAD_SHA, failing: [CHANGE_ITEM] });
    expect(gh.statuses.at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'success' });

    const again = await runPullRequest(gh, workspace({ config: LOOSENED }), { runId: 101 });
    expect(again.code).toBe(0);
    expect(again.outputs.verdict).toBe('overridden');
    expect(gh.statuses.at(-1)).toMatchObject({
      sha: HEAD_SHA,
      state: 'success',
      description: `overridden by @${MAINTAINER.login}: ${REASON}`,
    });
    const rerun = sticky().body;
    expect(rerun).toMatch(/- ✅ \*\*gate change\*\*: the gates changed; overridden by @\S+: the looser/u);
    expect(rerun).toContain('  - ➕ this PR: suite intents: gate 1');
    expect(rerun).toContain('✅ active');
    expect(readOverrides(rerun)).toEqual([record]);

    gh.pulls.get(PR)!.head.sha = NEWER_HEAD_SHA;
    const pushed = await runPullRequest(gh, workspace({ config: LOOSENED }), {
      runId: 102,
      headSha: NEWER_HEAD_SHA,
    });
    expect(pushed.code).not.toBe(0);
    expect(gh.statuses.at(-1)).toMatchObject({ sha: NEWER_HEAD_SHA, state: 'failure' });
    expect(sticky().body).toContain('- ❌ **gate change**');
    expect(sticky().body).toContain('expired (new push)');
  });

  test('the same config on the pull request: no gate-change check', async () => {
    await fake();
    seedRepository(gh, baseline);
    const run = await runPullRequest(gh, workspace(), { runId: 100 });
    expect(run.code).toBe(0);
    expect(sticky().body).not.toContain('gate change');
  });
});

describe('re-runs of an overridden head', () => {
  /** Base gates: accuracy may fall 2 pts (fails on every 4th prediction wrong), macro-F1 25 pts (fails on every 2nd). */
  const twoGates = configText().replace(
    '      - { metric: accuracy, max_drop: 2, require_significance: false }',
    '      - { metric: accuracy, max_drop: 2, require_significance: false }\n      - { metric: macro_f1, max_drop: 25, require_significance: false }',
  );

  test('a re-run failing on a gate the override was not given over fails, and the comment says why', async () => {
    await fake();
    seedRepository(gh, baseline, { config: twoGates });
    await failingPullRun(gh, baseline, { seed: false, headConfig: twoGates });
    const command = await runComment(gh, { body: `/evalgate override ${REASON}`, user: MAINTAINER });
    expect(command.outputs.verdict).toBe('overridden');
    expect(readOverrides(sticky().body)[0].failing).toEqual(['intents: accuracy on overall']);

    // The same head evaluated again, worse this time (a model that is not deterministic).
    const worse = workspace({ config: twoGates, predictions: degraded(predictions(), 2) });
    const rerun = await runPullRequest(gh, worse, { runId: 101 });
    expect(rerun.code).not.toBe(0);
    expect(rerun.outputs.verdict).toBe('fail');
    expect(gh.statuses.at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'failure' });
    const body = sticky().body;
    expect(body).toMatch(
      /> The override by @\S+ on this commit does not apply: this run also fails on intents: macro_f1 on overall, which it was not given over\./u,
    );
    expect(body).toContain('⚠️ does not cover the new failures');
    expect(rerun.stdout).toContain('does not cover intents: macro_f1 on overall');

    // Back to the failure it was given over: it applies again.
    const same = await runPullRequest(
      gh,
      workspace({ config: twoGates, predictions: degraded(predictions()) }),
      {
        runId: 102,
      },
    );
    expect(same.code).toBe(0);
    expect(gh.statuses.at(-1)).toMatchObject({ state: 'success' });
    expect(sticky().body).toContain('✅ active');
  });
});

describe('workflow_run (fork pull requests)', () => {
  let fork: FakeRepo;

  /** Phase 1 of the fork's pull request: its run, with the result uploaded. */
  async function phaseOne(): Promise<number> {
    const run = await runPullRequest(gh, workspace({ config: LOOSENED }), { headRepoId: fork.id });
    const head = parseResult(readFileSync(run.outputs['result-path'], 'utf8'), 'phase 1');
    return phaseOneRun({ gh, fork }, zipResult(head));
  }

  test("the fork's config, read at its head through the API, is a gate change until overridden; the next report keeps the override", async () => {
    await fake();
    fork = gh.makeRepo('fork-owner');
    seedRepository(gh, baseline, { headRepo: fork, headConfig: LOOSENED });
    gh.setRole(MAINTAINER.login, 'maintain');
    const runId = await phaseOne();
    const first = await phaseTwo({ gh, fork }, runId);
    expect(first.code).not.toBe(0);
    expect(gh.statuses.at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'failure' });
    expect(sticky().body).toContain('- ❌ **gate change**');
    expect(
      gh.requests.some((r) => r.operationId === 'repos/get-content' && r.path.includes(`ref=${HEAD_SHA}`)),
    ).toBe(true);

    const command = await runComment(gh, { body: `/evalgate override ${REASON}`, user: MAINTAINER });
    expect(command.outputs.verdict).toBe('overridden');
    const again = await phaseTwo({ gh, fork }, runId, { attempt: 2 });
    expect(again.code).toBe(0);
    expect(again.outputs.verdict).toBe('overridden');
    expect(gh.statuses.at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'success' });
  });
});

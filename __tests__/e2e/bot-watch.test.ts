import { beforeAll, describe, expect, test } from '@jest/globals';
import { parseWatchMarker } from '../../src/action/watch/issues.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { FakeGitHub } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { runAction, type ActionRun } from '../github/harness/run-action.js';
import {
  BASE_SHA,
  baselineResult,
  CONFIG_PATH,
  degraded,
  predictions,
  TOKEN,
  workspace,
  zipResult,
} from './pr-fixtures.js';

/**
 * The watch: the bundled action on schedule and workflow_dispatch runs of the default branch against the
 * stateful fake, three runs in a row: a failing gate opens one issue, a second failure updates that issue,
 * the recovery closes it with a comment. The workflow_dispatch payload is @octokit/webhooks-examples' (for
 * octo-org/octo-repo); `schedule` is no webhook, so its payload is what the runner writes for it.
 */
const OWNER = 'octo-org';
const REPO = 'octo-repo';
const REPO_ID = 6811672;
const DAY = 86_400_000;
const fakes = fakePerTest();
let gh: FakeGitHub;
let baseline: EvalgateResult;

beforeAll(async () => {
  baseline = await baselineResult();
});

function iso(msAgo: number): string {
  return new Date(Date.now() - msAgo).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function seed(): Promise<void> {
  gh = await fakes.start({ owner: OWNER, repo: REPO, repoId: REPO_ID });
  // The baseline of ten days ago (kept), and yesterday's push run whose result is the degraded one: the watch
  // must compare with the older one, or the regression would hide.
  const old = gh.addWorkflowRun({
    headSha: BASE_SHA,
    headBranch: 'main',
    event: 'push',
    createdAt: iso(10 * DAY),
  });
  gh.addArtifact({ runId: old.id, name: 'evalgate-result', data: zipResult(baseline) });
  const recent = gh.addWorkflowRun({
    headSha: 'e'.repeat(40),
    headBranch: 'main',
    event: 'push',
    createdAt: iso(DAY),
  });
  const degradedBaseline = await baselineResult({ predictions: degraded(predictions()) });
  gh.addArtifact({ runId: recent.id, name: 'evalgate-result', data: zipResult(degradedBaseline) });
}

function watchRun(options: {
  event: 'schedule' | 'workflow_dispatch';
  sha: string;
  good: boolean;
  runId: number;
}): Promise<ActionRun> {
  const ws = workspace(options.good ? {} : { predictions: degraded(predictions()) });
  return runAction({
    apiUrl: gh.url,
    workspace: ws,
    ...(options.event === 'workflow_dispatch'
      ? { example: { event: 'workflow_dispatch' } }
      : {
          eventName: 'schedule',
          payload: { schedule: '0 6 * * *', workflow: '.github/workflows/evalgate-watch.yml' },
        }),
    repository: `${OWNER}/${REPO}`,
    sha: options.sha,
    ref: 'refs/heads/main',
    runId: options.runId,
    env: { GITHUB_REPOSITORY_ID: String(REPO_ID) },
    inputs: {
      config: CONFIG_PATH,
      'github-token': TOKEN,
      watch: 'true',
      'watch-days': '7',
      'run-commands': 'false',
    },
  });
}

const botIssues = () => [...gh.bot.issues.values()].filter((i) => i.user.login === 'github-actions[bot]');

describe('the watch on the default branch', () => {
  test('opens one issue when a gate fails, updates the same issue on the next run, closes it when the suite recovers', async () => {
    await seed();
    // Someone else's issue that copies the marker is not the bot's: never updated or closed.
    gh.bot.issues.set(1, {
      number: 1,
      title: 'copy',
      body: '<!-- evalgate:watch id="intents" suite="intents" -->\nnot the bot',
      state: 'open',
      stateReason: null,
      user: { login: 'octocat', id: 1, type: 'User' },
      labels: [],
      createdAt: iso(0),
      updatedAt: iso(0),
      closedAt: null,
      history: [],
    });

    const first = await watchRun({ event: 'schedule', sha: '1'.repeat(40), good: false, runId: 900 });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs.verdict).toBe('fail');
    expect(first.outputs['baseline-sha']).toBe(BASE_SHA);
    expect(botIssues()).toHaveLength(1);
    const [issue] = botIssues();
    expect(issue).toMatchObject({ state: 'open', title: 'evalgate watch: intents fails on main' });
    expect(parseWatchMarker(issue.body)).toEqual({ id: 'intents', suite: 'intents' });
    expect(issue.body).toContain('suite **intents** at `1111111`');
    expect(issue.body).toMatch(/❌ fail\s+\| overall\s+\| Accuracy\s+\| 74\.75 → 56\.75/);
    expect(issue.body).toContain('Failing gates: accuracy on overall fell 18.00 pts');
    expect(issue.body).toContain('the newest baseline at least 7 days old');
    expect(first.summary).toContain(`| intents | fail | opened #${issue.number} |`);

    const second = await watchRun({
      event: 'workflow_dispatch',
      sha: '2'.repeat(40),
      good: false,
      runId: 901,
    });
    expect(second.code).toBe(0);
    expect(botIssues()).toHaveLength(1);
    expect(botIssues()[0].number).toBe(issue.number);
    expect(botIssues()[0].body).toContain('at `2222222`');
    expect(botIssues()[0].history).toHaveLength(2);
    expect(second.summary).toContain(`| intents | fail | updated #${issue.number} |`);

    const third = await watchRun({ event: 'schedule', sha: '3'.repeat(40), good: true, runId: 902 });
    expect(third.code).toBe(0);
    expect(third.outputs.verdict).toBe('pass');
    expect(botIssues()).toHaveLength(1);
    expect(botIssues()[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    const comments = gh.commentsOn(issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Recovered: suite **intents** passes at `3333333`');
    expect(third.summary).toContain(`| intents | pass | closed #${issue.number} |`);
    // The copy was left alone.
    expect(gh.bot.issues.get(1)).toMatchObject({ state: 'open', history: [] });
    // The issue list was read page by page, 100 at a time.
    expect(
      gh.requests.filter((r) => r.operationId === 'issues/list-for-repo' && r.path.includes('per_page=100'))
        .length,
    ).toBe(3);
  });

  test('without a baseline old enough, the watch says so and opens nothing', async () => {
    await seed();
    const run = await watchRun({ event: 'schedule', sha: '1'.repeat(40), good: false, runId: 903 });
    expect(run.code).toBe(0);
    // watch-days 30: the ten-day-old run is too recent.
    const late = await runAction({
      apiUrl: gh.url,
      workspace: workspace(),
      eventName: 'schedule',
      payload: { schedule: '0 6 * * *' },
      repository: `${OWNER}/${REPO}`,
      ref: 'refs/heads/main',
      env: { GITHUB_REPOSITORY_ID: String(REPO_ID) },
      inputs: {
        config: CONFIG_PATH,
        'github-token': TOKEN,
        watch: 'true',
        'watch-days': '30',
        'run-commands': 'false',
      },
    });
    expect(late.code).toBe(0);
    expect(late.outputs.verdict).toBe('no_baseline');
    expect(late.stdout).toContain('from 30 or more days ago');
  });

  test('a missing permission is named in one line at start-up', async () => {
    await seed();
    gh.forbid('issues/list-for-repo');
    const run = await watchRun({ event: 'schedule', sha: '1'.repeat(40), good: false, runId: 904 });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      /::error::evalgate watch needs `issues: read`: grant it in the workflow's `permissions:` block \(GET \/repos\/octo-org\/octo-repo\/issues answered 403\)\./,
    );
    expect(botIssues()).toHaveLength(0);
  });

  test('a workflow_dispatch run on another branch keeps no watch', async () => {
    await seed();
    const run = await runAction({
      apiUrl: gh.url,
      workspace: workspace({ predictions: degraded(predictions()) }),
      example: { event: 'workflow_dispatch', overrides: { ref: 'refs/heads/feature' } },
      ref: 'refs/heads/feature',
      inputs: { config: CONFIG_PATH, 'github-token': TOKEN, watch: 'true', 'run-commands': 'false' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(botIssues()).toHaveLength(0);
  });
});

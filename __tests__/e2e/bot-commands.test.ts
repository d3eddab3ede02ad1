import { beforeAll, describe, expect, test } from '@jest/globals';
import { readOverrides } from '../../src/bot/overrides.js';
import { parseMarker } from '../../src/action/comment.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { GITHUB_ACTIONS_BOT, type FakeGitHub } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { AUTHOR, failingPullRun, MAINTAINER, runComment, WRITER } from './bot-fixtures.js';
import {
  baselineResult,
  HEAD_SHA,
  NEWER_HEAD_SHA,
  PR,
  runPullRequest,
  workspace,
  degraded,
  predictions,
  configText,
} from './pr-fixtures.js';

/**
 * `/evalgate` commands: the bundled action on issue_comment payloads (@octokit/webhooks-examples) against the
 * stateful fake. Each test starts from PR #7 whose run failed the accuracy gate: a failure status on the head
 * and the sticky comment by github-actions[bot].
 */
let baseline: EvalgateResult;
const fakes = fakePerTest();
let gh: FakeGitHub;

const REASON = 'accepted: the refund intent was relabelled on purpose';

beforeAll(async () => {
  baseline = await baselineResult();
});

async function fake(): Promise<FakeGitHub> {
  gh = await fakes.start();
  return gh;
}

const sticky = () => gh.commentsOn(PR).find((c) => parseMarker(c.body) && c.user.type === 'Bot')!;
const replies = () => gh.commentsOn(PR).filter((c) => c.body.startsWith('<!-- evalgate:reply -->'));
const reactionsOn = (id: number) => gh.bot.reactions.filter((r) => r.commentId === id).map((r) => r.content);
const writes = () => gh.requests.filter((r) => r.method !== 'GET').map((r) => r.operationId);

describe('override', () => {
  test('a maintainer overrides: the status flips to success on the head, the audit row survives the next report, and a new push expires it', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    expect(gh.statuses.map((s) => [s.sha, s.state])).toEqual([[HEAD_SHA, 'failure']]);

    const body = `Thanks for the explanation.\n/evalgate override ${REASON}`;
    const run = await runComment(gh, { body, user: MAINTAINER });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('overridden');
    const command = gh.commentsOn(PR).find((c) => c.body === body)!;
    expect(reactionsOn(command.id)).toEqual(['eyes', '+1']);
    expect(gh.statuses.at(-1)).toMatchObject({
      sha: HEAD_SHA,
      state: 'success',
      context: 'evalgate / intents',
      description: `overridden by @${MAINTAINER.login}: ${REASON}`,
    });
    const [record] = readOverrides(sticky().body);
    expect(record).toMatchObject({
      user: MAINTAINER.login,
      reason: REASON,
      headSha: HEAD_SHA,
      failing: ['intents: accuracy on overall'],
      commentUrl: expect.stringContaining(`#issuecomment-${command.id}`),
    });
    expect(sticky().body).toContain('#### Overrides');
    expect(sticky().body).toMatch(
      /\| `ccccccc` \| intents: accuracy on overall \| accepted: the refund .* \| ✅ active \|/,
    );
    expect(run.summary).toContain('#### Overrides');
    expect(replies()).toEqual([]);

    // A later report on the same head keeps the record (and its row).
    const again = await runPullRequest(gh, workspace({ predictions: degraded(predictions()) }), {
      runId: 101,
    });
    expect(again.code).not.toBe(0);
    expect(parseMarker(sticky().body)).toMatchObject({ runId: 101, headSha: HEAD_SHA });
    expect(readOverrides(sticky().body)).toEqual([record]);
    expect(sticky().body).toContain('✅ active');

    // A new push: the override does not carry to the new head.
    gh.pulls.get(PR)!.head.sha = NEWER_HEAD_SHA;
    const pushed = await runPullRequest(gh, workspace({ predictions: degraded(predictions()) }), {
      runId: 102,
      headSha: NEWER_HEAD_SHA,
    });
    expect(pushed.code).not.toBe(0);
    expect(gh.statuses.at(-1)).toMatchObject({ sha: NEWER_HEAD_SHA, state: 'failure' });
    expect(readOverrides(sticky().body)).toEqual([record]);
    expect(sticky().body).toContain('expired (new push)');
    expect(sticky().body).not.toContain('✅ active');
  });

  test('a user with write access is refused politely: one reply, 👎, no status, the comment untouched', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const before = sticky().body;
    const statuses = gh.statuses.length;
    const run = await runComment(gh, { body: `/evalgate override ${REASON}`, user: WRITER });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('refused');
    expect(gh.statuses).toHaveLength(statuses);
    expect(sticky().body).toBe(before);
    expect(replies()).toHaveLength(1);
    expect(replies()[0].body).toContain(
      `@${WRITER.login} Sorry, an override takes one of these repository roles: maintain, admin; yours is write.`,
    );
    const command = gh.commentsOn(PR).find((c) => c.user.login === WRITER.login)!;
    expect(reactionsOn(command.id)).toEqual(['eyes', '-1']);
    expect(writes().slice(-3)).toEqual([
      'reactions/create-for-issue-comment',
      'reactions/create-for-issue-comment',
      'issues/create-comment',
    ]);
  });

  test('the author of the pull request cannot override it, even as an admin', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const statuses = gh.statuses.length;
    const run = await runComment(gh, { body: `/evalgate override ${REASON}`, user: AUTHOR });
    expect(run.outputs.verdict).toBe('refused');
    expect(gh.statuses).toHaveLength(statuses);
    expect(replies()[0].body).toContain('the author of a pull request cannot override its own gates');
    expect(readOverrides(sticky().body)).toEqual([]);
  });

  test('a pull request that changes its gates: the override records the gate change', async () => {
    await fake();
    const loosened = configText().replace('max_drop: 2', 'max_drop: 50');
    await failingPullRun(gh, baseline, { headConfig: loosened });
    const run = await runComment(gh, { body: `/evalgate override ${REASON}`, user: MAINTAINER });
    expect(run.outputs.verdict).toBe('overridden');
    expect(readOverrides(sticky().body)[0].failing).toEqual([
      'intents: accuracy on overall',
      'gate change: 1 base rule(s) changed or removed, 1 new',
    ]);
  });

  test('a reason shorter than override-min-words is refused', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const run = await runComment(gh, { body: '/evalgate override ok', user: MAINTAINER });
    expect(run.outputs.verdict).toBe('refused');
    expect(replies()[0].body).toContain('an override needs a reason of at least 3 words');
    expect(gh.statuses.at(-1)!.state).toBe('failure');
  });

  test('hostile reason text is escaped in the comment, the reply and the summary', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const hostile = 'fine | <img src=x onerror=alert(1)> [link](https://evil.example) @everyone --> `x`';
    const run = await runComment(gh, { body: `/evalgate override ${hostile}`, user: MAINTAINER });
    expect(run.outputs.verdict).toBe('overridden');
    const body = sticky().body;
    expect(readOverrides(body)[0].reason).toBe(hostile);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('[link]');
    expect(body).not.toContain('@everyone');
    // Every `-->` closes one of the bot's own HTML comments: the reason's shows as text.
    const section = body.slice(body.indexOf('<!-- evalgate:overrides-start -->'));
    expect(
      section.split('\n').filter((l) => l.includes('-->') && !/^<!-- [^>]* -->$/.test(l.trim())),
    ).toEqual([]);
    expect(body).toContain('--&gt; &#96;x&#96;');
    expect(run.summary).not.toContain('<img');
  });
});

describe('comments that are not commands for the bot', () => {
  test('an edit that does not add the command (the old body had it) does nothing', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const requests = gh.requests.length;
    const line = `/evalgate override ${REASON}`;
    const run = await runComment(gh, {
      action: 'edited',
      body: `${line}\n\nEdit: typo fixed.`,
      from: line,
      user: MAINTAINER,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toContain('the edit adds no /evalgate command');
    expect(gh.requests.length).toBe(requests);
  });

  test('an edit by someone without the role that adds an override to a maintainer’s comment is refused', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const run = await runComment(gh, {
      action: 'edited',
      body: `LGTM\n/evalgate override ${REASON}`,
      from: 'LGTM',
      user: MAINTAINER,
      sender: WRITER,
    });
    expect(run.outputs.verdict).toBe('refused');
    expect(replies()[0].body).toContain(
      `@${WRITER.login} Sorry, an override takes one of these repository roles`,
    );
    expect(gh.statuses.at(-1)!.state).toBe('failure');
  });

  test('a quoted command or one in a code block is not a command', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const requests = gh.requests.length;
    const body = `> /evalgate override ${REASON}\n\n\`\`\`\n/evalgate override ${REASON}\n\`\`\``;
    const run = await runComment(gh, { body, user: MAINTAINER });
    expect(run.outputs.verdict).toBe('skipped');
    expect(gh.requests.length).toBe(requests);
  });

  test("the bot's own comment (github-actions[bot]) is ignored without a request", async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const requests = gh.requests.length;
    const run = await runComment(gh, { body: `/evalgate override ${REASON}`, user: GITHUB_ACTIONS_BOT });
    expect(run.outputs.verdict).toBe('skipped');
    expect(run.stdout).toContain('comment by a bot');
    expect(gh.requests.length).toBe(requests);
  });

  test('an unknown command gets one polite reply with the list of commands, and no state change', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const statuses = gh.statuses.length;
    const before = sticky().body;
    const run = await runComment(gh, { body: '/evalgate merge <b>now</b>', user: MAINTAINER });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('refused');
    expect(replies()).toHaveLength(1);
    expect(replies()[0].body).toContain(`@${MAINTAINER.login} I do not know the command “merge”.`);
    expect(replies()[0].body).toContain('`/evalgate override <reason>`');
    expect(gh.statuses).toHaveLength(statuses);
    expect(sticky().body).toBe(before);
  });
});

describe('rerun, explain, help', () => {
  test('rerun re-runs the pull_request run that uploaded the head result', async () => {
    await fake();
    await failingPullRun(gh, baseline, { runId: 100 });
    const run = await runComment(gh, { body: '/evalgate rerun', user: WRITER });
    expect(run.outputs.verdict).toBe('rerun');
    expect(gh.bot.reruns).toEqual([100]);
    expect(replies()[0].body).toContain('Re-running run #');
  });

  test('explain replies with the slice row, the interval and the gate fields of the comparison', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const run = await runComment(gh, { body: '/evalgate explain overall', user: WRITER });
    expect(run.outputs.verdict).toBe('explained');
    const text = replies()[0].body;
    expect(text).toContain('### intents · overall');
    expect(text).toMatch(/\| accuracy \| 74\.75 \| /);
    expect(text).toMatch(/\| ci \| −\d+\.\d+ pts … −\d+\.\d+ pts \|/);
    expect(text).toContain('| p_adjusted |');
    expect(text).toContain('recomputed under the base branch');
  });

  test('help lists the commands', async () => {
    await fake();
    await failingPullRun(gh, baseline);
    const run = await runComment(gh, { body: '/evalgate help', user: WRITER });
    expect(run.outputs.verdict).toBe('help');
    expect(replies()[0].body).toContain('`/evalgate explain <slice>`');
  });
});

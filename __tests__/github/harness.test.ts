// Self-tests of the GitHub test harness: Prism on the official OpenAPI subset, the stateful fake, run-action.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrism, type PrismServer } from './harness/prism.js';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { inputEnvName, loadWebhookPayload, parseGithubOutput, runAction } from './harness/run-action.js';

type Octokit = ReturnType<typeof getOctokit>;

describe('Prism serving the GitHub OpenAPI subset', () => {
  let prism: PrismServer;
  let octokit: Octokit;

  beforeAll(async () => {
    prism = await startPrism();
    octokit = getOctokit('test-token', { baseUrl: prism.url });
  });

  afterAll(async () => {
    await prism.stop();
  });

  test('starts within a few seconds', () => {
    expect(prism.startupMs).toBeLessThan(10000);
    expect(prism.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('accepts a valid commit status sent by Octokit', async () => {
    const response = await octokit.rest.repos.createCommitStatus({
      owner: 'octo-org',
      repo: 'octo-repo',
      sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      state: 'success',
      context: 'evalgate',
      description: 'All slices within budget',
    });
    expect(response.status).toBe(201);
    const entry = prism.log.at(-1);
    expect(entry).toMatchObject({
      method: 'POST',
      path: '/repos/octo-org/octo-repo/statuses/6dcb09b5b57875f334f61aebed695e2e4193db5e',
      accept: 'application/vnd.github.v3+json',
      status: 201,
      validation: [],
    });
  });

  test('rejects a commit status with an invalid state and logs why', async () => {
    const call = octokit.rest.repos.createCommitStatus({
      owner: 'octo-org',
      repo: 'octo-repo',
      sha: 'abc',
      state: 'green' as 'success',
    });
    await expect(call).rejects.toMatchObject({ status: 422 });
    const entry = prism.log.at(-1);
    expect(entry?.status).toBe(422);
    expect(entry?.validation).toEqual([
      'body.state: Request body property state must be equal to one of the allowed values: error, failure, pending, success',
    ]);
  });

  test('rejects a non-numeric pull number as a path parameter', async () => {
    const call = octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: 'o',
      repo: 'r',
      pull_number: 'seven' as unknown as number,
    });
    await expect(call).rejects.toMatchObject({ status: 422 });
    expect(prism.log.at(-1)?.validation.join('\n')).toContain('pull_number');
  });

  test('routes a contents path with slashes (multi-segment parameter)', async () => {
    const response = await octokit.rest.repos.getContent({
      owner: 'o',
      repo: 'r',
      path: 'eval/baseline/metrics.json',
      ref: 'main',
    });
    expect(response.status).toBe(200);
    expect(prism.log.at(-1)?.path).toBe('/repos/o/r/contents/eval%2Fbaseline%2Fmetrics.json?ref=main');
  });

  test('stop() ends the Prism process', async () => {
    const other = await startPrism();
    await other.stop();
    expect(() => process.kill(other.pid, 0)).toThrow();
  });
});

describe('FakeGitHub', () => {
  let fake: FakeGitHub;
  let octokit: Octokit;
  const repo = { owner: 'octo-org', repo: 'octo-repo' };

  beforeAll(async () => {
    fake = await startFakeGitHub({ requiredToken: 'test-token' });
    octokit = getOctokit('test-token', { baseUrl: fake.url });
  });

  afterAll(async () => {
    await fake.stop();
  });

  test('paginates 250 comments with octokit.paginate and a loopback Link header', async () => {
    for (let i = 1; i <= 250; i += 1) fake.addComment(250, `comment ${i}`);
    const before = fake.requests.length;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 250,
      per_page: 100,
    });
    expect(comments).toHaveLength(250);
    expect(comments[0].body).toBe('comment 1');
    expect(comments[249].body).toBe('comment 250');
    expect(comments.map((c) => c.id)).toEqual([...comments.map((c) => c.id)].sort((a, b) => a - b));
    const pages = fake.requests.slice(before);
    expect(pages.map((r) => r.path)).toEqual([
      '/repos/octo-org/octo-repo/issues/250/comments?per_page=100',
      '/repos/octo-org/octo-repo/issues/250/comments?per_page=100&page=2',
      '/repos/octo-org/octo-repo/issues/250/comments?per_page=100&page=3',
    ]);
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 250, per_page: 100 });
    expect(first.headers.link).toBe(
      `<${fake.url}/repos/octo-org/octo-repo/issues/250/comments?per_page=100&page=2>; rel="next", ` +
        `<${fake.url}/repos/octo-org/octo-repo/issues/250/comments?per_page=100&page=3>; rel="last"`,
    );
    expect(fake.violations).toEqual([]);
  });

  test('creates, updates and deletes a comment', async () => {
    const created = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 7,
      body: '<!-- evalgate --> v1',
    });
    expect(created.status).toBe(201);
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: created.data.id,
      body: 'v2',
    });
    expect(updated.data.body).toBe('v2');
    expect(fake.commentsOn(7).map((c) => c.body)).toEqual(['v2']);
    const deleted = await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    expect(deleted.status).toBe(204);
    expect(fake.commentsOn(7)).toEqual([]);
    await expect(
      octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  test('records spec violations and answers 422', async () => {
    const before = fake.requests.length;
    const call = octokit.rest.repos.createCommitStatus({ ...repo, sha: 'abc', state: 'green' as 'success' });
    await expect(call).rejects.toMatchObject({ status: 422 });
    await octokit.request('GET /repos/{owner}/{repo}/pulls', { ...repo, per_page: 5, perPage: 5 });
    const fresh = fake.requests.slice(before);
    expect(fresh[0].violations).toEqual([
      'body.state: must be equal to one of the allowed values: error, failure, pending, success',
    ]);
    expect(fresh[1].status).toBe(200);
    expect(fresh[1].violations).toEqual(['query.perPage: unknown query parameter']);
    fake.requests.splice(before);
  });

  test('rejects a wrong token with 401', async () => {
    const stranger = getOctokit('wrong', { baseUrl: fake.url });
    await expect(stranger.rest.repos.get(repo)).rejects.toMatchObject({ status: 401 });
  });

  test('fails the next request of a route once, then recovers', async () => {
    fake.failNext('repos/create-commit-status', { status: 502 });
    const status = { ...repo, sha: 'a'.repeat(40), state: 'pending' as const, context: 'evalgate' };
    await expect(octokit.rest.repos.createCommitStatus(status)).rejects.toMatchObject({ status: 502 });
    const second = await octokit.rest.repos.createCommitStatus(status);
    expect(second.status).toBe(201);
    expect(fake.statuses.map((s) => [s.sha, s.state, s.context])).toEqual([
      ['a'.repeat(40), 'pending', 'evalgate'],
    ]);
  });

  test('answers 403 "Resource not accessible by integration" to a forbidden comment create', async () => {
    const fork = await startFakeGitHub();
    try {
      fork.forbid('issues/create-comment');
      const client = getOctokit('read-only', { baseUrl: fork.url });
      const call = client.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' });
      await expect(call).rejects.toMatchObject({
        status: 403,
        message: expect.stringContaining('Resource not accessible by integration'),
      });
      expect(fork.commentsOn(1)).toEqual([]);
    } finally {
      await fork.stop();
    }
  });

  test('downloads an artifact through the 302 to another origin, without Authorization there', async () => {
    const run = fake.addWorkflowRun({ headSha: 'b'.repeat(40) });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const artifact = fake.addArtifact({ runId: run.id, name: 'evalgate-baseline', data: zip });
    const response = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
    });
    expect(response.status).toBe(200);
    expect(new Uint8Array(response.data as ArrayBuffer)).toEqual(zip);
    const blob = fake.blobRequests.at(-1);
    expect(blob?.status).toBe(200);
    expect(blob?.authorization).toBeUndefined();
    expect(fake.requests.at(-1)).toMatchObject({ status: 302, authorization: 'token test-token' });
    expect(new URL(fake.blobUrl).origin).not.toBe(new URL(fake.url).origin);
  });

  test('the blob host rejects a request that carries Authorization, as Azure does', async () => {
    const run = fake.addWorkflowRun({ headSha: 'c'.repeat(40) });
    const artifact = fake.addArtifact({ runId: run.id, name: 'x', data: new Uint8Array([1, 2]) });
    const redirect = await fetch(
      `${fake.url}/repos/octo-org/octo-repo/actions/artifacts/${artifact.id}/zip`,
      {
        headers: { authorization: 'token test-token' },
        redirect: 'manual',
      },
    );
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') ?? '';
    const withToken = await fetch(location, { headers: { authorization: 'token test-token' } });
    expect(withToken.status).toBe(400);
    expect(await withToken.text()).toContain('InvalidAuthenticationInfo');
    const plain = await fetch(location);
    expect(plain.status).toBe(200);
  });

  test('answers 410 for an expired artifact and serves half the bytes of a truncated one', async () => {
    const run = fake.addWorkflowRun({ headSha: 'd'.repeat(40) });
    const expired = fake.addArtifact({ runId: run.id, name: 'old', data: new Uint8Array(8), expired: true });
    await expect(
      octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: expired.id, archive_format: 'zip' }),
    ).rejects.toMatchObject({ status: 410 });
    const cut = fake.addArtifact({ runId: run.id, name: 'cut', data: new Uint8Array(10).fill(7) });
    fake.truncateArtifact(cut.id);
    const response = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: cut.id,
      archive_format: 'zip',
    });
    expect((response.data as ArrayBuffer).byteLength).toBe(5);
  });

  test('filters workflow runs by branch, event and status (or conclusion), newest first', async () => {
    const local = await startFakeGitHub();
    try {
      const fork = local.makeRepo('evil-fork');
      const old = local.addWorkflowRun({ headSha: '1'.repeat(40), headBranch: 'main', event: 'push' });
      const failed = local.addWorkflowRun({ headSha: '2'.repeat(40), conclusion: 'failure' });
      const newest = local.addWorkflowRun({ headSha: '3'.repeat(40), headBranch: 'main', event: 'push' });
      local.addWorkflowRun({
        headSha: '4'.repeat(40),
        headBranch: 'main',
        event: 'pull_request',
        headRepository: fork,
      });
      local.addWorkflowRun({ headSha: '5'.repeat(40), path: '.github/workflows/other.yml' });
      const client = getOctokit('t', { baseUrl: local.url });
      const { data } = await client.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: 'ci.yml',
        branch: 'main',
        event: 'push',
        status: 'success',
      });
      expect(data.total_count).toBe(2);
      expect(data.workflow_runs.map((r) => r.id)).toEqual([newest.id, old.id]);
      expect(data.workflow_runs[0].head_repository.full_name).toBe('octo-org/octo-repo');
      const prRuns = await client.rest.actions.listWorkflowRunsForRepo({ ...repo, event: 'pull_request' });
      expect(prRuns.data.workflow_runs[0].head_repository.full_name).toBe('evil-fork/octo-repo');
      const failures = await client.rest.actions.listWorkflowRunsForRepo({ ...repo, status: 'failure' });
      expect(failures.data.workflow_runs.map((r) => r.id)).toEqual([failed.id]);
      local.addArtifact({ runId: newest.id, name: 'evalgate-baseline', data: new Uint8Array(3) });
      local.addArtifact({ runId: newest.id, name: 'coverage', data: new Uint8Array(3) });
      const artifacts = await client.rest.actions.listWorkflowRunArtifacts({
        ...repo,
        run_id: newest.id,
        name: 'evalgate-baseline',
      });
      expect(artifacts.data.artifacts.map((a) => [a.name, a.workflow_run?.head_sha])).toEqual([
        ['evalgate-baseline', '3'.repeat(40)],
      ]);
      expect(local.violations).toEqual([]);
    } finally {
      await local.stop();
    }
  });

  test('serves a file at a ref as base64 JSON and as raw bytes', async () => {
    const text = JSON.stringify({ slices: { all: { f1: 0.91 } }, padding: 'x'.repeat(100) });
    fake.setFile('base-sha', 'eval/baseline.json', text);
    const json = await octokit.rest.repos.getContent({
      ...repo,
      path: 'eval/baseline.json',
      ref: 'base-sha',
    });
    const file = json.data as { type: string; encoding: string; content: string; size: number };
    expect(file).toMatchObject({ type: 'file', encoding: 'base64', size: text.length });
    expect(file.content.split('\n')[0]).toHaveLength(60);
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(text);
    const raw = await octokit.rest.repos.getContent({
      ...repo,
      path: 'eval/baseline.json',
      ref: 'base-sha',
      mediaType: { format: 'raw' },
    });
    expect(String(raw.data)).toBe(text);
    await expect(
      octokit.rest.repos.getContent({ ...repo, path: 'eval/baseline.json', ref: 'main' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test('lists pulls by head and caps changed files at 3,000', async () => {
    const fork = fake.makeRepo('contributor');
    fake.addPull({ number: 11, head: { ref: 'feature', sha: 'e'.repeat(40), repo: fork } });
    fake.addPull({ number: 12, head: { ref: 'feature', sha: 'f'.repeat(40) } });
    const byFork = await octokit.rest.pulls.list({ ...repo, head: 'contributor:feature' });
    expect(byFork.data.map((p) => p.number)).toEqual([11]);
    const associated = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: 'e'.repeat(40),
    });
    expect(associated.data).toEqual([]);
    fake.setPullFiles(
      12,
      Array.from({ length: 3100 }, (_, i) => ({ filename: `data/${i}.jsonl` })),
    );
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repo,
      pull_number: 12,
      per_page: 100,
    });
    expect(files).toHaveLength(3000);
    expect(files[2999].filename).toBe('data/2999.jsonl');
  });

  test('check runs: create then update; a conclusion completes the run', async () => {
    const created = await octokit.rest.checks.create({
      ...repo,
      name: 'evalgate',
      head_sha: 'a'.repeat(40),
      status: 'in_progress',
      output: { title: 'Running', summary: '...' },
    });
    expect(created.status).toBe(201);
    const updated = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: '1 slice regressed', summary: 'f1 on slice `ner` dropped' },
    });
    expect(updated.data).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(fake.checkRuns.get(created.data.id)?.output.title).toBe('1 slice regressed');
  });
});

describe('runAction', () => {
  const script = `
import { appendFileSync, readFileSync } from 'node:fs';
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const put = (name, value) => appendFileSync(process.env.GITHUB_OUTPUT, name + '<<ghadelimiter_1\\n' + value + '\\nghadelimiter_1\\n');
put('token', process.env['INPUT_GITHUB-TOKEN']);
put('threshold', process.env.INPUT_MIN_DELTA);
put('pr', String(event.pull_request.number));
put('multiline', 'line one\\nline two');
put('api', process.env.GITHUB_API_URL);
appendFileSync(process.env.GITHUB_OUTPUT, 'plain=yes\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# evalgate\\n');
console.log('event', process.env.GITHUB_EVENT_NAME, process.env.GITHUB_REPOSITORY, process.env.GITHUB_REF);
console.error('runner temp', process.env.RUNNER_TEMP ? 'set' : 'missing');
process.exitCode = Number(process.env.EXIT_WITH ?? 0);
`;

  test('runs a script with the runner environment and parses its outputs and summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'run-action-test-'));
    const entry = join(dir, 'index.mjs');
    await writeFile(entry, script);
    const run = await runAction({
      entry,
      apiUrl: 'http://127.0.0.1:9',
      example: { event: 'pull_request', action: 'synchronize', overrides: { pull_request: { number: 42 } } },
      inputs: { 'github-token': 'secret', 'min delta': '0.01' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      token: 'secret',
      threshold: '0.01',
      pr: '42',
      multiline: 'line one\nline two',
      api: 'http://127.0.0.1:9',
      plain: 'yes',
    });
    expect(run.summary).toBe('# evalgate\n');
    expect(run.stdout).toBe('event pull_request Codertocat/Hello-World refs/pull/42/merge\n');
    expect(run.stderr).toBe('runner temp set\n');
    expect(run.env.GITHUB_HEAD_REF).toBe('changes');
    expect(run.env.GITHUB_WORKFLOW_REF).toBe(
      'Codertocat/Hello-World/.github/workflows/ci.yml@refs/pull/42/merge',
    );
  });

  test('reports a non-zero exit code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'run-action-test-'));
    const entry = join(dir, 'index.mjs');
    await writeFile(entry, script);
    const run = await runAction({
      entry,
      apiUrl: 'http://127.0.0.1:9',
      eventName: 'pull_request',
      payload: { pull_request: { number: 1 }, repository: { full_name: 'a/b' } },
      env: { EXIT_WITH: '3' },
    });
    expect(run.code).toBe(3);
    expect(run.outputs.pr).toBe('1');
  });

  test('loads webhook examples by event and action, deep-merging overrides', () => {
    const push = loadWebhookPayload({ event: 'push' });
    expect(push.ref).toBe('refs/tags/simple-tag');
    const completed = loadWebhookPayload({
      event: 'workflow_run',
      action: 'completed',
      overrides: { workflow_run: { conclusion: 'failure', pull_requests: [] } },
    });
    const workflowRun = completed.workflow_run as Record<string, unknown>;
    expect(workflowRun.conclusion).toBe('failure');
    expect(workflowRun.pull_requests).toEqual([]);
    expect(workflowRun.event).toBe('workflow_dispatch');
    const opened = loadWebhookPayload({ event: 'pull_request', action: 'opened' });
    expect(opened.action).toBe('opened');
    expect(() => loadWebhookPayload({ event: 'pull_request', action: 'exploded' })).toThrow(/Actions: /);
  });

  test('names input variables as @actions/core reads them', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputEnvName('min delta')).toBe('INPUT_MIN_DELTA');
    expect(parseGithubOutput('a<<EOF\nx\n\ny\nEOF\nb=1\n')).toEqual({ a: 'x\n\ny', b: '1' });
  });
});

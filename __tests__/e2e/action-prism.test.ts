import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalgateResult } from '../../src/generated/result.js';
import { REPO_ROOT } from '../github/harness/paths.js';
import { startPrism, type PrismServer, type SubstituteResponse } from '../github/harness/prism.js';
import { runAction, type ActionRun } from '../github/harness/run-action.js';
import { baselineResult, configText, TOKEN, workspace, zipResult } from './pr-fixtures.js';

/**
 * The bundled action against Prism serving GitHub's own OpenAPI description (the committed subset): every
 * request it sends, for every event, must be valid (Prism answers 422/400 otherwise). Prism's answers are
 * GitHub's documented examples; where an example cannot stand in for real data (the config file, artifact
 * lists and zips, a compare whose merge base is the example run), the test substitutes its own answer, but
 * only after Prism has validated the request.
 */

// Facts of the spec's examples.
const EXAMPLE_PR = 1347;
const EXAMPLE_PR_HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const EXAMPLE_RUN = 30433642;
const EXAMPLE_RUN_SHA = 'acb5820ced9479c074f688cc328bf03f341a511d';
const EXAMPLE_RUN_REPO_ID = 217723378;
const PHASE_ONE_RUN = 555;
const BASELINE_ARTIFACT = 77;
const HEAD_ARTIFACT = 66;

let prism: PrismServer;
let baseline: EvalgateResult;
let existingComment: string | undefined;
/** The config the contents API answers with (the base branch's). */
let baseConfig = configText();

/** Documentation rules that read files at base and head and the PR's changed files (warn: runs go on). */
const CHECKS = [
  'checks:',
  '  - name: changelog entry',
  '    severity: warn',
  '    require: { changelog: CHANGELOG.md }',
  '  - name: model card complete',
  '    severity: warn',
  "    require: { sections: { file: docs/MODEL_CARD.md, headings: ['Intended use'] } }",
  '  - name: model card follows model changes',
  "    when: { changed: ['models/**'] }",
  "    require: { changed: ['docs/MODEL_CARD.md'] }",
  '',
].join('\n');

function artifactList(id: number, runId: number, size: number): string {
  return JSON.stringify({
    total_count: 1,
    artifacts: [
      {
        id,
        node_id: `A_${id}`,
        name: 'evalgate-result',
        size_in_bytes: size,
        url: `http://127.0.0.1/artifacts/${id}`,
        archive_download_url: `http://127.0.0.1/artifacts/${id}/zip`,
        expired: false,
        digest: null,
        created_at: '2026-01-01T00:00:00Z',
        expires_at: '2026-04-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        workflow_run: {
          id: runId,
          repository_id: EXAMPLE_RUN_REPO_ID,
          head_repository_id: EXAMPLE_RUN_REPO_ID,
        },
      },
    ],
  });
}

function substitute({ path }: { method: string; path: string }): SubstituteResponse | undefined {
  const baseZip = zipResult(baseline);
  const headZip = zipResult({ ...baseline, git: { sha: EXAMPLE_PR_HEAD, ref: null } });
  if (path.includes('/contents/'))
    return { body: baseConfig, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
  if (path.includes('/compare/')) {
    return {
      body: JSON.stringify({
        status: 'ahead',
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
        merge_base_commit: { sha: EXAMPLE_RUN_SHA },
        commits: [],
        files: [],
      }),
    };
  }
  if (path.includes(`/actions/runs/${EXAMPLE_RUN}/artifacts`))
    return { body: artifactList(BASELINE_ARTIFACT, EXAMPLE_RUN, baseZip.byteLength) };
  if (path.includes(`/actions/runs/${PHASE_ONE_RUN}/artifacts`))
    return { body: artifactList(HEAD_ARTIFACT, PHASE_ONE_RUN, headZip.byteLength) };
  if (path.includes(`/actions/artifacts/${BASELINE_ARTIFACT}/zip`)) return { body: baseZip };
  if (path.includes(`/actions/artifacts/${HEAD_ARTIFACT}/zip`)) return { body: headZip };
  // GITHUB_TOKEN is not a user: GitHub answers GET /user with 403 (Prism would answer octocat).
  if (path === '/user') {
    return {
      status: 403,
      body: JSON.stringify({ message: 'Resource not accessible by integration', documentation_url: 'x' }),
    };
  }
  if (path.includes('/issues/') && path.includes('/comments?') && existingComment !== undefined) {
    return {
      body: JSON.stringify([
        {
          id: 4242,
          node_id: 'IC_4242',
          body: existingComment,
          html_url: `https://github.com/octo-org/octo-repo/pull/${EXAMPLE_PR}#issuecomment-4242`,
          user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
        },
      ]),
    };
  }
  return undefined;
}

beforeAll(async () => {
  [baseline, prism] = await Promise.all([baselineResult(), startPrism({ substitute })]);
});

afterAll(async () => {
  await prism?.stop();
});

beforeEach(() => {
  prism.log.length = 0;
  existingComment = undefined;
  baseConfig = configText();
});

function rejected(): string[] {
  return prism.log
    .filter((entry) => entry.status >= 400 && entry.status < 500 && !entry.substituted)
    .map((entry) => `${entry.method} ${entry.path} → ${entry.status}: ${entry.validation.join('; ')}`);
}

function operations(): string[] {
  return prism.log.map((entry) => `${entry.method} ${entry.path.replace(/\?.*$/, '')}`);
}

function pullRequest(
  inputs: Record<string, string> = {},
  ws = workspace({ config: baseConfig }),
): Promise<ActionRun> {
  return runAction({
    apiUrl: prism.url,
    workspace: ws,
    example: {
      event: 'pull_request',
      action: 'synchronize',
      overrides: {
        number: EXAMPLE_PR,
        repository: { id: EXAMPLE_RUN_REPO_ID },
        pull_request: {
          number: EXAMPLE_PR,
          head: { sha: EXAMPLE_PR_HEAD, ref: 'new-topic', repo: { id: EXAMPLE_RUN_REPO_ID } },
          base: { sha: 'b'.repeat(40), ref: 'master' },
        },
      },
    },
    inputs: { 'github-token': TOKEN, 'run-commands': 'false', ...inputs },
  });
}

function workflowRun(): Promise<ActionRun> {
  return runAction({
    apiUrl: prism.url,
    example: {
      event: 'workflow_run',
      action: 'completed',
      overrides: {
        repository: { id: EXAMPLE_RUN_REPO_ID },
        workflow_run: {
          id: PHASE_ONE_RUN,
          event: 'pull_request',
          conclusion: 'success',
          head_sha: EXAMPLE_PR_HEAD,
          head_branch: 'new-topic',
          pull_requests: [],
          head_repository: { id: 1, owner: { login: 'octocat' } },
          path: '.github/workflows/ci.yml',
        },
      },
    },
    inputs: { 'github-token': TOKEN },
  });
}

describe('every request the bundled action sends is valid under GitHub OpenAPI description', () => {
  test('push: evaluates and writes the result without calling the API', async () => {
    const run = await runAction({
      apiUrl: prism.url,
      workspace: workspace(),
      example: { event: 'push' },
      inputs: { 'github-token': TOKEN, 'run-commands': 'false' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('baseline');
    expect(prism.log).toEqual([]);
  });

  test('pull_request: base config, baseline artifact, comment and status', async () => {
    const run = await pullRequest();
    expect(rejected()).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const ops = operations();
    const repo = '/repos/Codertocat/Hello-World';
    expect(ops).toEqual(
      expect.arrayContaining([
        `GET ${repo}/contents/.github%2Fevalgate.yml`,
        `GET ${repo}/compare/${'b'.repeat(40)}...${EXAMPLE_PR_HEAD}`,
        `GET ${repo}/actions/runs`,
        `GET ${repo}/actions/runs/${EXAMPLE_RUN}/artifacts`,
        `GET ${repo}/actions/artifacts/${BASELINE_ARTIFACT}/zip`,
        `GET ${repo}/pulls/${EXAMPLE_PR}`,
        `GET ${repo}/issues/${EXAMPLE_PR}/comments`,
        `POST ${repo}/issues/${EXAMPLE_PR}/comments`,
        `POST ${repo}/statuses/${EXAMPLE_PR_HEAD}`,
      ]),
    );
  });

  test('pull_request: updating the sticky comment and posting a check run', async () => {
    existingComment = `<!-- evalgate:report id="intents" head="${EXAMPLE_PR_HEAD}" run="1" attempt="1" -->\nold`;
    const run = await pullRequest({ status: 'check' });
    expect(rejected()).toEqual([]);
    expect(run.code).toBe(0);
    expect(operations()).toEqual(
      expect.arrayContaining([
        'PATCH /repos/Codertocat/Hello-World/issues/comments/4242',
        'POST /repos/Codertocat/Hello-World/check-runs',
      ]),
    );
  });

  test('workflow_run: PR recovery, head artifact, base config, baseline, comment and status', async () => {
    const run = await workflowRun();
    expect(rejected()).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const repo = '/repos/Codertocat/Hello-World';
    expect(operations()).toEqual(
      expect.arrayContaining([
        `GET ${repo}/pulls`,
        `GET ${repo}/pulls/${EXAMPLE_PR}`,
        `GET ${repo}/actions/runs/${PHASE_ONE_RUN}/artifacts`,
        `GET ${repo}/actions/artifacts/${HEAD_ARTIFACT}/zip`,
        `GET ${repo}/actions/artifacts/${BASELINE_ARTIFACT}/zip`,
        `POST ${repo}/issues/${EXAMPLE_PR}/comments`,
        `POST ${repo}/statuses/${EXAMPLE_PR_HEAD}`,
      ]),
    );
  });

  test('documentation checks: the changed-file list and file reads at base and head are valid requests', async () => {
    baseConfig = configText() + CHECKS;
    const repo = '/repos/Codertocat/Hello-World';
    // The checkout has the demo's changelog and model card, so the rules go on to read the base versions.
    const ws = workspace({ config: baseConfig });
    cpSync(join(REPO_ROOT, 'examples/intents/docs'), join(ws, 'docs'), { recursive: true });
    cpSync(join(REPO_ROOT, 'examples/intents/CHANGELOG.md'), join(ws, 'CHANGELOG.md'));
    const pr = await pullRequest({}, ws);
    expect(rejected()).toEqual([]);
    expect(pr.code).toBe(0);
    expect(pr.outputs.verdict).toBe('pass');
    expect(operations()).toEqual(
      expect.arrayContaining([`GET ${repo}/pulls/${EXAMPLE_PR}/files`, `GET ${repo}/contents/CHANGELOG.md`]),
    );
    expect(pr.summary).toContain('#### Checks\n\n2 passed, 1 skipped');

    prism.log.length = 0;
    const phaseTwo = await workflowRun();
    expect(rejected()).toEqual([]);
    expect(phaseTwo.code).toBe(0);
    expect(phaseTwo.summary).toContain('#### Checks');
    const reads = prism.log
      .filter((e) => e.path.includes('/contents/'))
      .map((e) => decodeURIComponent(e.path));
    // Phase 2 reads the head's files through the API at the head SHA (in GitHub's example PR the base
    // SHA is the same commit): the config at base and at head (a gate change needs an override), the
    // changelog at both base and head.
    expect(reads).toEqual([
      `/repos/Codertocat/Hello-World/contents/.github/evalgate.yml?ref=${EXAMPLE_PR_HEAD}`,
      `/repos/Codertocat/Hello-World/contents/.github/evalgate.yml?ref=${EXAMPLE_PR_HEAD}`,
      `/repos/Codertocat/Hello-World/contents/CHANGELOG.md?ref=${EXAMPLE_PR_HEAD}`,
      `/repos/Codertocat/Hello-World/contents/CHANGELOG.md?ref=${EXAMPLE_PR_HEAD}`,
      `/repos/Codertocat/Hello-World/contents/docs/MODEL_CARD.md?ref=${EXAMPLE_PR_HEAD}`,
    ]);
  });
});

import { beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalgateResult } from '../../src/generated/result.js';
import { parseResult } from '../../src/result/result-file.js';
import type { FakeGitHub, FakeRepo } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { REPO_ROOT } from '../github/harness/paths.js';
import { deepMerge, runAction, type ActionRun, type JsonObject } from '../github/harness/run-action.js';
import {
  BASE_SHA,
  baselineResult,
  configText,
  documentedStep,
  HEAD_SHA,
  OWNER,
  PR,
  pullRequestPayload,
  REPO,
  REPO_ID,
  runPullRequest,
  seedRepository,
  TOKEN,
  workspace,
  zipResult,
} from './pr-fixtures.js';

/**
 * Documentation checks in the action: the base branch's `checks:` rules run against the pull request's
 * changed files (listed through the API), description and labels, and their outcome joins the verdict, the
 * comment, the job summary and the status. The project is the demo's (examples/intents: model, model card).
 */
const CHECKS = [
  'checks:',
  '  - name: model card follows model changes',
  "    when: { changed: ['models/**'] }",
  '    unless: { labels: [no-docs-needed] }',
  "    require: { changed: ['docs/MODEL_CARD.md'] }",
  '  - name: model card complete',
  '    require:',
  "      { sections: { file: docs/MODEL_CARD.md, headings: ['Intended use', 'Limitations', 'Evaluation'] } }",
  '',
].join('\n');
const CONFIG = configText() + CHECKS;
const MODEL_CARD = readFileSync(join(REPO_ROOT, 'examples/intents/docs/MODEL_CARD.md'), 'utf8');
/** The demo model card without its Limitations section. */
const CARD_WITHOUT_LIMITATIONS = MODEL_CARD.replace(/^## Limitations\n[\s\S]*?(?=^## )/m, '');

let baseline: EvalgateResult;
const fakes = fakePerTest();
let gh: FakeGitHub;

beforeAll(async () => {
  baseline = await baselineResult({ config: CONFIG });
});

async function setUp(options: { headRepo?: FakeRepo; files?: string[] } = {}): Promise<void> {
  gh = await fakes.seeded(baseline, { config: CONFIG, headRepo: options.headRepo });
  gh.setFile(BASE_SHA, 'docs/MODEL_CARD.md', MODEL_CARD);
  gh.setPullFiles(
    PR,
    (options.files ?? ['models/keyword.mjs', 'data/golden/intents.jsonl']).map((filename) => ({ filename })),
  );
}

/** The demo workspace plus the demo's model and model card, as a checkout of the PR has them. */
function demoWorkspace(card = MODEL_CARD): string {
  const ws = workspace({ config: CONFIG });
  cpSync(join(REPO_ROOT, 'examples/intents/models'), join(ws, 'models'), { recursive: true });
  cpSync(join(REPO_ROOT, 'examples/intents/docs'), join(ws, 'docs'), { recursive: true });
  writeFileSync(join(ws, 'docs/MODEL_CARD.md'), card);
  return ws;
}

function withLabels(labels: string[], extra: JsonObject = {}): JsonObject {
  return deepMerge(pullRequestPayload(), {
    pull_request: { labels: labels.map((name, i) => ({ id: i + 1, name })), ...extra },
  });
}

function runWith(payload: JsonObject, ws = demoWorkspace()): Promise<ActionRun> {
  return runPullRequest(gh, ws, {
    example: { event: 'pull_request', action: 'synchronize', overrides: payload },
  });
}

/** From the Checks heading on, without the comment's hidden trailer of failing items (for an override). */
function checksSection(markdown: string): string {
  const start = markdown.indexOf('#### Checks');
  expect(start).toBeGreaterThanOrEqual(0);
  return markdown.slice(start).replace(/<!-- evalgate:failing v1 \S* -->\n$/, '');
}

describe('pull_request: documentation checks', () => {
  test('a model change without a model-card update fails the check, the verdict, the status and the job', async () => {
    await setUp();
    const run = await runWith(withLabels(['bug']));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const [comment] = gh.commentsOn(PR);
    // The metrics pass; the checks make the overall verdict fail.
    expect(comment.body).toContain('## ❌ evalgate / intents: fail');
    expect(comment.body).toContain('Metrics: ✅ pass; the checks below make the overall verdict ❌ fail.');
    const checks = checksSection(comment.body);
    expect(checks).toContain('**1 failed**, 1 passed');
    expect(checks).toMatch(
      /- ❌ \*\*model card follows model changes\*\*: .*models\/keyword\.mjs.*\n {2}\*\*Fix:\*\* .*docs\/MODEL_CARD\.md/,
    );
    // Passed checks are folded, after the failed one.
    expect(checks).toMatch(/<details><summary>1 passed<\/summary>\n\n- ✅ \*\*model card complete\*\*/);
    expect(checks.indexOf('❌')).toBeLessThan(checks.indexOf('✅'));
    // The job summary carries the same report.
    expect(checksSection(run.summary).trim()).toBe(checks.trim());
    expect(gh.statuses).toEqual([
      expect.objectContaining({
        sha: HEAD_SHA,
        state: 'failure',
        description: expect.stringContaining('1 documentation check failed') as unknown,
      }),
    ]);
    expect(run.stdout).toMatch(
      /::error title=evalgate check%3A model card follows model changes::.*Fix: Update docs\/MODEL_CARD.md/,
    );
    expect(run.stdout).toMatch(/::error::.*Check failed: model card follows model changes/);
    // Changed files were listed 100 a page; the base card was not needed (the head card comes from disk).
    const lists = gh.requests.filter((r) => r.operationId === 'pulls/list-files');
    expect(lists).toHaveLength(1);
    expect(lists[0].path).toContain('per_page=100');
  });

  test('the no-docs-needed label waives the rule and the run passes', async () => {
    await setUp();
    const run = await runWith(withLabels(['bug', 'no-docs-needed']));
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const checks = checksSection(gh.commentsOn(PR)[0].body);
    expect(checks).not.toContain('❌');
    expect(checks).toContain('1 passed, 1 skipped');
    expect(checks).toMatch(/- ⏭️ \*\*model card follows model changes\*\*/);
    expect(gh.statuses).toEqual([expect.objectContaining({ state: 'success' })]);
  });

  test('the head model card is read from the checkout: a missing section fails with its fix', async () => {
    await setUp({ files: ['models/keyword.mjs', 'docs/MODEL_CARD.md'] });
    const run = await runWith(withLabels([]), demoWorkspace(CARD_WITHOUT_LIMITATIONS));
    expect(run.code).toBe(1);
    const checks = checksSection(gh.commentsOn(PR)[0].body);
    expect(checks).toMatch(/- ❌ \*\*model card complete\*\*: .*Limitations/);
    expect(checks).toMatch(/- ✅ \*\*model card follows model changes\*\*/);
    // No head file went through the API on pull_request.
    expect(gh.requests.some((r) => r.path.includes(`ref=${HEAD_SHA}`))).toBe(false);
  });

  test("GitHub's 3,000-file cap: listing stops there and the Checks section says so", async () => {
    const files = Array.from(
      { length: 3205 },
      (_, i) => `src/generated/file-${String(i).padStart(4, '0')}.txt`,
    );
    await setUp({ files });
    const run = await runWith(withLabels([], { changed_files: 3205 }));
    expect(run.code).toBe(0);
    const lists = gh.requests.filter((r) => r.operationId === 'pulls/list-files');
    expect(lists).toHaveLength(30);
    expect(lists.at(-1)?.path).toContain('page=30');
    const checks = checksSection(gh.commentsOn(PR)[0].body);
    expect(checks).toContain('more than 3,000 files, the most GitHub lists');
    expect(run.stdout).toContain('::warning::The pull request changes more than 3,000 files');
  });

  test('a 403 on the file list: the checks do not run, the report says why and the verdict warns', async () => {
    await setUp();
    gh.forbid('pulls/list-files');
    const run = await runWith(withLabels([]));
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    const checks = checksSection(gh.commentsOn(PR)[0].body);
    expect(checks).toContain(
      // the escaping breaks the #7 auto-link with an invisible joiner
      'Documentation checks did not run: Listing the files of pull request #\u200D7 failed: 403',
    );
    expect(checks).toContain('pull-requests: read');
    // a warning status has no neutral state: success, saying it warned first (issue #10)
    expect(gh.statuses).toEqual([
      expect.objectContaining({ state: 'success', description: expect.stringMatching(/^⚠️ /) }),
    ]);
  });

  test('rules come from the base config: checks the PR adds do not run yet, and adding them is a gate change', async () => {
    gh = await fakes.seeded(baseline, { config: configText() });
    const run = await runPullRequest(gh, workspace({ config: CONFIG }));
    expect(gh.requests.some((r) => r.operationId === 'pulls/list-files')).toBe(false);
    const body = gh.commentsOn(PR)[0].body;
    expect(body).not.toContain('**model card follows model changes**');
    // The metrics pass; the new rules change what is gated, which needs an override (docs/bot.md).
    expect(run.code).toBe(1);
    expect(body).toContain(
      '- ❌ **gate change**: the gates changed (0 base rule(s) changed or removed, 2 new).',
    );
  });
});

/** Phase 2 for a fork PR: head result from phase 1's artifact, head files from the API. */
describe('workflow_run phase 2 (fork)', () => {
  test('reads the fork head files at the head SHA through the API, never from disk (PR body null)', async () => {
    gh = await fakes.start();
    const fork = gh.makeRepo('fork-owner');
    // GitHub's PR has no description (body null): a PR-body rule sees '' and reports it, no crash.
    const prBodyRule = [
      '  - name: PR description',
      '    severity: warn',
      '    require: { pr_body: { min_words: 10 } }',
      '',
    ].join('\n');
    seedRepository(gh, baseline, { config: CONFIG + prBodyRule, headRepo: fork });
    gh.setFile(BASE_SHA, 'docs/MODEL_CARD.md', MODEL_CARD);
    // The fork's card at its head commit lacks a section.
    gh.setFile(HEAD_SHA, 'docs/MODEL_CARD.md', CARD_WITHOUT_LIMITATIONS);
    gh.setPullFiles(PR, [{ filename: 'models/keyword.mjs' }, { filename: 'docs/MODEL_CARD.md' }]);

    // Phase 1: the fork's own run (read-only token) evaluates; its result is uploaded.
    const phaseOne = await runPullRequest(gh, demoWorkspace(CARD_WITHOUT_LIMITATIONS), {
      headRepoId: fork.id,
    });
    const head = parseResult(readFileSync(phaseOne.outputs['result-path'], 'utf8'), 'phase 1');
    const phaseOneRun = gh.addWorkflowRun({
      headSha: HEAD_SHA,
      headBranch: 'feature',
      event: 'pull_request',
      headRepository: fork,
    });
    gh.addArtifact({
      runId: phaseOneRun.id,
      name: documentedStep('evalgate-pr.yml').artifact ?? '',
      data: zipResult(head),
    });
    gh.requests.length = 0;

    // Phase 2 runs in a workspace that has a complete card: it must not be read.
    const run = await runAction({
      apiUrl: gh.url,
      workspace: demoWorkspace(MODEL_CARD),
      example: {
        event: 'workflow_run',
        action: 'completed',
        overrides: {
          repository: { id: REPO_ID, full_name: `${OWNER}/${REPO}` },
          workflow_run: {
            id: phaseOneRun.id,
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
    const reads = gh.requests
      .filter((r) => r.operationId === 'repos/get-content')
      .map((r) => decodeURIComponent(r.path));
    expect(reads).toEqual(
      expect.arrayContaining([expect.stringMatching(`/contents/docs/MODEL_CARD.md\\?ref=${HEAD_SHA}`)]),
    );
    const [comment] = gh.commentsOn(PR);
    const checks = checksSection(comment.body);
    expect(checks).toMatch(/- ❌ \*\*model card complete\*\*: .*Limitations/);
    expect(checks).toMatch(/- ✅ \*\*model card follows model changes\*\*/);
    expect(gh.statuses).toEqual([expect.objectContaining({ sha: HEAD_SHA, state: 'failure' })]);
    expect(checks).toMatch(/- ⚠️ \*\*PR description\*\*: the PR description is empty/i);
  });
});

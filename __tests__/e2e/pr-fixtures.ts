// Shared set-up for the pull request / workflow_run end-to-end tests: the demo project (keyword model, no npm
// packages) in temp workspaces, a real baseline result computed once, and a FakeGitHub seeded like a
// repository whose main branch has published that baseline.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { parseResult } from '../../src/result/result-file.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { FakeGitHub, FakeRepo } from '../github/harness/fake-github.js';
import { REPO_ROOT } from '../github/harness/paths.js';
import {
  runAction,
  type ActionRun,
  type JsonObject,
  type RunActionOptions,
} from '../github/harness/run-action.js';

export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';
/** The repository id of @octokit/webhooks-examples' pull_request payloads. */
export const REPO_ID = 186853002;
export const TOKEN = 'ghs_test-token-never-printed';
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'c'.repeat(40);
export const NEWER_HEAD_SHA = 'd'.repeat(40);
export const PR = 7;
export const CONFIG_PATH = '.github/evalgate.yml';

/** The demo suite with one gate on overall accuracy. */
export function configText(extra: { slices?: string; minSupport?: number } = {}): string {
  return [
    'version: 1',
    'suites:',
    '  - name: intents',
    '    task: classification',
    '    golden: data/golden/intents.jsonl',
    '    predictions: out/keyword.predictions.jsonl',
    '    fields: { id: id, label: label, prediction: prediction, scores: scores }',
    `    slices: ${extra.slices ?? '[language, domain]'}`,
    `    min_support: ${extra.minSupport ?? 30}`,
    '    metrics: [accuracy, macro_f1]',
    '    gates:',
    '      - { metric: accuracy, max_drop: 2, require_significance: false }',
    '',
  ].join('\n');
}

interface WorkflowStep {
  uses?: string;
  with?: Record<string, string>;
}

/**
 * The `with:` of the evalgate step and the artifact name of the upload step in one of the documented
 * workflows (examples/workflows/, shown verbatim in docs/action.md): the tests run the action as they say.
 */
export function documentedStep(file: string): { inputs: Record<string, string>; artifact?: string } {
  const workflow = parse(readFileSync(join(REPO_ROOT, 'examples/workflows', file), 'utf8')) as {
    jobs: Record<string, { steps: WorkflowStep[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const evalgate = steps.find((step) => step.uses?.startsWith('evalgate/evalgate@'));
  if (!evalgate) throw new Error(`${file} has no evalgate step`);
  const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  return { inputs: { ...evalgate.with }, artifact: upload?.with?.name };
}

let keywordPredictions: string | undefined;

/** The keyword model's predictions for the demo golden set, computed once per test file. */
export function predictions(): string {
  if (keywordPredictions === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-kw-'));
    const out = join(dir, 'keyword.predictions.jsonl');
    execFileSync(
      process.execPath,
      [
        join(REPO_ROOT, 'examples/intents/models/keyword.mjs'),
        '--in',
        join(REPO_ROOT, 'examples/intents/data/golden/intents.jsonl'),
        '--out',
        out,
      ],
      { stdio: 'pipe' },
    );
    keywordPredictions = readFileSync(out, 'utf8');
  }
  return keywordPredictions;
}

/** Predictions with every `every`-th one replaced by a wrong label: a clear regression. */
export function degraded(text: string, every = 4): string {
  return text
    .split('\n')
    .map((line, i) => {
      if (line.trim() === '' || i % every !== 0) return line;
      const record = JSON.parse(line) as { prediction: string };
      record.prediction = record.prediction === 'request_refund' ? 'reset_password' : 'request_refund';
      return JSON.stringify(record);
    })
    .join('\n');
}

export interface WorkspaceOptions {
  config?: string;
  predictions?: string;
  /** Golden rows rewritten before the run (e.g. to add a high-cardinality slice field). */
  golden?: (text: string) => string;
  /** Files written last, by workspace-relative path (a data set of the test's own); null deletes one. */
  files?: Record<string, string | null>;
}

/** A temp workspace with the demo data, the config at .github/evalgate.yml and ready predictions. */
export function workspace(options: WorkspaceOptions = {}): string {
  const ws = mkdtempSync(join(tmpdir(), 'evalgate-ws-'));
  cpSync(join(REPO_ROOT, 'examples/intents/data'), join(ws, 'data'), { recursive: true });
  mkdirSync(join(ws, '.github'));
  mkdirSync(join(ws, 'out'));
  writeFileSync(join(ws, CONFIG_PATH), options.config ?? configText());
  writeFileSync(join(ws, 'out/keyword.predictions.jsonl'), options.predictions ?? predictions());
  if (options.golden) {
    const path = join(ws, 'data/golden/intents.jsonl');
    writeFileSync(path, options.golden(readFileSync(path, 'utf8')));
  }
  for (const [path, text] of Object.entries(options.files ?? {})) {
    if (text === null) rmSync(join(ws, path));
    else {
      mkdirSync(dirname(join(ws, path)), { recursive: true });
      writeFileSync(join(ws, path), text);
    }
  }
  return ws;
}

/** Runs the bundled action on a push to main and returns the result it wrote (the baseline). */
export async function baselineResult(options: WorkspaceOptions = {}): Promise<EvalgateResult> {
  const ws = workspace(options);
  const run = await runAction({
    apiUrl: 'http://127.0.0.1:9',
    workspace: ws,
    example: { event: 'push', overrides: { after: BASE_SHA, ref: 'refs/heads/main' } },
    inputs: {
      ...documentedStep('evalgate-baseline.yml').inputs,
      'run-commands': 'false',
      'github-token': '',
    },
  });
  if (run.code !== 0) throw new Error(`baseline run failed:\n${run.stdout}\n${run.stderr}`);
  return parseResult(readFileSync(run.outputs['result-path'], 'utf8'), 'baseline');
}

export function zipResult(result: EvalgateResult): Uint8Array {
  return zipSync({ 'evalgate-result.json': new TextEncoder().encode(JSON.stringify(result)) });
}

/**
 * Seeds the fake as a repository whose main branch (at BASE_SHA) has the config and a successful push run of
 * ci.yml with the baseline artifact, and an open PR #7 from `feature` at HEAD_SHA (with the same config
 * unless `headConfig` says otherwise).
 */
export function seedRepository(
  gh: FakeGitHub,
  baseline: EvalgateResult | undefined,
  options: { config?: string; headConfig?: string; headRepo?: FakeRepo } = {},
): { baselineRunId?: number; baselineArtifactId?: number } {
  gh.setFile(BASE_SHA, CONFIG_PATH, options.config ?? configText());
  // The pull request's own config at its heads (what the workflow_run job reads through the API).
  for (const head of [HEAD_SHA, NEWER_HEAD_SHA])
    gh.setFile(head, CONFIG_PATH, options.headConfig ?? options.config ?? configText());
  gh.addPull({
    number: PR,
    head: { ref: 'feature', sha: HEAD_SHA, repo: options.headRepo },
    base: { ref: 'main', sha: BASE_SHA },
  });
  for (const head of [HEAD_SHA, NEWER_HEAD_SHA])
    gh.setCompare(`${BASE_SHA}...${head}`, { mergeBaseSha: BASE_SHA, aheadBy: 1 });
  if (!baseline) return {};
  const run = gh.addWorkflowRun({ headSha: BASE_SHA, headBranch: 'main', event: 'push' });
  const name = documentedStep('evalgate-baseline.yml').artifact ?? 'evalgate-result';
  const artifact = gh.addArtifact({ runId: run.id, name, data: zipResult(baseline) });
  return { baselineRunId: run.id, baselineArtifactId: artifact.id };
}

/** A pull_request `synchronize` payload from @octokit/webhooks-examples, pointed at PR #7. */
export function pullRequestPayload(headSha = HEAD_SHA, headRepoId = REPO_ID, baseSha = BASE_SHA): JsonObject {
  return {
    number: PR,
    pull_request: {
      number: PR,
      head: { sha: headSha, ref: 'feature', repo: { id: headRepoId } },
      base: { sha: baseSha, ref: 'main', repo: { id: REPO_ID } },
    },
  };
}

export function runPullRequest(
  gh: FakeGitHub,
  ws: string,
  options: Partial<RunActionOptions> & { headSha?: string; headRepoId?: number; baseSha?: string } = {},
): Promise<ActionRun> {
  const { headSha, headRepoId, baseSha, ...rest } = options;
  return runAction({
    apiUrl: gh.url,
    workspace: ws,
    example: {
      event: 'pull_request',
      action: 'synchronize',
      overrides: pullRequestPayload(headSha, headRepoId, baseSha),
    },
    workflowRef: `${OWNER}/${REPO}/.github/workflows/ci.yml@refs/pull/${PR}/merge`,
    ...rest,
    inputs: {
      ...documentedStep('evalgate-pr.yml').inputs,
      'github-token': TOKEN,
      'run-commands': 'false',
      ...rest.inputs,
    },
  });
}

/** Table rows of a markdown text must all have as many cells as their header: no table cut in half. */
export function assertWholeTables(markdown: string): void {
  const lines = markdown.split('\n');
  const cells = (line: string): number => line.replace(/\\\|/g, '').split('|').length;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\|?\s*:?-{3,}/.test(lines[i])) continue;
    const width = cells(lines[i - 1]);
    for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++) {
      if (cells(lines[j]) !== width) throw new Error(`table row ${j} has a different width: ${lines[j]}`);
    }
  }
}
